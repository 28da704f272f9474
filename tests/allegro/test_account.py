"""Adding an Allegro account with the device flow against the stand-in: the user code is shown,
polling waits while the grant is pending (and slows down when asked), a refusal or a wrong
client is a clear error, and the secrets end up in the keyring, never in the database."""

from __future__ import annotations

import json
import threading
import time

import pytest

from shopinbox.app.core.accounts import get_account, list_accounts
from shopinbox.channels.allegro import auth
from shopinbox.channels.allegro.account import add_allegro_account, sign_in_again
from shopinbox.domain.errors import ShopError
from tests.allegro.conftest import approving


def test_device_flow_adds_the_account_with_tokens_in_the_keyring(sqlite_ctx, allegro_server,
                                                                   memory_keyring, profile_dir):
    shown: list = []
    added = add_allegro_account(sqlite_ctx, "shop", allegro_server.client_id,
                                allegro_server.client_secret,
                                on_code=approving(allegro_server, shown),
                                api_url=allegro_server.url, auth_url=allegro_server.url)
    assert added.login == "sklep_test"
    [grant] = shown
    assert grant.verification_uri_complete.endswith(f"?code={grant.user_code}")
    polls = allegro_server.calls_of("token")
    assert len(polls) >= 2, "the first poll should find the grant pending"
    account = get_account(sqlite_ctx, "shop")
    assert account.kind == "allegro" and account.settings["client_id"] == "test-client-id"
    assert account.settings["api_url"] == allegro_server.url
    assert memory_keyring.store[("shopinbox", "account:shop")] == "test-client-secret"
    tokens = json.loads(memory_keyring.store[("shopinbox", "account:shop/oauth")])
    assert tokens["access_token"] in allegro_server.access_tokens
    assert tokens["refresh_token"] in allegro_server.refresh_tokens
    raw_db = (profile_dir / "shopinbox.sqlite3").read_bytes()
    assert b"test-client-secret" not in raw_db and tokens["refresh_token"].encode() not in raw_db


def test_polling_too_fast_gets_slow_down_and_waits_longer(allegro_server):
    allegro_server.interval = 1
    grant = auth.start_device_flow(allegro_server.url, allegro_server.client_id,
                                   allegro_server.client_secret)
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # the test does not wait the 5 s slow_down asks
        waits.append(seconds)
        time.sleep(0.05)
        if seconds >= 5:
            allegro_server.approve(grant.user_code)

    hurried = auth.DeviceGrant(grant.device_code, grant.user_code, grant.verification_uri,
                               grant.verification_uri_complete, 0.05, 60)
    tokens = auth.wait_for_grant(allegro_server.url, allegro_server.client_id,
                                 allegro_server.client_secret, hurried, sleep=sleep)
    assert tokens.access_token in allegro_server.access_tokens
    assert waits[0] == 0.05 and max(waits) >= 5  # slow_down added 5 s


def test_denied_on_the_allegro_page_saves_nothing(sqlite_ctx, allegro_server):
    def deny(grant) -> None:
        threading.Timer(0.05, allegro_server.deny, args=(grant.user_code,)).start()

    with pytest.raises(ShopError) as caught:
        add_allegro_account(sqlite_ctx, "shop", allegro_server.client_id,
                            allegro_server.client_secret, on_code=deny,
                            api_url=allegro_server.url, auth_url=allegro_server.url)
    assert caught.value.code == "sign_in_denied"
    assert list_accounts(sqlite_ctx) == []


def test_wrong_client_secret_is_client_rejected(sqlite_ctx, allegro_server):
    with pytest.raises(ShopError) as caught:
        add_allegro_account(sqlite_ctx, "shop", allegro_server.client_id, "wrong",
                            on_code=approving(allegro_server), api_url=allegro_server.url,
                            auth_url=allegro_server.url)
    assert caught.value.code == "client_rejected"
    assert "wrong" not in str(caught.value)


def test_stopping_the_wait_ends_it(allegro_server):
    grant = auth.start_device_flow(allegro_server.url, allegro_server.client_id,
                                   allegro_server.client_secret)
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    with pytest.raises(ShopError) as caught:
        auth.wait_for_grant(allegro_server.url, allegro_server.client_id,
                            allegro_server.client_secret, grant, stop_event=stop)
    assert caught.value.code == "sign_in_expired"


def test_sign_in_again_after_a_revoked_grant(sqlite_ctx, allegro_server, allegro_account,
                                             memory_keyring):
    from shopinbox.channels import registry

    allegro_server.revoke()
    check = registry.channel("allegro").check(allegro_account)
    assert not check.ok and "sign in again" in check.fix
    login = sign_in_again(sqlite_ctx, allegro_account.id, on_code=approving(allegro_server))
    assert login == "sklep_test"
    assert registry.channel("allegro").check(get_account(sqlite_ctx, "allegro")).ok


def test_removing_the_account_removes_its_tokens(sqlite_ctx, allegro_account, memory_keyring):
    from shopinbox.app.core.accounts import remove_account

    assert ("shopinbox", "account:allegro/oauth") in memory_keyring.store
    remove_account(sqlite_ctx, "allegro")
    assert ("shopinbox", "account:allegro/oauth") not in memory_keyring.store
    assert ("shopinbox", "account:allegro") not in memory_keyring.store
