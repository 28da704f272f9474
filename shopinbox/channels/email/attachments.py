"""Opening an email attachment: its bytes are cut from the stored raw source the first time
(the sync only describes attachments, to keep a first sync fast) and then kept in the
attachment store by hash, so the next open is a file read."""

from __future__ import annotations

from shopinbox.app.core.context import AppContext
from shopinbox.channels.email.convert.mail_parse import attachment_content
from shopinbox.store.database import require
from shopinbox.store.ingest import store_blob
from shopinbox.store.models import Attachment, MessageSource


class AttachmentMissing(Exception):
    """Neither stored content nor a raw source to take it from."""


def attachment_bytes(ctx: AppContext, attachment_id: int) -> bytes:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise AttachmentMissing(f"no attachment {attachment_id}")
        if attachment.sha256:
            return ctx.blobs.read(attachment.sha256)
        source = session.get(MessageSource, attachment.message_id)
        if source is None or not attachment.locator:
            raise AttachmentMissing("the message's source is not stored; sync it again")
        content = attachment_content(source.raw, attachment.locator)
    with ctx.writer() as session, session.begin():
        stored = require(session, Attachment, attachment_id)
        stored.sha256 = store_blob(session, ctx.blobs, content)
        stored.size = len(content)
    return content
