"""The outbox's sender for Allegro accounts: a reply in the buyer's thread of the message centre.

The thread is the one the customer last wrote in on this account (`POST /messaging/threads/{id}/
messages`); a buyer with no thread yet gets a new one (`POST /messaging/messages` to the login).
Attachments are declared (`POST /messaging/message-attachments` with name and size), uploaded
(`PUT …/{id}` with the bytes) and named in the message. Text longer than Allegro's 2,000
characters is split on word boundaries. Each uploaded attachment and each part that went out is
recorded on the message at once, so a retry after a failure in the middle sends only what is
missing — never a part twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import PermanentSendError
from shopinbox.channels.allegro.client import AllegroClient, client_for
from shopinbox.channels.allegro.convert import KIND
from shopinbox.channels.base import SendOutcome
from shopinbox.domain.kinds import Direction
from shopinbox.store.database import require
from shopinbox.store.models import Account, Identity, Message

TEXT_LIMIT = 2000
PROGRESS = "allegro_sent"  # extra: {"attachments": {index: id}, "parts": {index: message id}}


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` characters, cut at a line break or space where there is one."""
    text = text.strip()
    parts: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts


def _thread_of(session: Any, message: Message) -> str | None:
    """The thread replied to, else the buyer's newest thread on this account."""
    if (message.thread_key or "").startswith("allegro:"):
        return str(message.thread_key).split(":", 1)[1]
    key = session.scalar(
        select(Message.thread_key).where(
            Message.account_id == message.account_id, Message.identity_id == message.identity_id,
            Message.thread_key.like("allegro:%"), Message.id != message.id)
        .order_by(Message.sent_at.desc()).limit(1))
    return key.split(":", 1)[1] if key else None


def send_allegro_message(ctx: AppContext, message_id: int) -> SendOutcome:
    with ctx.reader() as session:
        message = require(session, Message, message_id)
        account = require(session, Account, message.account_id)
        identity = session.get(Identity, message.identity_id) if message.identity_id else None
        if identity is None or identity.kind != KIND:
            raise PermanentSendError("recipient_missing")
        login = identity.value
        thread_id = _thread_of(session, message)
        files = [(a.filename, a.mime_type, ctx.blobs.read(a.sha256) if a.sha256 else b"")
                 for a in message.attachments]
        progress: dict[str, Any] = dict((message.extra or {}).get(PROGRESS) or {})
        parts = split_text(message.body_text or "")
    if not parts and not files:
        raise PermanentSendError("empty_reply")
    if not parts:
        parts = ["📎"]  # Allegro wants text with every message
    uploaded: dict[str, str] = dict(progress.get("attachments") or {})
    sent: dict[str, str] = dict(progress.get("parts") or {})
    with client_for(account) as client:
        for index, (filename, mime, content) in enumerate(files):
            if str(index) in uploaded:
                continue
            uploaded[str(index)] = _upload(client, filename, mime, content)
            _record(ctx, message_id, uploaded, sent, thread_id)
        for index, text in enumerate(parts):
            if str(index) in sent:
                continue
            body: dict[str, Any] = {"text": text}
            if index == 0 and uploaded:
                body["attachments"] = [{"id": uploaded[str(i)]} for i in range(len(files))]
            if thread_id:
                reply = client.send_json("POST", f"/messaging/threads/{thread_id}/messages", body)
            else:
                reply = client.send_json("POST", "/messaging/messages",
                                         {"recipient": {"login": login}, **body})
                thread_id = str((reply.get("thread") or {}).get("id") or "") or None
            sent[str(index)] = str(reply.get("id") or "")
            _record(ctx, message_id, uploaded, sent, thread_id)
    ids = [sent[str(i)] for i in range(len(parts)) if sent.get(str(i))]
    return SendOutcome(external_id=ids[0] if ids else None,
                       extra={"allegro_message_ids": ids, "allegro_thread_id": thread_id})


def _upload(client: AllegroClient, filename: str, mime: str, content: bytes) -> str:
    declared = client.send_json("POST", "/messaging/message-attachments",
                                {"filename": filename, "size": len(content)})
    attachment_id = str(declared["id"])
    client.request("PUT", f"/messaging/message-attachments/{attachment_id}", content=content,
                   content_type=mime or "application/octet-stream")
    return attachment_id


def _record(ctx: AppContext, message_id: int, uploaded: dict[str, str], sent: dict[str, str],
            thread_id: str | None) -> None:
    with ctx.writer() as session, session.begin():
        message = require(session, Message, message_id)
        message.extra = {**(message.extra or {}),
                         PROGRESS: {"attachments": dict(uploaded), "parts": dict(sent)}}
        if thread_id and message.direction == Direction.OUTBOUND:
            message.thread_key = f"allegro:{thread_id}"
