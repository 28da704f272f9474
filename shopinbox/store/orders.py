"""Write orders from any source: upsert by (source, external_id), link them to customers.

Re-importing the same data updates the existing rows (lines are replaced) and never duplicates
them. An order is linked to the customer owning its email identity (any of their emails), else
its phone identity (E.164); an unknown email (or, without email, an unknown phone) makes a new
customer with that identity, named after the buyer. An order keeps the customer it was linked to
on later re-imports, so a merge or a manual move survives the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.messages import IdentityRef
from shopinbox.domain.orders.phone import phone_to_e164
from shopinbox.domain.orders.records import OrderRecord, normalise_order_number
from shopinbox.store.campaigns import SeenOrder, record_order_facts
from shopinbox.store.identity.identities import find_identity, resolve_customer
from shopinbox.store.identity.marks import attach_identity
from shopinbox.store.models import Account, Customer, Order, OrderLine, SyncState

ORDERS_FOLDER = "orders"


@dataclass
class UpsertResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    order_ids: list[int] = field(default_factory=list)
    notification_ids: list[int] = field(default_factory=list)  # order events to notify
    changed_customer_ids: set[int] = field(default_factory=set)
    new_customer_ids: set[int] = field(default_factory=set)


def _survivor(session: Session, customer_id: int) -> int:
    """Follow `merged_into` so an order never lands on a merged-away customer."""
    seen: set[int] = set()
    customer = session.get(Customer, customer_id)
    while customer is not None and customer.merged_into_id and customer.id not in seen:
        seen.add(customer.id)
        customer = session.get(Customer, customer.merged_into_id)
    return customer.id if customer is not None else customer_id


def link_customer(
    session: Session, record: OrderRecord, phone: str | None, result: UpsertResult
) -> int | None:
    """The customer for an order: by email, then phone; unknown contacts make a new customer.

    An order that names the buyer's identity on a channel (a marketplace login, `identities`)
    goes to that identity's customer, made from it when new — the one who writes on that
    channel. Its email becomes that customer's identity only when nobody has it yet; an email
    or phone of another customer is left to a merge suggestion (`order_email`/`order_phone`,
    the user decides)."""
    email = (record.email or "").strip().lower() or None
    name = record.customer_name.strip()
    if record.identities:
        first = record.identities[0]
        own, created = resolve_customer(session, first, name or first.display or first.value)
        customer_id = _survivor(session, own.customer_id)
        if created:
            result.new_customer_ids.add(customer_id)
        for ref in record.identities[1:]:
            attach_identity(session, customer_id, ref)
        if email:
            attach_identity(session, customer_id, IdentityRef(IdentityKind.EMAIL, email, name))
        return customer_id
    for kind, value in ((IdentityKind.EMAIL, email), (IdentityKind.PHONE, phone)):
        if value:
            identity = find_identity(session, kind, value)
            if identity is not None:
                return _survivor(session, identity.customer_id)
    kind, value = (IdentityKind.EMAIL, email) if email else (IdentityKind.PHONE, phone)
    if not value:
        return None
    identity, _ = resolve_customer(session, IdentityRef(kind, value, name), name or value)
    result.new_customer_ids.add(identity.customer_id)
    return identity.customer_id


def _fields(record: OrderRecord, phone: str | None) -> dict:
    return {
        "number": record.number[:64],
        "email": (record.email or "").strip().lower() or None,
        "phone": phone or ((record.phone or "").strip()[:32] or None),
        "customer_name": record.customer_name[:255],
        "placed_at": record.placed_at,
        "status": record.status[:64],
        "total": record.total,
        "currency": record.currency[:8],
        "shipping_address": record.shipping_address,
        "carrier": record.carrier,
        "tracking_number": record.tracking_number,
        "tracking_url": record.tracking_url,
        "pickup_point": record.pickup_point,
    }


def _line_tuples(lines: Iterable) -> list[tuple]:
    return [(ln.sku or "", ln.name, int(ln.quantity), ln.unit_price, ln.total) for ln in lines]


def upsert_orders(
    session: Session,
    account_id: int | None,
    source: str,
    records: Sequence[OrderRecord],
    default_region: str = "PL",
) -> UpsertResult:
    """Write a batch in the session's open transaction (the caller commits)."""
    result = UpsertResult()
    ids = [r.external_id for r in records]
    existing = {
        order.external_id: order
        for order in session.scalars(
            select(Order).options(selectinload(Order.lines))
            .where(Order.source == source, Order.external_id.in_(ids))
        )
    }
    seen: list[SeenOrder] = []
    for record in records:
        phone = phone_to_e164(record.phone, default_region)
        values = _fields(record, phone)
        new_lines = [
            OrderLine(position=i, sku=(ln.sku or "")[:128], name=ln.name, quantity=ln.quantity,
                      unit_price=ln.unit_price, total=ln.line_total())
            for i, ln in enumerate(record.lines)
        ]
        order = existing.get(record.external_id)
        previous = order.status if order is not None else None
        if order is None:
            order = Order(account_id=account_id, source=source, external_id=record.external_id,
                          **values)
            order.lines = new_lines
            session.add(order)
            existing[record.external_id] = order
            result.created += 1
        else:
            changed = any(getattr(order, k) != v for k, v in values.items())
            if _line_tuples(order.lines) != _line_tuples(new_lines):
                order.lines.clear()
                session.flush()
                order.lines.extend(new_lines)
                changed = True
            for key, value in values.items():
                setattr(order, key, value)
            if account_id is not None:
                order.account_id = account_id
            if changed:
                result.updated += 1
            else:
                result.unchanged += 1
        if order.customer_id is None:
            order.customer_id = link_customer(session, record, phone, result)
        if order.customer_id is not None:
            result.changed_customer_ids.add(order.customer_id)
        session.flush()
        result.order_ids.append(order.id)
        seen.append(SeenOrder(order.id, order.customer_id, previous, order.status,
                              record.updated_at or record.placed_at, record.discount_codes,
                              record.accepts_marketing))
    # status changes (with time), discount codes, consent and notifications: same transaction
    result.notification_ids = record_order_facts(session, account_id, seen)
    return result


def order_source_account(session: Session, name: str, kind: str, settings: dict) -> Account:
    """The account row of an order source, created on first use (CSV imports)."""
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        account = Account(name=name, kind=kind, settings=dict(settings))
        session.add(account)
        session.flush()
    return account


def get_cursor(session: Session, account_id: int, folder: str = ORDERS_FOLDER) -> str | None:
    return session.scalar(
        select(SyncState.cursor).where(SyncState.account_id == account_id,
                                       SyncState.folder == folder)
    )


def set_cursor(session: Session, account_id: int, cursor: str,
               folder: str = ORDERS_FOLDER) -> None:
    """Saved in the caller's transaction, together with the orders it covers."""
    state = session.scalar(
        select(SyncState).where(SyncState.account_id == account_id, SyncState.folder == folder)
    )
    if state is None:
        session.add(SyncState(account_id=account_id, folder=folder, cursor=cursor))
    else:
        state.cursor = cursor
    session.flush()


def orders_by_number(session: Session, numbers: Iterable[str]) -> dict[str, int]:
    """Normalised order number -> order id, for turning numbers in messages into links.

    When two sources share a number, the most recent order wins.
    """
    given = {n.strip().lstrip("#№").strip() for n in numbers if n}
    wanted = {normalise_order_number(n) for n in given}
    if not wanted:
        return {}
    # (the comparison is upper-cased, the stored numbers are as the shop wrote them: a
    # marketplace's lower-case ids too)
    spelled = wanted | given | {n.lower() for n in given}
    candidates = spelled | {f"#{n}" for n in spelled}
    found: dict[str, int] = {}
    for order_id, number in session.execute(
        select(Order.id, Order.number).where(Order.number.in_(candidates))
        .order_by(Order.placed_at)
    ):
        found[normalise_order_number(number)] = order_id
    return found


def order_prefixes(session: Session) -> list[str]:
    """Order-number prefixes the shop uses (`LH-`), from the order sources' settings."""
    found = set()
    for settings in session.scalars(select(Account.settings)):
        prefix = (settings or {}).get("order_prefix") if isinstance(settings, dict) else None
        if prefix:
            found.add(str(prefix))
    return sorted(found)
