"""Registers the Telegram channel with the outbox, doctor and the common sync service."""

from __future__ import annotations

from typing import Any

from shopinbox.app.core.context import AppContext
from shopinbox.domain.kinds import AccountKind


class TelegramSyncFailed(Exception):
    """The bot could not be synced; the message says why (revoked token, webhook, …)."""


def sync_account(ctx: AppContext, account_id: int, *, on_change: Any = None,
                 on_state: Any = None, **_options: Any) -> Any:
    """`shopinbox sync` and the window call this: one bounded round of getUpdates."""
    from shopinbox.channels.telegram.pull import sync_telegram_account
    from shopinbox.store.models import Account

    with ctx.reader() as session:
        account = session.get(Account, account_id)
    if on_state is not None:
        on_state("syncing")
    report = sync_telegram_account(ctx, account, once=True, poll_timeout=0)
    if report.error:
        raise TelegramSyncFailed(report.error)
    if on_change is not None and report.changed_customer_ids:
        on_change(set(report.changed_customer_ids))
    if on_state is not None:
        on_state("up to date")
    report.summary = lambda: (  # type: ignore[attr-defined]
        f"{report.updates} update(s), {report.new_messages} new message(s), "
        f"{report.edited} edited, {report.files_downloaded} file(s)")
    return report


def register() -> None:
    import shopinbox.channels.telegram.account  # noqa: F401  (registers sender and doctor test)
    from shopinbox.app.sync.service import register_syncer

    register_syncer(AccountKind.TELEGRAM, sync_account)
