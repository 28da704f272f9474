"""Each error reply of the Bot API and what the app does with it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.app.core.accounts import AccountError, get_account
from shopinbox.channels.telegram.account import add_telegram_account, check_token
from shopinbox.channels.telegram.pull import sync_telegram_account
from shopinbox.domain.errors import parse_stored
from tests.fixtures.bot_api_server import BotApiServer


def test_401_on_add_gives_a_clear_message(sqlite_ctx, bot_server):
    with pytest.raises(AccountError, match="revoked") as rejected:
        add_telegram_account(sqlite_ctx, "bad", "999:wrong-token", api_url=bot_server.url)
    assert rejected.value.code == "token_revoked"
    with pytest.raises(AccountError, match="not a valid token") as no_token:
        check_token("no-colon-here", bot_server.url)
    assert no_token.value.code == "not_a_token"


def test_401_during_sync_stops_the_account(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="hi")
    bot_server.fail("getUpdates", 401, "Unauthorized")
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.stopped and "revoked" in report.error
    assert report.failure.code == "token_revoked"
    stored = get_account(sqlite_ctx, "shopbot").last_error
    assert stored == report.failure.stored() and parse_stored(stored) == ("token_revoked", {})
    assert bot_server.token not in report.error + stored


def test_revoked_token_stops_at_getme(sqlite_ctx, bot_server, bot_account):
    bot_server.token = "123456789:a-new-token"  # the old one was revoked in @BotFather
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.stopped and report.failure.code == "token_revoked"


def test_409_is_explained(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="hi")
    bot_server.fail("getUpdates", 409, "Conflict: terminated by other getUpdates request; make "
                                       "sure that only one bot instance is running")
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.failure.code == "poll_conflict" and not report.stopped
    assert "Another program" in report.error
    assert report.new_messages == 0
    assert sync_telegram_account(sqlite_ctx, bot_account, once=True).new_messages == 1


def test_429_waits_retry_after(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="hi")
    bot_server.fail("getUpdates", 429, "Too Many Requests: retry after 1", retry_after=1)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.error is None and report.new_messages == 1
    assert len(bot_server.calls_of("getUpdates")) >= 2


def test_long_429_is_throttled_until_then(sqlite_ctx, bot_server, bot_account, anna):
    """Flood control longer than the client waits by itself: `throttled(until=…)` is stored,
    so the sync engine (and the status bar) know when to go on."""
    bot_server.message_from(anna, text="hi")
    bot_server.fail("getUpdates", 429, "Too Many Requests: retry after 3600", retry_after=3600)
    before = datetime.now(UTC)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.failure.code == "throttled" and report.failure.retryable
    assert not report.stopped and report.new_messages == 0
    until = report.failure.until
    assert before + timedelta(seconds=3590) <= until <= datetime.now(UTC) + timedelta(seconds=3610)
    code, params = parse_stored(get_account(sqlite_ctx, "shopbot").last_error)
    assert code == "throttled" and datetime.fromisoformat(params["until"]) == until
    assert len(bot_server.calls_of("getUpdates")) == 1  # no 429 loop: the engine waits


def test_500_is_retried_with_backoff(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="hi")
    bot_server.fail("getUpdates", 500, "Internal Server Error", times=2)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.error is None and report.new_messages == 1


def test_server_down_for_good_is_reported(sqlite_ctx, bot_server, bot_account, monkeypatch):
    monkeypatch.setattr("shopinbox.channels.telegram.pull.RETRY_BACKOFF", 0.01)
    bot_server.fail("getUpdates", 502, "Bad Gateway", times=10)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.failure.code == "server_unreachable" and not report.stopped
    assert report.failure.retryable and "does not answer" in report.error
    assert "Bad Gateway" not in get_account(sqlite_ctx, "shopbot").last_error  # log only
    assert len(bot_server.calls_of("getUpdates")) == 5  # tried five times


def test_network_drop_is_retried(sqlite_ctx, anna):
    """The server is not there at first (connection refused), then comes up."""
    import asyncio

    from shopinbox.channels.telegram.bot_client import TelegramClient, TelegramUnavailable

    server = BotApiServer()
    waits = []

    async def run(url):
        async def sleep(seconds):
            waits.append(seconds)
        async with TelegramClient(server.token, url, attempts=3, sleep=sleep) as client:
            return await client.get_me()

    with pytest.raises(TelegramUnavailable):
        asyncio.run(run("http://127.0.0.1:9"))  # nothing listens on the discard port
    assert waits == [0.5, 1.0]
    server.start()
    try:
        assert asyncio.run(run(server.url)).username == server.username
    finally:
        server.stop()
