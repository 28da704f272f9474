"""Discount-code pools for the window and the CLI: create, fill (import / generate), inspect,
export who got which code. Handing codes out happens at send time (app/promo_reply.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.lookup import find_promo
from shopinbox.domain.csv_cells import write_csv
from shopinbox.domain.promos.code_pattern import generate_codes, parse_code_lines
from shopinbox.store.discounts import (  # noqa: F401  (re-exported for callers)
    GivenCode,
    PoolEmpty,
    PoolNotFound,
    PoolStatus,
    add_codes,
    get_pool,
    given_codes,
    pool_codes,
)
from shopinbox.store.discounts import pool_status as store_pool_status
from shopinbox.store.models import DiscountPool

EXPORT_COLUMNS = ["code", "customer_id", "customer_name", "channel", "message_id", "given_at"]


@dataclass
class CodesAdded:
    pool_id: int
    pool_name: str
    added: int
    duplicates: int
    created_pool: bool


def create_pool(ctx: AppContext, name: str, promo: int | str | None = None) -> int:
    name = name.strip()
    if not name:
        raise ValueError("a pool needs a name")
    with ctx.writer() as session, session.begin():
        if session.scalar(select(DiscountPool.id).where(DiscountPool.name == name)):
            raise ValueError(f"a pool named {name!r} already exists")
        promo_id = find_promo(session, promo).id if promo is not None else None
        pool = DiscountPool(name=name, promo_id=promo_id)
        session.add(pool)
        session.flush()
        return pool.id


def attach_pool(ctx: AppContext, pool: int | str, promo: int | str | None) -> None:
    """Attach a pool to a promo (its `{{ promo.code }}`), or detach it with None."""
    with ctx.writer() as session, session.begin():
        row = get_pool(session, pool)
        row.promo_id = find_promo(session, promo).id if promo is not None else None


def list_pools(ctx: AppContext) -> list[PoolStatus]:
    with ctx.reader() as session:
        ids = session.scalars(select(DiscountPool.id).order_by(DiscountPool.name)).all()
        return [store_pool_status(session, pool_id) for pool_id in ids]


def pool_status(ctx: AppContext, pool: int | str) -> PoolStatus:
    """Total, given and free codes of a pool (by id or name)."""
    with ctx.reader() as session:
        return store_pool_status(session, get_pool(session, pool).id)


def delete_pool(ctx: AppContext, pool: int | str) -> None:
    with ctx.writer() as session, session.begin():
        session.delete(get_pool(session, pool))


def _add(ctx: AppContext, pool: int | str, codes: list[str], create: bool,
         promo: int | str | None) -> CodesAdded:
    with ctx.writer() as session, session.begin():
        created = False
        try:
            row = get_pool(session, pool)
        except PoolNotFound:
            if not create or isinstance(pool, int):
                raise
            row = DiscountPool(name=str(pool).strip(),
                               promo_id=find_promo(session, promo).id if promo else None)
            session.add(row)
            session.flush()
            created = True
        added, duplicates = add_codes(session, row.id, codes)
        return CodesAdded(row.id, row.name, added, duplicates, created)


def import_codes(ctx: AppContext, pool: int | str, text: str, *, create: bool = True,
                 promo: int | str | None = None) -> CodesAdded:
    """Codes from CSV/text (first column, one per line); repeats are ignored. `duplicates`
    counts repeats in the file, codes already in the pool and unusable lines."""
    codes, skipped = parse_code_lines(text)
    result = _add(ctx, pool, codes, create, promo)
    result.duplicates += skipped
    return result


def import_codes_file(ctx: AppContext, pool: int | str, path: Path, *, create: bool = True,
                      promo: int | str | None = None) -> CodesAdded:
    return import_codes(ctx, pool, path.read_text(encoding="utf-8-sig"), create=create,
                        promo=promo)


def generate_pool_codes(ctx: AppContext, pool: int | str, pattern: str, count: int, *,
                        create: bool = True, promo: int | str | None = None) -> CodesAdded:
    """`count` new random codes following `pattern` (see domain/code_pattern.py)."""
    with ctx.reader() as session:
        try:
            existing = pool_codes(session, get_pool(session, pool).id)
        except PoolNotFound:
            existing = set()
    return _add(ctx, pool, generate_codes(pattern, count, existing), create, promo)


def export_given_codes(ctx: AppContext, pool: int | str, *, include_free: bool = False) -> str:
    """CSV (code, customer_id, customer_name, channel, message_id, given_at in UTC ISO 8601)."""
    with ctx.reader() as session:
        rows = given_codes(session, get_pool(session, pool).id, include_free=include_free)
    return write_csv(EXPORT_COLUMNS, (
        [row.code, row.customer_id or "", row.customer_name, row.channel or "",
         row.message_id or "", row.given_at.isoformat() if row.given_at else ""]
        for row in rows))


def codes_given(ctx: AppContext, pool: int | str) -> list[GivenCode]:
    """Who got which code of a pool, in the order they were given."""
    with ctx.reader() as session:
        return given_codes(session, get_pool(session, pool).id)


def export_given_codes_file(ctx: AppContext, pool: int | str, path: Path, *,
                            include_free: bool = True) -> int:
    """`export_given_codes` written to `path` (UTF-8 with a BOM, so spreadsheets read the names
    right); returns the number of codes written."""
    text = export_given_codes(ctx, pool, include_free=include_free)
    Path(path).write_text(text, encoding="utf-8-sig")
    return max(text.count("\n") - 1, 0)


def pool_name_taken(ctx: AppContext, name: str) -> bool:
    with ctx.reader() as session:
        return session.scalar(select(DiscountPool.id).where(
            DiscountPool.name == name.strip())) is not None
