"""Keep each customer's conversation row (counts, last activity, status) in step with messages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, case, func, select, update
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.kinds import ConversationStatus, Direction
from shopinbox.store.models import Conversation, Message


def refresh_conversations(session: Session, customer_ids: Iterable[int]) -> None:
    """Recompute message count, unread count, last activity and last message from messages.

    Recomputing (rather than incrementing) keeps the numbers right after merges, re-syncs and
    flag changes alike.
    """
    ids = sorted(set(customer_ids))
    for chunk in chunked(ids):
        visible = and_(Message.customer_id.in_(chunk), Message.is_automated.is_(False))
        unread = case(
            (and_(Message.direction == Direction.INBOUND, Message.is_read.is_(False)), 1), else_=0
        )
        stats = {
            row.customer_id: row
            for row in session.execute(
                select(
                    Message.customer_id,
                    func.count().label("total"),
                    func.sum(unread).label("unread"),
                    func.max(Message.sent_at).label("last"),
                )
                .where(visible)
                .group_by(Message.customer_id)
            )
        }
        last_ids = _last_message_ids(session, chunk)
        # One query for the chunk instead of one `get` (and autoflush) per customer.
        loaded = {c.customer_id: c for c in session.scalars(
            select(Conversation).where(Conversation.customer_id.in_(chunk)))}
        for customer_id in chunk:
            conversation = loaded.get(customer_id)
            if conversation is None:
                conversation = Conversation(customer_id=customer_id, status=ConversationStatus.OPEN)
                session.add(conversation)
            row = stats.get(customer_id)
            conversation.message_count = int(row.total) if row else 0
            conversation.unread_count = int(row.unread or 0) if row else 0
            conversation.last_activity = row.last if row else None
            conversation.last_message_id = last_ids.get(customer_id)


def _last_message_ids(session: Session, customer_ids: list[int]) -> dict[int, int]:
    latest = (
        select(
            Message.customer_id.label("customer_id"),
            Message.id.label("id"),
            func.row_number()
            .over(
                partition_by=Message.customer_id,
                order_by=(Message.sent_at.desc(), Message.id.desc()),
            )
            .label("rank"),
        )
        .where(Message.customer_id.in_(customer_ids), Message.is_automated.is_(False))
        .subquery()
    )
    return dict(
        session.execute(select(latest.c.customer_id, latest.c.id).where(latest.c.rank == 1)).all()
    )


def reopen_on_inbound_many(session: Session, customers: dict[int, datetime]) -> None:
    """Reopen done or snoozed conversations of customers who wrote: one UPDATE for every customer who wrote."""
    ids = sorted(customers)
    for chunk in chunked(ids):
        session.execute(
            update(Conversation)
            .where(Conversation.customer_id.in_(chunk),
                   Conversation.status != ConversationStatus.OPEN)
            .values(status=ConversationStatus.OPEN, snoozed_until=None)
            .execution_options(synchronize_session="fetch")
        )
