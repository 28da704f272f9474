"""Order use-cases: import an export file, add API order sources, list orders, find the orders
that numbers in a message refer to.

Each order source is an `Account` of a kind the sources registry knows (sources/registry.py);
its orders carry the account's name as `source`, so (source, external_id) identifies an order
across re-imports. What is one kind's own (parsing a file, checking a URL) is in its package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import env_ref, store_secret
from shopinbox.app.core.settings import ORDER_PREFIX, read_shop_setting
from shopinbox.domain.orders.numbers import Match, find_order_numbers
from shopinbox.domain.orders.records import BadRow
from shopinbox.sources import registry
from shopinbox.sources.base import FilePreview, OrderSetupError
from shopinbox.store import queries
from shopinbox.store.models import Account, Order
from shopinbox.store.orders import (
    order_prefixes,
    order_source_account,
    orders_by_number,
    upsert_orders,
)

__all__ = ["ImportReport", "OrderLink", "OrderSetupError", "SourceAccount",
           "add_source_account", "add_tested_source", "import_orders_file",
           "list_source_accounts", "list_orders", "number_prefixes", "order_links",
           "preview_orders_file", "save_source_account", "shop_prefixes", "test_source"]


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


def _file_source(kind: str | None):
    if kind is not None:
        found = registry.find(kind)
        if found is None or not found.imports_files:
            raise OrderSetupError(f"{kind!r} order sources do not import files")
        return found
    sources = registry.file_sources()
    if not sources:
        raise OrderSetupError("no order source that imports files is installed")
    return sources[0]


def import_orders_file(ctx: AppContext, path: Path, source: str | None = None, *,
                       kind: str | None = None, default_tz: tzinfo | None = None,
                       **options: Any) -> ImportReport:
    """Read an export with the file source `kind` (default: the first one, CSV) and upsert its
    orders, all in one transaction, under the account `source` (default: named by the file's
    format, "shopify CSV"). `options` go to the source's `import_file` (`format`, `mapping`,
    `default_currency` for CSV); `default_tz` reads times without an offset."""
    file_source = _file_source(kind)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise OrderSetupError(f"cannot read {path}: {error.strerror or error}") from None
    parsed = file_source.import_file(data, default_tz=default_tz, **options)
    name = source or parsed.account_name or file_source.title
    report = ImportReport(source=name, format=parsed.format, rows=parsed.rows,
                          bad_rows=parsed.bad_rows)
    with ctx.writer() as session, session.begin():
        account = order_source_account(session, name, file_source.kind, parsed.account_settings)
        if registry.find(account.kind) is None:
            raise OrderSetupError(f"{name!r} is a {account.kind} account, not an order source")
        result = upsert_orders(session, account.id, account.name, parsed.orders)
    report.created, report.updated, report.unchanged = (result.created, result.updated,
                                                        result.unchanged)
    report.new_customers = len(result.new_customer_ids)
    report.changed_customer_ids = result.changed_customer_ids
    from shopinbox.app.campaigns.notifications import after_orders_stored

    after_orders_stored(ctx, result.notification_ids)  # status notifications sent at once
    return report


def preview_orders_file(path: Path, kind: str | None = None, rows: int = 5) -> FilePreview:
    """The recognised layout and first rows of an export (Settings shows them before the
    import); nothing is stored."""
    file_source = _file_source(kind)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise OrderSetupError(f"cannot read {path}: {error.strerror or error}") from None
    return file_source.preview_file(data, rows)


@dataclass
class SourceAccount:
    """An order-source account as Settings lists it."""

    id: int
    name: str
    kind: str
    title: str  # the source's English title; the window words it itself
    syncs: bool  # an API source: "sync now" works
    orders: int
    last_error: str | None
    settings: dict[str, Any]


def list_source_accounts(ctx: AppContext) -> list[SourceAccount]:
    """Every account of an installed order source, by name, with its number of orders."""
    sources = {s.kind: s for s in registry.sources()}
    with ctx.reader() as session:
        counts = dict(session.execute(
            select(Order.account_id, func.count()).group_by(Order.account_id)).all())
        accounts = session.scalars(select(Account).where(Account.kind.in_(list(sources)))
                                   .order_by(Account.name)).all()
        return [SourceAccount(a.id, a.name, a.kind, sources[a.kind].title, sources[a.kind].syncs,
                              int(counts.get(a.id, 0)), a.last_error, dict(a.settings or {}))
                for a in accounts]


def test_source(kind: str, **options: Any) -> str:
    """Try a shop's API with what the user typed, saving nothing (see `add_tested_source`)."""
    return registry.source(kind).test_options(**options)


def add_tested_source(ctx: AppContext, kind: str, name: str, **options: Any) -> int:
    """The window's way to add an API order source: the name must be free, the connection is
    tried first, and only then is the account saved (a failed test saves nothing)."""
    from shopinbox.app.core.accounts import AccountError

    with ctx.reader() as session:
        if session.scalar(select(Account.id).where(Account.name == name.strip())) is not None:
            raise AccountError("account_exists", name=name.strip())
    test_source(kind, **options)
    return add_source_account(ctx, kind, name.strip(), **options)


def save_source_account(ctx: AppContext, name: str, kind: str, settings: dict[str, Any],
                        secret: str | None, secret_env: str | None) -> int:
    """Save a new order-source account; a source's `add_account` has checked its settings.
    The secret goes to the keyring, or only the name of its environment variable is kept."""
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


def add_source_account(ctx: AppContext, kind: str, name: str, **options: Any) -> int:
    """Add an account of the order source `kind` (its `add_account` says what `options` it
    takes: a URL, a key, a secret or the environment variable holding it)."""
    found = registry.find(kind)
    if found is None:
        raise OrderSetupError(f"no order source of kind {kind!r} is installed")
    return found.add_account(ctx, name, **options)


def list_orders(ctx: AppContext, customer_id: int | None = None,
                limit: int | None = None) -> list[queries.OrderRow]:
    with ctx.reader() as session:
        return queries.order_rows(session, customer_id, limit)


def number_prefixes(session: Session) -> list[str]:
    """Order-number prefixes the shop uses (`LH-`): the shop setting `order_prefix` and each
    order source's own."""
    found = set(order_prefixes(session))
    shop_wide = read_shop_setting(session, ORDER_PREFIX.name)
    if shop_wide:
        found.add(shop_wide)
    return sorted(found)


def shop_prefixes(ctx: AppContext) -> list[str]:
    """`number_prefixes` in a session of its own."""
    with ctx.reader() as session:
        return number_prefixes(session)


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
