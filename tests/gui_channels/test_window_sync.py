"""The window's background sync and replies against the real servers: new mail and Telegram
messages reach the inbox (only changed rows, a notification), the status bar says up to date or
shows the error with its reason and Retry, reading sets \\Seen on the server, and replies from
the composer reach aiosmtpd (threaded) and the Bot API server."""

from __future__ import annotations

import email
from email import policy

from PySide6.QtCore import Qt

from shopinbox.app.core.accounts import set_account_error
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.telegram.account import add_telegram_account
from shopinbox.domain.errors import throttled
from shopinbox.ui.shell.sync_bridge import ERROR, UP_TO_DATE, WAITING
from tests.email.conftest import account_settings
from tests.email.mails import simple
from tests.gui.helpers import open_customer, settle
from tests.gui_channels.helpers import inbox_names, row_of


def _email_account(ctx, dovecot, smtp_server, password: str | None = None) -> int:
    account_id, _notes = add_email_account(
        ctx, "Shop mail", dovecot.user, account_settings(dovecot, smtp_server),
        password=password or dovecot.password, test=False)
    return account_id


def _first_round(qtbot, control, *also) -> None:
    """Wait for the round the runner starts once the window has painted."""
    with qtbot.waitSignals([control.sync.run_finished, *also], timeout=30_000):
        pass


def _reply(qtbot, window, customer_id: int, channel: str, text: str) -> tuple:
    open_customer(qtbot, window, customer_id)
    composer = window.composer
    composer.channel.setCurrentIndex(composer.channel.findData(channel))
    assert composer.channel.currentData() == channel
    composer.text.setFocus()
    composer.text.setPlainText(text)
    with qtbot.waitSignal(composer.delivered, timeout=20_000) as sent:
        qtbot.keyClick(composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return tuple(sent.args)


def test_new_mail_arrives_is_read_on_the_server_and_answered(qtbot, controller, sqlite_ctx,
                                                             dovecot, smtp_server):
    account_id = _email_account(sqlite_ctx, dovecot, smtp_server)
    dovecot.append(simple(message_id="<q1@klient.pl>", subject="Zamówienie 77"))
    control = controller()
    window = control.window
    assert window.inbox.model.rowCount() == 0
    _first_round(qtbot, control, window.tray.notified)
    settle(qtbot, window)  # the inbox and the tray refresh in the background
    assert inbox_names(window) == ["Jan Kowalski"]
    indicator = window.sync_status.indicators[account_id]
    assert indicator.state == UP_TO_DATE and "up to date" in indicator.label.text()
    assert indicator.retry.isHidden()
    assert window.tray.unread == 1

    row = row_of(window, "Jan Kowalski")
    customer_id = window.inbox.model.index(row).data(Qt.ItemDataRole.UserRole + 1)
    with qtbot.waitSignal(window.tasks.finished, timeout=20_000):
        open_customer(qtbot, window, customer_id)  # reading it sets \Seen on the server, in the back
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search(["HEADER", "Message-ID", "<q1@klient.pl>"])
        assert b"\\Seen" in client.get_flags([uid])[uid]

    _cid, _mid, state = _reply(qtbot, window, customer_id, "email", "Paczka już jedzie.")
    assert state == "sent"
    sent = email.message_from_bytes(smtp_server.messages[-1].data, policy=policy.default)
    assert sent["In-Reply-To"] == "<q1@klient.pl>"
    assert sent["Subject"] == "Re: Zamówienie 77"
    assert smtp_server.messages[-1].rcpt_tos == ["jan@klient.pl"]


def test_server_down_shows_the_reason_and_retry_recovers(qtbot, controller, sqlite_ctx,
                                                         dovecot, smtp_server):
    account_id = _email_account(sqlite_ctx, dovecot, smtp_server)
    dovecot.append(simple(message_id="<q9@klient.pl>"))
    dovecot.stop()
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    indicator = window.sync_status.indicators[account_id]
    assert indicator.state == ERROR and "error" in indicator.label.text()
    assert "refused" in indicator.toolTip().lower() or "connect" in indicator.toolTip().lower()
    assert not indicator.retry.isHidden()
    assert window.inbox.model.rowCount() == 0

    dovecot.start()
    with qtbot.waitSignal(control.sync.run_finished, timeout=30_000):
        indicator.retry.click()
    settle(qtbot, window)
    assert indicator.state == UP_TO_DATE and indicator.retry.isHidden()
    assert inbox_names(window) == ["Jan Kowalski"]


def test_wrong_password_is_shown_in_the_status_bar(qtbot, controller, sqlite_ctx, dovecot,
                                                   smtp_server):
    account_id = _email_account(sqlite_ctx, dovecot, smtp_server, password="not-the-password")
    control = controller()
    _first_round(qtbot, control)
    indicator = control.window.sync_status.indicators[account_id]
    assert indicator.state == ERROR and "password" in indicator.toolTip()
    assert not indicator.retry.isHidden()


def test_telegram_message_arrives_and_is_answered(qtbot, controller, sqlite_ctx, bot_server,
                                                  anna):
    added = add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    bot_server.message_from(anna, text="Cześć, gdzie moja paczka?")
    control = controller()
    window = control.window
    _first_round(qtbot, control, window.tray.notified)
    settle(qtbot, window)
    [name] = inbox_names(window)
    assert name.startswith("Anna")
    assert window.sync_status.indicators[added.account_id].state == UP_TO_DATE
    customer_id = window.inbox.model.index(0).data(Qt.ItemDataRole.UserRole + 1)
    open_customer(qtbot, window, customer_id)
    assert "gdzie moja paczka" in window.timeline.toPlainText()

    _cid, _mid, state = _reply(qtbot, window, customer_id, "telegram", "Jutro u Ciebie 📦")
    assert state == "sent"
    [call] = bot_server.calls_of("sendMessage")
    assert int(call["chat_id"]) == anna["id"] and call["text"] == "Jutro u Ciebie 📦"


def test_throttled_bot_waits_in_the_status_bar_while_mail_arrives(qtbot, controller, sqlite_ctx,
                                                                  dovecot, smtp_server,
                                                                  bot_server, anna):
    """Telegram's flood control (429, retry after an hour) shows as "waiting until HH:MM" on the
    bot's indicator — no Retry button, it is not an error — and the mailbox syncs meanwhile."""
    mail_id = _email_account(sqlite_ctx, dovecot, smtp_server)
    bot = add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    bot_server.message_from(anna, text="Halo?")
    bot_server.fail("getUpdates", 429, "Too Many Requests: retry after 3600", retry_after=3600,
                    times=100)
    dovecot.append(simple(message_id="<w1@klient.pl>"))
    set_account_error(sqlite_ctx, bot.account_id, throttled(3600).stored())  # a run before
    control = controller()
    window = control.window
    # Before any round reports, the stored throttle already reads as a wait, not an error.
    assert window.sync_status.indicators[bot.account_id].state == WAITING
    _first_round(qtbot, control)
    waiting = window.sync_status.indicators[bot.account_id]
    assert waiting.state == WAITING and "waiting until" in waiting.label.text()
    assert waiting.retry.isHidden() and "wait until" in waiting.toolTip()
    assert window.sync_status.indicators[mail_id].state == UP_TO_DATE
    qtbot.waitUntil(lambda: inbox_names(window) == ["Jan Kowalski"], timeout=10_000)
