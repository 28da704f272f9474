"""What the user does to a conversation and a customer from the window: done, snooze, wake,
labels, read/unread, name, language, note. Each returns the customer ids it changed, so the
views refresh only those rows (Anki's "operations return what changed")."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select, update

from shopinbox.app.core.context import AppContext
from shopinbox.domain.kinds import ConversationStatus, Direction
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.models import Conversation, Customer, CustomerLabel, Message
from shopinbox.store.search import reindex_customer


def _conversation(session, customer_id: int) -> Conversation:
    conversation = session.get(Conversation, customer_id)
    if conversation is None:
        conversation = Conversation(customer_id=customer_id, status=ConversationStatus.OPEN)
        session.add(conversation)
    return conversation


def mark_done(ctx: AppContext, customer_id: int) -> set[int]:
    with ctx.writer() as session, session.begin():
        conversation = _conversation(session, customer_id)
        conversation.status = ConversationStatus.DONE
        conversation.snoozed_until = None
    return {customer_id}


def reopen(ctx: AppContext, customer_id: int) -> set[int]:
    with ctx.writer() as session, session.begin():
        conversation = _conversation(session, customer_id)
        conversation.status = ConversationStatus.OPEN
        conversation.snoozed_until = None
    return {customer_id}


def snooze(ctx: AppContext, customer_id: int, until: datetime) -> set[int]:
    """Hide the conversation until `until` (aware datetime); the customer writing wakes it too
    (store.conversations.reopen_on_inbound_many)."""
    with ctx.writer() as session, session.begin():
        conversation = _conversation(session, customer_id)
        conversation.status = ConversationStatus.SNOOZED
        conversation.snoozed_until = until.astimezone(UTC)
    return {customer_id}


def wake_due(ctx: AppContext, now: datetime | None = None) -> set[int]:
    """Bring back every snoozed conversation whose time has come; returns their ids."""
    now = now or datetime.now(UTC)
    with ctx.writer() as session, session.begin():
        due = set(session.scalars(
            select(Conversation.customer_id).where(
                Conversation.status == ConversationStatus.SNOOZED,
                Conversation.snoozed_until <= now)
        ))
        if due:
            session.execute(
                update(Conversation).where(Conversation.customer_id.in_(due))
                .values(status=ConversationStatus.OPEN, snoozed_until=None)
            )
    return due


def set_read(ctx: AppContext, customer_id: int, read: bool) -> set[int]:
    """Read: every inbound message read. Unread: the latest inbound message unread again."""
    with ctx.writer() as session, session.begin():
        inbound = (Message.customer_id == customer_id) & (Message.direction == Direction.INBOUND)
        if read:
            changed = getattr(session.execute(
                update(Message).where(inbound, Message.is_read.is_(False)).values(is_read=True)
            ), "rowcount", 0)
            if not changed:
                return set()
        else:
            latest = session.scalar(select(Message.id).where(inbound)
                                    .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1))
            if latest is None:
                return set()
            session.execute(update(Message).where(Message.id == latest).values(is_read=False))
        refresh_conversations(session, [customer_id])
    return {customer_id}


def set_labels(ctx: AppContext, customer_id: int, labels: list[str]) -> set[int]:
    cleaned = sorted({label.strip()[:64] for label in labels if label.strip()})
    with ctx.writer() as session, session.begin():
        session.execute(delete(CustomerLabel).where(CustomerLabel.customer_id == customer_id))
        session.add_all(CustomerLabel(customer_id=customer_id, label=label) for label in cleaned)
    return {customer_id}


def update_customer(ctx: AppContext, customer_id: int, *, name: str | None = None,
                    language: str | None = None, note: str | None = None,
                    clear_language: bool = False) -> set[int]:
    """Edit the customer panel's fields; a new name is re-indexed for search."""
    with ctx.writer() as session, session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None:
            return set()
        if name is not None and name.strip() and name.strip() != customer.display_name:
            customer.display_name = name.strip()[:255]
            session.flush()
            reindex_customer(session, customer_id)
        if language is not None or clear_language:
            customer.language = language or None
        if note is not None:
            customer.note = note
    return {customer_id}


def delete_here(ctx: AppContext, message_id: int) -> set[int]:
    """Delete a message from the profile too, once its server deleted it (the timeline shows
    it as "deleted on the server" until then); a message still on a server stays."""
    with ctx.writer() as session, session.begin():
        message = session.get(Message, message_id)
        if message is None or message.server_deleted_at is None:
            return set()
        customer_id = message.customer_id
        session.execute(delete(Message).where(Message.id == message_id))
        if customer_id is None:
            return set()
        refresh_conversations(session, [customer_id])
    return {customer_id}
