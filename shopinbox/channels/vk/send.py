"""The outbox's sender for VK community accounts.

A reply becomes one or more `messages.send` calls: the text split at 4096 characters, then one
message carrying the attachments (photos through `photos.getMessagesUploadServer` →
upload → `photos.saveMessagesPhoto`, other files through `docs.getMessagesUploadServer` →
upload → `docs.save`).

Never twice: every part has a `random_id` derived from the outbox row (its `outbox:<uuid>` id
and the part's key, hashed to VK's 31-bit range), written on the row before the first call.
VK answers a repeated `random_id` with the message it already posted, so a request repeated
after a lost response, a retry after a failure in the middle, or a user's retry after a crash
cannot post a part again. Parts that went out are recorded at once as well, so a retry only
asks for the rest. The sync recognises the `message_reply` echo of these parts by the same
`random_id`s (pull.py).

900/901/902 (the customer blocked the community or does not allow its messages) marks the
identity unreachable and fails the message without retry.
"""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret
from shopinbox.app.outbox.sending import PermanentSendError
from shopinbox.channels.base import SendOutcome
from shopinbox.channels.vk.client import VkClient, VkRecipientBlocked
from shopinbox.channels.vk.convert.events import external_id, split_text
from shopinbox.domain.errors import ShopError
from shopinbox.store.database import require
from shopinbox.store.models import Account, Identity, Message

BLOCKED_REASON = ShopError("recipient_blocked").stored()
PHOTO_TYPES = {"image/jpeg", "image/png", "image/gif"}
TEXT_LIMIT = 4096
RETRY_BACKOFF = 0.5  # first wait after error 6, a 5xx or a lost answer (doubles)


def random_id(outbox_id: str, part: str) -> int:
    """A stable, non-zero 31-bit `random_id` for one part of one outbox row."""
    digest = hashlib.sha256(f"{outbox_id}/{part}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF or 1


@dataclass
class _File:
    index: int
    filename: str
    mime_type: str
    content: bytes


@dataclass
class _Plan:
    peer_id: int
    texts: list[str]
    files: list[_File]
    random_ids: dict[str, int]
    done: dict[str, int]
    uploaded: dict[str, str]


def _plan(ctx: AppContext, message_id: int) -> tuple[Account, Identity, _Plan]:
    """Read the row, and write its random_ids on it before anything is sent."""
    with ctx.writer() as session, session.begin():
        message = require(session, Message, message_id)
        account = require(session, Account, message.account_id)
        identity = session.get(Identity, message.identity_id) if message.identity_id else None
        if identity is None:
            raise PermanentSendError("recipient_missing")
        texts = split_text(message.body_text or "", TEXT_LIMIT)
        files = [_File(i, a.filename, a.mime_type,
                       ctx.blobs.read(a.sha256) if a.sha256 else b"")
                 for i, a in enumerate(message.attachments)]
        extra = dict(message.extra or {})
        keys = [f"text{i}" for i in range(len(texts))] + (["files"] if files else [])
        ids = dict(extra.get("vk_random_ids") or {})
        for key in keys:
            ids.setdefault(key, random_id(message.external_id, key))
        if ids != extra.get("vk_random_ids"):
            message.extra = {**extra, "vk_random_ids": ids}
        plan = _Plan(int(identity.value), texts, files, ids,
                     dict(extra.get("vk_sent_parts") or {}), dict(extra.get("vk_uploaded") or {}))
        session.expunge(account)
        session.expunge(identity)
    return account, identity, plan


def send_vk_message(ctx: AppContext, message_id: int) -> SendOutcome:
    account, identity, plan = _plan(ctx, message_id)
    token = load_secret(account.name, account.secret_ref)
    try:
        asyncio.run(_send(ctx, message_id, token, (account.settings or {}).get("api_url"), plan))
    except VkRecipientBlocked as error:
        _mark_blocked(ctx, identity.id)
        raise PermanentSendError("recipient_blocked", detail=error.detail) from None
    ids = [plan.done[k] for k in plan.random_ids if k in plan.done]
    return SendOutcome(external_id=external_id(plan.peer_id, ids[0]) if ids else None,
                       extra={"vk_message_ids": ids})


async def _send(ctx: AppContext, message_id: int, token: str, api_url: str | None,
                plan: _Plan) -> None:
    async with VkClient(token, api_url, backoff=RETRY_BACKOFF) as client:
        for index, text in enumerate(plan.texts):
            key = f"text{index}"
            if key in plan.done:
                continue
            plan.done[key] = await client.send(plan.peer_id, plan.random_ids[key], text)
            _record(ctx, message_id, plan)
        if plan.files and "files" not in plan.done:
            for file in plan.files:
                key = str(file.index)
                if key not in plan.uploaded:
                    plan.uploaded[key] = await _upload(client, plan.peer_id, file)
                    _record(ctx, message_id, plan)
            attachment = ",".join(plan.uploaded[str(f.index)] for f in plan.files)
            plan.done["files"] = await client.send(plan.peer_id, plan.random_ids["files"],
                                                   attachment=attachment)
            _record(ctx, message_id, plan)


async def _upload(client: VkClient, peer_id: int, file: _File) -> str:
    """One file on VK's servers; returns its `attachment` name (photo…/doc…)."""
    if file.mime_type in PHOTO_TYPES:
        server = await client.call("photos.getMessagesUploadServer", peer_id=peer_id)
        uploaded = await client.upload(server["upload_url"], "photo", file.filename,
                                       file.content, file.mime_type)
        saved = await client.call("photos.saveMessagesPhoto", photo=uploaded.get("photo"),
                                  server=uploaded.get("server"), hash=uploaded.get("hash"))
        photo = saved[0]
        key = f"_{photo['access_key']}" if photo.get("access_key") else ""
        return f"photo{photo['owner_id']}_{photo['id']}{key}"
    server = await client.call("docs.getMessagesUploadServer", type="doc", peer_id=peer_id)
    uploaded = await client.upload(server["upload_url"], "file", file.filename, file.content,
                                   file.mime_type)
    saved = await client.call("docs.save", file=uploaded.get("file"), title=file.filename)
    doc = saved["doc"] if isinstance(saved, dict) and "doc" in saved else saved[0]
    return f"doc{doc['owner_id']}_{doc['id']}"


def _record(ctx: AppContext, message_id: int, plan: _Plan) -> None:
    with ctx.writer() as session, session.begin():
        message = require(session, Message, message_id)
        message.extra = {**(message.extra or {}), "vk_sent_parts": dict(plan.done),
                         "vk_uploaded": dict(plan.uploaded)}


def _mark_blocked(ctx: AppContext, identity_id: int) -> None:
    with ctx.writer() as session, session.begin():
        identity = session.get(Identity, identity_id)
        if identity is not None:
            identity.unreachable_reason = BLOCKED_REASON
