"""Order use-cases: import an export file, add API order sources, list orders, find the orders
that numbers in a message refer to.

Each order source is an `Account` (kind csv, woocommerce or shopify); its orders carry the
account's name as `source`, so (source, external_id) identifies an order across re-imports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import env_ref, store_secret
from shopinbox.domain.kinds import AccountKind
from shopinbox.domain.orders.numbers import Match, find_order_numbers
from shopinbox.domain.orders.records import BadRow
from shopinbox.sources.csv_file.parse import (
    FORMATS,
    CsvFormatError,
    parse_mapping,
    parse_orders_csv,
)
from shopinbox.sources.order_http import OrderSourceError, check_base_url
from shopinbox.store import queries
from shopinbox.store.models import Account
from shopinbox.store.orders import (
    order_prefixes,
    order_source_account,
    orders_by_number,
    upsert_orders,
)

ORDER_SOURCE_KINDS = (AccountKind.CSV, AccountKind.WOOCOMMERCE, AccountKind.SHOPIFY)


class OrderSetupError(ValueError):
    """The user asked for something that cannot be done; the message says why."""


@dataclass
class ImportReport:
    source: str
    format: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_customers: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    changed_customer_ids: set[int] = field(default_factory=set)


def _local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo  # type: ignore[return-value]


def import_orders_file(
    ctx: AppContext,
    path: Path,
    format: str = "auto",
    mapping: str | None = None,
    source: str | None = None,
    default_tz: tzinfo | None = None,
    default_currency: str = "",
) -> ImportReport:
    """Read an export and upsert its orders, all in one transaction.

    Times without an offset (WooCommerce, PrestaShop exports) are read in `default_tz`, the
    local zone of this machine unless given.
    """
    if format not in FORMATS:
        raise OrderSetupError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise OrderSetupError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        layout = parse_mapping(mapping) if mapping else None
        parsed = parse_orders_csv(data, format, layout, default_tz or _local_zone(),
                                  default_currency)
    except CsvFormatError as error:
        raise OrderSetupError(str(error)) from None
    name = source or f"{parsed.format} CSV"
    report = ImportReport(source=name, format=parsed.format, rows=parsed.rows,
                          bad_rows=parsed.bad_rows)
    with ctx.writer() as session, session.begin():
        account = order_source_account(session, name, AccountKind.CSV, {"format": parsed.format})
        if account.kind not in ORDER_SOURCE_KINDS:
            raise OrderSetupError(f"{name!r} is a {account.kind} account, not an order source")
        result = upsert_orders(session, account.id, account.name, parsed.orders)
    report.created, report.updated, report.unchanged = (result.created, result.updated,
                                                        result.unchanged)
    report.new_customers = len(result.new_customer_ids)
    report.changed_customer_ids = result.changed_customer_ids
    return report


def _add_account(ctx: AppContext, name: str, kind: str, settings: dict, secret: str | None,
                 secret_env: str | None) -> int:
    if not name.strip():
        raise OrderSetupError("the account needs a name")
    with ctx.writer() as session, session.begin():
        if session.scalar(select(Account.id).where(Account.name == name)) is not None:
            raise OrderSetupError(f"an account named {name!r} already exists")
        if secret_env:
            ref = env_ref(secret_env)
        elif secret:
            ref = store_secret(name, secret)
        else:
            raise OrderSetupError("give the secret (prompt) or the name of an environment variable")
        account = Account(name=name, kind=kind, settings=settings, secret_ref=ref)
        session.add(account)
        session.flush()
        return account.id


def add_woocommerce_account(ctx: AppContext, name: str, url: str, consumer_key: str, *,
                            secret: str | None = None, secret_env: str | None = None,
                            auth: str = "basic", order_prefix: str = "") -> int:
    try:
        url = check_base_url(url)
    except OrderSourceError as error:
        raise OrderSetupError(str(error)) from None
    settings = {"url": url, "consumer_key": consumer_key, "auth": auth,
                "order_prefix": order_prefix}
    return _add_account(ctx, name, AccountKind.WOOCOMMERCE, settings, secret, secret_env)


def add_shopify_account(ctx: AppContext, name: str, shop_url: str, *, token: str | None = None,
                        token_env: str | None = None, order_prefix: str = "") -> int:
    try:
        shop_url = check_base_url(shop_url)
    except OrderSourceError as error:
        raise OrderSetupError(str(error)) from None
    settings = {"shop_url": shop_url, "order_prefix": order_prefix}
    return _add_account(ctx, name, AccountKind.SHOPIFY, settings, token, token_env)


def list_orders(ctx: AppContext, customer_id: int | None = None,
                limit: int | None = None) -> list[queries.OrderRow]:
    with ctx.reader() as session:
        return queries.order_rows(session, customer_id, limit)


def shop_prefixes(ctx: AppContext) -> list[str]:
    """Order-number prefixes the shop uses (`LH-`), from the order sources' settings."""
    with ctx.reader() as session:
        return order_prefixes(session)


@dataclass
class OrderLink:
    """An order number in a text, and the known order it refers to (None when unknown)."""

    start: int
    end: int
    number: str
    order_id: int | None


def order_links(ctx: AppContext, text: str, prefixes: list[str] | None = None) -> list[OrderLink]:
    """Order numbers written in `text`, resolved to orders, for links in the timeline."""
    matches: list[Match] = find_order_numbers(text, prefixes if prefixes is not None
                                              else shop_prefixes(ctx))
    if not matches:
        return []
    with ctx.reader() as session:
        known = orders_by_number(session, [m.value for m in matches])
    return [OrderLink(m.start, m.end, m.value, known.get(m.value)) for m in matches]
