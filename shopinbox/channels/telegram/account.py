"""Telegram bot accounts: adding one (checked with getMe), editing it, the doctor's connection
test (`TelegramChannel.check`)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from shopinbox.app.core.account_edit import load_account, write_account
from shopinbox.app.core.accounts import AccountError, add_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import Check
from shopinbox.app.core.secrets import env_ref, load_secret, store_secret
from shopinbox.channels.telegram.bot_client import (
    BotInfo,
    TelegramClient,
    TelegramFailure,
    WebhookState,
)
from shopinbox.channels.telegram.convert import KIND
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Account


@dataclass
class AddedBot:
    account_id: int
    username: str
    webhook_deleted: bool
    webhook_url: str  # still set (not deleted): polling will not work until it is removed


async def _check(token: str, api_url: str | None,
                 delete_webhook: bool) -> tuple[BotInfo, WebhookState, bool]:
    async with TelegramClient(token, api_url, attempts=2) as client:
        me = await client.get_me()
        webhook = await client.webhook_info()
        deleted = False
        if webhook.url and delete_webhook:
            await client.delete_webhook()
            deleted = True
        return me, webhook, deleted


def check_token(token: str, api_url: str | None = None,
                delete_webhook: bool = False) -> tuple[BotInfo, WebhookState, bool]:
    """getMe (and getWebhookInfo) with this token; raises AccountError with the failure's
    code (`not_a_token`, `token_revoked`, `server_unreachable` …)."""
    if not token or ":" not in token:
        raise AccountError("not_a_token")
    try:
        return asyncio.run(_check(token.strip(), api_url, delete_webhook))
    except TelegramFailure as error:
        raise AccountError(error.code, **error.params) from None


def add_telegram_account(ctx: AppContext, name: str, token: str, *, token_env: str | None = None,
                         api_url: str | None = None, delete_webhook: bool = False) -> AddedBot:
    """Check the token, then save the account; the token goes to the keyring, or only the name
    of the environment variable is saved when `token_env` is given."""
    me, webhook, deleted = check_token(token, api_url, delete_webhook)
    secret_ref = env_ref(token_env) if token_env else None
    if secret_ref is None:
        secret_ref = store_secret(name, token.strip())
    settings = {"username": f"@{me.username}", "bot_id": me.id, "display_name": me.first_name}
    if api_url:
        settings["api_url"] = api_url.rstrip("/")
    if delete_webhook:
        settings["delete_webhook"] = True
    account_id = add_account(ctx, name, KIND, settings, secret_ref)
    return AddedBot(account_id, me.username, deleted, "" if deleted else webhook.url)


def connection_test(account: Account) -> Check:
    try:
        token = load_secret(account.name, account.secret_ref)
        me, webhook, _ = check_token(token, (account.settings or {}).get("api_url"))
    except ShopError as error:
        hint = error.hint()
        if error.code in ("token_revoked", "not_a_token"):
            hint = "create a new token with @BotFather (/token) and add the account again"
        return Check("", False, error.english(), hint)
    if webhook.url:
        webhook_set = ShopError("webhook_set", url=webhook.url)
        return Check("", False, f"bot @{me.username}: {webhook_set.english()}",
                     webhook_set.hint())
    return Check("", True, f"bot @{me.username} answers")


def update_telegram_account(ctx: AppContext, account_id: int, token: str | None,
                            api_url: str | None, delete_webhook: bool = False,
                            token_env: str | None = None) -> str:
    """Returns the bot's @username. `token_env`: the token is (now) read from that environment
    variable, and only its name is kept."""
    account = load_account(ctx, account_id)
    if token_env:
        secret = load_secret(account.name, env_ref(token_env))
    else:
        secret = token or load_secret(account.name, account.secret_ref)
    me, _webhook, _deleted = check_token(secret, api_url or None, delete_webhook)
    settings = {**dict(account.settings or {}), "username": f"@{me.username}", "bot_id": me.id,
                "display_name": me.first_name}
    settings.pop("api_url", None)
    if api_url:
        settings["api_url"] = api_url.rstrip("/")
    if token_env:
        secret_ref: str | None = env_ref(token_env)
    else:
        secret_ref = store_secret(account.name, token.strip()) if token else account.secret_ref
    write_account(ctx, account_id, settings, secret_ref)
    return me.username
