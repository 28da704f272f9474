"""The one search box: customers, orders and messages for one typed text, grouped, best first.

Customers are found by name, email, phone (any format: compared in E.164 and by digits) and the
usernames their identities show (`@tea_lover`); orders by number and tracking number; messages
by the full-text search (`store.search`, word forms included). Merged-away customers never
show. The groups come ordered by their best score (`domain.one_box`): an exact phone number or
order number puts that group first.

Cost: a complete email address, phone number or order number is looked up through the unique
and plain indexes first (`_exact`); only when that finds nothing are names, addresses and
numbers searched: on SQLite through trigram tables (`store.search.box_index`) for three characters
or more (shorter texts scan with LIKE), on PostgreSQL by regular expressions whose letter
classes fold, which its pg_trgm indexes serve (migration 0012_search_index). Text without a digit is never an order or tracking number, so
it does not look at the orders.
"""

from __future__ import annotations

import functools
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)

from shopinbox.app.core.context import AppContext
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.one_box import (
    EXACT,
    MESSAGE_SCORE,
    BoxQuery,
    code_score,
    glob_pattern,
    like_pattern,
    parse_box,
    regex_pattern,
    text_score,
)
from shopinbox.domain.text_fold import fold
from shopinbox.store.models import Customer, Identity, Order
from shopinbox.store.search import SearchHit, box_index
from shopinbox.store.search import search as search_messages

KINDS = ("customer", "order", "message")
# Candidates read per kind of contact before scoring in Python; those starting with the text
# come first, so a short text that half the customers contain ("an") still ranks quickly.
MAX_CANDIDATES = 500


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


def _like(dialect: str, column, pattern) -> ColumnElement[bool]:
    """`column` LIKE `pattern` ignoring the case of ASCII letters (the others are `_` in the
    pattern, see `like_pattern`): SQLite's LIKE already does, with no lower() per row (half
    the cost of a scan); PostgreSQL's needs ILIKE."""
    if dialect == "sqlite":
        return column.like(pattern)
    return column.ilike(pattern)


def _matches(session, column, text: str, *, prefix: bool) -> ColumnElement[bool]:
    """`column`, folded, starts with (`prefix`) or contains the folded `text` (at least: the
    candidates are checked by `text_score`). On PostgreSQL a regular expression whose letter
    classes fold (`domain.one_box.regex_pattern`), which its pg_trgm indexes serve; on SQLite
    (texts too short for its trigram tables) LIKE with the letters it cannot fold left open
    (`like_pattern`), and for text with non-ASCII letters (Cyrillic) a GLOB whose letter
    classes fold (`domain.one_box.glob_pattern`)."""
    if session.get_bind().dialect.name != "sqlite":
        return column.op("~")(regex_pattern(text, prefix=prefix))
    if not text.isascii():
        return column.op("GLOB")(glob_pattern(text, prefix=prefix))
    pattern = like_pattern(text)
    return _like("sqlite", column, pattern[1:] if prefix else pattern)


def _offer_names(session, query: BoxQuery, prefix: bool, offer) -> bool:
    """Offer the customers whose name matches; True when the candidates were cut at
    MAX_CANDIDATES (more match)."""
    if box_index.usable(session, query.text):
        rows = box_index.customer_names(session, query.text, prefix=prefix,
                                        limit=MAX_CANDIDATES)
    else:
        rows = session.execute(
            select(Customer.id, Customer.display_name)
            .where(Customer.merged_into_id.is_(None),
                   _matches(session, Customer.display_name, query.text, prefix=prefix))
            .limit(MAX_CANDIDATES)
        ).all()
    for customer_id, name in rows:
        offer(customer_id, text_score(query.text, name), name)
    return len(rows) >= MAX_CANDIDATES


def _identity_rows(session, query: BoxQuery, prefix: bool):
    if box_index.usable(session, query.text):
        return box_index.identities(session, query.text, query.digits, query.phone,
                                    prefix=prefix, limit=MAX_CANDIDATES)
    return session.execute(
        # No join: merged-away customers drop out later (a join made SQLite walk the
        # merged_into index per identity, four times slower than this scan).
        select(Identity.customer_id, Identity.kind, Identity.value, Identity.display)
        .where(or_(*_identity_conditions(query, prefix, session)))
        .limit(MAX_CANDIDATES)
    )


def _offer_identities(session, query: BoxQuery, prefix: bool, offer) -> bool:
    """Offer the customers whose identities match; True when the candidates were cut at
    MAX_CANDIDATES (more match)."""
    rows = list(_identity_rows(session, query, prefix))
    for customer_id, kind, value, display in rows:
        _offer_identity(query, offer, customer_id, kind, value, display)
    return len(rows) >= MAX_CANDIDATES


def _identity_conditions(query: BoxQuery, prefix: bool, session) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        _matches(session, Identity.value, query.text, prefix=prefix),
        _matches(session, Identity.display, query.text, prefix=prefix)]
    if query.phone:
        conditions.append(Identity.value == query.phone)
    if len(query.digits) >= 6:
        conditions.append(Identity.value.like(f"%{query.digits}%"))
    return conditions


def _offer_identity(query: BoxQuery, offer, customer_id: int, kind: str, value: str,
                    display: str | None) -> None:
    if kind == IdentityKind.PHONE and query.digits:
        score = EXACT if value == query.phone else (
            text_score(query.digits, value.lstrip("+")) if len(query.digits) >= 6 else 0)
        offer(customer_id, score, display or value)
        return
    offer(customer_id, text_score(query.text, value), display or value)
    for word in (display or "").split():  # "Anna (@tea_lover)": the username
        username = word.strip("()").lstrip("@")
        if word.strip("()").startswith("@"):
            offer(customer_id, text_score(query.username, username), word.strip("()"))
    offer(customer_id, text_score(query.text, display), display)


def _offer_on_server(session, query: BoxQuery, prefix: bool, offer, names: dict[int, str]
                     ) -> bool:
    """PostgreSQL: `_offer_names` and `_offer_identities` in one statement (one round trip,
    where they and the names of the customers found were three), joined to the customers so
    that merged-away ones drop out and each row brings its customer's name into `names`.
    True when either kind of candidate was cut at MAX_CANDIDATES."""
    statement = _server_statement(bool(query.phone), len(query.digits) >= 6)
    rows = session.execute(statement, {
        "pattern": regex_pattern(query.text, prefix=prefix), "phone": query.phone,
        "digits": f"%{query.digits}%", "candidates": MAX_CANDIDATES}).all()
    cut = False
    for customer_id, name, kind, value, display, candidates in rows:
        names[customer_id] = name
        cut = cut or candidates >= MAX_CANDIDATES
        if kind:
            _offer_identity(query, offer, customer_id, kind, value, display or None)
        else:
            offer(customer_id, text_score(query.text, name), name)
    return cut


@functools.lru_cache(maxsize=16)
def _server_statement(phone: bool, digits: bool) -> Select:
    """`_offer_on_server`'s statement for one shape (built once: building and compiling it
    cost as much as running it), its values bound: :pattern (`regex_pattern`, whose letter
    classes fold and which the pg_trgm indexes of migration 0012_search_index serve), :phone,
    :digits (a LIKE pattern) and :candidates. The pattern says whether at the start or
    anywhere."""
    pattern: BindParameter[str] = bindparam("pattern")
    by_name = (select(Customer.id.label("customer_id"), literal("").label("kind"),
                      literal("").label("value"), literal("").label("display"))
               .where(Customer.merged_into_id.is_(None), Customer.display_name.op("~")(pattern))
               .limit(bindparam("candidates")).subquery())
    conditions: list[ColumnElement[bool]] = [Identity.value.op("~")(pattern),
                                             Identity.display.op("~")(pattern)]
    if phone:
        conditions.append(Identity.value == bindparam("phone"))
    if digits:
        conditions.append(Identity.value.like(bindparam("digits")))
    by_identity = (select(Identity.customer_id, Identity.kind, Identity.value,
                          func.coalesce(Identity.display, "").label("display"))
                   .where(or_(*conditions))
                   .limit(bindparam("candidates")).subquery())
    found = union_all(
        select(by_name, func.count().over().label("candidates")),
        select(by_identity, func.count().over().label("candidates"))).subquery()
    return (select(found.c.customer_id, Customer.display_name, found.c.kind, found.c.value,
                   found.c.display, found.c.candidates)
            .join(Customer, Customer.id == found.c.customer_id)
            .where(Customer.merged_into_id.is_(None)))


def _customers(session, query: BoxQuery, limit: int) -> list[CustomerMatch]:
    best: dict[int, tuple[int, str]] = {}

    def offer(customer_id: int, score: int, matched: str) -> None:
        if score and score > best.get(customer_id, (0, ""))[0]:
            best[customer_id] = (score, matched)

    if session.get_bind().dialect.name == "postgresql":
        names: dict[int, str] = {}
        if _offer_on_server(session, query, False, offer, names):
            _offer_on_server(session, query, True, offer, names)
        return _ranked(best, names, limit)
    if len(query.text) >= box_index.MIN_TRIGRAM:
        # Trigrams (SQLite's tables, PostgreSQL's pg_trgm indexes) find the text anywhere as
        # fast as at the start: when that list was not cut at MAX_CANDIDATES it holds every
        # match starting with the text too, and only a cut list needs the pass for those (the
        # better matches) as well. Each pass is two statements (two round trips on a server).
        cut = [_offer_names(session, query, False, offer),
               _offer_identities(session, query, False, offer)]
        if any(cut):
            _offer_names(session, query, True, offer)
            _offer_identities(session, query, True, offer)
    else:
        # Starting with the text first: that scan stops as soon as it has enough candidates,
        # and they are the better matches; the text anywhere is looked for only when it had
        # too few.
        for prefix in (True, False):
            _offer_names(session, query, prefix, offer)
            _offer_identities(session, query, prefix, offer)
            if len(best) >= limit:
                break
    if not best:
        return []
    names = dict(session.execute(
        select(Customer.id, Customer.display_name)
        .where(Customer.id.in_(list(best)), Customer.merged_into_id.is_(None))).all())
    return _ranked(best, names, limit)


def _ranked(best: dict[int, tuple[int, str]], names: dict[int, str], limit: int
            ) -> list[CustomerMatch]:
    """The best `limit` of the customers offered (those in `names`: not merged away)."""
    best = {cid: found for cid, found in best.items() if cid in names}
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], names.get(item[0], "").lower()))
    return [CustomerMatch(cid, names.get(cid, ""), matched, score)
            for cid, (score, matched) in ranked[:limit]]


# The columns an order match shows and is scored by (Core rows: no ORM objects to build).
_ORDER_COLUMNS = (Order.id, Order.customer_id, Order.number, Order.status, Order.placed_at,
                  Order.customer_name, Order.tracking_number, Order.phone, Order.email)


def _order_match(order, score: int) -> OrderMatch:
    return OrderMatch(order.id, order.customer_id, order.number, order.status, order.placed_at,
                      order.customer_name, order.tracking_number, score)


def _exact(session, query: BoxQuery, limit: int
           ) -> tuple[list[CustomerMatch], list[OrderMatch]] | None:
    """Customers and orders for a complete email address or phone number, by index only; None
    when the text is neither or nothing has it (a complete order number: `_orders_found`)."""
    customers: list[CustomerMatch] = []
    orders: list = []
    if "@" in query.text and " " not in query.text:
        found = session.execute(
            select(Customer.id, Customer.display_name, Identity.value)
            .join(Identity, Identity.customer_id == Customer.id)
            .where(Identity.kind == IdentityKind.EMAIL, Identity.value == query.text,
                   Customer.merged_into_id.is_(None))).all()
        customers = [CustomerMatch(cid, name, value, EXACT) for cid, name, value in found]
        orders = session.execute(select(*_ORDER_COLUMNS).where(Order.email == query.text)
                                 .limit(limit)).all()
    elif query.phone:
        found = session.execute(
            select(Customer.id, Customer.display_name, Identity.display)
            .join(Identity, Identity.customer_id == Customer.id)
            .where(Identity.kind == IdentityKind.PHONE, Identity.value == query.phone,
                   Customer.merged_into_id.is_(None))).all()
        customers = [CustomerMatch(cid, name, shown or query.phone, EXACT)
                     for cid, name, shown in found]
        if customers:
            orders = session.execute(select(*_ORDER_COLUMNS).where(Order.phone == query.phone)
                                     .limit(limit)).all()
    if not customers and not orders:
        return None
    return customers[:limit], _newest_first(orders, limit)


def _newest_first(orders: list, limit: int) -> list[OrderMatch]:
    ordered = sorted(orders, key=lambda order: -order.placed_at.timestamp())
    return [_order_match(order, EXACT) for order in ordered[:limit]]


def _compact(column):
    """`column` without spaces or dashes, as `BoxQuery.code` is. Literal arguments, not bound
    ones: PostgreSQL matches the expression to its pg_trgm index (migration 0012_search_index)
    only when it is written the same way."""
    return func.replace(func.replace(column, literal_column("' '"), literal_column("''")),
                        literal_column("'-'"), literal_column("''"))


@functools.lru_cache(maxsize=32)
def _orders_statement(dialect: str, by_code: str, phone: bool, email: bool, exact: bool,
                      similar: bool) -> Select:
    """The orders statement of one shape, built once (building it, its subqueries and its
    result columns cost more than running it), its values bound: the orders whose number is
    one of :numbers (`exact`, at most :limit) and (`similar`) the candidates `_scored_orders`
    scores, at most :candidates: by the id list :ids from SQLite's trigram table (`by_code`
    "ids") or by the compact number containing / tracking number starting with :number /
    :tracking (LIKE patterns, `by_code` "like"), by :phone, by the lower-case :email. Each row
    says whether it is `exact`."""
    parts = []
    if exact:
        parts.append(select(*_ORDER_COLUMNS, literal(1).label("exact"))
                     .where(Order.number.in_(bindparam("numbers", expanding=True)))
                     .limit(bindparam("limit")))
    if similar:
        conditions: list[ColumnElement[bool]] = []
        if by_code == "ids":
            conditions.append(Order.id.in_(bindparam("ids", expanding=True)))
        elif by_code == "like":
            conditions += [_like(dialect, _compact(Order.number), bindparam("number")),
                           _like(dialect, _compact(Order.tracking_number), bindparam("tracking"))]
        if phone:
            conditions.append(Order.phone == bindparam("phone"))
        if email:
            conditions.append(func.lower(Order.email) == bindparam("email"))
        parts.append(select(*_ORDER_COLUMNS, literal(0).label("exact"))
                     .where(or_(*conditions)).limit(bindparam("candidates")))
    if len(parts) == 1:
        return parts[0]
    # (each part limited in a subquery of its own: SQLite allows no LIMIT inside a UNION)
    return select(union_all(*(select(part.subquery()) for part in parts)).subquery())


def _scored_orders(query: BoxQuery, rows, limit: int) -> list[OrderMatch]:
    matches = []
    for order in rows:
        score = max(code_score(query.code, order.number),
                    code_score(query.code, order.tracking_number),
                    EXACT if query.phone and order.phone == query.phone else 0,
                    EXACT if "@" in query.text and (order.email or "").lower() == query.text
                    else 0)
        if score:
            matches.append(_order_match(order, score))
    matches.sort(key=lambda m: (-m.score, -m.placed_at.timestamp()))
    return matches[:limit]


def _orders_found(session, query: BoxQuery, raw: str, limit: int, *, exact: bool,
                  similar: bool) -> tuple[list[OrderMatch], list[OrderMatch]]:
    """(`exact`) the orders whose number is the text exactly (as typed, without or with '#',
    in capitals) and (`similar`) the orders whose number or tracking number is like it, by
    phone or email as well, in one statement (one round trip on a server, where they were
    two): (the exact ones, the similar ones best first)."""
    has_digits = any(ch.isdigit() for ch in query.code)
    exact = exact and has_digits
    similar = similar and has_digits and len(query.code) >= 2  # numbers have digits
    values: dict[str, Any] = {"limit": limit, "candidates": MAX_CANDIDATES}
    by_code = ""
    if exact:
        values["numbers"] = sorted({raw.strip(), query.code, "#" + query.code,
                                    raw.strip().upper()})
    if similar:
        code = fold(query.code)
        if box_index.usable(session, code):
            values["ids"] = box_index.order_ids(session, code, MAX_CANDIDATES)
            by_code = "ids" if values["ids"] else ""
            similar = bool(by_code) or bool(query.phone) or "@" in query.text
        else:
            pattern = query.code.lower().replace("%", "_")
            values.update(number=f"%{pattern}%", tracking=f"{pattern}%")
            by_code = "like"
        values.update(phone=query.phone, email=query.text)
    if not exact and not similar:
        return [], []
    dialect = session.get_bind().dialect.name
    rows = session.execute(_orders_statement(dialect, by_code, bool(query.phone) and similar,
                                             "@" in query.text and similar, exact, similar),
                           values).all()
    return (_newest_first([row for row in rows if row.exact], limit),
            _scored_orders(query, [row for row in rows if not row.exact], limit))


def _messages(session, text: str, limit: int) -> tuple[list[SearchHit], dict[int, str]]:
    hits = search_messages(session, text, limit=limit)
    return hits, {hit.customer_id: hit.customer_name for hit in hits if hit.customer_id}


def _messages_apart(ctx: AppContext, text: str, limit: int
                    ) -> tuple[list[SearchHit], dict[int, str]]:
    with ctx.reader() as session:
        return _messages(session, text, limit)


_beside: ThreadPoolExecutor | None = None
_beside_lock = threading.Lock()


def _alongside() -> ThreadPoolExecutor:
    """The thread the message search runs on while the customers and orders are looked up."""
    global _beside
    with _beside_lock:
        if _beside is None:
            _beside = ThreadPoolExecutor(max_workers=2, thread_name_prefix="one-box")
        return _beside


def find(ctx: AppContext, text: str, kind: str | None = None, limit: int = 50) -> BoxResult:
    """Everything the box finds for `text`; `kind` ('customer', 'order', 'message') narrows it.

    On a server (PostgreSQL) the message search runs on a second connection at the same time
    as the customers and orders: each is a few round trips, and the box waits for the longer
    of the two instead of their sum. SQLite, in this process, does them one after the other."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    query = parse_box(text)
    result = BoxResult()
    if query.is_empty:
        return result
    messages: Future[tuple[list[SearchHit], dict[int, str]]] | None = None
    if kind is None and ctx.shared:  # alone, the message search runs right here
        messages = _alongside().submit(_messages_apart, ctx, text, limit)
    with ctx.reader() as session:
        exact = _exact(session, query, limit) if kind in (None, "customer", "order") \
            else None
        similar: list[OrderMatch] = []
        if exact is None and kind in (None, "customer", "order"):
            numbered, similar = _orders_found(session, query, text, limit, exact=True,
                                              similar=kind in (None, "order"))
            if numbered:
                exact = ([], numbered)
        if kind in (None, "customer"):
            result.customers = exact[0] if exact is not None else _customers(session, query,
                                                                               limit)
        if kind in (None, "order"):
            result.orders = exact[1] if exact is not None else similar
        if kind in (None, "message") and messages is None:
            result.messages, result.names = _messages(session, text, limit)
    if messages is not None:
        result.messages, result.names = messages.result()
    return result
