"""Opening a Telegram attachment whose bytes are not in the profile (its download failed at
sync time, or an older sync only described it): fetched on demand by its `file_id` (the
attachment's locator) through `getFile` and the file URL, streamed with a progress report, then
kept in the attachment store by hash so the next open is a file read. Offline, the error is
`server_unreachable` (the window says so); over the Bot API's 20 MB limit, `file_too_large`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret
from shopinbox.channels.telegram.bot_client import TelegramClient
from shopinbox.domain.errors import ShopError
from shopinbox.store.database import require
from shopinbox.store.ingest import store_blob
from shopinbox.store.models import Account, Attachment, Message

OnProgress = Callable[[int, int], None]
ATTEMPTS = 2  # an open is the user waiting: one retry, then the error
TOTAL_WAIT = 5.0


def fetch_file(ctx: AppContext, attachment_id: int,
               on_progress: OnProgress | None = None) -> bytes:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise ShopError("attachment_unavailable")
        if attachment.sha256:
            return ctx.blobs.read(attachment.sha256)
        if not attachment.locator:
            raise ShopError("attachment_unavailable")
        file_id, size = attachment.locator, attachment.size
        message = require(session, Message, attachment.message_id)
        account = require(session, Account, message.account_id)
        name, secret_ref = account.name, account.secret_ref
        api_url = dict(account.settings or {}).get("api_url")
    token = load_secret(name, secret_ref)

    async def download() -> bytes:
        async with TelegramClient(token, api_url, attempts=ATTEMPTS, backoff=0.5,
                                  max_wait=TOTAL_WAIT, max_total_wait=TOTAL_WAIT) as client:
            return await client.download(file_id, int(size) if size else None,
                                         on_progress or (lambda _done, _all: None))

    content = asyncio.run(download())
    with ctx.writer() as session, session.begin():
        stored = require(session, Attachment, attachment_id)
        stored.sha256 = store_blob(session, ctx.blobs, content)
        stored.size = len(content)
        stored.note = None  # "not downloaded …" is over
    return content
