"""Orders: revenue and order count per local month of customers who wrote to the shop vs those
who did not, and the orders customers wrote about (an inbound message naming one of their own
orders)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import Direction
from shopinbox.domain.orders.mentions import OrderNumberMatcher, normalize_order_number
from shopinbox.store.models import Message, Order
from shopinbox.store.reports import sql
from shopinbox.store.reports.shapes import MentionsRow, OrdersRow, Scope
from shopinbox.store.reports.sql import Shape


@lru_cache(maxsize=32)
def _orders(found: Shape) -> Any:
    month = sql.month(found.dialect, sql.local(sql.epoch(found.dialect, Order.placed_at),
                                               found)).label("month")
    wrote_filter = [Message.customer_id == Order.customer_id,
                    Message.direction == Direction.INBOUND, Message.is_automated.is_(False),
                    *sql.filters(found)]
    wrote = case((exists().where(*wrote_filter), 1), else_=0).label("wrote")
    placed = (select(month, Order.currency.label("currency"), wrote, Order.total.label("total"))
              .where(Order.placed_at >= sql.at("start"), Order.placed_at < sql.at("end"))
              .subquery("placed"))
    o = placed.c
    return (select(o.month, o.currency, o.wrote, func.count(), func.sum(o.total))
            .group_by(o.month, o.currency, o.wrote).order_by(o.month, o.currency, o.wrote))


def orders(session: Session, scope: Scope) -> list[OrdersRow]:
    """Orders placed in the range per local month and currency, split by whether the customer
    ever wrote to the shop (on the chosen channel/account, when one is chosen)."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    return [OrdersRow(m, currency or "", bool(w), int(count), Decimal(str(total or 0)))
            for m, currency, w, count, total in session.execute(_orders(found),
                                                                sql.params(scope))]


@lru_cache(maxsize=32)
def _mentions(found: Shape) -> Any:
    """Candidate (month, message, order, number, text): inbound messages of the range whose text
    contains the number (without '#') of one of the customer's own orders."""
    number = func.lower(func.ltrim(Order.number, "#"))
    text = func.lower(Message.body_text)
    contains = (func.instr(text, number) if found.dialect == "sqlite"
                else func.strpos(text, number)) > 0
    month = sql.month(found.dialect, sql.local(sql.epoch(found.dialect, Message.sent_at), found))
    return (select(month.label("month"), Message.id, Order.id, Order.number, Message.body_text)
            .join(Order, Order.customer_id == Message.customer_id)
            .where(sql.counted(), Message.direction == Direction.INBOUND,
                   Message.sent_at >= sql.at("start"), Message.sent_at < sql.at("end"),
                   *sql.filters(found), func.length(func.ltrim(Order.number, "#")) > 0, contains))


def orders_mentioned(session: Session, scope: Scope) -> list[MentionsRow]:
    """Per local month: inbound messages naming one of the customer's orders, and the orders
    named. SQL narrows to texts containing the number; `domain.orders.mentions` then keeps only
    whole-word mentions (not `10420` for 1042, nor a price `1042 zł`)."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    months: dict[str, tuple[set[int], set[int]]] = {}
    for month, message_id, order_id, number, text in session.execute(_mentions(found),
                                                                      sql.params(scope)):
        wanted = normalize_order_number(number)
        if OrderNumberMatcher({wanted}).find(text):
            seen = months.setdefault(month, (set(), set()))
            seen[0].add(message_id)
            seen[1].add(order_id)
    return [MentionsRow(month, len(messages), len(named))
            for month, (messages, named) in sorted(months.items())]
