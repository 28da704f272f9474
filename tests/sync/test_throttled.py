"""The issue's proof: while a Telegram bot is throttled (the local Bot API server answers 429
with retry_after = 1 hour), the email account's mail keeps arriving — also through IMAP IDLE —
and a queued reply goes out through SMTP at once. Bounded in time: every wait has a deadline,
and nothing waits for the hour. And `shopinbox sync --once` with the same two accounts ends
in bounded time, the bot reported as waiting."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.sync.engine import SyncEngine
from shopinbox.app.sync.state import SyncStatus
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Account, Message
from tests.email.mails import simple
from tests.sync.conftest import wait_until

ROOT = Path(__file__).resolve().parents[2]
HOUR = 3600


def _stored(ctx, external_id: str) -> Message | None:
    with ctx.reader() as session:
        return session.scalar(select(Message).where(Message.external_id == external_id))


def _throttle(bot_server, anna) -> None:
    bot_server.message_from(anna, text="Czy paczka już wyszła?")
    bot_server.fail("getUpdates", 429, f"Too Many Requests: retry after {HOUR}",
                    retry_after=HOUR, times=100)


def test_throttled_bot_never_delays_mail_or_the_outbox(sqlite_ctx, shop, dovecot, smtp_server,
                                                       bot_server, anna):
    _throttle(bot_server, anna)
    dovecot.append(simple(message_id="<t1@klient.pl>", subject="Zamówienie 501"))
    bot_waits = threading.Event()
    seen: list[tuple[int, SyncStatus]] = []

    def on_state(account, state, _text):
        seen.append((account.id, state.status))
        if account.id == shop.telegram_id and state.status == SyncStatus.WAITING:
            bot_waits.set()

    engine = SyncEngine(sqlite_ctx, on_state=on_state, interval=600)
    started = time.monotonic()
    engine.start()
    try:
        assert bot_waits.wait(20), seen
        waiting = engine.states[shop.telegram_id]
        assert waiting.status == SyncStatus.WAITING and waiting.code == "throttled"
        assert waiting.until > datetime.now(UTC) + timedelta(seconds=HOUR - 120)
        assert waiting.english().startswith("waiting until ")

        first = wait_until(lambda: _stored(sqlite_ctx, "<t1@klient.pl>"))
        # New mail while the bot waits: the email worker is in IDLE and stores it at once.
        wait_until(lambda: engine.states.get(shop.email_id) is not None)
        dovecot.append(simple(message_id="<t2@klient.pl>", subject="Jeszcze jedno", minutes=1))
        wait_until(lambda: _stored(sqlite_ctx, "<t2@klient.pl>"))

        reply_id = queue_reply(sqlite_ctx, first.customer_id, "Paczka wyszła dziś.",
                               channel="email")
        wait_until(lambda: smtp_server.messages)
        sent = wait_until(lambda: (m := _stored_by_id(sqlite_ctx, reply_id))
                          and m.delivery_state == "sent" and m)
        assert sent.delivery_error is None
        assert smtp_server.messages[-1].rcpt_tos == ["jan@klient.pl"]

        # All of that happened while the bot waited, and it asked the server only once.
        assert engine.states[shop.telegram_id].status == SyncStatus.WAITING
        assert len(bot_server.calls_of("getUpdates")) == 1
        with sqlite_ctx.reader() as session:
            assert session.scalars(select(Message.channel).distinct()).all() == ["email"]
            bot = session.get(Account, shop.telegram_id)
            assert parse_stored(bot.last_error)[0] == "throttled"  # until when it waits
    finally:
        assert engine.stop(10)  # the hour-long wait is cut short
    assert time.monotonic() - started < 60


def _stored_by_id(ctx, message_id: int) -> Message | None:
    with ctx.reader() as session:
        return session.get(Message, message_id)


def test_sync_once_ends_in_bounded_time_with_the_bot_waiting(sqlite_ctx, shop, dovecot,
                                                             bot_server, anna, profile_dir):
    _throttle(bot_server, anna)
    dovecot.append(simple(message_id="<o1@klient.pl>"))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "shopinbox", "--profile", str(profile_dir), "sync", "--once",
         "--json"], capture_output=True, text=True, cwd=ROOT, timeout=90)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr  # waiting is not failing
    reports = {r["account"]: r for r in json.loads(result.stdout)}
    assert reports["mail"]["ok"] and reports["mail"]["new_messages"] == 1
    assert reports["bot"]["state"] == "waiting" and reports["bot"]["code"] == "throttled"
    assert reports["bot"]["summary"].startswith("waiting until ")
    assert elapsed < 45, elapsed  # far from the hour the server asked for
    assert _stored(sqlite_ctx, "<o1@klient.pl>") is not None
    with sqlite_ctx.reader() as session:
        assert parse_stored(session.get(Account, shop.telegram_id).last_error)[0] == "throttled"


def test_sync_service_runs_the_engine_until_stopped(sqlite_ctx, shop, dovecot, smtp_server,
                                                    bot_server, anna, profile_dir):
    """`shopinbox sync` without --once: mail arrives while the bot waits, and a reply queued
    by another process (this test) is found by the account's outbox within seconds."""
    import signal

    _throttle(bot_server, anna)
    dovecot.append(simple(message_id="<s1@klient.pl>"))
    service = subprocess.Popen(
        [sys.executable, "-m", "shopinbox", "--profile", str(profile_dir), "sync"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = wait_until(lambda: _stored(sqlite_ctx, "<s1@klient.pl>"), timeout=30)
        reply_id = queue_reply(sqlite_ctx, first.customer_id, "Już wysłane.", channel="email")
        wait_until(lambda: (m := _stored_by_id(sqlite_ctx, reply_id))
                   and m.delivery_state == "sent", timeout=30)
        assert smtp_server.messages[-1].rcpt_tos == ["jan@klient.pl"]
    finally:
        service.send_signal(signal.SIGTERM)
        out, err = service.communicate(timeout=30)
    assert service.returncode == 0, err
    assert "mail: ok" in out and "bot: ok — waiting until" in out
