"""Merge one customer into another, and undo it exactly.

A merge of *source* into *into* (the survivor), in the caller's transaction:

- **moves** every identity, message and order of the source, and the discount codes given to it,
  to the survivor; their ids are recorded in `Merge.moved`;
- **copies** to the survivor what belongs to the person rather than to a channel: the labels it
  lacks, the source's note (appended after a blank line), its language when the survivor has
  none, its unsent draft (appended to the survivor's draft, or as the draft when there is none);
  when the source's conversation is open and the survivor's is done or snoozed, the survivor's
  is reopened. What was there before is recorded;
- leaves the source row itself untouched (name, language, note, labels, draft, conversation
  state) apart from `merged_into_id`, so old ids resolve to the survivor and an undo finds it
  as it was;
- records the pair's merge suggestions (open ones, and reasons the data gives right now) as
  accepted, so that after an undo the two are not suggested again for those reasons;
- refreshes both conversations and re-indexes the survivor's messages for search.

An undo gives the source back exactly what it had, and also what reached the survivor since the
merge through one of the source's identities: messages whose `identity_id` is one of them
(a new email from the source's address, a reply sent to it), orders whose email or phone is one
of them, and discount codes handed out in those messages. From the survivor it takes back what
the merge copied, where the survivor still holds it: the added labels, the appended note and
draft text (cut out again even when the text was edited around it), the language, the
conversation state. A label or an open conversation that another live merge into the same
survivor also brought stays, and passes to that merge's record.

`updated_at` of customers, orders and drafts records edits of their own data: a merge and its
undo leave it alone (the merge is dated in its own record), so an undo restores rows exactly.

Rules (the errors below say them to the user):
- only active customers (not merged away) take part in a merge, and not with themselves;
- a merge is undone once (`AlreadyUndone`);
- an undo needs its survivor to be active: when the survivor has since been merged into a third
  customer, that later merge has to be undone first (`UndoBlocked` names it). Any other later
  merge (a third customer merged into the same survivor) does not stand in the way: each merge
  moves back only its own rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import ConversationStatus
from shopinbox.domain.merge_reasons import SuggestionStatus
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.identity.suggestion_rules import find_candidates
from shopinbox.store.models import (
    Conversation,
    Customer,
    CustomerLabel,
    DiscountCode,
    Draft,
    Identity,
    Merge,
    MergeSuggestion,
    Message,
    Order,
)
from shopinbox.store.search import reindex_customer
from shopinbox.store.types import utcnow


class MergeError(ValueError):
    """A merge or undo cannot be done as asked; the message says why and what to do."""


class CustomerMissing(MergeError):
    pass


class CustomerMergedAway(MergeError):
    """The customer was merged into another one; `survivor_id` is where it went."""

    def __init__(self, customer_id: int, survivor_id: int) -> None:
        super().__init__(
            f"customer {customer_id} was merged into customer {survivor_id}; "
            f"use customer {survivor_id}, or undo that merge first"
        )
        self.customer_id = customer_id
        self.survivor_id = survivor_id


class MergeMissing(MergeError):
    pass


class AlreadyUndone(MergeError):
    pass


class UndoBlocked(MergeError):
    """A later merge moved the survivor on; `blocking_merge_id` has to be undone first."""

    def __init__(self, message: str, blocking_merge_id: int | None) -> None:
        super().__init__(message)
        self.blocking_merge_id = blocking_merge_id


@dataclass
class MergeRow:
    """One recorded merge, as the merge list shows it."""

    id: int
    source_id: int
    source_name: str
    into_id: int
    into_name: str
    actor: str
    reason: str
    created_at: datetime
    undone_at: datetime | None
    # How many rows moved: identities, messages, orders, discount_codes, labels (copied).
    counts: dict[str, int]
    can_undo: bool
    # Why it cannot be undone now (None when it can).
    blocked_reason: str | None
    blocking_merge_id: int | None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _active_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerMissing(f"no customer with id {customer_id}")
    if customer.merged_into_id is not None:
        raise CustomerMergedAway(customer_id, customer.merged_into_id)
    return customer


def _ids(session: Session, statement: Any) -> list[int]:
    return list(session.scalars(statement))


def _appended(before: str, addition: str) -> str:
    """`before` with `addition` after a blank line (or just `addition` when `before` is empty)."""
    if not before.strip():
        return addition
    return f"{before.rstrip()}\n\n{addition}"


def merge_customers(
    session: Session, source_id: int, into_id: int, actor: str = "", reason: str = ""
) -> Merge:
    """Merge customer `source_id` into `into_id` (see the module docstring); returns the record.

    Runs in the caller's transaction; raises MergeError (and its kinds) when it cannot be done.
    """
    if source_id == into_id:
        raise MergeError(f"customer {source_id} cannot be merged into itself")
    source = _active_customer(session, source_id)
    into = _active_customer(session, into_id)
    session.flush()
    now = utcnow()
    # The reasons the data gives to see these two as one person, decided by this merge.
    reasons = find_candidates(session, only=(source_id, into_id))

    identity_ids = _ids(
        session, select(Identity.id).where(Identity.customer_id == source_id).order_by(Identity.id)
    )
    message_ids = _ids(
        session, select(Message.id).where(Message.customer_id == source_id).order_by(Message.id)
    )
    order_ids = _ids(
        session, select(Order.id).where(Order.customer_id == source_id).order_by(Order.id)
    )
    into_order_ids = _ids(
        session, select(Order.id).where(Order.customer_id == into_id).order_by(Order.id)
    )
    code_ids = _ids(
        session,
        select(DiscountCode.id).where(DiscountCode.given_to_id == source_id).order_by(DiscountCode.id),
    )
    source_labels = set(
        session.scalars(select(CustomerLabel.label).where(CustomerLabel.customer_id == source_id))
    )
    into_labels = set(
        session.scalars(select(CustomerLabel.label).where(CustomerLabel.customer_id == into_id))
    )
    labels_added = sorted(source_labels - into_labels)

    moved: dict[str, Any] = {
        "identities": identity_ids,
        "messages": message_ids,
        "orders": order_ids,
        "discount_codes": code_ids,
        "labels_added": labels_added,
        "into_orders_before": into_order_ids,
        "into": None,
        "draft": None,
        "conversation": None,
    }

    # The survivor row: note, language (recorded so an undo can put them back).
    new_note = into.note
    if source.note.strip() and source.note.strip() not in into.note:
        new_note = _appended(into.note, source.note.strip())
    new_language = into.language or source.language
    if new_note != into.note or new_language != into.language:
        moved["into"] = {
            "note_before": into.note,
            "note_after": new_note,
            "appended": source.note.strip() if new_note != into.note else "",
            "language_before": into.language,
            "language_after": new_language,
        }
        session.execute(
            update(Customer)
            .where(Customer.id == into_id)
            .values(note=new_note, language=new_language, updated_at=Customer.updated_at)
            .execution_options(synchronize_session=False)
        )

    # Rows that belong to the source's identities move.
    session.execute(
        update(Identity)
        .where(Identity.customer_id == source_id)
        .values(customer_id=into_id)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Message)
        .where(Message.customer_id == source_id)
        .values(customer_id=into_id)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Order)
        .where(Order.customer_id == source_id)
        .values(customer_id=into_id, updated_at=Order.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(DiscountCode)
        .where(DiscountCode.given_to_id == source_id)
        .values(given_to_id=into_id)
        .execution_options(synchronize_session=False)
    )
    if labels_added:
        session.execute(
            insert(CustomerLabel), [{"customer_id": into_id, "label": label} for label in labels_added]
        )

    moved["draft"] = _merge_draft(session, source_id, into_id)
    moved["conversation"] = _merge_conversation_state(session, source_id, into_id)

    session.execute(
        update(Customer)
        .where(Customer.id == source_id)
        .values(merged_into_id=into_id, updated_at=Customer.updated_at)
        .execution_options(synchronize_session=False)
    )
    record = Merge(
        source_customer_id=source_id,
        into_customer_id=into_id,
        actor=actor[:128],
        reason=reason,
        moved=moved,
        created_at=now,
    )
    session.add(record)
    session.flush()
    _decide_pair(session, source_id, into_id, reasons, record.id, now)
    session.expire_all()
    refresh_conversations(session, [source_id, into_id])
    reindex_customer(session, into_id)
    session.flush()
    return record


def _decide_pair(
    session: Session, x: int, y: int, reasons: dict, merge_id: int, now: datetime
) -> None:
    """The pair is decided: its open suggestions, and the reasons that hold now but were not
    suggested yet, count as accepted, whoever merged it (so an undo does not bring them up)."""
    a, b = sorted((x, y))
    session.execute(
        update(MergeSuggestion)
        .where(
            MergeSuggestion.customer_a_id == a,
            MergeSuggestion.customer_b_id == b,
            MergeSuggestion.status == SuggestionStatus.OPEN,
        )
        .values(status=SuggestionStatus.ACCEPTED, merge_id=merge_id, decided_at=now)
        .execution_options(synchronize_session=False)
    )
    known = set(
        session.scalars(
            select(MergeSuggestion.reason).where(
                MergeSuggestion.customer_a_id == a, MergeSuggestion.customer_b_id == b
            )
        )
    )
    new = [
        {"customer_a_id": a, "customer_b_id": b, "reason": reason, "detail": detail,
         "status": SuggestionStatus.ACCEPTED, "merge_id": merge_id, "created_at": now,
         "decided_at": now}
        for (_, _, reason), detail in sorted(reasons.items())
        if reason not in known
    ]
    if new:
        session.execute(insert(MergeSuggestion), new)


def _merge_draft(session: Session, source_id: int, into_id: int) -> dict | None:
    source_draft = session.get(Draft, source_id)
    if source_draft is None or not source_draft.text.strip():
        return None
    into_draft = session.get(Draft, into_id)
    if into_draft is None:
        session.execute(
            insert(Draft).values(
                customer_id=into_id,
                channel=source_draft.channel,
                account_id=source_draft.account_id,
                text=source_draft.text,
                updated_at=source_draft.updated_at,
            )
        )
        return {"created": True, "text": source_draft.text}
    addition = source_draft.text.strip()
    if addition in into_draft.text:
        return None
    after = _appended(into_draft.text, addition)
    session.execute(
        update(Draft)
        .where(Draft.customer_id == into_id)
        .values(text=after, updated_at=Draft.updated_at)
        .execution_options(synchronize_session=False)
    )
    return {"created": False, "before": into_draft.text, "after": after, "appended": addition}


def _merge_conversation_state(session: Session, source_id: int, into_id: int) -> dict | None:
    """A merged conversation is open when either of the two was open."""
    source_conversation = session.get(Conversation, source_id)
    into_conversation = session.get(Conversation, into_id)
    if (
        source_conversation is None
        or into_conversation is None
        or source_conversation.status != ConversationStatus.OPEN
        or into_conversation.status == ConversationStatus.OPEN
    ):
        return None
    record = {
        "status": into_conversation.status,
        "snoozed_until": _iso(into_conversation.snoozed_until),
    }
    session.execute(
        update(Conversation)
        .where(Conversation.customer_id == into_id)
        .values(status=ConversationStatus.OPEN, snoozed_until=None)
        .execution_options(synchronize_session=False)
    )
    return record


def _blocking_merge(session: Session, customer_id: int) -> Merge | None:
    """The latest live merge that took `customer_id` away."""
    return session.scalar(
        select(Merge)
        .where(Merge.source_customer_id == customer_id, Merge.undone_at.is_(None))
        .order_by(Merge.id.desc())
        .limit(1)
    )


def list_merges(session: Session, customer_id: int | None = None) -> list[MergeRow]:
    """Every recorded merge, newest first; with `customer_id`, those it took part in."""
    query = select(Merge).order_by(Merge.id.desc())
    if customer_id is not None:
        query = query.where(
            or_(Merge.source_customer_id == customer_id, Merge.into_customer_id == customer_id)
        )
    merges = session.scalars(query).all()
    ids = {m.source_customer_id for m in merges} | {m.into_customer_id for m in merges}
    customers = {
        c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids or [-1])))
    }
    rows = []
    for merge in merges:
        into = customers.get(merge.into_customer_id)
        source = customers.get(merge.source_customer_id)
        blocked, blocking_id = None, None
        if merge.undone_at is not None:
            blocked = "already undone"
        elif into is not None and into.merged_into_id is not None:
            blocking = _blocking_merge(session, into.id)
            blocking_id = blocking.id if blocking else None
            blocked = (
                f"customer {into.id} has since been merged into customer {into.merged_into_id}"
                + (f"; undo merge {blocking_id} first" if blocking_id else "")
            )
        moved = merge.moved or {}
        rows.append(
            MergeRow(
                id=merge.id,
                source_id=merge.source_customer_id,
                source_name=source.display_name if source else "",
                into_id=merge.into_customer_id,
                into_name=into.display_name if into else "",
                actor=merge.actor,
                reason=merge.reason,
                created_at=merge.created_at,
                undone_at=merge.undone_at,
                counts={
                    "identities": len(moved.get("identities", [])),
                    "messages": len(moved.get("messages", [])),
                    "orders": len(moved.get("orders", [])),
                    "discount_codes": len(moved.get("discount_codes", [])),
                    "labels": len(moved.get("labels_added", [])),
                },
                can_undo=blocked is None,
                blocked_reason=blocked,
                blocking_merge_id=blocking_id,
            )
        )
    return rows
