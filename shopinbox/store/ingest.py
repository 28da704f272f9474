"""Write what connectors bring into the store: one transaction per batch, idempotent.

Messages are upserted by (account, external_id): re-running any sync is harmless. The caller
passes its cursor update as `on_commit_state`, which is written in the same transaction, so a
crash at any point neither loses nor repeats a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Connection, Table, bindparam, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.filenames import safe_filename
from shopinbox.domain.kinds import ConversationStatus, DeliveryState, Direction
from shopinbox.domain.messages import IncomingMessage, one_line
from shopinbox.store.blobs import BlobStore
from shopinbox.store.conversations import (
    NewMessage,
    count_new_messages,
    reopen_on_inbound_many,
)
from shopinbox.store.identity.identities import normalise_value
from shopinbox.store.intents import guess as guess_intents
from shopinbox.store.models import (
    Attachment,
    AttachmentContent,
    Conversation,
    Customer,
    Identity,
    Message,
    MessageSource,
)
from shopinbox.store.search import IndexRow, index_rows
from shopinbox.store.types import utcnow


def _table(model: type) -> Table:
    """The model's table, for Core statements (no ORM bookkeeping per row)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


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


def _resolve_identities(
    session: Session, messages: Sequence[IncomingMessage], result: IngestResult
) -> dict[tuple[str, str], tuple[int, int]]:
    """(identity id, customer id) of every sender in the batch: existing identities in one
    query per kind (display refreshed, as `resolve_customer` does), new ones with a new customer
    each, inserted in bulk. Core statements throughout: no ORM object per identity."""
    wanted: dict[tuple[str, str], IncomingMessage] = {}
    for incoming in messages:
        if incoming.identity is not None:
            key = (incoming.identity.kind, normalise_value(incoming.identity.kind,
                                                           incoming.identity.value))
            wanted[key] = incoming  # the latest display wins, as one by one would
    found: dict[tuple[str, str], tuple[int, int]] = {}
    if not wanted:
        return found
    connection = session.connection()
    identities = _table(Identity)
    renamed: list[dict] = []
    for kind in sorted({kind for kind, _ in wanted}):
        values = [value for k, value in wanted if k == kind]
        for chunk in chunked(values):
            for row in connection.execute(select(
                    identities.c.id, identities.c.customer_id, identities.c.value,
                    identities.c.display).where(identities.c.kind == kind,
                                                identities.c.value.in_(chunk))):
                key = (kind, row.value)
                display = wanted[key].identity.display  # type: ignore[union-attr]
                if display and row.display != display:
                    renamed.append({"b_id": row.id, "b_display": display})
                found[key] = (row.id, row.customer_id)
    if renamed:
        connection.execute(update(identities).where(identities.c.id == bindparam("b_id"))
                           .values(display=bindparam("b_display")), renamed)
        _expire_loaded(session, Identity, {r["b_id"] for r in renamed})
    missing = [key for key in wanted if key not in found]
    if missing:
        now = utcnow()
        names = []
        for key in missing:
            incoming = wanted[key]
            ref = incoming.identity
            names.append((incoming.customer_name or ref.display or ref.value)[:255])  # type: ignore[union-attr]
        customer_ids = insert_with_ids(connection, _table(Customer), [
            {"display_name": name, "note": "", "created_at": now, "updated_at": now}
            for name in names])
        connection.execute(insert(_table(Conversation)), [
            {"customer_id": cid, "status": ConversationStatus.OPEN, "unread_count": 0,
             "message_count": 0} for cid in customer_ids])
        identity_ids = insert_with_ids(connection, identities, [
            {"customer_id": cid, "kind": key[0], "value": key[1],
             "display": wanted[key].identity.display,  # type: ignore[union-attr]
             "created_at": now} for key, cid in zip(missing, customer_ids, strict=True)])
        for key, iid, cid in zip(missing, identity_ids, customer_ids, strict=True):
            found[key] = (iid, cid)
            result.new_customer_ids.add(cid)
    return found


def insert_with_ids(connection: Connection, table: Table, rows: list[dict]) -> list[int]:
    """Insert rows and return their new ids, in order.

    SQLite: the ids are chosen here, max(id) + 1 … — what SQLite itself would pick for an
    INTEGER PRIMARY KEY without AUTOINCREMENT — and the rows go in one executemany. The writer
    holds the write lock from BEGIN IMMEDIATE, and the primary key refuses a clash anyway.
    (`INSERT … RETURNING` with `sort_by_parameter_order` runs one INSERT per row on SQLite.)
    PostgreSQL: its sequence, through `RETURNING` in batches."""
    if not rows:
        return []
    if connection.dialect.name == "sqlite":
        first = int(connection.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        connection.execute(insert(table), [{**row, "id": new_id}
                                           for row, new_id in zip(rows, ids, strict=True)])
        return ids
    return list(connection.scalars(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows))


def _expire_loaded(session: Session, model: type, ids: set[int]) -> None:
    """Rows changed by a Core statement: objects of them the session holds reload on use."""
    for obj in list(session.identity_map.values()):
        identity = inspect(obj).identity
        if isinstance(obj, model) and identity and identity[0] in ids:
            session.expire(obj)


def _prove_delivered(session: Session, account_id: int, external_ids: list[str]) -> None:
    """The server holds a copy of our own reply (e.g. in the Sent folder), matched by the id
    fixed when the outbox claimed it: the reply went out, even if a crash kept the outbox from
    recording it — it is that one row, now `sent`, never a second one."""
    for chunk in chunked(external_ids):
        for message in session.scalars(select(Message).where(
                Message.account_id == account_id, Message.external_id.in_(chunk),
                Message.direction == Direction.OUTBOUND,
                Message.delivery_state.in_([DeliveryState.QUEUED, DeliveryState.SENDING,
                                            DeliveryState.FAILED]))):
            message.delivery_state = DeliveryState.SENT
            message.delivery_error = None
            extra = {k: v for k, v in (message.extra or {}).items() if k != "interrupted"}
            message.extra = {**extra, "delivery_proven_by_copy": True}


def store_messages(
    session: Session,
    account_id: int,
    messages: Sequence[IncomingMessage],
    blobs: BlobStore,
    on_commit_state: Callable[[Session], None] | None = None,
) -> IngestResult:
    """Store a batch in the session's open transaction (the caller commits).

    Bulk statements (one INSERT … RETURNING for the messages, executemany for sources and
    attachments, one query per identity kind): ORM row-by-row flushes cost ~3 ms a message.
    """
    result = IngestResult()
    external_ids = [m.external_id for m in messages]
    known: set[str] = set()
    for chunk in chunked(external_ids):
        known |= set(session.scalars(select(Message.external_id).where(
            Message.account_id == account_id,
            Message.external_id.in_(chunk))))
    _prove_delivered(session, account_id,
                     [m.external_id for m in messages
                      if m.external_id in known and m.direction == Direction.OUTBOUND])
    fresh: list[IncomingMessage] = []
    for incoming in messages:
        if incoming.external_id in known:
            result.existing += 1
            continue
        known.add(incoming.external_id)
        fresh.append(incoming)
    identities = _resolve_identities(session, fresh, result)
    rows = []
    customer_of: list[int | None] = []
    now = utcnow()
    for incoming in fresh:
        identity_id = customer_id = None
        if incoming.identity is not None:
            identity_id, customer_id = identities[(incoming.identity.kind, normalise_value(
                incoming.identity.kind, incoming.identity.value))]
        customer_of.append(customer_id)
        rows.append({
            "account_id": account_id,
            "customer_id": customer_id,
            "identity_id": identity_id,
            "channel": incoming.channel, "direction": incoming.direction,
            "external_id": incoming.external_id, "folder": incoming.folder,
            "thread_key": incoming.thread_key, "in_reply_to": incoming.in_reply_to,
            "references": incoming.references, "sent_at": incoming.sent_at,
            "sender_address": incoming.sender_address, "sender_name": incoming.sender_name,
            "recipients": incoming.recipients, "subject": one_line(incoming.subject),
            "body_text": incoming.body_text, "body_html": incoming.body_html,
            "is_read": incoming.is_read, "is_automated": incoming.is_automated,
            "parse_error": incoming.parse_error, "delivery_state": incoming.delivery_state,
            "extra": incoming.extra, "send_attempts": 0, "created_at": now,
        })
    session.flush()
    connection = session.connection()
    ids: list[int] = []
    if rows:  # Core, not the ORM's bulk path: no per-row bookkeeping (FIELD-NOTES)
        ids = insert_with_ids(connection, _table(Message), rows)
    result.new_message_ids = ids
    sources = [{"message_id": mid, "raw": m.raw} for mid, m in zip(ids, fresh, strict=True)
               if m.raw is not None]
    if sources:
        connection.execute(insert(_table(MessageSource)), sources)
    attachments = []
    for mid, incoming in zip(ids, fresh, strict=True):
        for attachment in incoming.attachments:
            digest = None
            size = attachment.size or 0
            if attachment.content is not None:
                digest = store_blob(session, blobs, attachment.content)
                size = len(attachment.content)
            attachments.append({
                "message_id": mid, "filename": safe_filename(attachment.filename),
                "mime_type": attachment.mime_type, "size": size, "sha256": digest,
                "content_id": attachment.content_id, "is_inline": attachment.is_inline,
                "note": attachment.note, "locator": attachment.locator,
            })
    if attachments:
        connection.execute(insert(_table(Attachment)), attachments)
    customers = {c for c in customer_of if c is not None}
    result.changed_customer_ids |= customers
    reopen = {c: m.sent_at for c, m in zip(customer_of, fresh, strict=True)
              if c is not None and m.direction == Direction.INBOUND and not m.is_automated}
    reopen_on_inbound_many(session, reopen)
    names: dict[int, str] = {}
    for customer_ids in chunked(sorted(customers)):
        names.update((row.id, row.display_name) for row in session.execute(
            select(Customer.id, Customer.display_name).where(Customer.id.in_(customer_ids))))
    index = [
        IndexRow(mid, m.sent_at, *m.index_source(), names.get(c, "") if c is not None else "",
                 prepared=m.index)
        for mid, m, c in zip(ids, fresh, customer_of, strict=True)
    ]
    index_rows(session.connection(), index)
    # The one hook of issue 19's stored intents: guess each new inbound message once, here.
    guess_intents(session.connection(), [
        (mid, one_line(m.subject), m.body_text, m.intents)
        for mid, m in zip(ids, fresh, strict=True)
        if m.direction == Direction.INBOUND])
    count_new_messages(session, [
        NewMessage(c, mid, m.sent_at, m.is_automated,
                   m.direction == Direction.INBOUND and not m.is_read,
                   inbound=m.direction == Direction.INBOUND)
        for mid, m, c in zip(ids, fresh, customer_of, strict=True) if c is not None])
    if on_commit_state is not None:
        on_commit_state(session)
    return result
