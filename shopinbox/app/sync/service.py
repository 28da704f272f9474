"""The sync service behind `shopinbox sync` and the window: one registry of syncers per
account kind. A syncer is `fn(ctx, account_id, on_change=…, on_state=…) -> report` (report has
`summary()`); channel modules register theirs (see `app/senders.py`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopinbox.app.core.accounts import AccountError, list_accounts
from shopinbox.app.core.context import AppContext

Syncer = Callable[..., Any]
SYNCERS: dict[str, Syncer] = {}


def register_syncer(kind: str, syncer: Syncer) -> None:
    SYNCERS[kind] = syncer


@dataclass
class AccountSyncResult:
    account: str
    ok: bool
    summary: str


def sync_accounts(ctx: AppContext, account_name: str | None = None,
                  on_state: Callable[[str, str], None] | None = None,
                  on_change: Callable[[set[int]], None] | None = None,
                  **options: Any) -> list[AccountSyncResult]:
    """Sync every enabled account that has a syncer (or the named one) once, then send what
    waits in the outbox. A failing account does not stop the others.

    `options` go to every syncer as they are (the window passes `stop_event`, so closing it
    cuts a retry back-off short; syncers ignore what they do not know)."""
    from shopinbox.app.core.channel_hub import load_channels
    from shopinbox.app.outbox.sending import send_pending

    load_channels()
    accounts = [a for a in list_accounts(ctx) if a.enabled and a.kind in SYNCERS
                and (account_name is None or a.name == account_name)]
    if account_name is not None and not accounts:
        raise AccountError(f"no account {account_name!r} that can be synced")
    results = []
    for account in accounts:
        def state(text: str, name: str = account.name) -> None:
            if on_state is not None:
                on_state(name, text)
        try:
            report = SYNCERS[account.kind](ctx, account.id, on_change=on_change, on_state=state,
                                           **options)
            results.append(AccountSyncResult(account.name, True, report.summary()))
        except Exception as error:  # reported per account; the next run resumes
            results.append(AccountSyncResult(account.name, False, str(error)))
    send_pending(ctx)
    return results
