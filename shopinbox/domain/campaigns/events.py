"""Order events a notification rule can react to, and which source statuses mean them (pure).

A rule says "when an order's status becomes `event`"; sources name statuses their own way
(WooCommerce `completed`, Shopify `fulfilled`, a CSV's "wysłane"), so a rule holds the statuses
per source (`{"woocommerce": ["completed"], "any": ["shipped"]}`); these are the defaults.
"""

from __future__ import annotations

EVENTS = ("shipped", "ready_for_pickup", "delivered")
DEFAULT_STATUSES: dict[str, dict[str, list[str]]] = {
    "shipped": {"any": ["shipped", "wysłane", "wyslane", "отправлен", "отправлено"],
                "woocommerce": ["completed", "shipped"], "shopify": ["fulfilled"]},
    "ready_for_pickup": {"any": ["ready_for_pickup", "ready-for-pickup", "do odbioru",
                                 "готов к выдаче"]},
    "delivered": {"any": ["delivered", "dostarczone", "доставлен", "доставлено"]},
}


def statuses_for(statuses: dict[str, list[str]], source_kind: str | None) -> set[str]:
    """The statuses (lower-cased) that mean the event for orders of this source kind."""
    found = {s.lower() for s in statuses.get("any", [])}
    if source_kind:
        found |= {s.lower() for s in statuses.get(source_kind, [])}
    return found


def event_for(rules: dict[str, dict[str, list[str]]], source_kind: str | None,
              status: str) -> str | None:
    """Which rule's event (if any) a new status means; `rules` maps event → statuses."""
    status = (status or "").strip().lower()
    for event, statuses in rules.items():
        if status in statuses_for(statuses, source_kind):
            return event
    return None
