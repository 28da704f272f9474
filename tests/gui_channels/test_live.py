"""Live arrival in the open window, against the real servers: a mail APPENDed to Dovecot and a
Telegram update made available by the Bot API server appear in the inbox through push (IMAP
IDLE, long polling) — no timer fires: the sync interval is minutes, the wait a few seconds — and
"Sync now" (F5) runs one round of every account at once."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from shopinbox.channels.telegram.account import add_telegram_account
from tests.email.mails import simple
from tests.gui_channels.helpers import inbox_names
from tests.gui_channels.test_window_sync import _email_account, _first_round

ARRIVAL_MS = 8_000  # far below the 5-minute round: only push can bring it this soon


def _assert_no_timer_can_fire(control) -> None:
    assert control.sync.engine.interval >= 300


def test_mail_appended_while_the_window_is_open_appears_through_idle(
        qtbot, controller, sqlite_ctx, dovecot, smtp_server):
    _email_account(sqlite_ctx, dovecot, smtp_server)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    _assert_no_timer_can_fire(control)
    assert inbox_names(window) == []
    started = time.monotonic()
    dovecot.append(simple(message_id="<live1@klient.pl>", subject="Czy jest rozmiar M?"))
    qtbot.waitUntil(lambda: inbox_names(window) == ["Jan Kowalski"], timeout=ARRIVAL_MS)
    assert time.monotonic() - started < ARRIVAL_MS / 1000


def test_telegram_update_appears_through_long_polling(qtbot, controller, sqlite_ctx, bot_server,
                                                      anna):
    add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    _assert_no_timer_can_fire(control)
    assert inbox_names(window) == []
    bot_server.message_from(anna, text="Czy wysyłacie do Wilna?")
    qtbot.waitUntil(lambda: len(inbox_names(window)) == 1, timeout=ARRIVAL_MS)
    assert inbox_names(window)[0].startswith("Anna")


def test_f5_runs_a_round_of_every_account_at_once(qtbot, controller, sqlite_ctx, dovecot,
                                                  smtp_server, bot_server):
    mail_id = _email_account(sqlite_ctx, dovecot, smtp_server)
    bot = add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    assert window.sync_now_action.shortcut().toString() == "F5"
    window.activateWindow()
    with qtbot.waitSignal(control.sync.run_finished, timeout=15_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert {r.account_id for r in finished.args[0]} == {mail_id, bot.account_id}
