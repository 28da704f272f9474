"""Promotions: discount codes handed out in the range per pool and promo reply, and — where
orders carry the codes they used — how many were redeemed and the revenue of those orders.

Redemptions are read through one function, `redemptions`, from the orders' discount codes
(table `order_discount_codes`, matched by `store.campaigns.code_redemptions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from shopinbox.store.models import DiscountCode, DiscountPool, PromoReply
from shopinbox.store.reports.shapes import PromoRow, Scope


def redemptions(session: Session, pool_ids: Sequence[int]
                ) -> dict[int, tuple[int, dict[str, Decimal]]] | None:
    """{pool id: (orders that used one of its handed-out codes, {currency: their revenue})}.
    (The None answer is kept for a store whose orders carry no codes.)"""
    from shopinbox.store.campaigns import code_redemptions

    found = {}
    for pool_id in pool_ids:
        for row in code_redemptions(session, pool_id=pool_id):
            found[pool_id] = (int(row.orders), dict(row.revenue))
    return found


def promotions(session: Session, scope: Scope) -> list[PromoRow]:
    """Codes handed out in the range per pool and promo (on the chosen channel, if any)."""
    conditions = [DiscountCode.given_at >= scope.start, DiscountCode.given_at < scope.end]
    if scope.channel:
        conditions.append(DiscountCode.channel == scope.channel)
    statement = (select(DiscountPool.id, DiscountPool.name, PromoReply.title, func.count(),
                        func.count(distinct(DiscountCode.given_to_id)))
                 .join(DiscountPool, DiscountPool.id == DiscountCode.pool_id)
                 .outerjoin(PromoReply, PromoReply.id == DiscountPool.promo_id)
                 .where(*conditions)
                 .group_by(DiscountPool.id, DiscountPool.name, PromoReply.title)
                 .order_by(DiscountPool.name))
    rows = session.execute(statement).all()
    redeemed = redemptions(session, [row[0] for row in rows]) if rows else None
    result = []
    for pool_id, name, title, given, people in rows:
        used = redeemed.get(pool_id, (0, {})) if redeemed is not None else None
        result.append(PromoRow(pool_id, name, title, int(given), int(people),
                               used[0] if used else None, used[1] if used else None))
    return result
