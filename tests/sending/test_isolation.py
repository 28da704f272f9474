"""One account's trouble never stops another account or the outbox: a database error while
one reply is being recorded, a Telegram bot that keeps answering 429 or 5xx. Real Dovecot,
aiosmtpd and the local Bot API server; the rounds run as `sync --once` runs them."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from shopinbox.app.outbox.sending import queue_reply, recover_interrupted
from shopinbox.app.sync.retry import RetryPolicy
from shopinbox.app.sync.service import sync_accounts
from shopinbox.app.sync.state import SyncStatus
from shopinbox.domain.errors import describe_stored, parse_stored
from shopinbox.store.models import Message
from tests.sending.conftest import outbound_rows
from tests.telegram.test_send import _customer


def _bounded(fn, seconds: float):
    """Run `fn` in a thread; fail (instead of hanging the suite) when it takes longer."""
    result: list = []
    thread = threading.Thread(target=lambda: result.append(fn()), daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return result[0], time.monotonic() - started


def _row(ctx, message_id: int) -> Message:
    with ctx.reader() as session:
        return session.get(Message, message_id)


def test_database_error_finishing_one_reply_stops_nothing_else(
        sqlite_ctx, mail_shop, smtp_server, bot_server, bot_account_env, anna):
    telegram_customer = _customer(sqlite_ctx, bot_server, "bot", anna)
    doomed = queue_reply(sqlite_ctx, mail_shop.customer_id, "Pierwsza.", channel="email")
    second = queue_reply(sqlite_ctx, mail_shop.customer_id, "Druga.", channel="email")
    chat = queue_reply(sqlite_ctx, telegram_customer, "Na Telegramie.", channel="telegram")
    # A real database error, only where the outcome of the first reply is written.
    with sqlite_ctx.writer() as session, session.begin():
        session.execute(text(
            f"CREATE TRIGGER finish_fails BEFORE UPDATE OF delivery_state ON messages "
            f"WHEN NEW.id = {doomed} AND NEW.delivery_state = 'sent' "
            f"BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"))
    reports, _elapsed = _bounded(lambda: sync_accounts(sqlite_ctx), 60)
    by_name = {r.account: r for r in reports}
    assert by_name["mail"].ok and by_name["bot"].ok, [r.summary() for r in reports]
    assert _row(sqlite_ctx, second).delivery_state == "sent"
    assert _row(sqlite_ctx, chat).delivery_state == "sent" and len(bot_server.sent) == 1
    assert len(smtp_server.messages) == 2  # the doomed reply went out; only its record failed
    assert _row(sqlite_ctx, doomed).delivery_state == "sending"

    with sqlite_ctx.writer() as session, session.begin():
        session.execute(text("DROP TRIGGER finish_fails"))
    assert recover_interrupted(sqlite_ctx) == 0  # the hand-over was recorded: it resumes
    sync_accounts(sqlite_ctx)
    assert _row(sqlite_ctx, doomed).delivery_state == "sent"
    assert len(smtp_server.messages) == 2  # never handed over twice
    assert len(outbound_rows(sqlite_ctx)) == 3  # and one row each


def test_a_bot_that_keeps_answering_429_holds_up_nothing(
        sqlite_ctx, mail_shop, smtp_server, bot_server, bot_account_env, anna):
    telegram_customer = _customer(sqlite_ctx, bot_server, "bot", anna)
    mail = queue_reply(sqlite_ctx, mail_shop.customer_id, "Mail idzie.", channel="email")
    chat = queue_reply(sqlite_ctx, telegram_customer, "Telegram czeka.", channel="telegram")
    # Short waits, again and again: each is under the client's cap, together they never end.
    for method in ("getUpdates", "sendMessage"):
        bot_server.fail(method, 429, "Too Many Requests: retry after 2", retry_after=2,
                        times=10_000)
    reports, elapsed = _bounded(lambda: sync_accounts(sqlite_ctx), 90)
    by_name = {r.account: r for r in reports}
    assert elapsed < 30, elapsed
    assert by_name["mail"].ok and _row(sqlite_ctx, mail).delivery_state == "sent"
    assert len(smtp_server.messages) == 1
    bot = by_name["bot"]
    assert bot.state.status == SyncStatus.WAITING and bot.state.code == "throttled"
    waiting = _row(sqlite_ctx, chat)
    assert waiting.delivery_state == "queued" and bot_server.sent == []  # goes out later
    code, params = parse_stored(waiting.delivery_error)
    assert code == "throttled" and params["service"] == "Telegram" and params["until"]
    assert describe_stored(waiting.delivery_error).startswith("Telegram asks to wait until ")
    assert len(bot_server.calls_of("sendMessage")) <= 12  # no hammering during flood control

    # Once the server lets it, the held reply goes out by itself, once.
    bot_server.failures.clear()
    with sqlite_ctx.writer() as session, session.begin():
        row = session.get(Message, chat)
        row.extra = {**row.extra, "not_before": "2000-01-01T00:00:00+00:00"}
    sync_accounts(sqlite_ctx)
    assert _row(sqlite_ctx, chat).delivery_state == "sent" and len(bot_server.sent) == 1
    assert _row(sqlite_ctx, chat).delivery_error is None


def test_a_bot_that_keeps_answering_500_is_reported_in_bounded_time(
        sqlite_ctx, mail_shop, smtp_server, bot_server, bot_account_env, anna):
    _customer(sqlite_ctx, bot_server, "bot", anna)
    mail = queue_reply(sqlite_ctx, mail_shop.customer_id, "Mail idzie.", channel="email")
    bot_server.fail("getUpdates", 502, "Bad Gateway", times=10_000)
    before = len(bot_server.calls_of("getUpdates"))
    # The engine's own back-off made short: under test is that every Telegram call gives up
    # after its capped waits (the default policy adds at most 15 s of waiting to that).
    policy = RetryPolicy(first_wait=0.2, max_wait=1.0)
    reports, elapsed = _bounded(lambda: sync_accounts(sqlite_ctx, policy=policy), 120)
    by_name = {r.account: r for r in reports}
    assert by_name["mail"].ok and _row(sqlite_ctx, mail).delivery_state == "sent"
    assert by_name["bot"].state.code == "server_unreachable"
    assert elapsed < 30, elapsed
    asked = len(bot_server.calls_of("getUpdates")) - before
    assert 5 <= asked <= 5 * 4  # the policy's attempts × the client's capped ones
