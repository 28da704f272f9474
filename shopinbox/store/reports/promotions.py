"""Promotions: discount codes handed out in the range per pool and promo reply, and — where
orders carry the codes they used — how many were redeemed and the revenue of those orders.

Redemptions are read through one function, `redemptions`. Orders get their discount codes from
the campaigns work (table `order_discount_codes` and `store.campaigns.code_redemptions`); until
that module is part of the store, `redemptions` answers None and the Reports view says that
redemptions appear once orders carry codes.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from shopinbox.store.models import DiscountCode, DiscountPool, PromoReply
from shopinbox.store.reports.shapes import PromoRow, Scope

CAMPAIGNS = "shopinbox.store.campaigns"


def redemptions(session: Session, pool_ids: Sequence[int]
                ) -> dict[int, tuple[int, dict[str, Decimal]]] | None:
    """{pool id: (orders that used one of its handed-out codes, {currency: their revenue})}, or
    None while orders carry no discount codes (no `store.campaigns.code_redemptions`)."""
    try:
        campaigns: Any = importlib.import_module(CAMPAIGNS)
    except ImportError:
        return None
    found = {}
    for pool_id in pool_ids:
        for row in campaigns.code_redemptions(session, pool_id=pool_id):
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
