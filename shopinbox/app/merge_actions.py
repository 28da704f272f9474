"""Merge one customer into another from the window, and undo it.

A small stand-in for the merging engineer's `app/merging.py` (same call shapes: `merge(ctx,
source_id, into_id, actor, reason) -> merge_id`, `unmerge(ctx, merge_id)`), written against the
store tables so the window works end to end on the demo; the lead reconciles the two.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from shopinbox.app.context import AppContext
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.models import Customer, CustomerLabel, Identity, Merge, Message, Order
from shopinbox.store.search import reindex_customer


class MergeError(Exception):
    pass


def merge(ctx: AppContext, source_id: int, into_id: int, actor: str = "",
          reason: str = "") -> int:
    """Move identities, messages, orders and labels of `source` to `into`; returns the merge id."""
    if source_id == into_id:
        raise MergeError("a customer cannot be merged into itself")
    with ctx.writer() as session, session.begin():
        source, into = session.get(Customer, source_id), session.get(Customer, into_id)
        if source is None or into is None or source.merged_into_id or into.merged_into_id:
            raise MergeError("both customers must exist and not be merged already")
        moved = {
            "identities": list(session.scalars(
                select(Identity.id).where(Identity.customer_id == source_id))),
            "messages": list(session.scalars(
                select(Message.id).where(Message.customer_id == source_id))),
            "orders": list(session.scalars(
                select(Order.id).where(Order.customer_id == source_id))),
        }
        into_labels = set(session.scalars(
            select(CustomerLabel.label).where(CustomerLabel.customer_id == into_id)))
        added = [label for label in session.scalars(
            select(CustomerLabel.label).where(CustomerLabel.customer_id == source_id))
            if label not in into_labels]
        moved["labels"] = added
        for table, ids in ((Identity, moved["identities"]), (Message, moved["messages"]),
                           (Order, moved["orders"])):
            if ids:
                session.execute(update(table).where(table.id.in_(ids))
                                .values(customer_id=into_id))
        session.add_all(CustomerLabel(customer_id=into_id, label=label) for label in added)
        source.merged_into_id = into_id
        record = Merge(source_customer_id=source_id, into_customer_id=into_id, actor=actor,
                       reason=reason, moved=moved)
        session.add(record)
        session.flush()
        refresh_conversations(session, [source_id, into_id])
        reindex_customer(session, into_id)
        return record.id


def unmerge(ctx: AppContext, merge_id: int) -> tuple[int, int]:
    """Put everything that moved back; returns (source_id, into_id)."""
    with ctx.writer() as session, session.begin():
        record = session.get(Merge, merge_id)
        if record is None or record.undone_at is not None:
            raise MergeError("this merge cannot be undone")
        source_id, into_id = record.source_customer_id, record.into_customer_id
        moved = record.moved or {}
        for table, key in ((Identity, "identities"), (Message, "messages"), (Order, "orders")):
            ids = moved.get(key) or []
            if ids:
                session.execute(update(table).where(table.id.in_(ids))
                                .values(customer_id=source_id))
        for label in moved.get("labels") or []:
            row = session.get(CustomerLabel, (into_id, label))
            if row is not None:
                session.delete(row)
        session.get(Customer, source_id).merged_into_id = None
        record.undone_at = datetime.now(UTC)
        session.flush()
        refresh_conversations(session, [source_id, into_id])
        reindex_customer(session, source_id)
        return source_id, into_id


def last_undoable_merge(ctx: AppContext, into_id: int) -> int | None:
    with ctx.reader() as session:
        return session.scalar(
            select(Merge.id).where(Merge.into_customer_id == into_id, Merge.undone_at.is_(None))
            .order_by(Merge.id.desc()).limit(1)
        )


def merge_candidates(ctx: AppContext, exclude_id: int, text: str = "",
                     limit: int = 50) -> list[tuple[int, str]]:
    """Customers to merge with, by name (for the merge dialog's list)."""
    with ctx.reader() as session:
        query = (select(Customer.id, Customer.display_name)
                 .where(Customer.merged_into_id.is_(None), Customer.id != exclude_id)
                 .order_by(Customer.display_name).limit(limit))
        if text.strip():
            query = query.where(Customer.display_name.ilike(f"%{text.strip()}%"))
        return [(row[0], row[1]) for row in session.execute(query)]
