"""\\Seen both ways, and keeping each message's IMAP address (folder, UIDVALIDITY, UID) right.

Reading in shopinbox (`mark_read`) sets the flag locally at once and on the server right away
when it can; when offline, the message is marked `imap_pending_seen` and the next sync pushes it
before it pulls, so the user's action wins over the older server state.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email.convert import KIND
from shopinbox.channels.email.imap_client import FolderStatus
from shopinbox.domain.messages import IncomingMessage
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.database import require
from shopinbox.store.models import Account, Message

log = logging.getLogger(__name__)
PENDING = "imap_pending_seen"


def _imap_info(message: Message) -> dict:
    return dict((message.extra or {}).get("imap") or {})


def imap_location(session: Session, message: Message) -> tuple[str, int, int] | None:
    """(folder, UIDVALIDITY, UID) of a stored message on the server, or None."""
    info = _imap_info(message)
    if not info or info.get("uid") is None:
        return None
    return str(info.get("folder") or message.folder or "INBOX"), int(info["uidvalidity"]), \
        int(info["uid"])


def mark_read(ctx: AppContext, message_ids: Iterable[int], read: bool = True) -> int:
    """Set read/unread locally and as \\Seen on the server. Returns messages pushed now."""
    ids = list(message_ids)
    by_account: dict[int, list[int]] = defaultdict(list)
    with ctx.writer() as session, session.begin():
        customers = set()
        for message in session.scalars(select(Message).where(Message.id.in_(ids))):
            message.is_read = read
            if message.customer_id is not None:
                customers.add(message.customer_id)
            if message.channel == KIND and _imap_info(message):
                message.extra = {**message.extra, PENDING: read}
                by_account[message.account_id].append(message.id)
        refresh_conversations(session, customers)
    pushed = 0
    for account_id in by_account:
        if wake_listener(ctx, account_id):  # its open connection pushes them at once
            pushed += len(by_account[account_id])
            continue
        try:
            pushed += _push_now(ctx, account_id)
        except Exception as error:  # offline: the next sync pushes it
            log.info("could not set \\Seen now (%s); the next sync will", error)
    return pushed


# The push-mode connection of each account (pull.EmailSync.listen): a local read wakes it and
# it pushes the flag over the connection it holds open, instead of a new login per click.
_listeners: dict[tuple[int, int], threading.Event] = {}
_listeners_lock = threading.Lock()


def listener_event(ctx: AppContext, account_id: int) -> threading.Event:
    event = threading.Event()
    with _listeners_lock:
        _listeners[(id(ctx), account_id)] = event
    return event


def forget_listener(ctx: AppContext, account_id: int, event: threading.Event) -> None:
    with _listeners_lock:
        if _listeners.get((id(ctx), account_id)) is event:
            del _listeners[(id(ctx), account_id)]


def wake_listener(ctx: AppContext, account_id: int) -> bool:
    """Ask the account's open push connection to push pending flags; False: none is open."""
    with _listeners_lock:
        event = _listeners.get((id(ctx), account_id))
    if event is None:
        return False
    event.set()
    return True


def _push_now(ctx: AppContext, account_id: int) -> int:
    from shopinbox.channels.email.account import load_config

    with ctx.reader() as session:
        account = require(session, Account, account_id)
    config = load_config(account.name, dict(account.settings or {}), account.secret_ref)
    client = imap.connect(config.imap)
    try:
        return push_pending(ctx, client, account_id)
    finally:
        imap.close(client)


def push_pending(ctx: AppContext, client, account_id: int) -> int:
    """Send locally changed read states to the server, then clear their marks."""
    with ctx.reader() as session:
        rows = session.scalars(select(Message).where(
            Message.account_id == account_id,
            cast(Message.extra, String).like(f'%"{PENDING}"%'))).all()
    groups: dict[tuple[str, int, bool], list[int]] = defaultdict(list)
    done: list[int] = []
    for message in rows:
        info = _imap_info(message)
        if PENDING not in (message.extra or {}) or not info:
            continue
        groups[(info["folder"], int(info["uidvalidity"]), bool(message.extra[PENDING]))].append(
            int(info["uid"]))
        done.append(message.id)
    for (folder, uidvalidity, seen), uids in groups.items():
        status = imap.select(client, folder)
        if status.uidvalidity == uidvalidity:  # else the UIDs point elsewhere now
            imap.set_seen(client, folder, uids, seen)
    if done:
        with ctx.writer() as session, session.begin():
            for message in session.scalars(select(Message).where(Message.id.in_(done))):
                extra = dict(message.extra or {})
                extra.pop(PENDING, None)
                message.extra = extra
    return len(done)


def pull_seen(ctx: AppContext, client, account_id: int, folder: str, status: FolderStatus,
              since_modseq: int | None) -> int:
    """Apply server \\Seen changes to stored messages of the selected folder."""
    if since_modseq is not None and status.highest_modseq is not None:
        if since_modseq >= status.highest_modseq:
            return 0
        changes = imap.seen_changes_since(client, since_modseq)
        full = False
    else:
        seen = imap.seen_uids(client)
        changes, full = {}, True
    if not full and not changes:
        return 0
    changed_customers: set[int] = set()
    count = 0
    with ctx.writer() as session, session.begin():
        for message in session.scalars(select(Message).where(
                Message.account_id == account_id, Message.folder == folder)):
            info = _imap_info(message)
            if not info or int(info.get("uidvalidity", 0)) != status.uidvalidity:
                continue
            uid = int(info["uid"])
            if full:
                value = uid in seen
            elif uid in changes:
                value = changes[uid]
            else:
                continue
            if PENDING in (message.extra or {}) or message.is_read == value:
                continue
            message.is_read = value
            count += 1
            if message.customer_id is not None:
                changed_customers.add(message.customer_id)
        refresh_conversations(session, changed_customers)
    return count


def repoint_existing(session: Session, account_id: int, folder: str,
                     incoming: list[IncomingMessage]) -> None:
    """Messages already stored (e.g. after a UIDVALIDITY change) get their new UID."""
    by_id = {m.external_id: m for m in incoming}
    for message in session.scalars(select(Message).where(
            Message.account_id == account_id, Message.external_id.in_(list(by_id)))):
        info = _imap_info(message)
        new = by_id[message.external_id].extra["imap"]
        if info.get("folder", folder) != folder or info == new:
            continue
        message.extra = {**(message.extra or {}), "imap": new}
        message.folder = folder


def finish_folder(ctx: AppContext, write_cursor: Callable[[Session], None]) -> None:
    with ctx.writer() as session, session.begin():
        write_cursor(session)
