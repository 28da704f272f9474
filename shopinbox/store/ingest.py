"""Write what connectors bring into the store: one transaction per batch, idempotent.

Messages are upserted by (account, external_id): re-running any sync is harmless. The caller
passes its cursor update as `on_commit_state`, which is written in the same transaction, so a
crash at any point neither loses nor repeats a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.domain.filenames import safe_filename
from shopinbox.domain.kinds import Direction
from shopinbox.domain.messages import IncomingMessage
from shopinbox.store.blobs import BlobStore
from shopinbox.store.conversations import refresh_conversations, reopen_on_inbound
from shopinbox.store.identities import resolve_customer
from shopinbox.store.models import (
    Attachment,
    AttachmentContent,
    Customer,
    Message,
    MessageSource,
)
from shopinbox.store.search import IndexRow, index_rows


@dataclass
class IngestResult:
    new_message_ids: list[int] = field(default_factory=list)
    existing: int = 0
    changed_customer_ids: set[int] = field(default_factory=set)
    new_customer_ids: set[int] = field(default_factory=set)


def store_blob(session: Session, blobs: BlobStore, content: bytes) -> str:
    """Write bytes once (file first, then the row) and return their sha256."""
    digest = blobs.put(content)
    if session.get(AttachmentContent, digest) is None:
        session.add(AttachmentContent(sha256=digest, size=len(content)))
        session.flush()
    return digest


def store_messages(
    session: Session,
    account_id: int,
    messages: Sequence[IncomingMessage],
    blobs: BlobStore,
    on_commit_state: Callable[[Session], None] | None = None,
) -> IngestResult:
    """Store a batch in the session's open transaction (the caller commits)."""
    result = IngestResult()
    external_ids = [m.external_id for m in messages]
    known = set(
        session.scalars(
            select(Message.external_id).where(
                Message.account_id == account_id, Message.external_id.in_(external_ids)
            )
        )
    )
    index: list[IndexRow] = []
    names: dict[int, str] = {}
    for incoming in messages:
        if incoming.external_id in known:
            result.existing += 1
            continue
        known.add(incoming.external_id)
        customer_id = identity_id = None
        if incoming.identity is not None:
            identity, created = resolve_customer(session, incoming.identity, incoming.customer_name)
            customer_id, identity_id = identity.customer_id, identity.id
            if created:
                result.new_customer_ids.add(customer_id)
        message = Message(
            account_id=account_id,
            customer_id=customer_id,
            identity_id=identity_id,
            channel=incoming.channel,
            direction=incoming.direction,
            external_id=incoming.external_id,
            folder=incoming.folder,
            thread_key=incoming.thread_key,
            in_reply_to=incoming.in_reply_to,
            references=incoming.references,
            sent_at=incoming.sent_at,
            sender_address=incoming.sender_address,
            sender_name=incoming.sender_name,
            recipients=incoming.recipients,
            subject=incoming.subject,
            body_text=incoming.body_text,
            body_html=incoming.body_html,
            is_read=incoming.is_read,
            is_automated=incoming.is_automated,
            parse_error=incoming.parse_error,
            delivery_state=incoming.delivery_state,
            extra=incoming.extra,
        )
        for attachment in incoming.attachments:
            digest = None
            size = attachment.size or 0
            if attachment.content is not None:
                digest = store_blob(session, blobs, attachment.content)
                size = len(attachment.content)
            message.attachments.append(
                Attachment(
                    filename=safe_filename(attachment.filename),
                    mime_type=attachment.mime_type,
                    size=size,
                    sha256=digest,
                    content_id=attachment.content_id,
                    is_inline=attachment.is_inline,
                    note=attachment.note,
                    locator=attachment.locator,
                )
            )
        session.add(message)
        session.flush()
        if incoming.raw is not None:
            session.add(MessageSource(message_id=message.id, raw=incoming.raw))
        result.new_message_ids.append(message.id)
        if customer_id is not None:
            result.changed_customer_ids.add(customer_id)
            if incoming.direction == Direction.INBOUND and not incoming.is_automated:
                reopen_on_inbound(session, customer_id, incoming.sent_at)
            if customer_id not in names:
                customer = session.get(Customer, customer_id)
                names[customer_id] = customer.display_name if customer else ""
        index.append(
            IndexRow(
                message.id,
                incoming.sent_at,
                incoming.subject,
                incoming.body_text,
                f"{incoming.sender_name} {incoming.sender_address}",
                names.get(customer_id, "") if customer_id is not None else "",
            )
        )
    session.flush()
    index_rows(session.connection(), index)
    refresh_conversations(session, result.changed_customer_ids)
    if on_commit_state is not None:
        on_commit_state(session)
    return result
