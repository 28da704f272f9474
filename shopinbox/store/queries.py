"""Read queries the CLI and the window share: customer rows, timelines, orders."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from shopinbox.domain.orders.records import NOT_SPENT_STATUSES
from shopinbox.store.models import (
    Conversation,
    Customer,
    CustomerLabel,
    Identity,
    Message,
    Order,
)


@dataclass
class IdentityRow:
    id: int
    kind: str
    value: str
    display: str
    unreachable_reason: str | None


@dataclass
class CustomerRow:
    id: int
    name: str
    language: str | None
    identities: list[IdentityRow]
    channels: list[str]
    message_count: int
    unread: int
    status: str
    snoozed_until: datetime | None
    last_activity: datetime | None
    labels: list[str] = field(default_factory=list)


@dataclass
class OrderLineRow:
    sku: str | None
    name: str
    quantity: int
    unit_price: Decimal | None
    total: Decimal | None


@dataclass
class OrderRow:
    id: int
    number: str
    placed_at: datetime
    status: str
    total: Decimal
    currency: str
    carrier: str | None
    tracking_number: str | None
    tracking_url: str | None
    lines: list[OrderLineRow]
    source: str = ""
    customer_id: int | None = None
    customer_name: str = ""
    email: str | None = None
    shipping_address: str = ""
    phone: str | None = None  # as the order gave it (E.164 when it could be read)


def surviving_customer(session: Session, customer_id: int) -> Customer | None:
    """The customer, or the one it was merged into (following chains), so old ids keep
    working after a merge; None when there is no such customer."""
    customer = session.get(Customer, customer_id)
    seen: set[int] = set()
    while customer is not None and customer.merged_into_id is not None and customer.id not in seen:
        seen.add(customer.id)
        customer = session.get(Customer, customer.merged_into_id)
    return customer


def channels_by_customer(session: Session, ids: list[int]) -> dict[int, set[str]]:
    """The channels each customer has written or been written on."""
    channels: dict[int, set[str]] = defaultdict(set)
    for customer_id, channel in session.execute(
        select(Message.customer_id, Message.channel)
        .where(Message.customer_id.in_(ids))
        .group_by(Message.customer_id, Message.channel)
    ):
        if customer_id is not None:
            channels[customer_id].add(channel)
    return channels


def labels_by_customer(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Each customer's labels, sorted."""
    labels: dict[int, list[str]] = defaultdict(list)
    for customer_id, label in session.execute(
        select(CustomerLabel.customer_id, CustomerLabel.label)
        .where(CustomerLabel.customer_id.in_(ids))
        .order_by(CustomerLabel.label)
    ):
        labels[customer_id].append(label)
    return labels


def _identities_by_customer(session: Session, ids: list[int]) -> dict[int, list[IdentityRow]]:
    found: dict[int, list[IdentityRow]] = defaultdict(list)
    for identity in session.scalars(
        select(Identity).where(Identity.customer_id.in_(ids)).order_by(Identity.id)
    ):
        found[identity.customer_id].append(
            IdentityRow(identity.id, identity.kind, identity.value, identity.display,
                        identity.unreachable_reason)
        )
    return found


def customer_rows(session: Session, customer_ids: list[int] | None = None) -> list[CustomerRow]:
    """Active (not merged-away) customers, most recent activity first."""
    query = (
        select(Customer, Conversation)
        .outerjoin(Conversation, Conversation.customer_id == Customer.id)
        .where(Customer.merged_into_id.is_(None))
        .order_by(Conversation.last_activity.desc().nulls_last(), Customer.id)
    )
    if customer_ids is not None:
        query = query.where(Customer.id.in_(customer_ids))
    pairs = session.execute(query).all()
    ids = [customer.id for customer, _ in pairs]
    identities = _identities_by_customer(session, ids)
    channels = channels_by_customer(session, ids)
    labels = labels_by_customer(session, ids)
    rows = []
    for customer, conversation in pairs:
        rows.append(
            CustomerRow(
                id=customer.id,
                name=customer.display_name,
                language=customer.language,
                identities=identities.get(customer.id, []),
                channels=sorted(channels.get(customer.id, set())),
                message_count=conversation.message_count if conversation else 0,
                unread=conversation.unread_count if conversation else 0,
                status=conversation.status if conversation else "open",
                snoozed_until=conversation.snoozed_until if conversation else None,
                last_activity=conversation.last_activity if conversation else None,
                labels=labels.get(customer.id, []),
            )
        )
    return rows


def order_rows(
    session: Session, customer_id: int | None = None, limit: int | None = None
) -> list[OrderRow]:
    """Orders, newest first: one customer's, or every order when `customer_id` is None."""
    query = select(Order).options(selectinload(Order.lines)).order_by(
        Order.placed_at.desc(), Order.id.desc()
    )
    if customer_id is not None:
        query = query.where(Order.customer_id == customer_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        OrderRow(
            id=order.id,
            number=order.number,
            placed_at=order.placed_at,
            status=order.status,
            total=order.total,
            currency=order.currency,
            carrier=order.carrier,
            tracking_number=order.tracking_number,
            tracking_url=order.tracking_url,
            lines=[OrderLineRow(line.sku, line.name, line.quantity, line.unit_price, line.total)
                   for line in order.lines],
            source=order.source,
            customer_id=order.customer_id,
            customer_name=order.customer_name,
            email=order.email,
            shipping_address=order.shipping_address,
            phone=order.phone,
        )
        for order in session.scalars(query)
    ]


def customer_orders(session: Session, customer_id: int) -> list[OrderRow]:
    return order_rows(session, customer_id)


def order_count(session: Session, customer_id: int) -> int:
    return session.scalar(
        select(func.count(Order.id)).where(Order.customer_id == customer_id)
    ) or 0


def lifetime_value(session: Session, customer_id: int) -> dict[str, Decimal]:
    """Sum of order totals per currency (a shop may sell in PLN and EUR).

    Cancelled, refunded and failed orders are money the shop did not keep: they are counted in
    `order_count` but not here.
    """
    return {
        currency: total
        for currency, total in session.execute(
            select(Order.currency, func.sum(Order.total))
            .where(
                Order.customer_id == customer_id,
                func.lower(Order.status).not_in(sorted(NOT_SPENT_STATUSES)),
            )
            .group_by(Order.currency)
            .order_by(Order.currency)
        )
    }
