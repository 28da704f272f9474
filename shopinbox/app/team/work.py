"""What a team does to a conversation besides replying: internal notes and assignment.

A note is visible to the whole team and is never sent: it is its own table, not a message, so
no outbox and no channel can ever see it. Each function returns the customer ids it changed
(the window refreshes those rows; the live link tells the other desktops).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.changes import Changes, OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.settings import get_setting
from shopinbox.app.outbox.compose import ComposedReply, queue_composed
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import ConversationStatus, Direction
from shopinbox.store.models import Conversation, Customer, Message, Note, TeamUser


@dataclass(frozen=True)
class NoteView:
    id: int
    customer_id: int
    author: str
    colour: str
    text: str
    created_at: datetime


def add_note(ctx: AppContext, customer_id: int, text: str) -> set[int]:
    """An internal note on the conversation by the user of this desktop."""
    if not text.strip():
        raise ShopError("empty_note")
    with ctx.writer() as session, session.begin():
        session.add(Note(customer_id=customer_id, author_id=ctx.user_id, text=text.strip()))
    return {customer_id}


def notes_in(session: Session, customer_id: int) -> list[NoteView]:
    rows = session.execute(
        select(Note.id, Note.customer_id, TeamUser.name, TeamUser.colour, Note.text,
               Note.created_at)
        .outerjoin(TeamUser, TeamUser.id == Note.author_id)
        # a merged customer's notes show on the survivor (and go back with an undo)
        .where(Note.customer_id.in_(select(Customer.id).where(
            (Customer.id == customer_id) | (Customer.merged_into_id == customer_id))))
        .order_by(Note.created_at, Note.id))
    return [NoteView(r[0], r[1], r[2] or "", r[3] or "", r[4], r[5]) for r in rows]


def notes_of(ctx: AppContext, customer_id: int) -> list[NoteView]:
    with ctx.reader() as session:
        return notes_in(session, customer_id)


def assign(ctx: AppContext, customer_id: int, user_id: int | None) -> set[int]:
    """Assign the conversation to a user, or unassign it (None)."""
    with ctx.writer() as session, session.begin():
        conversation = session.get(Conversation, customer_id)
        if conversation is None:
            conversation = Conversation(customer_id=customer_id, status=ConversationStatus.OPEN)
            session.add(conversation)
        conversation.assignee_id = user_id
        name = session.get(TeamUser, user_id).name if user_id else None  # type: ignore[union-attr]
        conversation.assignee = name
    return {customer_id}


def assign_on_reply(ctx: AppContext, customer_id: int) -> set[int]:
    """After a reply: an unassigned conversation goes to the user who replied (a shop setting)."""
    if ctx.user_id is None or not get_setting(ctx, "auto_assign_on_reply"):
        return set()
    with ctx.reader() as session:
        current = session.scalar(select(Conversation.assignee_id)
                                 .where(Conversation.customer_id == customer_id))
    if current is not None:
        return set()
    return assign(ctx, customer_id, ctx.user_id)


def last_reply(ctx: AppContext, customer_id: int, *, by_others: bool = False
               ) -> tuple[int, str]:
    """The newest outgoing message of the customer (id, author's name), (0, "") without one;
    `by_others`: not written by this desktop's user."""
    query = (select(Message.id, TeamUser.name)
             .outerjoin(TeamUser, TeamUser.id == Message.author_id)
             .where(Message.customer_id == customer_id, Message.direction == Direction.OUTBOUND))
    if by_others and ctx.user_id is not None:
        query = query.where((Message.author_id != ctx.user_id) | Message.author_id.is_(None))
    with ctx.reader() as session:
        row = session.execute(query.order_by(Message.id.desc()).limit(1)).first()
    return (int(row[0]), row[1] or "") if row else (0, "")


def check_no_reply_since(ctx: AppContext, customer_id: int, seen_reply_id: int) -> None:
    """Raise `replied_meanwhile` when someone else replied after `seen_reply_id` (the newest
    reply this desktop showed when its user wrote theirs)."""
    newest, author = last_reply(ctx, customer_id, by_others=True)
    if newest > seen_reply_id:
        raise ShopError("replied_meanwhile", user=author or "?")


def queue_team_reply(ctx: AppContext, reply: ComposedReply, seen_reply_id: int | None
                     ) -> OpResult:
    """Queue the composer's reply as this desktop's user. With `seen_reply_id` (team mode; None
    once the user confirmed) it first asks whether someone else replied meanwhile; after it an
    unassigned conversation goes to the replier (the `auto_assign_on_reply` setting)."""
    if seen_reply_id is not None and ctx.user_id is not None:
        check_no_reply_since(ctx, reply.customer_id, seen_reply_id)
    result = queue_composed(ctx, reply)
    assigned = assign_on_reply(ctx, reply.customer_id)
    return OpResult(result.value, result.changes | Changes(customer_ids=assigned))
