"""Sync one Telegram bot account: getUpdates → convert → download files → store.

Exactly once: each batch of updates is stored in ONE transaction together with the next offset
(the cursor `{"offset": …}` of folder "", `store/cursors.py`). The server forgets updates only when getUpdates is called
with a higher offset, and we only ask with the offset we committed — so a crash before the
commit re-fetches the batch (and the store skips what it already has), a crash after it moves on.
Nothing is fetched ahead of the commit for the same reason.

`sync_telegram_account(ctx, account, once, stop_event)` runs its own asyncio loop, so call it
from a worker thread or the CLI, never from inside a running loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.accounts import AccountError, get_account, set_account_error
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import SecretUnavailable, load_secret
from shopinbox.app.sync.index_prep import IndexPreparer
from shopinbox.channels.chat_files import download_new_files, messages_of
from shopinbox.channels.telegram.bot_client import (
    DOWNLOAD_LIMIT,
    FileTooLarge,
    PollConflict,
    TelegramClient,
    TelegramFailure,
    TelegramUnavailable,
    Throttled,
    TokenRejected,
)
from shopinbox.channels.telegram.convert import KIND
from shopinbox.channels.telegram.convert.updates import ConvertedUpdate, convert_update
from shopinbox.channels.telegram.send import BLOCKED_REASON
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage
from shopinbox.domain.sync_report import PullReport
from shopinbox.store.cursors import load_cursor, save_cursor
from shopinbox.store.edits import update_edited_message
from shopinbox.store.identity.identities import find_identity
from shopinbox.store.identity.marks import attach_identity, set_unreachable
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Message
from shopinbox.store.search import reindex_messages

log = logging.getLogger(__name__)

THROTTLE_INLINE = 5.0  # a 429 asking to wait longer is raised as `Throttled` (engine waits)
RETRY_BACKOFF = 0.5  # first wait of the client's backoff on 5xx/network errors (doubles)
RETRY_TOTAL = 5.0  # seconds of waiting (429s and back-off) one API call may spend in all


def sync_telegram_account(ctx: AppContext, account: Account | str, once: bool = True,
                          stop_event: threading.Event | None = None, *,
                          poll_timeout: int = 25, delete_webhook: bool = False,
                          on_change: Callable[[set[int]], None] | None = None) -> PullReport:
    """Fetch and store this bot's updates. `once`: until the server has nothing more, then
    return. Otherwise long-poll until `stop_event` is set (a poll in flight is abandoned
    unconfirmed, so stopping never loses an update)."""
    if isinstance(account, str):
        account = get_account(ctx, account)
    if account.kind != "telegram":
        raise AccountError("unsupported_account", kind=account.kind)
    report = PullReport(account.name, on_change=on_change)
    stop = stop_event or threading.Event()
    asyncio.run(_sync(ctx, account, once, stop, poll_timeout, delete_webhook, report))
    return report


async def _sync(ctx: AppContext, account: Account, once: bool, stop: threading.Event,
                poll_timeout: int, delete_webhook: bool, report: PullReport) -> None:
    """One connection: poll until done (`once`) or stopped. A failure is recorded on the
    report (`failure`, a ShopError) and ends the call: the channel raises it and the sync
    engine's policy decides about retries. A 429 asking for more than `THROTTLE_INLINE` s is
    `Throttled(until)`, stored too, so the status bar knows until when the account waits."""
    settings = dict(account.settings or {})
    try:
        token = load_secret(account.name, account.secret_ref)
    except SecretUnavailable as error:
        _fail(ctx, account, report, error, stopped=True)
        return
    try:
        async with TelegramClient(token, settings.get("api_url"), backoff=RETRY_BACKOFF,
                                  max_wait=THROTTLE_INLINE,
                                  max_total_wait=RETRY_TOTAL) as client:
            webhook = await client.webhook_info()
            if webhook.url:
                if not (delete_webhook or settings.get("delete_webhook")):
                    _fail(ctx, account, report, ShopError("webhook_set", url=webhook.url),
                          stopped=True)
                    return
                await client.delete_webhook()
                log.info("deleted the webhook of %s with the user's consent", account.name)
            await _poll(ctx, account, client, once, stop, poll_timeout, report)
        if account.last_error:
            set_account_error(ctx, account.id, None)
            account.last_error = None
    except TokenRejected as error:
        _fail(ctx, account, report, error, stopped=True)
    except (PollConflict, TelegramUnavailable, Throttled, TelegramFailure) as error:
        _fail(ctx, account, report, error)


def _fail(ctx: AppContext, account: Account, report: PullReport, error: ShopError,
          stopped: bool = False) -> None:
    """Record what stopped the round: its code on the account (`last_error`), its English on
    the report; the raw detail only in the log."""
    log.warning("telegram account %s: %s", account.name, error.for_log())
    report.fail(error, stopped=stopped)
    stored = error.stored()
    set_account_error(ctx, account.id, stored)
    account.last_error = stored


async def _watch(stop: threading.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)


async def _poll(ctx: AppContext, account: Account, client: TelegramClient, once: bool,
                stop: threading.Event, poll_timeout: int, report: PullReport) -> None:
    async with IndexPreparer() as preparer:
        await _poll_with(ctx, account, client, once, stop, poll_timeout, report, preparer)


async def _poll_with(ctx: AppContext, account: Account, client: TelegramClient, once: bool,
                     stop: threading.Event, poll_timeout: int, report: PullReport,
                     preparer: IndexPreparer) -> None:
    offset = load_offset(ctx, account.id)
    while not stop.is_set():
        fetch = asyncio.ensure_future(client.get_updates(offset, 0 if once else poll_timeout))
        watcher = asyncio.ensure_future(_watch(stop))
        await asyncio.wait({fetch, watcher}, return_when=asyncio.FIRST_COMPLETED)
        watcher.cancel()
        if not fetch.done():  # stopped mid-poll: nothing was confirmed, nothing is lost
            fetch.cancel()
            return
        updates = fetch.result()
        if not updates:
            if once:
                return
            continue
        batch = [convert_update(u, _raw(u)) for u in updates]
        # The index text is worked out in the preparer's thread while the files download.
        await asyncio.gather(_download_files(ctx, account.id, client, batch, report),
                             preparer.prepare(messages_of(batch)))
        offset = max(c.update_id for c in batch) + 1
        _store_batch(ctx, account.id, batch, offset, report)


def _raw(update: dict[str, Any]) -> bytes:
    return json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_offset(ctx: AppContext, account_id: int) -> int | None:
    with ctx.reader() as session:
        value = load_cursor(session, account_id, "").get("offset")
    return int(value) if value is not None else None


def _write_offset(session: Session, account_id: int, offset: int) -> None:
    save_cursor(session, account_id, "", {"offset": offset})


async def _download_files(ctx: AppContext, account_id: int, client: TelegramClient,
                          batch: list[ConvertedUpdate], report: PullReport) -> None:
    """Fetch the files of messages the store does not hold yet (`chat_files`)."""

    async def fetch(attachment: IncomingAttachment) -> None:
        try:
            attachment.content = await client.download(attachment.locator or "",
                                                       attachment.size)
            report.counts["files"] += 1
        except FileTooLarge:
            report.counts["files too large"] += 1
            size = attachment.size
            shown = f"{size / 1024 / 1024:.1f} MB" if size else "over 20 MB"
            attachment.note = (f"Not downloaded: {shown} is over the Telegram Bot API's "
                               f"{DOWNLOAD_LIMIT // 1024 // 1024} MB limit for bots. "
                               "Open it in the Telegram app.")
        except TelegramFailure as error:
            if isinstance(error, TokenRejected):
                raise
            log.info("file not downloaded: %s", error.for_log())
            attachment.note = (f"Not downloaded ({error.english()}); it can be fetched "
                               "again later.")

    await download_new_files(ctx, account_id, messages_of(batch), fetch)


def _store_batch(ctx: AppContext, account_id: int, batch: list[ConvertedUpdate], offset: int,
                 report: PullReport) -> None:
    """Messages, edits, block marks, shared phones and the new offset: one transaction; then
    the customers it changed are told (`report.add_changed`)."""
    messages = [c.message for c in batch if c.message is not None]
    changed: set[int] = set()

    def the_rest(session: Session) -> None:
        edited: dict[int, int | None] = {}
        for converted in batch:
            if converted.edit is not None:
                edit = converted.edit
                stored = update_edited_message(session, account_id, edit.external_id, edit.text,
                                               edit.edited_at, refresh=False)
                if stored is None:
                    more = store_messages(session, account_id, [edit.message], ctx.blobs)
                    changed.update(more.changed_customer_ids)
                else:
                    edited[stored.id] = stored.customer_id
                report.counts["edited"] += 1
            elif converted.membership is not None:
                change = converted.membership
                identity = set_unreachable(session, KIND, change.identity.value,
                                           BLOCKED_REASON if change.blocked else None)
                if identity is not None:
                    report.counts["blocked changes"] += 1
                    changed.add(identity.customer_id)
            elif converted.phone and converted.message is not None:
                _attach_phone(session, account_id, converted.message, converted.phone)
            elif converted.ignored:
                report.counts["ignored"] += 1
        if edited:
            # An edit changes no conversation number (count, unread, last activity, last
            # message): only the index is redone; the views are told below.
            reindex_messages(session, list(edited))
            changed.update(c for c in edited.values() if c is not None)
        _write_offset(session, account_id, offset)

    with ctx.writer() as session, session.begin():
        result = store_messages(session, account_id, messages, ctx.blobs, on_commit_state=the_rest)
    report.counts["updates"] += len(batch)
    report.new_messages += len(result.new_message_ids)
    report.add_changed(changed | set(result.changed_customer_ids))


def _attach_phone(session: Session, account_id: int, message: IncomingMessage, phone: str) -> None:
    """The customer shared their own number: it becomes their `phone` identity. If another
    customer already has it, the message carries a merge hint instead (the user decides)."""
    if message.identity is None:
        return
    telegram = find_identity(session, message.identity.kind, message.identity.value)
    if telegram is None:
        return
    identity, attached = attach_identity(session, telegram.customer_id,
                                         IdentityRef(IdentityKind.PHONE, phone, phone))
    if not attached:
        stored = session.scalar(select(Message).where(Message.account_id == account_id,
                                                      Message.external_id == message.external_id))
        if stored is not None:
            stored.extra = {**(stored.extra or {}), "merge_hint": {
                "kind": "phone", "value": phone, "customer_id": identity.customer_id}}
