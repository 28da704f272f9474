"""The promo library's code pools through the real widgets: a pool created, filled from a pattern
and from a list, attached to a promo reply, a reply sent with a code, free/given counts and who
got which, the export formula-safe; the editor lists its placeholders and picks the preview
customer by name."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication

from shopinbox.app.promos import discounts
from shopinbox.app.promos import library as promos
from shopinbox.ui.promos.promo_editor import PromoEditor
from shopinbox.ui.promos.promo_library import PromoLibrary
from tests.fixtures.promo_data import make_customers, queue_message
from tests.gui.conftest import translations_built  # noqa: F401

BODY = "Hi {{ customer.first_name }}, your code: {{ promo.code }}"


@pytest.fixture(autouse=True)
def english(translations_built):  # noqa: F811  (the fixture imported above)
    """English with its plural forms ("1 order", "2 orders"), whatever ran before."""
    from PySide6.QtWidgets import QApplication

    from shopinbox.ui.common.i18n import install_translations

    install_translations(QApplication.instance(), "en")


@pytest.fixture
def library(qtbot, sqlite_ctx):
    promos.save_promo(sqlite_ctx, promos.PromoDetail(
        "Spring", "/spring", variants={"en": ("Spring", BODY)}))
    dialog = PromoLibrary(sqlite_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.pools.status.text() != "")
    return dialog


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def _wait_changed(qtbot, panel, click) -> None:
    with qtbot.waitSignal(panel.changed, timeout=5000):
        click()
    qtbot.waitUntil(lambda: not panel.tasks.busy)


def test_pool_from_creation_to_export(qtbot, sqlite_ctx, library, tmp_path):
    panel = library.pools
    library.tabs.setCurrentWidget(panel)
    assert "No code pools yet" in panel.status.text()
    panel.ask_name = lambda: "Wiosna"
    _wait_changed(qtbot, panel, panel.new_button.click)
    assert _rows(panel.pools) == [["Wiosna", "—", "0", "0", "0"]]
    panel.ask_pattern = lambda: ("WIOSNA-####", 5)
    _wait_changed(qtbot, panel, panel.generate_button.click)
    assert panel.status.text() == "5 codes added to “Wiosna”."
    listed = tmp_path / "codes.csv"
    listed.write_text("code\nLISTA-1\nLISTA-2\nLISTA-1\n", encoding="utf-8")
    panel.ask_list_file = lambda: str(listed)
    _wait_changed(qtbot, panel, panel.import_button.click)
    assert panel.status.text().startswith("2 codes added") and "1 line skipped" in \
        panel.status.text()
    qtbot.waitUntil(lambda: _rows(panel.pools)[0][2] == "7")
    # Attached to the promo: the library's "Codes left" column follows.
    index = panel.attach.findText("/spring — Spring")
    panel.attach.setCurrentIndex(index)
    _wait_changed(qtbot, panel, lambda: panel.attach.activated.emit(index))
    qtbot.waitUntil(lambda: _rows(panel.pools)[0][1] == "/spring — Spring")
    qtbot.waitUntil(lambda: _rows(library.tree)[0][-1] == "7")
    # A reply sent with the promo takes one code for that customer.
    [ann, evil] = make_customers(sqlite_ctx, ["Ann Lee", "=HYPERLINK(\"x\")"], "en")
    for customer in (ann, evil):
        prepared = promos.prepare_promo_reply(sqlite_ctx, customer, "/spring", "email")
        message = queue_message(sqlite_ctx, customer, "email", prepared.subject,
                                prepared.body_text, prepared.body_html, prepared.extra)
        with sqlite_ctx.writer() as session, session.begin():
            promos.finalize_codes_on_send(session, message)
    with qtbot.waitSignal(panel.shown, timeout=5000):
        panel.reload()
    qtbot.waitUntil(lambda: panel.given.topLevelItemCount() == 2)
    assert _rows(panel.pools)[0][2:] == ["5", "2", "7"]
    given = _rows(panel.given)
    assert [row[1] for row in given] == ["Ann Lee", "=HYPERLINK(\"x\")"]
    assert given[0][2] == "Email" and given[0][3] != ""
    status = discounts.pool_status(sqlite_ctx, "Wiosna")
    assert (status.free, status.given) == (5, 2)
    # Export: every code, who got it; a name that looks like a formula stays text.
    out = tmp_path / "export.csv"
    panel.ask_export_file = lambda _name: str(out)
    with qtbot.waitSignal(panel.exported, timeout=5000):
        panel.export_button.click()
    assert panel.status.text().startswith("7 codes exported")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["code", "customer_id", "customer_name"] and len(rows) == 8
    assert rows[1][2] == "Ann Lee" and rows[2][2] == "'=HYPERLINK(\"x\")"
    # Deleting asks first.
    panel.confirm_delete = lambda _pool: False
    panel.delete_button.click()
    assert panel.pools.topLevelItemCount() == 1


def test_a_taken_pool_name_and_an_impossible_pattern(qtbot, library):
    panel = library.pools
    panel.ask_name = lambda: "Lato"
    _wait_changed(qtbot, panel, panel.new_button.click)
    with qtbot.waitSignal(panel.tasks.finished, timeout=5000):
        panel.new_button.click()
    assert panel.status.text() == "A pool named “Lato” already exists."
    panel.ask_pattern = lambda: ("L-#", 20)
    with qtbot.waitSignal(panel.tasks.finished, timeout=5000):
        panel.generate_button.click()
    assert "cannot make 20 more codes" in panel.status.text()


# The completer's popup is a window of its own, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_editor_lists_placeholders_and_picks_the_customer_by_name(qtbot, sqlite_ctx):
    promos.save_promo(sqlite_ctx, promos.PromoDetail(
        "Hello", "/hello", variants={"en": ("Hi", "Hello")}))
    [lukasz, _other] = make_customers(sqlite_ctx, ["Łukasz Zieliński", "Anna Nowak"], "en")
    editor = PromoEditor(sqlite_ctx, "/hello")
    qtbot.addWidget(editor)
    editor.show()
    names = [editor.placeholders.item(i).text() for i in range(editor.placeholders.count())]
    assert names[0].startswith("{{ customer.first_name }}")
    assert any("attach a code pool first" in n for n in names)  # no pool: said so
    editor.body.clear()
    editor.placeholders.itemActivated.emit(editor.placeholders.item(0))
    assert editor.body.toPlainText() == "{{ customer.first_name }}"
    # Typed without the Polish letters, found anyway; chosen by name.
    with qtbot.waitSignal(editor.customer.listed, timeout=3000):
        qtbot.keyClicks(editor.customer.lineEdit(), "lukasz")
    index = editor.customer.findText("Łukasz Zieliński")
    assert index > 0 and editor.customer.count() == 2  # "no customer" and the one match
    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.customer.setCurrentIndex(index)
        editor.customer.activated.emit(index)
    assert editor.customer.customer_id() == lukasz
    assert "Łukasz" in editor.preview.toPlainText()
    QApplication.processEvents()
