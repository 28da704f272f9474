"""The one search box: customers, orders and messages for one typed text, grouped, best first.

Customers are found by name, email, phone (any format: compared in E.164 and by digits) and the
usernames their identities show (`@tea_lover`); orders by number and tracking number; messages
by the full-text search (`store.search`, word forms included). Merged-away customers never
show. The groups come ordered by their best score (`domain.one_box`): an exact phone number or
order number puts that group first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from shopinbox.app.core.context import AppContext
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.one_box import (
    EXACT,
    MESSAGE_SCORE,
    BoxQuery,
    code_score,
    like_pattern,
    parse_box,
    text_score,
)
from shopinbox.store.models import Customer, Identity, Order
from shopinbox.store.search import SearchHit
from shopinbox.store.search import search as search_messages

KINDS = ("customer", "order", "message")
MAX_CANDIDATES = 5000


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: int
    name: str
    matched: str  # what matched: the name, an address, a number, a username
    score: int


@dataclass(frozen=True)
class OrderMatch:
    order_id: int
    customer_id: int | None
    number: str
    status: str
    placed_at: datetime
    customer_name: str
    tracking_number: str | None
    score: int


@dataclass
class BoxResult:
    customers: list[CustomerMatch] = field(default_factory=list)
    orders: list[OrderMatch] = field(default_factory=list)
    messages: list[SearchHit] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)  # customer id -> name, for messages

    def groups(self) -> list[tuple[str, list]]:
        """Non-empty groups, the one with the best match first (ties: customers, orders,
        messages)."""
        scored: list[tuple[str, list[Any], int]] = [
            ("customer", self.customers, self.customers[0].score if self.customers else 0),
            ("order", self.orders, self.orders[0].score if self.orders else 0),
            ("message", self.messages, MESSAGE_SCORE if self.messages else 0),
        ]
        ordered = sorted((g for g in scored if g[1]), key=lambda g: -g[2])
        return [(kind, items) for kind, items, _score in ordered]

    @property
    def count(self) -> int:
        return len(self.customers) + len(self.orders) + len(self.messages)


def _customers(session, query: BoxQuery, limit: int) -> list[CustomerMatch]:
    best: dict[int, tuple[int, str]] = {}

    def offer(customer_id: int, score: int, matched: str) -> None:
        if score and score > best.get(customer_id, (0, ""))[0]:
            best[customer_id] = (score, matched)

    pattern = like_pattern(query.text)
    for customer_id, name in session.execute(
        select(Customer.id, Customer.display_name)
        .where(Customer.merged_into_id.is_(None), func.lower(Customer.display_name).like(pattern))
        .limit(MAX_CANDIDATES)
    ):
        offer(customer_id, text_score(query.text, name), name)
    conditions: list[ColumnElement[bool]] = [func.lower(Identity.value).like(pattern),
                                             func.lower(Identity.display).like(pattern)]
    if query.phone:
        conditions.append(Identity.value == query.phone)
    if len(query.digits) >= 6:
        conditions.append(Identity.value.like(f"%{query.digits}%"))
    for customer_id, kind, value, display in session.execute(
        select(Identity.customer_id, Identity.kind, Identity.value, Identity.display)
        .join(Customer, Customer.id == Identity.customer_id)
        .where(Customer.merged_into_id.is_(None), or_(*conditions))
        .limit(MAX_CANDIDATES)
    ):
        if kind == IdentityKind.PHONE and query.digits:
            score = EXACT if value == query.phone else (
                text_score(query.digits, value.lstrip("+")) if len(query.digits) >= 6 else 0)
            offer(customer_id, score, display or value)
        else:
            offer(customer_id, text_score(query.text, value), display or value)
            for word in (display or "").split():  # "Anna (@tea_lover)": the username
                username = word.strip("()").lstrip("@")
                if word.strip("()").startswith("@"):
                    offer(customer_id, text_score(query.username, username), word.strip("()"))
            offer(customer_id, text_score(query.text, display), display)
    if not best:
        return []
    names = dict(session.execute(
        select(Customer.id, Customer.display_name).where(Customer.id.in_(list(best)))).all())
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], names.get(item[0], "").lower()))
    return [CustomerMatch(cid, names.get(cid, ""), matched, score)
            for cid, (score, matched) in ranked[:limit]]


def _orders(session, query: BoxQuery, limit: int) -> list[OrderMatch]:
    if len(query.code) < 2:
        return []
    code = query.code.lower().replace("%", "_")

    def compact(column):  # as `code` is: lower case, no spaces or dashes
        return func.replace(func.replace(func.lower(column), " ", ""), "-", "")

    conditions = [compact(Order.number).like(f"%{code}%"),
                  compact(Order.tracking_number).like(f"{code}%")]
    if query.phone:
        conditions.append(Order.phone == query.phone)
    if "@" in query.text:
        conditions.append(func.lower(Order.email) == query.text)
    matches = []
    for order in session.scalars(select(Order).where(or_(*conditions)).limit(MAX_CANDIDATES)):
        score = max(code_score(query.code, order.number),
                    code_score(query.code, order.tracking_number),
                    EXACT if query.phone and order.phone == query.phone else 0,
                    EXACT if "@" in query.text and (order.email or "").lower() == query.text
                    else 0)
        if score:
            matches.append(OrderMatch(order.id, order.customer_id, order.number, order.status,
                                      order.placed_at, order.customer_name,
                                      order.tracking_number, score))
    matches.sort(key=lambda m: (-m.score, -m.placed_at.timestamp()))
    return matches[:limit]


def find(ctx: AppContext, text: str, kind: str | None = None, limit: int = 50) -> BoxResult:
    """Everything the box finds for `text`; `kind` ('customer', 'order', 'message') narrows it."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    query = parse_box(text)
    result = BoxResult()
    if query.is_empty:
        return result
    with ctx.reader() as session:
        if kind in (None, "customer"):
            result.customers = _customers(session, query, limit)
        if kind in (None, "order"):
            result.orders = _orders(session, query, limit)
        if kind in (None, "message"):
            result.messages = search_messages(session, text, limit=limit)
            ids = {hit.customer_id for hit in result.messages if hit.customer_id}
            if ids:
                result.names = dict(session.execute(
                    select(Customer.id, Customer.display_name).where(Customer.id.in_(ids))).all())
    return result
