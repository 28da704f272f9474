"""Log a call from the customer panel through real clicks: the dialog opens, is filled in and
saved (in the background), the call appears in the timeline with its direction, length,
outcome and the number as a `tel:` link, and search finds its note. An order's phone number is
a `tel:` link too. Screenshots (en, pl, ru) of the dialog and of a timeline with a call."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select, update

from shopinbox.channels.phone.form import CallDialog
from shopinbox.store.models import Identity, Message, Order
from tests.gui.helpers import open_customer, settle

SHOTS = Path(__file__).resolve().parents[2] / "tests" / "screenshots" / "out"


def _with_phone(ctx) -> int:
    with ctx.reader() as session:
        return session.scalar(select(Identity.customer_id).where(Identity.kind == "phone")
                              .order_by(Identity.customer_id).limit(1))


def _open_dialog(qtbot, window) -> CallDialog:
    button = window.findChild(QPushButton, "logPhoneButton")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, CallDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, CallDialog) and w.isVisible())


def _fill(qtbot, dialog: CallDialog, note: str) -> None:
    qtbot.mouseClick(dialog.outbound, Qt.MouseButton.LeftButton)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "7")
    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # talked → no answer
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # → left a voicemail
    dialog.note.setFocus()
    if note.isascii():
        qtbot.keyClicks(dialog.note, note)
    else:  # QTest types ASCII only: the rest arrives as a paste would
        dialog.note.insertPlainText(note)


def test_log_a_call_by_clicks_shows_it_in_the_timeline_and_search_finds_it(qtbot, window,
                                                                          demo_ctx):
    customer_id = _with_phone(demo_ctx)
    open_customer(qtbot, window, customer_id)
    dialog = _open_dialog(qtbot, window)
    _fill(qtbot, dialog, "Voicemail: kurtka w rozmiarze M znow na stanie")
    assert dialog.outcome.currentData() == "voicemail" and dialog.minutes.value() == 7
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: any(m["channel"] == "phone" for m in window.timeline.messages),
                    timeout=10_000)
    call = next(m for m in window.timeline.messages if m["channel"] == "phone")
    assert call["direction"] == "out" and call["extra"]["call"]["minutes"] == 7
    html = window.timeline.toHtml()
    assert "Outgoing call" in html and "7 min" in html and "Left a voicemail" in html
    with demo_ctx.reader() as session:
        number = session.scalar(select(Identity.value).where(
            Identity.customer_id == customer_id, Identity.kind == "phone"))
    assert f'href="tel:{number}"' in html
    assert 'src="icon:phone"' in html  # its own icon
    with qtbot.waitSignal(window.inbox.search_finished, timeout=10_000) as done:
        qtbot.keyClicks(window.inbox.search, "kurtka rozmiarze")
    assert done.args[0] >= 1
    model = window.inbox.results.model()
    from shopinbox.ui.inbox.search_model import HitRole

    hits = [model.index(r, 0).data(HitRole) for r in range(model.rowCount())]
    assert any(h is not None and h.channel == "phone" and h.message_id == call["id"]
               for h in hits)


def test_a_call_that_cannot_be_saved_keeps_the_dialog_and_says_why(qtbot, window, demo_ctx):
    customer_id = _with_phone(demo_ctx)
    open_customer(qtbot, window, customer_id)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.note, "Zadzwoni jeszcze raz")  # (ASCII: QTest types no more)
    dialog.customer_id = 999_999  # the customer went away meanwhile (another desktop)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.status.text()), timeout=10_000)
    assert dialog.isVisible() and "999999" in dialog.status.text()
    assert dialog.note.toPlainText() == "Zadzwoni jeszcze raz" and dialog.save_button.isEnabled()
    dialog.reject()


def test_an_orders_phone_number_is_a_tel_link(qtbot, window, demo_ctx):
    with demo_ctx.writer() as session, session.begin():
        order = session.scalar(select(Order).where(Order.customer_id.is_not(None)).limit(1))
        session.execute(update(Order).where(Order.id == order.id)
                        .values(phone="+48 601 234 567"))
        customer_id = order.customer_id
    open_customer(qtbot, window, customer_id)
    shown = window.panel.orders.toHtml()
    assert 'href="tel:+48601234567"' in shown and "+48 601 234 567" in shown
    assert window.panel.orders.openExternalLinks()


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_phone_call_screenshots(qtbot, demo_ctx, translations_built, language):
    """Saved for a look (tests/screenshots/out): the dialog filled in, then the timeline with
    the call; the dialog's texts are translated."""
    from shopinbox.ui.common.i18n import install_translations
    from shopinbox.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.customer_id is not None and not window.ops.busy)
        open_customer(qtbot, window, _with_phone(demo_ctx))
        dialog = _open_dialog(qtbot, window)
        note = {"en": "Asked whether the M jacket is back in stock",
                "pl": "Pytała, czy kurtka M wróciła na stan",
                "ru": "Спрашивала, вернулась ли куртка M в продажу"}[language]
        _fill(qtbot, dialog, note)
        if language != "en":
            assert dialog.windowTitle() != "Log a call"
            assert dialog.save_button.text() != "Save the call"
            assert dialog.outcome.currentText() != "Left a voicemail"
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().toImage().save(str(SHOTS / f"call-dialog-{language}.png"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(m["channel"] == "phone"
                                    for m in window.timeline.messages), timeout=10_000)
        settle(qtbot, window)
        app.processEvents()
        assert window.grab().toImage().save(str(SHOTS / f"call-timeline-{language}.png"))
        with demo_ctx.reader() as session:
            assert session.scalar(select(Message.id).where(Message.channel == "phone"))
        window.close()
    finally:
        install_translations(app, "en")
