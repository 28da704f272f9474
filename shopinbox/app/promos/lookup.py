"""Finding a promo reply and its code pool, shared by the library, rendering and exchange."""

from __future__ import annotations

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
