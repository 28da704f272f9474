"""Undo a recorded merge exactly (see `shopinbox.store.identity.merges` for what a merge moves and
copies, and what an undo gives back). Split from the merge itself: undoing is the larger half,
with its own rules for what arrived after the merge and for merges that overlap."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.emails import normalize_email
from shopinbox.domain.kinds import ConversationStatus, Direction, IdentityKind
from shopinbox.domain.phones import phone_key
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.identity.merges import (
    AlreadyUndone,
    MergeError,
    MergeMissing,
    UndoBlocked,
    _blocking_merge,
    _from_iso,
)
from shopinbox.store.models import (
    Conversation,
    Customer,
    CustomerLabel,
    DiscountCode,
    Draft,
    Identity,
    Merge,
    Message,
    Order,
)
from shopinbox.store.search import reindex_customer
from shopinbox.store.types import utcnow


def undo_merge(session: Session, merge_id: int) -> Merge:
    """Undo merge `merge_id` (see the module docstring) in the caller's transaction."""
    record = session.get(Merge, merge_id)
    if record is None:
        raise MergeMissing(f"no merge with id {merge_id}")
    if record.undone_at is not None:
        raise AlreadyUndone(
            f"merge {merge_id} was already undone on {record.undone_at:%Y-%m-%d %H:%M} UTC"
        )
    source_id, into_id = record.source_customer_id, record.into_customer_id
    source = session.get(Customer, source_id)
    into = session.get(Customer, into_id)
    if source is None or into is None:
        raise MergeError(f"a customer of merge {merge_id} no longer exists; it cannot be undone")
    if into.merged_into_id is not None:
        blocking = _blocking_merge(session, into_id)
        raise UndoBlocked(
            f"customer {into_id} has since been merged into customer {into.merged_into_id}"
            + (f" (merge {blocking.id}); undo merge {blocking.id} first" if blocking else ""),
            blocking.id if blocking else None,
        )
    if source.merged_into_id != into_id:
        raise MergeError(
            f"customer {source_id} is no longer merged into customer {into_id}; "
            f"merge {merge_id} cannot be undone"
        )
    moved = dict(record.moved or {})
    identity_ids = list(moved.get("identities", []))
    elsewhere = session.execute(
        select(Identity.id, Identity.customer_id).where(
            Identity.id.in_(identity_ids or [-1]), Identity.customer_id != into_id
        )
    ).first()
    if elsewhere is not None:
        raise UndoBlocked(
            f"identity {elsewhere.id} of merge {merge_id} now belongs to customer "
            f"{elsewhere.customer_id}; it cannot be undone",
            None,
        )
    session.flush()
    now = utcnow()

    identities = session.execute(
        select(Identity.kind, Identity.value).where(Identity.id.in_(identity_ids or [-1]))
    ).all()
    emails = {normalize_email(v) or v.strip().lower() for k, v in identities
              if k == IdentityKind.EMAIL}
    phones = {phone_key(v) for k, v in identities if k == IdentityKind.PHONE} - {None}

    # Messages: the recorded ones, and any that came since through the source's identities.
    recorded_messages = set(moved.get("messages", []))
    back_messages: set[int] = set()
    for chunk in chunked(sorted(recorded_messages)):
        back_messages.update(
            session.scalars(
                select(Message.id).where(Message.customer_id == into_id, Message.id.in_(chunk))
            )
        )
    if identity_ids:
        back_messages.update(
            session.scalars(
                select(Message.id).where(
                    Message.customer_id == into_id, Message.identity_id.in_(identity_ids)
                )
            )
        )
    for chunk in chunked(sorted(back_messages)):
        session.execute(
            update(Message)
            .where(Message.id.in_(chunk))
            .values(customer_id=source_id)
            .execution_options(synchronize_session=False)
        )
    arrived = sorted(back_messages - recorded_messages)

    # Orders: the recorded ones, and new ones whose email or phone is one of the source's.
    recorded_orders = set(moved.get("orders", []))
    before = set(moved.get("into_orders_before", []))
    back_orders = set()
    for order_id, email, phone in session.execute(
        select(Order.id, Order.email, Order.phone).where(Order.customer_id == into_id)
    ):
        if order_id in recorded_orders:
            back_orders.add(order_id)
        elif order_id not in before and (
            (email and (normalize_email(email) or email.strip().lower()) in emails)
            or (phone and phone_key(phone) in phones)
        ):
            back_orders.add(order_id)
    for chunk in chunked(sorted(back_orders)):
        session.execute(
            update(Order)
            .where(Order.id.in_(chunk))
            .values(customer_id=source_id, updated_at=Order.updated_at)
            .execution_options(synchronize_session=False)
        )

    # Discount codes: the recorded ones, and those handed out in messages that go back.
    back_codes: set[int] = set()
    for chunk in chunked(sorted(set(moved.get("discount_codes", [])))):
        back_codes.update(
            session.scalars(
                select(DiscountCode.id).where(
                    DiscountCode.given_to_id == into_id, DiscountCode.id.in_(chunk)
                )
            )
        )
    for chunk in chunked(arrived):
        back_codes.update(
            session.scalars(
                select(DiscountCode.id).where(
                    DiscountCode.given_to_id == into_id, DiscountCode.message_id.in_(chunk)
                )
            )
        )
    for chunk in chunked(sorted(back_codes)):
        session.execute(
            update(DiscountCode)
            .where(DiscountCode.id.in_(chunk))
            .values(given_to_id=source_id)
            .execution_options(synchronize_session=False)
        )

    if identity_ids:
        session.execute(
            update(Identity)
            .where(Identity.id.in_(identity_ids))
            .values(customer_id=source_id)
            .execution_options(synchronize_session=False)
        )

    others = list(
        session.scalars(
            select(Merge)
            .where(
                Merge.into_customer_id == into_id,
                Merge.undone_at.is_(None),
                Merge.id != merge_id,
            )
            .order_by(Merge.id)
        )
    )
    _undo_labels(session, into_id, list(moved.get("labels_added", [])), others)
    _undo_into_row(session, into, moved.get("into"))
    _undo_draft(session, into_id, moved.get("draft"))
    _undo_conversation_state(
        session, into_id, moved.get("conversation"), record.created_at, others
    )

    session.execute(
        update(Customer)
        .where(Customer.id == source_id)
        .values(merged_into_id=None, updated_at=Customer.updated_at)
        .execution_options(synchronize_session=False)
    )
    inbound_arrived = any(
        session.scalar(
            select(Message.id)
            .where(
                Message.id.in_(chunk),
                Message.direction == Direction.INBOUND,
                Message.is_automated.is_(False),
            )
            .limit(1)
        )
        is not None
        for chunk in chunked(arrived)
    )
    moved["undo"] = {
        "messages": sorted(back_messages),
        "orders": sorted(back_orders),
        "discount_codes": sorted(back_codes),
    }
    record.moved = moved
    record.undone_at = now
    session.flush()
    session.expire_all()
    if inbound_arrived:
        # What the source was written since would have reopened its conversation.
        session.execute(
            update(Conversation)
            .where(Conversation.customer_id == source_id)
            .values(status=ConversationStatus.OPEN, snoozed_until=None)
            .execution_options(synchronize_session=False)
        )
    refresh_conversations(session, [source_id, into_id])
    reindex_customer(session, source_id)
    session.flush()
    return record


def _pass_on(other: Merge, key: str, value: Any) -> None:
    """Hand a piece of what `other`'s source also brought over to `other`'s record."""
    moved = dict(other.moved or {})
    if key == "labels_added":
        moved[key] = sorted(set(moved.get(key, [])) | {value})
    else:
        moved[key] = value
    other.moved = moved


def _undo_labels(session: Session, into_id: int, labels: list[str], others: list[Merge]) -> None:
    """Take the labels the merge added off the survivor, unless the source of another live merge
    into it has the label too: then that merge keeps it (and takes it off when undone)."""
    if not labels:
        return
    sources = {m.source_customer_id: m for m in others}
    holders: dict[str, Merge] = {}
    if sources:
        for customer_id, label in session.execute(
            select(CustomerLabel.customer_id, CustomerLabel.label)
            .where(CustomerLabel.customer_id.in_(sources), CustomerLabel.label.in_(labels))
            .order_by(CustomerLabel.customer_id)
        ):
            holders.setdefault(label, sources[customer_id])
    for label, heir in holders.items():
        _pass_on(heir, "labels_added", label)
    gone = [label for label in labels if label not in holders]
    if gone:
        session.execute(
            delete(CustomerLabel).where(
                CustomerLabel.customer_id == into_id, CustomerLabel.label.in_(gone)
            )
        )


def _undo_into_row(session: Session, into: Customer, record: dict | None) -> None:
    if not record:
        return
    values: dict[str, Any] = {}
    if into.note == record["note_after"]:
        values["note"] = record["note_before"]
    elif record.get("appended") and record["appended"] in into.note:
        values["note"] = _cut(into.note, record["appended"])
    if (
        record["language_before"] != record["language_after"]
        and into.language == record["language_after"]
    ):
        values["language"] = record["language_before"]
    if values:
        session.execute(
            update(Customer)
            .where(Customer.id == into.id)
            .values(**values, updated_at=Customer.updated_at)
            .execution_options(synchronize_session=False)
        )


def _cut(text: str, part: str) -> str:
    """`text` without the last `part` and the blank line the merge put before it."""
    index = text.rfind(part)
    head, tail = text[:index], text[index + len(part) :]
    if head.endswith("\n\n"):
        head = head[:-2]
    if not head.strip():
        return tail.lstrip("\n")
    return head + tail


def _undo_draft(session: Session, into_id: int, record: dict | None) -> None:
    if not record:
        return
    draft = session.get(Draft, into_id)
    if draft is None:
        return
    if record["created"]:
        if draft.text == record["text"]:
            session.execute(delete(Draft).where(Draft.customer_id == into_id))
        return
    if draft.text == record["after"]:
        text = record["before"]
    elif record["appended"] in draft.text:
        text = _cut(draft.text, record["appended"])
    else:
        return
    session.execute(
        update(Draft)
        .where(Draft.customer_id == into_id)
        .values(text=text, updated_at=Draft.updated_at)
        .execution_options(synchronize_session=False)
    )


def _undo_conversation_state(
    session: Session, into_id: int, record: dict | None, merged_at: datetime, others: list[Merge]
) -> None:
    """Put the survivor's conversation back to done/snoozed when the merge reopened it, nobody
    wrote to it since and no other live merge into it brought an open conversation."""
    if not record:
        return
    conversation = session.get(Conversation, into_id)
    if conversation is None or conversation.status != ConversationStatus.OPEN:
        return
    written_since = session.scalar(
        select(Message.id)
        .where(
            Message.customer_id == into_id,
            Message.direction == Direction.INBOUND,
            Message.is_automated.is_(False),
            Message.created_at > merged_at,
        )
        .limit(1)
    )
    if written_since is not None:
        return
    for other in others:
        source_conversation = session.get(Conversation, other.source_customer_id)
        if source_conversation is not None and source_conversation.status == ConversationStatus.OPEN:
            if not (other.moved or {}).get("conversation"):
                _pass_on(other, "conversation", record)
            return
    session.execute(
        update(Conversation)
        .where(Conversation.customer_id == into_id)
        .values(status=record["status"], snoozed_until=_from_iso(record["snoozed_until"]))
        .execution_options(synchronize_session=False)
    )
