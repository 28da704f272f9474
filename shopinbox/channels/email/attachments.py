"""Opening an email attachment: the sync only describes attachments (a first sync stays fast);
the first open takes the bytes from the stored raw source, or — when the profile does not hold
the source — from the server, `UID FETCH BODY.PEEK[<part>]` in pieces (`<offset.length>`, so a
progress can be shown, and \\Seen is not touched). The content is then kept in the attachment
store by hash, so the next open is a file read. Offline, the connection error says so."""

from __future__ import annotations

import email
from collections.abc import Callable

from shopinbox.app.core.context import AppContext
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email.convert.mail_parse import RAW_POLICY, attachment_content
from shopinbox.domain.errors import ShopError
from shopinbox.store.database import require
from shopinbox.store.ingest import store_blob
from shopinbox.store.models import Account, Attachment, Message, MessageSource

PIECE = 256 * 1024  # bytes per partial FETCH

OnProgress = Callable[[int, int], None]


class AttachmentMissing(ShopError):
    """Neither stored content nor a raw source or server copy to take it from."""

    def __init__(self) -> None:
        super().__init__("attachment_unavailable")


def attachment_bytes(ctx: AppContext, attachment_id: int,
                     on_progress: OnProgress | None = None) -> bytes:
    from shopinbox.channels.email.flags import imap_location

    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise AttachmentMissing()
        if attachment.sha256:
            return ctx.blobs.read(attachment.sha256)
        if not attachment.locator:
            raise AttachmentMissing()
        locator, size = attachment.locator, int(attachment.size or 0)
        source = session.get(MessageSource, attachment.message_id)
        raw = source.raw if source is not None else None
        message = require(session, Message, attachment.message_id)
        account_id, location = message.account_id, imap_location(session, message)
    if raw is not None:
        content = attachment_content(raw, locator)
    elif location is not None:
        content = fetch_part(ctx, account_id, location, locator, size, on_progress)
    else:
        raise AttachmentMissing()
    with ctx.writer() as session, session.begin():
        stored = require(session, Attachment, attachment_id)
        stored.sha256 = store_blob(session, ctx.blobs, content)
        stored.size = len(content)
    return content


def fetch_part(ctx: AppContext, account_id: int, location: tuple[str, int, int], section: str,
               size: int, on_progress: OnProgress | None = None) -> bytes:
    """One MIME part of the message at (folder, UIDVALIDITY, UID), decoded."""
    from shopinbox.channels.email.account import load_config

    folder, uidvalidity, uid = location
    with ctx.reader() as session:
        account = require(session, Account, account_id)
        config = load_config(account.name, dict(account.settings or {}), account.secret_ref)
    client = imap.connect(config.imap)
    try:
        try:
            status = imap.select(client, folder, readonly=True)
            if status.uidvalidity != uidvalidity:
                raise AttachmentMissing()  # the folder was rebuilt: the UID means another mail
            headers = _one(client.fetch([uid], [f"BODY.PEEK[{section}.MIME]"]), uid)
            if headers is None:
                raise AttachmentMissing()  # expunged on the server
            encoding = (email.message_from_bytes(headers, policy=RAW_POLICY).get(
                "Content-Transfer-Encoding") or "").strip().lower()
            expected = max(1, size * 4 // 3 if encoding == "base64" else size)
            body = bytearray()
            while True:
                piece = _one(client.fetch([uid], [f"BODY.PEEK[{section}]<{len(body)}.{PIECE}>"]),
                             uid) or b""
                body += piece
                if on_progress is not None:
                    on_progress(len(body), max(expected, len(body)))
                if len(piece) < PIECE:
                    break
        except (OSError, imap.imaplib.IMAP4.abort, imap.imaplib.IMAP4.error) as error:
            raise imap.classify(error, config.imap.host, config.imap.port) from error
    finally:
        imap.close(client)
    part = email.message_from_bytes(bytes(headers) + b"\r\n" + bytes(body), policy=RAW_POLICY)
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else bytes(body)


def _one(answer: dict, uid: int) -> bytes | None:
    """The one BODY[…] item of a FETCH answer (imapclient names it `BODY[1.2]<0>` etc.)."""
    for key, value in (answer.get(uid) or {}).items():
        if isinstance(key, bytes) and key.startswith(b"BODY[") and value is not None:
            return bytes(value)
    return None
