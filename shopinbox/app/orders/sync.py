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

from sqlalchemy import select

from shopinbox.app.campaigns.notifications import after_orders_stored
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import SecretUnavailable
from shopinbox.domain.sync_report import PullReport
from shopinbox.logs import redact
from shopinbox.sources import registry
from shopinbox.sources.base import OrderSourceError
from shopinbox.store.models import Account
from shopinbox.store.orders import get_cursor, set_cursor, upsert_orders

log = logging.getLogger(__name__)


def sync_source_account(ctx: AppContext, account_id: int, *,
                        on_change: Callable[[set[int]], None] | None = None,
                        stop_event: threading.Event | None = None) -> PullReport:
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
    report = PullReport(account.name, cursor=cursor)
    created_notifications: list[int] = []
    source = registry.find(account.kind)
    if source is None or not source.syncs:
        raise LookupError(f"{account.name!r} is a {account.kind} account, not an order API")
    try:
        with closing(source.fetch_pages(account, cursor)) as pages:
            for page in pages:
                with ctx.writer() as session, session.begin():
                    result = upsert_orders(session, account.id, account.name, page.orders)
                    set_cursor(session, account.id, page.cursor)
                report.counts.update(pages=1, throttled=page.throttled, created=result.created,
                                     updated=result.updated, unchanged=result.unchanged,
                                     new_customers=len(result.new_customer_ids))
                report.changed_customer_ids |= result.changed_customer_ids
                created_notifications.extend(result.notification_ids)
                report.cursor = page.cursor
                if on_change is not None and result.changed_customer_ids:
                    on_change(set(result.changed_customer_ids))
                if stop_event is not None and stop_event.is_set():
                    break
    except (OrderSourceError, SecretUnavailable) as error:
        report.fail(error, text=redact(str(error)))
    except (KeyError, ValueError, TypeError) as error:
        text = f"unexpected reply from the shop ({type(error).__name__}: {error})"
        report.fail(OrderSourceError(redact(text)), text=redact(text))
    if report.error:
        log.warning("order sync of %s stopped: %s", account.name, report.error)
    report.text = order_summary(report)
    after_orders_stored(ctx, created_notifications)  # status notifications sent automatically
    with ctx.writer() as session, session.begin():
        stored = session.get(Account, account.id)
        if stored is not None:
            stored.last_error = report.failure.stored() if report.failure else None
    return report


def order_summary(report: PullReport) -> str:
    """One line for the CLI, the log and the sync engine's report."""
    counts = report.counts
    text = (f"{counts['created']} new, {counts['updated']} updated, {counts['unchanged']} "
            f"unchanged order(s) in {counts['pages']} page(s)")
    return text + (f"; stopped: {report.error}" if report.error else "")


def sync_account(ctx: AppContext, name: str) -> PullReport:
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


def sync_orders(ctx: AppContext, account: str | None = None) -> list[PullReport]:
    """Sync one named order source, or every enabled order-source account with an API."""
    if account is not None:
        return [sync_account(ctx, account)]
    return [sync_source_account(ctx, account_id) for account_id in source_account_ids(ctx)]


class SourcePuller:
    """An order-source account as the sync engine sees it: `pull` is one bounded round of
    `sync_source_account` (no push, nothing to send), so order sources run in the same
    per-account workers, under the same retry policy and state as the channels."""

    push = False

    def pull(self, ctx: AppContext, account_id: int, *,
             on_change: Callable[[set[int]], None] | None = None, on_state: object = None,
             stop_event: threading.Event | None = None, **options: object) -> PullReport:
        report = sync_source_account(ctx, account_id, on_change=on_change,
                                     stop_event=stop_event)
        if report.failure is not None:
            raise report.failure
        return report


def is_api_source(kind: str) -> bool:
    """Whether accounts of this kind are synced orders (WooCommerce, Shopify …)."""
    source = registry.find(kind)
    return source is not None and source.syncs
