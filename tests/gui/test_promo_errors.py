"""The promo editor words a template's errors in the UI language: render raises codes with
their values (the line, the missing value's name), ui/ translates them — on a Polish screen a
syntax error and a missing value read in Polish, never Jinja's English."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shopinbox.app.promos import library as promos
from shopinbox.domain.promos.render import PromoTemplateError, render_template
from shopinbox.ui.promos.promo_editor import PromoEditor


def test_render_raises_codes_with_the_line():
    try:
        render_template("Dzień dobry,\n{{ customer.name", {})
    except PromoTemplateError as error:
        assert (error.code, error.params["line"]) == ("template_syntax", 2)
        assert "unexpected" in error.params["detail"]  # Jinja's words: for the log only
    else:
        raise AssertionError("a broken template rendered")
    try:
        render_template("{{ order.total * 2 }}", {})
    except PromoTemplateError as error:
        assert (error.code, error.params) == ("template_value_missing", {"name": "order.total"})
    else:
        raise AssertionError("a missing value was left out")


def test_polish_editor_shows_polish_template_errors(qtbot, demo_ctx, translations_built):
    from shopinbox.ui.common.i18n import install_translations

    app = QApplication.instance()
    assert install_translations(app, "pl")
    try:
        promo = promos.list_promos(demo_ctx)[0]
        editor = PromoEditor(demo_ctx, promo.id)
        qtbot.addWidget(editor)
        editor.show()
        with qtbot.waitSignal(editor.previewed, timeout=5000):
            editor.body.setPlainText("Dzień dobry,\n{{ customer.first_name")
        status = editor.status.text()
        assert "Wiersza 2" in status and "unexpected" not in status, status
        assert "cannot" not in status.lower()
        with qtbot.waitSignal(editor.previewed, timeout=5000):
            editor.body.setPlainText("Razem: {{ order.nothing_here * 2 }}")
        status = editor.status.text()
        assert "order.nothing_here" in status and "brak" in status.lower(), status
        assert "missing" not in status
        editor.body.setPlainText("Dzień dobry,\n{{ customer.first_name")
        editor.save()  # a broken template is not saved, and says why in Polish
        assert editor.isVisible() and "Wiersza 2" in editor.status.text()
        assert "cannot be read" not in editor.status.text()
        editor.close()
    finally:
        install_translations(app, "en")
