"""Tokens and limits: an expired access token is refreshed once (the rotated refresh token is
saved to the keyring), a revoked grant is `token_revoked`, 429 waits for `Retry-After` or
hands the wait to the engine as `throttled(until)`, 5xx is retried, then `server_error`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from shopinbox.channels import registry
from shopinbox.channels.allegro.client import client_for
from shopinbox.domain.errors import ShopError


def _tokens(memory_keyring, name="allegro"):
    return json.loads(memory_keyring.store[("shopinbox", f"account:{name}/oauth")])


def test_expired_access_token_is_refreshed_and_the_rotation_saved(
        sqlite_ctx, allegro_server, allegro_account, memory_keyring):
    before = _tokens(memory_keyring)
    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.expire_access_tokens()
    report = registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert report.new_messages == 1
    assert allegro_server.refreshes == 1  # once, although several calls were made
    after = _tokens(memory_keyring)
    assert after["refresh_token"] != before["refresh_token"]
    assert before["refresh_token"] not in allegro_server.refresh_tokens  # the old one is spent
    assert after["refresh_token"] in allegro_server.refresh_tokens
    # A second client (another worker) reads the rotated pair from the keyring and works.
    with client_for(allegro_account) as client:
        assert client.get("/me")["login"] == "sklep_test"
    assert allegro_server.refreshes == 1


def test_revoked_grant_is_token_revoked(sqlite_ctx, allegro_server, allegro_account):
    allegro_server.revoke()
    with pytest.raises(ShopError) as caught:
        registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert caught.value.code == "token_revoked" and not caught.value.retryable


def test_short_429_is_waited_out(sqlite_ctx, allegro_server, allegro_account):
    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.fail("threads", 429, retry_after=1)
    report = registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert report.new_messages == 1
    assert len(allegro_server.calls_of("threads")) == 2


def test_long_429_is_throttled_until_then(sqlite_ctx, allegro_server, allegro_account):
    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.fail("threads", 429, retry_after=60)
    started = datetime.now(UTC)
    with pytest.raises(ShopError) as caught:
        registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert caught.value.code == "throttled" and caught.value.retryable
    waited = (caught.value.until - started).total_seconds()
    assert 55 <= waited <= 65


def test_5xx_is_retried(sqlite_ctx, allegro_server, allegro_account):
    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.fail("threads", 502, times=1)
    report = registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert report.new_messages == 1


def test_orders_429_during_the_round_is_reported(sqlite_ctx, allegro_server, allegro_account):
    """The order part of a round fails on a long 429: the messages are still stored, the
    round raises a retryable error for the engine."""
    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.add_order("anna_k", email="a@allegromail.pl", items=[("Bluzka", 1, "9.00")])
    allegro_server.fail("checkout-forms", 429, retry_after=120)
    with pytest.raises(ShopError) as caught:
        registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    assert caught.value.retryable
    from sqlalchemy import func, select

    from shopinbox.store.models import Message

    with sqlite_ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 1
