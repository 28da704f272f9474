"""Editing an existing email or Telegram account from the settings dialog: the new settings
are tested first (the same tests as adding), and only then written — a failed test changes
nothing. An empty password/token keeps the stored one."""

from __future__ import annotations

from typing import Any

from shopinbox.app.core.accounts import AccountError
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret, store_secret
from shopinbox.store.models import Account

KEEP = ("ca_file", "timeout", "automated_as_customers", "saves_sent")


def _account(ctx: AppContext, account_id: int) -> Account:
    with ctx.reader() as session:
        account = session.get(Account, account_id)
    if account is None:
        raise AccountError(f"account {account_id} no longer exists")
    return account


def _write(ctx: AppContext, account_id: int, settings: dict[str, Any],
           secret_ref: str | None) -> None:
    with ctx.writer() as session, session.begin():
        account = session.get(Account, account_id)
        account.settings = settings
        account.secret_ref = secret_ref
        account.last_error = None


def update_email_account(ctx: AppContext, account_id: int, address: str, given: dict[str, Any],
                         password: str | None = None) -> list[str]:
    from shopinbox.channels.email.account import complete_settings, config_from, test_config

    account = _account(ctx, account_id)
    old = dict(account.settings or {})
    settings, note = complete_settings(address, {**{k: old[k] for k in KEEP if k in old},
                                                 **given})
    secret = password or load_secret(account.name, account.secret_ref)
    report = test_config(config_from(settings, secret))
    secret_ref = store_secret(account.name, password) if password else account.secret_ref
    _write(ctx, account_id, settings, secret_ref)
    return report + ([note] if note else [])


def update_telegram_account(ctx: AppContext, account_id: int, token: str | None,
                            api_url: str | None, delete_webhook: bool = False) -> str:
    """Returns the bot's @username."""
    from shopinbox.channels.telegram.account import check_token

    account = _account(ctx, account_id)
    secret = token or load_secret(account.name, account.secret_ref)
    me, _webhook, _deleted = check_token(secret, api_url or None, delete_webhook)
    settings = {**dict(account.settings or {}), "username": f"@{me.username}", "bot_id": me.id,
                "display_name": me.first_name}
    settings.pop("api_url", None)
    if api_url:
        settings["api_url"] = api_url.rstrip("/")
    secret_ref = store_secret(account.name, token.strip()) if token else account.secret_ref
    _write(ctx, account_id, settings, secret_ref)
    return me.username
