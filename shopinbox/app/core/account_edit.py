"""Editing an existing account from the settings dialog: a channel's `update_…` tests the new
settings first (the same tests as adding) and only then writes them through `write_account` —
a failed test changes nothing. An empty password/token keeps the stored one."""

from __future__ import annotations

from typing import Any

from shopinbox.app.core.accounts import AccountError
from shopinbox.app.core.context import AppContext
from shopinbox.store.database import require
from shopinbox.store.models import Account


def load_account(ctx: AppContext, account_id: int) -> Account:
    with ctx.reader() as session:
        account = session.get(Account, account_id)
    if account is None:
        raise AccountError("unknown_account", name=f"#{account_id}")
    return account


def write_account(ctx: AppContext, account_id: int, settings: dict[str, Any],
           secret_ref: str | None) -> None:
    with ctx.writer() as session, session.begin():
        account = require(session, Account, account_id)
        account.settings = settings
        account.secret_ref = secret_ref
        account.last_error = None
