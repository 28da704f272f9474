"""Sync one Allegro account's message centre: threads → messages → attachments → store.

The cursor (`{"since": …}` of folder "threads", `store/cursors.py`) is the newest
`lastMessageDateTime` of the threads stored so far. A round lists threads newest first
(offset/limit 20) down to the cursor, then reads them OLDEST first, each thread's messages
from the cursor on, and stores them in batches; each batch commits together with the cursor
moved to the newest thread it holds. So a crash (kill -9) at any point re-reads at most one
batch, and the store skips what it already has (messages are keyed by their Allegro id): nothing
is lost, nothing is stored twice. The boundary is inclusive (a thread whose time equals the
cursor is read again) so two threads sharing a millisecond are never skipped.

Attachments are downloaded only for messages the store does not hold yet. `thread.read` (the
thread was read on allegro.pl) marks its inbound messages read.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.channels.allegro.client import AllegroClient
from shopinbox.channels.allegro.convert.messages import convert_message, parse_time
from shopinbox.domain.errors import ShopError
from shopinbox.domain.messages import IncomingAttachment, IncomingMessage
from shopinbox.domain.sync_report import PullReport
from shopinbox.store.cursors import load_cursor, save_cursor
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Message, Order

log = logging.getLogger(__name__)

FOLDER = "threads"
PAGE = 20  # the most Allegro lists at once (threads and messages)
BATCH = 400  # messages per transaction
READ_AHEAD = 4  # threads whose messages are read at once


def load_since(ctx: AppContext, account_id: int) -> str | None:
    with ctx.reader() as session:
        value = load_cursor(session, account_id, FOLDER).get("since")
    return str(value) if value else None


def _threads_since(client: AllegroClient, since: str | None,
                   stop: threading.Event) -> list[dict[str, Any]]:
    """Threads with activity at or after `since`, oldest activity first."""
    found: list[dict[str, Any]] = []
    offset = 0
    while not stop.is_set():
        page = client.get("/messaging/threads", limit=PAGE, offset=offset).get("threads") or []
        for thread in page:
            if since and str(thread.get("lastMessageDateTime") or "") < since:
                return sorted(found, key=lambda t: str(t.get("lastMessageDateTime") or ""))
            found.append(thread)
        if len(page) < PAGE:
            break
        offset += PAGE
    return sorted(found, key=lambda t: str(t.get("lastMessageDateTime") or ""))


def _thread_messages(client: AllegroClient, thread: dict[str, Any],
                     since: str | None) -> list[dict[str, Any]]:
    after = None
    if since:  # `after` is strict: ask from a second earlier (the store skips what it has)
        after = (parse_time(since) - timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    found: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = client.get(f"/messaging/threads/{thread['id']}/messages", limit=PAGE,
                          offset=offset, after=after).get("messages") or []
        found.extend(page)
        if len(page) < PAGE:
            return found
        offset += PAGE


def sync_allegro_account(ctx: AppContext, account: Account, client: AllegroClient, *,
                         stop_event: threading.Event | None = None,
                         on_change: Callable[[set[int]], None] | None = None) -> PullReport:
    """One bounded round. Raises `ShopError` (the engine's retry policy decides); what was
    committed before stays."""
    report = PullReport(account.name, on_change=on_change)
    stop = stop_event or threading.Event()
    since = load_since(ctx, account.id)
    threads = _threads_since(client, since, stop)
    batch: list[IncomingMessage] = []
    newest: str | None = None
    # The next threads' messages are read while a batch is stored (network and database
    # overlap); they are stored strictly in order, so the cursor still only moves past
    # threads that are committed.
    with ThreadPoolExecutor(max_workers=READ_AHEAD, thread_name_prefix="allegro-read") as pool:
        pending: deque[tuple[dict[str, Any], Future[list[dict[str, Any]]]]] = deque()
        queue = iter(threads)
        try:
            while True:
                while len(pending) < READ_AHEAD * 2 and not stop.is_set():
                    thread = next(queue, None)
                    if thread is None:
                        break
                    pending.append((thread, pool.submit(_thread_messages, client, thread,
                                                        since)))
                if not pending or stop.is_set():
                    break
                thread, future = pending.popleft()
                for raw in future.result():
                    batch.append(convert_message(raw, thread))
                newest = str(thread.get("lastMessageDateTime") or "") or newest
                report.counts["threads"] += 1
                if len(batch) >= BATCH:
                    _store_batch(ctx, account.id, client, batch, newest, report)
                    batch = []
        finally:
            for _thread, future in pending:
                future.cancel()
    if batch or (newest and not stop.is_set()):
        _store_batch(ctx, account.id, client, batch, newest, report)
    return report


def _download(ctx: AppContext, account_id: int, client: AllegroClient,
              batch: list[IncomingMessage], report: PullReport) -> None:
    if not any(m.attachments for m in batch):
        return
    with ctx.reader() as session:
        known = set(session.scalars(select(Message.external_id).where(
            Message.account_id == account_id,
            Message.external_id.in_([m.external_id for m in batch if m.attachments]))))
    wanted = [a for m in batch if m.external_id not in known for a in m.attachments
              if a.content is None and a.locator]

    def fetch(attachment: IncomingAttachment) -> bool:
        try:
            attachment.content = client.download(attachment.locator or "")
        except ShopError as error:
            if error.code in ("token_revoked", "throttled", "server_unreachable"):
                raise
            log.info("allegro attachment not downloaded: %s", error.for_log())
            attachment.note = "Not downloaded; it can be fetched again from allegro.pl."
            return False
        attachment.size = len(attachment.content)
        return True

    with ThreadPoolExecutor(max_workers=READ_AHEAD, thread_name_prefix="allegro-file") as pool:
        done = list(pool.map(fetch, wanted))  # re-raises the first failure that stops the round
    report.counts["files"] += sum(done)
    report.counts["files failed"] += len(done) - sum(done)


def _link_orders(ctx: AppContext, account_id: int, batch: list[IncomingMessage]) -> None:
    """A message about an order gets the stored order's id (`extra["order_id"]`)."""
    wanted = {m.extra["allegro_order_id"] for m in batch if "allegro_order_id" in m.extra}
    if not wanted:
        return
    with ctx.reader() as session:
        found: dict[str, int] = dict(session.execute(select(Order.external_id, Order.id).where(
            Order.account_id == account_id, Order.external_id.in_(wanted))).all())
    for message in batch:
        order_id = found.get(message.extra.get("allegro_order_id", ""))
        if order_id is not None:
            message.extra["order_id"] = order_id


def _store_batch(ctx: AppContext, account_id: int, client: AllegroClient,
                 batch: list[IncomingMessage], since: str | None, report: PullReport) -> None:
    """Messages and the cursor after them: one transaction."""
    _download(ctx, account_id, client, batch, report)
    _link_orders(ctx, account_id, batch)

    def cursor(session: Session) -> None:
        if since:
            save_cursor(session, account_id, FOLDER, {"since": since})

    with ctx.writer() as session, session.begin():
        result = store_messages(session, account_id, batch, ctx.blobs, on_commit_state=cursor)
    report.new_messages += len(result.new_message_ids)
    report.add_changed(set(result.changed_customer_ids))
