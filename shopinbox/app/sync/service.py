"""`sync_accounts`: one bounded round of every enabled channel account (or the named one), all
of them at once, each followed by its outbox — the sync engine's `run_once` (engine.py) with
the callbacks older callers pass (`on_state(name, text)`, `on_change(customer_ids)`).

A failing or throttled account is reported (`AccountReport.ok`, `.summary`, `.state`) and
never stops or delays the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shopinbox.app.core.accounts import AccountError, AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.app.sync.engine import SyncEngine, syncable_accounts
from shopinbox.app.sync.state import AccountReport, AccountState

AccountSyncResult = AccountReport  # the name older callers know

__all__ = ["AccountSyncResult", "sync_accounts", "syncable_accounts"]


def sync_accounts(ctx: AppContext, account_name: str | None = None,
                  on_state: Callable[[str, str], None] | None = None,
                  on_change: Callable[[set[int]], None] | None = None,
                  thread_init: Callable[[], None] | None = None,
                  **options: Any) -> list[AccountReport]:
    """One concurrent round; returns a report per account. `options` shape the retry policy
    (`policy`, or `retries`/`backoff`) or go to every channel's pull (`stop_event` cuts a
    retry wait short)."""
    stop_event = options.pop("stop_event", None)
    if account_name is not None and not any(a.name == account_name
                                            for a in syncable_accounts(ctx)):
        raise AccountError("unknown_account", name=account_name)

    def state(account: AccountInfo, current: AccountState, text: str) -> None:
        if on_state is not None:
            on_state(account.name, text or current.english())

    engine = SyncEngine(ctx, on_state=state, on_change=on_change, thread_init=thread_init,
                        **options)
    if stop_event is not None:
        engine.stop_event = stop_event
    return engine.run_once(account_name)
