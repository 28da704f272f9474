"""Editing a VK account: the new token is checked first; a failed check changes nothing."""

from __future__ import annotations

import keyring
import pytest

from shopinbox.app.core.accounts import AccountError, get_account
from shopinbox.app.core.doctor import run_checks
from shopinbox.channels.vk.account import update_vk_account
from shopinbox.channels.vk.pull import sync_vk_account


def test_new_token_after_revocation(sqlite_ctx, vk_server, vk_account, olga, profile_dir):
    vk_server.token = "vk1.a.the-new-community-token-000000000"
    check = {c.name: c for c in run_checks(str(profile_dir))}["account shopvk"]
    assert not check.ok and "Access tokens" in check.fix
    with pytest.raises(AccountError) as wrong:
        update_vk_account(sqlite_ctx, vk_account.id, vk_server.group_id,
                          "vk1.a.still-not-the-right-one-0000", vk_server.url)
    assert wrong.value.code == "token_revoked"
    assert keyring.get_password("shopinbox", "account:shopvk") != vk_server.token
    community = update_vk_account(sqlite_ctx, vk_account.id, vk_server.group_id,
                                  vk_server.token, vk_server.url)
    assert community.name == "Sklep Ola"
    assert keyring.get_password("shopinbox", "account:shopvk") == vk_server.token
    assert get_account(sqlite_ctx, "shopvk").last_error is None
    vk_server.message_new(olga, "снова работает")
    assert sync_vk_account(sqlite_ctx, get_account(sqlite_ctx, "shopvk")).new_messages == 1
    check = {c.name: c for c in run_checks(str(profile_dir))}["account shopvk"]
    assert check.ok and "Sklep Ola" in check.detail
