"""The sync service behind `shopinbox sync` and the window: every enabled account whose kind is
a channel (channels/registry.py) is pulled, then the outbox is sent.

A channel's `pull(ctx, account_id, on_change=…, on_state=…, stop_event=…)` returns a
`PullReport`; a failing account is reported and does not stop the others."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopinbox.app.core.accounts import AccountError, AccountInfo, list_accounts
from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry


@dataclass
class AccountSyncResult:
    account: str
    ok: bool
    summary: str


def syncable_accounts(ctx: AppContext) -> list[AccountInfo]:
    """Enabled accounts of a channel kind (order sources and demo accounts are not pulled)."""
    return [a for a in list_accounts(ctx) if a.enabled and registry.find(a.kind) is not None]


def sync_accounts(ctx: AppContext, account_name: str | None = None,
                  on_state: Callable[[str, str], None] | None = None,
                  on_change: Callable[[set[int]], None] | None = None,
                  **options: Any) -> list[AccountSyncResult]:
    """Sync every enabled channel account (or the named one) once, then send what waits in the
    outbox. A failing account does not stop the others.

    `options` go to every channel's pull as they are (the window passes `stop_event`, so
    closing it cuts a retry back-off short; channels ignore what they do not know)."""
    from shopinbox.app.outbox.sending import send_pending

    accounts = [a for a in syncable_accounts(ctx)
                if account_name is None or a.name == account_name]
    if account_name is not None and not accounts:
        raise AccountError("unknown_account", name=account_name)
    results = []
    for account in accounts:
        def state(text: str, name: str = account.name) -> None:
            if on_state is not None:
                on_state(name, text)
        try:
            report = registry.channel(account.kind).pull(
                ctx, account.id, on_change=on_change, on_state=state, **options)
            results.append(AccountSyncResult(account.name, True, report.summary()))
        except Exception as error:  # reported per account; the next run resumes
            results.append(AccountSyncResult(account.name, False, str(error)))
    send_pending(ctx)
    return results
