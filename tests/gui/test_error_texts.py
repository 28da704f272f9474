"""Stored error codes reach a Polish screen in Polish, with what to do: the status bar (an
account's `last_error` at start, and a code reported by a sync thread) and the timeline's failed
delivery line. No English sentence from app/ and no raw driver text is shown."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from shopinbox.app.core.accounts import add_account
from shopinbox.app.outbox.sending import queue_reply
from shopinbox.domain.errors import ShopError, throttled
from shopinbox.domain.kinds import DeliveryState
from shopinbox.store.models import Account, Message
from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.shell.main_window import MainWindow
from shopinbox.ui.shell.sync_bridge import ERROR
from tests.gui.helpers import customer_with


@pytest.fixture
def polish(translations_built):
    app = QApplication.instance()
    assert install_translations(app, "pl")
    yield
    install_translations(app, "en")


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_stored_auth_failed_is_polish_in_the_status_bar(qtbot, demo_ctx, polish):
    account_id = add_account(demo_ctx, "Sklep poczta", "email", {"email": "a@b.pl"}, "keyring")
    failure = ShopError("auth_failed", host="imap.b.pl", protocol="IMAP",
                        detail="b'[AUTHENTICATIONFAILED] Authentication failed.'")
    with demo_ctx.writer() as session, session.begin():
        session.execute(update(Account).where(Account.id == account_id)
                        .values(last_error=failure.stored()))
    window = _window(qtbot, demo_ctx)
    indicator = window.sync_status.indicators[account_id]
    assert indicator.state == ERROR and not indicator.retry.isHidden()
    assert "Sklep poczta: błąd" in indicator.label.text()
    tip = indicator.toolTip()
    assert "Serwer nie przyjął nazwy użytkownika lub hasła." in tip
    assert "Sprawdź je; wielu dostawców wymaga hasła aplikacji." in tip  # what to do
    assert "did not accept" not in tip and "AUTHENTICATIONFAILED" not in tip
    window.close()


def test_throttled_from_a_sync_thread_shows_the_local_time(qtbot, demo_ctx, polish):
    account_id = add_account(demo_ctx, "Sklep bot", "telegram", {"username": "@b"}, "keyring")
    window = _window(qtbot, demo_ctx)
    until = datetime.now(UTC) + timedelta(minutes=42)
    stored = throttled(until).stored()
    with qtbot.waitSignal(window.bridge.state_changed, timeout=5000):
        threading.Thread(target=window.bridge.on_state,
                         args=(account_id, ERROR, stored)).start()
    tip = window.sync_status.indicators[account_id].toolTip()
    assert f"Usługa prosi o przerwę do {until.astimezone():%H:%M}." in tip
    assert "Nic nie trzeba robić" in tip and "asks to wait" not in tip
    assert "{" not in tip  # the stored JSON itself is never shown
    window.close()


def test_failed_delivery_line_in_the_timeline_is_polish(qtbot, demo_ctx, polish):
    customer = customer_with(demo_ctx, {"email"})
    message_id = queue_reply(demo_ctx, customer, "Kod rabatowy w środku")
    until = datetime.now(UTC) + timedelta(hours=1)
    with demo_ctx.writer() as session, session.begin():
        session.execute(update(Message).where(Message.id == message_id).values(
            delivery_state=DeliveryState.FAILED,
            delivery_error=ShopError("throttled", until=until, detail="429 Too Many").stored()))
    window = _window(qtbot, demo_ctx)
    window.open_customer(customer)
    expected = f"Usługa prosi o przerwę do {until.astimezone():%H:%M}."
    qtbot.waitUntil(lambda: expected in window.timeline.toPlainText(), timeout=5000)
    shown = window.timeline.toPlainText()
    assert "Nic nie trzeba robić: shopinbox wtedy sam wznowi pracę." in shown
    assert "429" not in shown and "asks to wait" not in shown
    assert f"action:retry/{message_id}" in window.timeline.toHtml()
    window.close()


def test_old_free_text_error_still_shows(qtbot, demo_ctx, polish):
    """A database from before the codes holds English sentences: they are shown as written."""
    account_id = add_account(demo_ctx, "Stare konto", "email", {"email": "s@b.pl"}, "keyring")
    with demo_ctx.writer() as session, session.begin():
        session.execute(update(Account).where(Account.id == account_id)
                        .values(last_error="IMAP: the IMAP server rejected the user name"))
    window = _window(qtbot, demo_ctx)
    indicator = window.sync_status.indicators[account_id]
    assert indicator.state == ERROR
    assert indicator.toolTip() == "IMAP: the IMAP server rejected the user name"
    window.close()
