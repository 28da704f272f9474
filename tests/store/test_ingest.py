"""store_messages: idempotent upserts, one customer per identity, attachments stored once,
conversations kept in step, and the caller's cursor written in the same transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage
from shopinbox.store.cursors import load_cursor, save_cursor
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import (
    Account,
    Attachment,
    AttachmentContent,
    Conversation,
    Customer,
    Message,
    MessageSource,
    SyncState,
)

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _message(n: int, sender: str = "ola@wp.pl", **overrides) -> IncomingMessage:
    values = dict(channel="email", direction="in", external_id=f"<{n}@x>",
                  sent_at=T0 + timedelta(hours=n), identity=IdentityRef("email", sender),
                  customer_name="Ola", subject=f"Temat {n}", body_text="treść",
                  raw=f"raw {n}".encode())
    values.update(overrides)
    return IncomingMessage(**values)


@pytest.fixture
def account_id(ctx):
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        return account.id


def _count(ctx, model) -> int:
    with ctx.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_rerunning_a_batch_changes_nothing(ctx, account_id):
    batch = [_message(1), _message(2), _message(3, sender="OLA@WP.PL")]
    with ctx.writer() as session, session.begin():
        first = store_messages(session, account_id, batch, ctx.blobs)
    with ctx.writer() as session, session.begin():
        again = store_messages(session, account_id, batch, ctx.blobs)
    assert len(first.new_message_ids) == 3 and again.new_message_ids == []
    assert again.existing == 3
    assert _count(ctx, Message) == 3
    assert _count(ctx, Customer) == 1  # addresses compare case-insensitively
    assert _count(ctx, MessageSource) == 3


def test_conversation_counts_and_reopen_on_inbound(ctx, account_id):
    with ctx.writer() as session, session.begin():
        store_messages(session, account_id, [_message(1), _message(2, is_read=True)], ctx.blobs)
    with ctx.writer() as session, session.begin():
        conversation = session.scalars(select(Conversation)).one()
        assert (conversation.message_count, conversation.unread_count) == (2, 1)
        assert conversation.last_activity == T0 + timedelta(hours=2)
        conversation.status = "done"
    with ctx.writer() as session, session.begin():
        store_messages(session, account_id, [_message(3)], ctx.blobs)
    with ctx.reader() as session:
        conversation = session.scalars(select(Conversation)).one()
        assert conversation.status == "open"
        assert conversation.unread_count == 2


def test_attachment_content_is_stored_once(ctx, account_id):
    pdf = b"%PDF-1.4 the same invoice"
    batch = [
        _message(1, attachments=[IncomingAttachment("../../faktura.pdf", "application/pdf", pdf)]),
        _message(2, attachments=[IncomingAttachment("CON.pdf", "application/pdf", pdf)]),
    ]
    with ctx.writer() as session, session.begin():
        store_messages(session, account_id, batch, ctx.blobs)
    with ctx.reader() as session:
        names = sorted(session.scalars(select(Attachment.filename)))
        digests = set(session.scalars(select(Attachment.sha256)))
    assert names == ["_CON.pdf", "faktura.pdf"]
    assert len(digests) == 1 and _count(ctx, AttachmentContent) == 1
    assert ctx.blobs.read(digests.pop()) == pdf


def test_cursor_commits_with_messages_or_not_at_all(ctx, account_id):
    def cursor(session):
        save_cursor(session, account_id, "INBOX", {"last_uid": 2})

    with ctx.writer() as session, session.begin():
        store_messages(session, account_id, [_message(1), _message(2)], ctx.blobs,
                       on_commit_state=cursor)

    def failing_cursor(session):
        raise RuntimeError("killed mid-batch")

    with pytest.raises(RuntimeError), ctx.writer() as session, session.begin():
        store_messages(session, account_id, [_message(3)], ctx.blobs,
                       on_commit_state=failing_cursor)
    assert _count(ctx, Message) == 2
    with ctx.reader() as session:
        assert session.scalars(select(SyncState.folder)).one() == "INBOX"
        assert load_cursor(session, account_id, "INBOX") == {"last_uid": 2}
