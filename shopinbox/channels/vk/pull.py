"""Sync one VK community account: Bots Long Poll `a_check` → convert → names → files → store.

Exactly once: the long-poll `ts` is the cursor (`{"ts": …}` of folder "", `store/cursors.py`),
written in ONE transaction with the batch of events it covers. VK keeps events for a while and
answers `a_check` with the same events for the same `ts`, so a crash before the commit
re-fetches the batch (the store skips what it already holds), a crash after it moves on.
Asking with a later `ts` confirms nothing on VK's side (unlike Telegram's offset), so the next
`a_check` runs while a batch commits in a worker thread; batches still commit in order, each
with its own `ts`. The long-poll `key` is a session key: it is asked for at the start of every round
(`groups.getLongPollServer`) and never stored.

The `failed` answers, as documented:
- `failed: 1` — the history is out of date or partly lost: go on from the `ts` in the answer
  (events in between are lost on VK's side: the messages of that gap are read back from
  `messages.getHistory`, see `_catch_up`; the report counts it);
- `failed: 2` — the key expired: a new key from `groups.getLongPollServer`, the same `ts`;
- `failed: 3` — the information was lost: a new key and a new `ts` (and the read-back).

`sync_vk_account(ctx, account, once, stop_event)` runs its own asyncio loop: call it from a
worker thread or the CLI. `once`: `a_check` with `wait=0` until VK has nothing more (one
bounded round); otherwise long-poll (`wait`) until `stop_event` is set — a poll in flight is
abandoned unconfirmed, so stopping never loses an event.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.accounts import AccountError, get_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret
from shopinbox.app.sync.index_prep import IndexPreparer
from shopinbox.channels.chat_files import download_new_files, messages_of
from shopinbox.channels.vk.client import VkClient, VkFailure, VkFileTooLarge, VkTokenRejected
from shopinbox.channels.vk.convert import KIND
from shopinbox.channels.vk.convert.events import (
    ConvertedEvent,
    VkUser,
    convert_event,
    peers_of,
    raw_json,
)
from shopinbox.channels.vk.send import BLOCKED_REASON
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import Direction, IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage
from shopinbox.domain.sync_report import PullReport
from shopinbox.store.cursors import load_cursor, save_cursor
from shopinbox.store.edits import update_edited_message
from shopinbox.store.identity.identities import find_identity
from shopinbox.store.identity.marks import attach_identity, set_unreachable
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Identity, Message
from shopinbox.store.search import reindex_messages

log = logging.getLogger(__name__)

RETRY_BACKOFF = 0.5  # first wait of the client's backoff on 5xx/network errors (doubles)
MAX_FAILED_IN_A_ROW = 5  # `failed` answers without progress before the round gives up
ECHO_LOOKBACK = 50  # recent replies to one customer searched for an echo's random_id
CATCH_UP_PEERS = 200  # conversations read back after the long poll lost events
CATCH_UP_MESSAGES = 1000  # messages read back per conversation at most
CATCH_UP_MARGIN = 60  # seconds before the newest stored message the read-back starts


def vk_summary(report: PullReport) -> str:
    counts = report.counts
    text = (f"{counts['events']} event(s), {report.new_messages} new message(s), "
            f"{counts['edited']} edited, {counts['files']} file(s)")
    if counts["history lost"]:
        text += (f", VK lost part of its event history {counts['history lost']} time(s) "
                 f"({counts['caught up']} message(s) read back from the history)")
    return text


def sync_vk_account(ctx: AppContext, account: Account | str, once: bool = True,
                    stop_event: threading.Event | None = None, *, wait: int = 25,
                    on_change: Callable[[set[int]], None] | None = None) -> PullReport:
    """Fetch and store this community's events. Raises `ShopError` (token_revoked,
    server_unreachable, throttled(until) …); what was committed before stays committed."""
    if isinstance(account, str):
        account = get_account(ctx, account)
    if account.kind != KIND:
        raise AccountError("unsupported_account", kind=account.kind)
    report = PullReport(account.name, on_change=on_change)
    stop = stop_event or threading.Event()
    try:
        asyncio.run(_sync(ctx, account, once, stop, wait, report))
    except ShopError as error:
        log.warning("vk account %s: %s", account.name, error.for_log())
        raise
    return report


def load_ts(ctx: AppContext, account_id: int) -> str | None:
    with ctx.reader() as session:
        value = load_cursor(session, account_id, "").get("ts")
    return str(value) if value is not None else None


def _save_ts(ctx: AppContext, account_id: int, ts: str) -> None:
    with ctx.writer() as session, session.begin():
        save_cursor(session, account_id, "", {"ts": ts})


async def _watch(stop: threading.Event) -> None:
    while not stop.is_set():
        await asyncio.sleep(0.1)


async def _sync(ctx: AppContext, account: Account, once: bool, stop: threading.Event,
                wait: int, report: PullReport) -> None:
    settings = dict(account.settings or {})
    group_id = int(settings["group_id"])
    token = load_secret(account.name, account.secret_ref)
    names: dict[int, VkUser] = {}
    shop_name = str(settings.get("display_name") or account.name)
    async with VkClient(token, settings.get("api_url"), backoff=RETRY_BACKOFF) as client, \
            IndexPreparer() as preparer:
        server = await client.long_poll_server(group_id)
        ts = load_ts(ctx, account.id)
        if ts is None:  # no cursor (adding the account sets one): start at VK's present
            ts = server["ts"]
            _save_ts(ctx, account.id, ts)
        store: asyncio.Future[None] | None = None  # the previous batch, being committed
        failed_in_a_row = 0
        try:
            while not stop.is_set():
                fetch = asyncio.ensure_future(client.a_check(server["server"], server["key"],
                                                             ts, 0 if once else wait))
                watcher = asyncio.ensure_future(_watch(stop))
                await asyncio.wait({fetch, watcher}, return_when=asyncio.FIRST_COMPLETED)
                watcher.cancel()
                if not fetch.done():  # stopped mid-poll: nothing was confirmed, nothing lost
                    fetch.cancel()
                    return
                answer = fetch.result()
                failed = answer.get("failed")
                if failed is not None:
                    failed_in_a_row += 1
                    if failed_in_a_row > MAX_FAILED_IN_A_ROW:
                        raise ShopError("protocol_error", host=client.host,
                                        detail=f"a_check kept answering failed={failed}")
                    if store is not None:  # the cursor is written in order
                        await store
                        store = None
                    if failed == 1 and answer.get("ts") is not None:
                        log.warning("vk account %s: long-poll history out of date; events "
                                    "before ts %s are lost", account.name, answer["ts"])
                        report.counts["history lost"] += 1
                        await _catch_up(ctx, account, client, names, shop_name, report)
                        ts = str(answer["ts"])
                        _save_ts(ctx, account.id, ts)
                    elif failed == 2:
                        server = await client.long_poll_server(group_id)
                    elif failed == 3:
                        server = await client.long_poll_server(group_id)
                        log.warning("vk account %s: long-poll information lost; going on "
                                    "from ts %s", account.name, server["ts"])
                        report.counts["history lost"] += 1
                        await _catch_up(ctx, account, client, names, shop_name, report)
                        ts = server["ts"]
                        _save_ts(ctx, account.id, ts)
                    else:
                        raise ShopError("protocol_error", host=client.host,
                                        detail=f"a_check answered failed={failed}")
                    continue
                failed_in_a_row = 0
                updates = list(answer.get("updates") or [])
                new_ts = str(answer.get("ts", ts))
                if not updates:
                    if new_ts != ts:
                        if store is not None:
                            await store
                            store = None
                        _save_ts(ctx, account.id, new_ts)
                        ts = new_ts
                    if once:
                        return
                    continue
                await _learn_names(ctx, client, updates, names)
                batch = [convert_event(e, raw_json(e), names, shop_name=shop_name)
                         for e in updates]
                # The index text is worked out in the preparer's thread while files download.
                await asyncio.gather(_download_files(ctx, account.id, client, batch, report),
                                     preparer.prepare(messages_of(batch)))
                if store is not None:
                    await store  # batches commit in order, each with its own ts
                # VK forgets nothing when asked with a later ts, so the next a_check may run
                # while this batch commits: a crash before the commit re-fetches from the
                # stored ts all the same.
                store = asyncio.ensure_future(asyncio.to_thread(
                    _store_batch, ctx, account.id, batch, new_ts, report))
                ts = new_ts
        finally:
            if store is not None:
                await store  # what was fetched is committed before the round ends


async def _catch_up(ctx: AppContext, account: Account, client: VkClient,
                    names: dict[int, VkUser], shop_name: str, report: PullReport) -> None:
    """After `failed` 1 or 3 the events between the cursor and VK's new `ts` are gone from the
    long poll, but not the messages: the conversations active since the newest stored message
    are read back with `messages.getConversations` + `messages.getHistory` (at most
    `CATCH_UP_PEERS` conversations and `CATCH_UP_MESSAGES` messages each) and stored like
    events — what the store already holds is skipped. Edits made meanwhile are not recovered
    (the history gives the current text only)."""
    with ctx.reader() as session:
        newest = session.scalar(select(Message.sent_at).where(
            Message.account_id == account.id).order_by(Message.sent_at.desc()).limit(1))
    if newest is None:
        return
    since = newest.timestamp() - CATCH_UP_MARGIN
    found: list[dict[str, Any]] = []
    answer = await client.call("messages.getConversations", count=CATCH_UP_PEERS,
                               filter="all")
    for item in (answer or {}).get("items") or []:
        peer = (item.get("conversation") or {}).get("peer") or {}
        last = item.get("last_message") or {}
        if peer.get("type") != "user" or int(last.get("date") or 0) < since:
            continue
        offset = 0
        while offset < CATCH_UP_MESSAGES:
            page = await client.call("messages.getHistory", peer_id=peer["id"], count=200,
                                     offset=offset)
            items = (page or {}).get("items") or []
            recent = [m for m in items if int(m.get("date") or 0) >= since]
            found.extend({"type": "message_reply" if m.get("out") else "message_new",
                          "event_id": f"history-{m.get('id')}",
                          "object": m if m.get("out") else {"message": m}} for m in recent)
            if len(recent) < len(items) or len(items) < 200:
                break
            offset += 200
    if not found:
        return
    found.reverse()  # oldest first, as events come
    await _learn_names(ctx, client, found, names)
    batch = [convert_event(e, raw_json(e), names, shop_name=shop_name) for e in found]
    await _download_files(ctx, account.id, client, batch, report)
    before = report.new_messages
    await asyncio.to_thread(_store_batch, ctx, account.id, batch, None, report)
    report.counts["events"] -= len(batch)  # read back, not long-poll events
    report.counts["caught up"] += report.new_messages - before
    log.info("vk account %s: %d message(s) read back from the history",
             account.name, report.counts["caught up"])


async def _learn_names(ctx: AppContext, client: VkClient, updates: list[dict[str, Any]],
                       names: dict[int, VkUser]) -> None:
    """`users.get` for senders who are neither known in the store (with a name) nor asked
    for already in this round; a known customer keeps the name the shop may have edited."""
    peers = peers_of(updates) - set(names)
    if not peers:
        return
    with ctx.reader() as session:
        known = set(session.scalars(select(Identity.value).where(
            Identity.kind == KIND, Identity.value.in_([str(p) for p in peers]),
            Identity.display != "")))
    wanted = sorted(p for p in peers if str(p) not in known)
    if not wanted:
        return
    for data in await client.users(wanted):
        user = VkUser.of(data)
        names[user.id] = user


async def _download_files(ctx: AppContext, account_id: int, client: VkClient,
                          batch: list[ConvertedEvent], report: PullReport) -> None:
    """Fetch the files of messages the store does not hold yet (`chat_files`)."""

    async def fetch(attachment: IncomingAttachment) -> None:
        try:
            attachment.content = await client.download(attachment.locator or "",
                                                       attachment.size)
            attachment.size = len(attachment.content)
            report.counts["files"] += 1
        except VkFileTooLarge:
            report.counts["files not downloaded"] += 1
            attachment.note = "Not downloaded: the file is over 50 MB. Open it in VK."
        except VkFailure as error:
            if isinstance(error, VkTokenRejected):
                raise
            report.counts["files not downloaded"] += 1
            log.info("file not downloaded: %s", error.for_log())
            attachment.note = f"Not downloaded ({error.english()}). Open it in VK."

    await download_new_files(ctx, account_id, messages_of(batch), fetch)


def _our_random_ids(session: Session, account_id: int, peer: str) -> set[int]:
    """The random_ids of the latest replies this app sent to one customer (`send.py`)."""
    extras = session.scalars(select(Message.extra).where(
        Message.account_id == account_id, Message.direction == Direction.OUTBOUND,
        Message.recipients == peer).order_by(Message.id.desc()).limit(ECHO_LOOKBACK))
    found: set[int] = set()
    for extra in extras:
        found.update(int(v) for v in ((extra or {}).get("vk_random_ids") or {}).values())
    return found


def _store_batch(ctx: AppContext, account_id: int, batch: list[ConvertedEvent], ts: str | None,
                 report: PullReport) -> None:
    """Messages, edits, shared phones and the new `ts` (None: unchanged): one transaction."""
    with ctx.reader() as session:
        echoes = {id(c) for c in batch if c.echo_random_id is not None and c.message is not None
                  and c.echo_random_id in _our_random_ids(session, account_id,
                                                          c.message.recipients)}
    messages = [c.message for c in batch if c.message is not None and id(c) not in echoes]
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
            elif id(converted) in echoes:
                report.counts["echoes"] += 1
            elif converted.permission is not None:
                value, denied = converted.permission
                identity = set_unreachable(session, KIND, value,
                                           BLOCKED_REASON if denied else None)
                if identity is not None:
                    report.counts["permission changes"] += 1
                    changed.add(identity.customer_id)
            elif converted.phones and converted.message is not None:
                for phone in converted.phones[:3]:
                    report.counts["phones"] += _attach_phone(session, account_id, converted.message,
                                                   phone)
            elif converted.ignored:
                report.counts["ignored"] += 1
        if edited:
            # An edit changes no conversation number (count, unread, last activity, last
            # message): only the index is redone; the views are told below.
            reindex_messages(session, list(edited))
            changed.update(c for c in edited.values() if c is not None)
        if ts is not None:
            save_cursor(session, account_id, "", {"ts": ts})

    with ctx.writer() as session, session.begin():
        result = store_messages(session, account_id, messages, ctx.blobs, on_commit_state=the_rest)
    report.counts["events"] += len(batch)
    report.new_messages += len(result.new_message_ids)
    report.add_changed(changed | set(result.changed_customer_ids))


def _attach_phone(session: Session, account_id: int, message: IncomingMessage, phone: str) -> int:
    """A number the customer wrote becomes their `phone` identity when nobody has it yet (the
    merge suggestions then compare it with orders and other channels); when another customer
    has it, the message carries a merge hint instead (the user decides). Returns 1 if new."""
    if message.identity is None:
        return 0
    vk = find_identity(session, message.identity.kind, message.identity.value)
    if vk is None:
        return 0
    identity, attached = attach_identity(session, vk.customer_id,
                                         IdentityRef(IdentityKind.PHONE, phone, phone))
    if attached:
        return 1 if identity.customer_id == vk.customer_id else 0
    stored = session.scalar(select(Message).where(Message.account_id == account_id,
                                                  Message.external_id == message.external_id))
    if stored is not None:
        stored.extra = {**(stored.extra or {}), "merge_hint": {
            "kind": "phone", "value": phone, "customer_id": identity.customer_id}}
    return 0
