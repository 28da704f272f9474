"""One Message-ID, two different messages: both are kept.

Broken mailers reuse a Message-ID (CPython's own `test_email` corpus has five files with one);
a store keyed by Message-ID alone would drop all but the first. Before a batch is stored,
every message whose Message-ID is already taken — in the store or earlier in the batch — is
compared: the same content (the raw source's SHA-256) or our own outgoing message meeting its
Sent copy is the same message (the upsert skips it, so re-running a sync stays harmless); a
different content gets its own key, `<Message-ID>#<first 16 hex of its SHA-256>`. The key is a
function of the bytes, so after a kill -9 the re-run derives the same key and duplicates
nothing. Runs in the batch's transaction."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.kinds import Direction
from shopinbox.domain.messages import IncomingMessage
from shopinbox.store.models import Message, MessageSource


def _digest(raw: bytes | None) -> str:
    return hashlib.sha256(raw or b"").hexdigest()


def _own_key(external_id: str, digest: str) -> str:
    return f"{external_id[:490]}#{digest[:16]}"


def keep_apart(session: Session, account_id: int, incoming: list[IncomingMessage]) -> None:
    """Give each different message that reuses a Message-ID a key of its own (in place)."""
    keyed = [m for m in incoming if m.external_id.startswith("<") and m.raw is not None]
    if not keyed:
        return
    stored: dict[str, tuple[int, str]] = {}  # external id -> (message id, direction)
    for chunk in chunked(sorted({m.external_id for m in keyed})):
        for message_id, external_id, direction in session.execute(select(
                Message.id, Message.external_id, Message.direction).where(
                Message.account_id == account_id, Message.external_id.in_(chunk))):
            stored[external_id] = (message_id, direction)
    stored_digest: dict[str, str | None] = {}
    batch_digest: dict[str, str] = {}
    for message in keyed:
        key, digest = message.external_id, _digest(message.raw)
        if key in stored:
            if key not in stored_digest:
                message_id, direction = stored[key]
                raw = session.scalar(select(MessageSource.raw).where(
                    MessageSource.message_id == message_id))
                # Our own sent reply meets its copy in Sent: the same message.
                stored_digest[key] = None if raw is None or direction == Direction.OUTBOUND \
                    else _digest(raw)
            first = stored_digest[key]
        else:
            first = batch_digest.setdefault(key, digest)
        if first is not None and first != digest:
            message.external_id = _own_key(key, digest)
