"""Use-cases for reading customers: the list, one customer's timeline and orders, search."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.intents import add_intents
from shopinbox.app.orders.manage import number_prefixes
from shopinbox.domain.orders.numbers import find_order_numbers
from shopinbox.store import queries
from shopinbox.store.orders import orders_by_number
from shopinbox.store.search import SearchHit
from shopinbox.store.search import search as store_search


class CustomerNotFound(LookupError):
    pass


def list_customers(ctx: AppContext) -> list[queries.CustomerRow]:
    with ctx.reader() as session:
        return queries.customer_rows(session)


def customer_detail(ctx: AppContext, customer_id: int) -> dict[str, Any]:
    """Identities, the merged timeline (oldest first) and orders of one customer.

    A customer merged into another resolves to the survivor, so old ids keep working.
    """
    with ctx.reader() as session:
        customer = queries.surviving_customer(session, customer_id)
        if customer is None:
            raise CustomerNotFound(customer_id)
        row = queries.customer_rows(session, [customer.id])[0]
        messages = [asdict(m) for m in queries.timeline(session, customer.id)]
        _add_order_refs(session, messages)
        add_intents(session, messages)
        return {
            "id": customer.id,
            "name": customer.display_name,
            "language": customer.language,
            "note": customer.note,
            "labels": row.labels,
            "status": row.status,
            "snoozed_until": row.snoozed_until,
            "identities": [asdict(i) for i in row.identities],
            "messages": messages,
            "orders": [asdict(o) for o in queries.customer_orders(session, customer.id)],
            "order_count": queries.order_count(session, customer.id),
            "lifetime_value": queries.lifetime_value(session, customer.id),
        }


def _add_order_refs(session: Session, messages: list[dict[str, Any]]) -> None:
    """Mark order numbers in each message text (`order_refs`: spans and the order they name)."""
    prefixes = number_prefixes(session)
    found = [(m, find_order_numbers(m.get("text") or "", prefixes)) for m in messages]
    known = orders_by_number(session, [hit.value for _, hits in found for hit in hits])
    for message, hits in found:
        message["order_refs"] = [
            {"start": h.start, "end": h.end, "number": h.value, "order_id": known.get(h.value)}
            for h in hits
        ]


def search_messages(ctx: AppContext, query: str, limit: int = 50) -> list[SearchHit]:
    with ctx.reader() as session:
        return store_search(session, query, limit=limit)
