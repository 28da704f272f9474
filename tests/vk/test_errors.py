"""Each error answer of the VK API and what the app does with it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.app.core.accounts import AccountError, get_account
from shopinbox.app.sync.service import sync_accounts
from shopinbox.channels.vk.account import add_vk_account, check_token
from shopinbox.channels.vk.pull import sync_vk_account
from shopinbox.domain.errors import ShopError, parse_stored


def test_error_5_on_add_is_a_rejected_token(sqlite_ctx, vk_server):
    with pytest.raises(AccountError) as rejected:
        add_vk_account(sqlite_ctx, "bad", vk_server.group_id, "vk1.a.wrong-token-000000000000",
                       api_url=vk_server.url)
    assert rejected.value.code == "token_revoked"
    with pytest.raises(AccountError) as no_token:
        check_token("short", vk_server.group_id, vk_server.url)
    assert no_token.value.code == "not_a_token"


def test_token_of_another_community_or_without_messages(sqlite_ctx, vk_server):
    with pytest.raises(AccountError) as other:
        check_token(vk_server.token, 999, vk_server.url)
    assert other.value.code == "wrong_community" and other.value.params["group"] == 999
    vk_server.rights = {"photos"}
    with pytest.raises(AccountError) as rights:
        check_token(vk_server.token, vk_server.group_id, vk_server.url)
    assert rights.value.code == "permission_denied"


def test_long_poll_off_is_switched_on_or_explained(sqlite_ctx, vk_server):
    vk_server.long_poll_enabled = False
    community = check_token(vk_server.token, vk_server.group_id, vk_server.url)
    assert community.long_poll_switched_on and vk_server.long_poll_enabled
    assert vk_server.calls_of("groups.setLongPollSettings")[0]["api_version"] == "5.199"
    vk_server.long_poll_enabled = False
    vk_server.rights = {"messages"}  # no `manage`: the user must switch it on
    with pytest.raises(AccountError) as off:
        check_token(vk_server.token, vk_server.group_id, vk_server.url)
    assert off.value.code == "long_poll_off"


def test_revoked_token_during_sync_stops_the_account(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.token = "vk1.a.a-new-token-the-old-one-was-deleted"
    with pytest.raises(ShopError) as failure:
        sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert failure.value.code == "token_revoked" and not failure.value.retryable
    (result,) = sync_accounts(sqlite_ctx, retries=1)
    assert not result.ok
    stored = get_account(sqlite_ctx, "shopvk").last_error
    assert parse_stored(stored) == ("token_revoked", {})
    assert "vk1.a" not in stored and "access_token" not in stored


def test_error_6_is_waited_out(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.fail("users.get", 6, times=2)
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.new_messages == 1
    assert len(vk_server.calls_of("users.get")) == 3


def test_error_6_that_keeps_coming_is_throttled(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.fail("users.get", 6, times=10)
    before = datetime.now(UTC)
    with pytest.raises(ShopError) as failure:
        sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert failure.value.code == "throttled" and failure.value.retryable
    assert before < failure.value.until <= datetime.now(UTC) + timedelta(seconds=2)
    assert len(vk_server.calls_of("users.get")) == 5
    # The sync engine waits the second and tries again: the message arrives.
    vk_server.failures.clear()
    (result,) = sync_accounts(sqlite_ctx)
    assert result.ok and result.new_messages == 1


def test_5xx_is_retried_and_a_dead_server_reported(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.fail_http("a_check", 502, times=2)
    vk_server.fail("groups.getLongPollServer", 10)  # VK's own "internal server error"
    assert sync_vk_account(sqlite_ctx, vk_account, once=True).new_messages == 1
    vk_server.fail_http("a_check", 503, times=10)
    with pytest.raises(ShopError) as failure:
        sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert failure.value.code == "server_unreachable" and failure.value.retryable
    assert failure.value.params["host"] == "127.0.0.1"
    assert "key" not in failure.value.english()


def test_server_not_there(sqlite_ctx, vk_server, vk_account):
    import asyncio

    from shopinbox.channels.vk.client import VkClient, VkUnavailable

    waits = []

    async def run():
        async def sleep(seconds):
            waits.append(seconds)
        async with VkClient("t" * 30, "http://127.0.0.1:9", attempts=3, sleep=sleep) as client:
            return await client.call("groups.getById")

    with pytest.raises(VkUnavailable):
        asyncio.run(run())
    assert waits == [0.5, 1.0]


def test_an_unexpected_error_is_a_protocol_error(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.fail("users.get", 113)  # "Invalid user id"
    with pytest.raises(ShopError) as failure:
        sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert failure.value.code == "protocol_error" and failure.value.retryable
    assert sync_vk_account(sqlite_ctx, vk_account, once=True).new_messages == 1
