"""Sync orders from the shops' APIs, several stores one after another.

Which kinds have an API, how a page is fetched and what the cursor means is each source's own
(`OrderSource.fetch_pages`, sources/). Here is the generic part: each page of orders is written
in its own transaction together with the account's cursor, so an error mid-way keeps what was
stored, and the next run resumes from there; re-reading a page upserts its orders as unchanged,
never duplicated.

`sync_source_account(ctx, account_id)` is one bounded round of one account, for the sync
engine (app/sync) as much as for `shopinbox orders sync`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import SecretUnavailable
from shopinbox.logs import redact
from shopinbox.sources import registry
from shopinbox.sources.base import AuthFailed, OrderSourceError
from shopinbox.store.models import Account
from shopinbox.store.orders import get_cursor, set_cursor, upsert_orders

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """One round of one order source. `error` is English (redacted) for the CLI and the log;
    `retryable` tells a retry policy whether trying again by itself may help."""

    account: str
    kind: str
    pages: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_customers: int = 0
    throttled: int = 0
    cursor: str | None = None
    error: str | None = None
    auth_failed: bool = False
    retryable: bool = False
    changed_customer_ids: set[int] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return self.error is None

    def summary(self) -> str:
        """One line for logs and the sync engine's report."""
        text = (f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged "
                f"order(s) in {self.pages} page(s)")
        return text + (f"; stopped: {self.error}" if self.error else "")


def sync_source_account(ctx: AppContext, account_id: int, *,
                        on_change: Callable[[set[int]], None] | None = None,
                        stop_event: threading.Event | None = None) -> SyncReport:
    """Fetch what changed in one order-source account since its cursor and store it, page by
    page (each page and the cursor after it in one transaction). Never raises for the shop's
    own failures: they are in the report and in `Account.last_error`.

    `on_change` gets the customer ids of each committed page; `stop_event` ends the round
    after the page being stored (the next round resumes from the cursor)."""
    with ctx.reader() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise LookupError(f"no account with id {account_id}")
        cursor = get_cursor(session, account.id)
    report = SyncReport(account=account.name, kind=account.kind, cursor=cursor)
    source = registry.find(account.kind)
    if source is None or not source.syncs:
        raise LookupError(f"{account.name!r} is a {account.kind} account, not an order API")
    try:
        with closing(source.fetch_pages(account, cursor)) as pages:
            for page in pages:
                with ctx.writer() as session, session.begin():
                    result = upsert_orders(session, account.id, account.name, page.orders)
                    set_cursor(session, account.id, page.cursor)
                report.pages += 1
                report.throttled += page.throttled
                report.created += result.created
                report.updated += result.updated
                report.unchanged += result.unchanged
                report.new_customers += len(result.new_customer_ids)
                report.changed_customer_ids |= result.changed_customer_ids
                report.cursor = page.cursor
                if on_change is not None and result.changed_customer_ids:
                    on_change(set(result.changed_customer_ids))
                if stop_event is not None and stop_event.is_set():
                    break
    except (OrderSourceError, SecretUnavailable, KeyError, ValueError, TypeError) as error:
        text = str(error) if isinstance(error, OrderSourceError | SecretUnavailable) else (
            f"unexpected reply from the shop ({type(error).__name__}: {error})")
        report.error = redact(text)
        report.auth_failed = isinstance(error, AuthFailed)
        report.retryable = isinstance(error, OrderSourceError) and error.retryable
        log.warning("order sync of %s stopped: %s", account.name, report.error)
    with ctx.writer() as session, session.begin():
        stored = session.get(Account, account.id)
        if stored is not None:
            stored.last_error = report.error
    return report


def sync_account(ctx: AppContext, name: str) -> SyncReport:
    """`sync_source_account` of the account named `name`."""
    with ctx.reader() as session:
        account_id = session.scalar(select(Account.id).where(Account.name == name))
    if account_id is None:
        raise LookupError(f"no account named {name!r}")
    return sync_source_account(ctx, account_id)


def source_account_ids(ctx: AppContext) -> list[int]:
    """Enabled accounts of every order source with an API, by name: what a sync round runs."""
    kinds = [s.kind for s in registry.api_sources()]
    if not kinds:
        return []
    with ctx.reader() as session:
        return list(session.scalars(
            select(Account.id).where(Account.kind.in_(kinds), Account.enabled.is_(True))
            .order_by(Account.name)))


def sync_orders(ctx: AppContext, account: str | None = None) -> list[SyncReport]:
    """Sync one named order source, or every enabled order-source account with an API."""
    if account is not None:
        return [sync_account(ctx, account)]
    return [sync_source_account(ctx, account_id) for account_id in source_account_ids(ctx)]
