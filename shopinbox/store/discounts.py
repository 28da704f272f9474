"""Discount-code pools: add codes, hand one out at send time, and report who got which.

The one hard rule: a code is never given to two customers, even when two messages are sent at
the same moment from two threads, processes or desktops. `assign_code` runs inside the caller's
write transaction and relies on:

- SQLite: the writer session begins with BEGIN IMMEDIATE (store/database.py), so every write
  transaction holds the database's single write lock from its first statement: the "does this
  customer have a code? / take the first free one" steps can never interleave.
- PostgreSQL: a transaction-scoped advisory lock per (pool, customer) serialises two sends to the
  same customer (so both get the same code); the free code is picked with
  `FOR UPDATE SKIP LOCKED`, so two customers take two different rows without waiting.
- Both: the claim is a conditional `UPDATE … WHERE given_to_id IS NULL` whose rowcount is checked,
  so even a session that broke the rules above cannot overwrite a given code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Customer, DiscountCode, DiscountPool
from shopinbox.store.types import utcnow


class PoolEmpty(ShopError):
    """No free code is left in the pool: the message must not be sent with a blank code
    (code `pool_empty(pool)`)."""

    def __init__(self, pool_id: int, name: str) -> None:
        self.pool_id = pool_id
        self.name = name
        super().__init__("pool_empty", pool=name)


class PoolNotFound(LookupError):
    pass


@dataclass
class PoolStatus:
    pool_id: int
    name: str
    promo_id: int | None
    total: int
    given: int
    free: int
    customers: int


@dataclass
class GivenCode:
    code: str
    customer_id: int | None
    customer_name: str
    channel: str | None
    message_id: int | None
    given_at: datetime | None


def get_pool(session: Session, pool: int | str) -> DiscountPool:
    """A pool by id (int) or by name (str; a name made of digits falls back to the id)."""
    if isinstance(pool, int):
        found = session.get(DiscountPool, pool)
    else:
        found = session.scalar(select(DiscountPool).where(DiscountPool.name == pool.strip()))
        if found is None and pool.strip().isdigit():
            found = session.get(DiscountPool, int(pool))
    if found is None:
        raise PoolNotFound(f"no discount-code pool {pool!r}")
    return found


def pool_status(session: Session, pool_id: int) -> PoolStatus:
    pool = get_pool(session, pool_id)
    total, given, customers = session.execute(
        select(
            func.count(DiscountCode.id),
            func.count(DiscountCode.given_to_id),
            func.count(func.distinct(DiscountCode.given_to_id)),
        ).where(DiscountCode.pool_id == pool.id)
    ).one()
    return PoolStatus(pool.id, pool.name, pool.promo_id, int(total), int(given),
                      int(total) - int(given), int(customers))


def add_codes(session: Session, pool_id: int, codes: Iterable[str]) -> tuple[int, int]:
    """Add codes the pool does not have yet. Returns (added, already there)."""
    wanted = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    existing = set(session.scalars(select(DiscountCode.code).where(DiscountCode.pool_id == pool_id)))
    new = [code for code in wanted if code not in existing]
    if new:
        session.execute(insert(DiscountCode),
                        [{"pool_id": pool_id, "code": code} for code in new])
    return len(new), len(wanted) - len(new)


def pool_codes(session: Session, pool_id: int) -> set[str]:
    return set(session.scalars(select(DiscountCode.code).where(DiscountCode.pool_id == pool_id)))


def code_for_customer(session: Session, pool_id: int, customer_id: int) -> str | None:
    """The code this customer got most recently from the pool, if any."""
    return session.scalar(
        select(DiscountCode.code)
        .where(DiscountCode.pool_id == pool_id, DiscountCode.given_to_id == customer_id)
        .order_by(DiscountCode.given_at.desc(), DiscountCode.id.desc())
        .limit(1)
    )


def check_can_serve(session: Session, pool_id: int, customer_id: int | None,
                    *, new: bool = False) -> None:
    """Raise PoolEmpty when sending now could not put a code in the message."""
    pool = get_pool(session, pool_id)
    if customer_id is not None and not new and code_for_customer(session, pool.id, customer_id):
        return
    free = session.scalar(
        select(DiscountCode.id)
        .where(DiscountCode.pool_id == pool.id, DiscountCode.given_to_id.is_(None))
        .limit(1)
    )
    if free is None:
        raise PoolEmpty(pool.id, pool.name)


def _lock_customer(session: Session, pool_id: int, customer_id: int) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"),
                        {"key": f"shopinbox-discount:{pool_id}:{customer_id}"})


def assign_code(
    session: Session,
    pool_id: int,
    customer_id: int,
    message_id: int | None,
    channel: str | None,
    *,
    new: bool = False,
) -> str:
    """Give the customer a code from the pool (the one they already have unless `new`).

    Must run in a write transaction (ctx.writer()); the caller commits together with the message
    that carries the code, so a rolled-back send also gives the code back."""
    pool = get_pool(session, pool_id)
    _lock_customer(session, pool.id, customer_id)
    if not new:
        existing = code_for_customer(session, pool.id, customer_id)
        if existing is not None:
            return existing
    postgres = session.get_bind().dialect.name == "postgresql"
    for _attempt in range(50):
        query = (
            select(DiscountCode.id, DiscountCode.code)
            .where(DiscountCode.pool_id == pool.id, DiscountCode.given_to_id.is_(None))
            .order_by(DiscountCode.id)
            .limit(1)
        )
        if postgres:
            query = query.with_for_update(skip_locked=True)
        row = session.execute(query).first()
        if row is None:
            raise PoolEmpty(pool.id, pool.name)
        claimed = session.execute(
            update(DiscountCode)
            .where(DiscountCode.id == row.id, DiscountCode.given_to_id.is_(None))
            .values(given_to_id=customer_id, message_id=message_id, channel=channel,
                    given_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) == 1:
            return row.code
    raise RuntimeError("could not claim a discount code after 50 attempts")


def given_codes(session: Session, pool_id: int, *, include_free: bool = False) -> list[GivenCode]:
    """Who got which code, in the order they were given (free codes last when included)."""
    query = (
        select(DiscountCode, Customer.display_name)
        .outerjoin(Customer, Customer.id == DiscountCode.given_to_id)
        .where(DiscountCode.pool_id == pool_id)
        .order_by(DiscountCode.given_at.is_(None), DiscountCode.given_at, DiscountCode.id)
    )
    if not include_free:
        query = query.where(DiscountCode.given_to_id.is_not(None))
    return [
        GivenCode(code.code, code.given_to_id, name or "", code.channel, code.message_id,
                  code.given_at)
        for code, name in session.execute(query)
    ]
