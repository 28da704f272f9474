"""Sync orders from the shops' APIs (WooCommerce, Shopify), several stores one after another.

Each page of orders is written in its own transaction together with the account's cursor (the
newest modification time stored so far), so an error mid-way keeps what was stored, and the next
run resumes from there. The next run asks from the cursor inclusive: the boundary orders come
again and are upserted as unchanged, never duplicated, and no order sharing the boundary
second is skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import Check, register_connection_test
from shopinbox.app.core.secrets import SecretUnavailable, load_secret
from shopinbox.domain.kinds import AccountKind
from shopinbox.domain.orders.records import OrderRecord
from shopinbox.logs import redact
from shopinbox.sources.order_http import AuthFailed, OrderSourceError
from shopinbox.sources.shopify.client import ShopifyClient
from shopinbox.sources.woocommerce.client import WooCommerceClient
from shopinbox.store.models import Account
from shopinbox.store.orders import get_cursor, set_cursor, upsert_orders

log = logging.getLogger(__name__)
API_KINDS = (AccountKind.WOOCOMMERCE, AccountKind.SHOPIFY)


@dataclass
class SyncReport:
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
    changed_customer_ids: set[int] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return self.error is None


def make_client(account: Account) -> WooCommerceClient | ShopifyClient:
    """The API client of an order-source account, with its secret from the keyring/env."""
    settings = account.settings or {}
    secret = load_secret(account.name, account.secret_ref)
    if account.kind == AccountKind.WOOCOMMERCE:
        return WooCommerceClient(settings["url"], settings["consumer_key"], secret,
                                 auth=settings.get("auth", "basic"),
                                 per_page=int(settings.get("per_page", 50)))
    if account.kind == AccountKind.SHOPIFY:
        return ShopifyClient(settings["shop_url"], secret,
                             page_size=int(settings.get("page_size", 20)))
    raise OrderSourceError(f"{account.kind} accounts have no order API")


def _pages(client: WooCommerceClient | ShopifyClient,
           since: datetime | None) -> Iterator[list[OrderRecord]]:
    if isinstance(client, WooCommerceClient):
        # `modified_after` is strict: ask from one second earlier to include the boundary.
        return client.iter_pages(since - timedelta(seconds=1) if since else None)
    return client.iter_pages(since)


def sync_account(ctx: AppContext, name: str) -> SyncReport:
    with ctx.reader() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise OrderSourceError(f"no account named {name!r}")
        cursor = get_cursor(session, account.id)
    report = SyncReport(account=account.name, kind=account.kind, cursor=cursor)
    since = datetime.fromisoformat(cursor) if cursor else None
    client = None
    try:
        client = make_client(account)
        for records in _pages(client, since):
            newest = max((r.updated_at or r.placed_at) for r in records).astimezone(UTC)
            if since is not None and newest < since:
                newest = since
            with ctx.writer() as session, session.begin():
                result = upsert_orders(session, account.id, account.name, records)
                set_cursor(session, account.id, newest.isoformat())
            since = newest
            report.pages += 1
            report.created += result.created
            report.updated += result.updated
            report.unchanged += result.unchanged
            report.new_customers += len(result.new_customer_ids)
            report.changed_customer_ids |= result.changed_customer_ids
            report.cursor = newest.isoformat()
    except (OrderSourceError, SecretUnavailable, KeyError, ValueError, TypeError) as error:
        text = str(error) if isinstance(error, OrderSourceError | SecretUnavailable) else (
            f"unexpected reply from the shop ({type(error).__name__}: {error})")
        report.error = redact(text)
        report.auth_failed = isinstance(error, AuthFailed)
        log.warning("order sync of %s stopped: %s", account.name, report.error)
    finally:
        if isinstance(client, ShopifyClient):
            report.throttled = client.throttled
        if client is not None:
            client.close()
    with ctx.writer() as session, session.begin():
        stored = session.get(Account, account.id)
        if stored is not None:
            stored.last_error = report.error
    return report


def sync_orders(ctx: AppContext, account: str | None = None) -> list[SyncReport]:
    """Sync one named order source, or every enabled WooCommerce/Shopify account."""
    if account is not None:
        return [sync_account(ctx, account)]
    with ctx.reader() as session:
        names = session.scalars(
            select(Account.name).where(Account.kind.in_(list(API_KINDS)),
                                       Account.enabled.is_(True)).order_by(Account.name)
        ).all()
    return [sync_account(ctx, name) for name in names]


def _connection_test(account: Account) -> Check:
    try:
        client = make_client(account)
    except (SecretUnavailable, OrderSourceError, KeyError) as error:
        return Check("", False, redact(str(error)),
                     "add the account again with its key, or set its environment variable")
    try:
        return Check("", True, client.check())
    except AuthFailed as error:
        return Check("", False, redact(str(error)),
                     "create a new API key/token with read access to orders and add the account "
                     "again")
    except OrderSourceError as error:
        return Check("", False, redact(str(error)), "check the shop URL and that the shop is up")
    finally:
        client.close()


def _file_source_test(account: Account) -> Check:
    return Check("", True, "orders imported from export files: nothing to connect to")


register_connection_test(AccountKind.CSV, _file_source_test)
register_connection_test(AccountKind.WOOCOMMERCE, _connection_test)
register_connection_test(AccountKind.SHOPIFY, _connection_test)
