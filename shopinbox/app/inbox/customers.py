"""Use-cases for reading customers: the list, one customer's timeline and orders (as JSON),
search."""

from __future__ import annotations

from typing import Any

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.read_model import CustomerNotFound, customer_view
from shopinbox.store import queries
from shopinbox.store.search import SearchHit
from shopinbox.store.search import search as store_search

__all__ = ["CustomerNotFound", "customer_detail", "list_customers", "search_messages"]


def list_customers(ctx: AppContext) -> list[queries.CustomerRow]:
    with ctx.reader() as session:
        return queries.customer_rows(session)


def customer_detail(ctx: AppContext, customer_id: int) -> dict[str, Any]:
    """The JSON form of the read model (`read_model.customer_view`), for the command line and
    scripts: identities, the merged timeline (oldest first) and orders of one customer."""
    return customer_view(ctx, customer_id).to_json()


def search_messages(ctx: AppContext, query: str, limit: int = 50) -> list[SearchHit]:
    with ctx.reader() as session:
        return store_search(session, query, limit=limit)
