"""Finding a promo reply and its code pool, shared by the library, rendering and exchange."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.store.models import DiscountPool, PromoReply


class PromoNotFound(LookupError):
    """No promo reply with that id or shortcut."""


def find_promo(session: Session, promo: int | str) -> PromoReply:
    """By id (int, or digits), else by shortcut with or without its leading `/`."""
    found = None
    if isinstance(promo, int):
        found = session.get(PromoReply, promo)
    else:
        key = promo.strip()
        for candidate in dict.fromkeys([key, "/" + key.lstrip("/"), key.lstrip("/")]):
            found = session.scalar(select(PromoReply).where(PromoReply.shortcut == candidate))
            if found is not None:
                break
        if found is None and key.isdigit():
            found = session.get(PromoReply, int(key))
    if found is None:
        raise PromoNotFound(f"no promo reply {promo!r}")
    return found


def promo_pool(session: Session, promo_id: int) -> DiscountPool | None:
    """The pool `{{ promo.code }}` draws from: the promo's oldest attached pool."""
    return session.scalar(
        select(DiscountPool).where(DiscountPool.promo_id == promo_id).order_by(DiscountPool.id)
        .limit(1)
    )


def customers_named(ctx: Any, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """(id, name) of the customers whose name contains `text` (case and diacritics folded:
    "lukasz" finds "Łukasz"), for the promo editor's preview customer; by name."""
    from shopinbox.domain.text_fold import fold
    from shopinbox.store.models import Customer

    wanted = fold(text.strip())
    with ctx.reader() as session:
        rows = session.execute(select(Customer.id, Customer.display_name)
                               .where(Customer.merged_into_id.is_(None))
                               .order_by(Customer.display_name)).all()
    found = [(row.id, row.display_name) for row in rows
             if row.display_name and wanted in fold(row.display_name)]
    return found[:limit]


def customer_name(ctx: Any, customer_id: int) -> str:
    """The display name of a customer ("" when unknown)."""
    from shopinbox.store.models import Customer

    with ctx.reader() as session:
        customer = session.get(Customer, customer_id)
        return customer.display_name if customer is not None else ""
