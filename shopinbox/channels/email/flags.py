"""\\Seen both ways, and keeping each message's IMAP address (folder, UIDVALIDITY, UID) right.

Where each message is lives in `server_locations` (indexed: folder, UIDVALIDITY, UID and a
pending read state), never in `Message.extra` JSON. Reading in shopinbox (`mark_read`) sets the
flag locally at once and marks it `pending_read`; the account's open push connection (or, when
none is open, a short login) pushes it right away; offline, the next sync pushes it before it
pulls, so the user's action wins over the older server state.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email.imap_client import FolderStatus
from shopinbox.domain.chunks import chunked
from shopinbox.domain.messages import IncomingMessage
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.database import require
from shopinbox.store.models import Account, Message, ServerLocation
from shopinbox.store.types import utcnow

log = logging.getLogger(__name__)


def imap_location(session: Session, message: Message) -> tuple[str, int, int] | None:
    """(folder, UIDVALIDITY, UID) of a stored message on the server now, or None."""
    place = session.get(ServerLocation, message.id)
    if place is None:
        return None
    return place.folder, int(place.validity), int(place.uid)


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
        for place in session.scalars(select(ServerLocation).where(
                ServerLocation.message_id.in_(ids))):
            place.pending_read = read
            by_account[place.account_id].append(place.message_id)
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
HANDOVER_WAIT = 10.0  # seconds `mark_read` waits for the open connection before logging in


class Listener:
    """The open connection's side: `wake` cuts its IDLE short; `round_done()` after each
    push + sync lets a waiting `mark_read` return."""

    def __init__(self) -> None:
        self.wake = threading.Event()
        self._done = threading.Condition()
        self._rounds = 0

    def round_done(self) -> None:
        with self._done:
            self._rounds += 1
            self._done.notify_all()

    def push_and_wait(self, timeout: float) -> bool:
        with self._done:
            start = self._rounds
            self.wake.set()
            return self._done.wait_for(lambda: self._rounds > start, timeout)


_listeners: dict[tuple[int, int], Listener] = {}
_listeners_lock = threading.Lock()


def listener_for(ctx: AppContext, account_id: int) -> Listener:
    listener = Listener()
    with _listeners_lock:
        _listeners[(id(ctx), account_id)] = listener
    return listener


def forget_listener(ctx: AppContext, account_id: int, listener: Listener) -> None:
    with _listeners_lock:
        if _listeners.get((id(ctx), account_id)) is listener:
            del _listeners[(id(ctx), account_id)]


def wake_listener(ctx: AppContext, account_id: int, timeout: float = HANDOVER_WAIT) -> bool:
    """Have the account's open push connection push pending flags, and wait until it has;
    False: none is open, or it did not manage in time (the caller logs in itself)."""
    with _listeners_lock:
        listener = _listeners.get((id(ctx), account_id))
    return listener is not None and listener.push_and_wait(timeout)


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
    """Send locally changed read states to the server, then clear their marks (a mark set
    again meanwhile, by another click, stays for the next push)."""
    with ctx.reader() as session:
        rows = session.execute(select(
            ServerLocation.message_id, ServerLocation.folder, ServerLocation.validity,
            ServerLocation.uid, ServerLocation.pending_read).where(
            ServerLocation.account_id == account_id,
            ServerLocation.pending_read.is_not(None))).all()
    groups: dict[tuple[str, int, bool], list[int]] = defaultdict(list)
    for _message_id, folder, validity, uid, read in rows:
        groups[(folder, int(validity), bool(read))].append(int(uid))
    for (folder, uidvalidity, seen), uids in groups.items():
        status = imap.select(client, folder)
        if status.uidvalidity == uidvalidity:  # else the UIDs point elsewhere now
            imap.set_seen(client, folder, uids, seen)
    if rows:
        with ctx.writer() as session, session.begin():
            for message_id, _folder, _validity, _uid, read in rows:
                session.execute(update(ServerLocation).where(
                    ServerLocation.message_id == message_id,
                    ServerLocation.pending_read == read).values(pending_read=None))
    return len(rows)


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
        query = select(Message, ServerLocation.uid).join(
            ServerLocation, ServerLocation.message_id == Message.id).where(
            ServerLocation.account_id == account_id, ServerLocation.folder == folder,
            ServerLocation.validity == status.uidvalidity,
            ServerLocation.pending_read.is_(None))
        if not full:
            query = query.where(ServerLocation.uid.in_(list(changes)))
        for message, uid in session.execute(query):
            value = int(uid) in seen if full else changes[int(uid)]
            if message.is_read == value:
                continue
            message.is_read = value
            count += 1
            if message.customer_id is not None:
                changed_customers.add(message.customer_id)
        refresh_conversations(session, changed_customers)
    return count


def find_expunged(ctx: AppContext, client, account_id: int, folder: str,
                  status: FolderStatus, since_modseq: int | None) -> tuple[int, set[int]]:
    """Messages of the selected folder that the server no longer holds: they are marked
    `server_deleted_at` (kept here: a shop's records) and lose their location — unless they
    are found in another folder by Message-ID: then they were moved, and their location
    follows them (the timeline says "moved to <folder> on the server"). QRESYNC's
    VANISHED where the server offers it, else a UID comparison (one `UID SEARCH ALL` against
    the indexed locations); skipped when HIGHESTMODSEQ says nothing changed since the last
    look. Returns how many, and the customers concerned."""
    if since_modseq is not None and status.highest_modseq is not None \
            and since_modseq >= status.highest_modseq:
        return 0, set()
    with ctx.reader() as session:
        stored = {int(uid): int(mid) for mid, uid in session.execute(select(
            ServerLocation.message_id, ServerLocation.uid).where(
            ServerLocation.account_id == account_id, ServerLocation.folder == folder,
            ServerLocation.validity == status.uidvalidity))}
    if not stored:
        return 0, set()
    vanished = imap.vanished_since(client, since_modseq) if since_modseq is not None else None
    if vanished is not None:  # QRESYNC: the server names what went
        gone = [mid for uid, mid in stored.items()
                if any(low <= uid <= high for low, high in vanished)]
    else:
        present = set(client.search(["ALL"])) if status.exists else set()
        gone = [mid for uid, mid in stored.items() if uid not in present]
    if not gone:
        return 0, set()
    moved = _find_moved(ctx, client, folder, gone)
    gone = [mid for mid in gone if mid not in moved]
    customers: set[int] = set()
    with ctx.writer() as session, session.begin():
        for mid, (place_folder, validity, uid) in moved.items():
            session.execute(update(ServerLocation).where(ServerLocation.message_id == mid)
                            .values(folder=place_folder, validity=validity, uid=uid))
            customer = session.scalar(select(Message.customer_id).where(Message.id == mid))
            if customer is not None:
                customers.add(int(customer))
        for chunk in chunked(gone):
            customers |= {int(c) for c in session.scalars(select(Message.customer_id).where(
                Message.id.in_(chunk), Message.customer_id.is_not(None))) if c is not None}
            session.execute(update(Message).where(Message.id.in_(chunk),
                                                  Message.server_deleted_at.is_(None))
                            .values(server_deleted_at=utcnow()))
            session.execute(delete(ServerLocation).where(ServerLocation.message_id.in_(chunk)))
    log.info("account %s: %d message(s) expunged from %s, %d moved to another folder",
             account_id, len(gone), folder, len(moved))
    return len(gone), customers


LOOK_FOR_MOVED = 50  # more gone at once than this is a mass delete: not searched one by one


def _find_moved(ctx: AppContext, client, folder: str,
                gone: list[int]) -> dict[int, tuple[str, int, int]]:
    """Of the messages gone from `folder`, those now in another folder of the account (found
    by Message-ID): message id → (folder, UIDVALIDITY, UID). A message without a Message-ID
    of its own (keyed by a hash, or one of several sharing one) cannot be told apart there and
    counts as deleted."""
    if len(gone) > LOOK_FOR_MOVED:
        return {}
    with ctx.reader() as session:
        keys = {str(key): int(mid) for mid, key in session.execute(
            select(Message.id, Message.external_id).where(Message.id.in_(gone)))
            if str(key).startswith("<") and "#" not in str(key)}
    if not keys:
        return {}
    try:
        found = imap.locate_message_ids(client, imap.other_folders(client, folder), list(keys))
    finally:
        imap.select(client, folder)  # the caller goes on in its folder
    return {keys[key]: place for key, place in found.items()}


def save_locations(session: Session, account_id: int, folder: str,
                   places: dict[str, tuple[int, int]]) -> None:
    """Record where each message of a fetched batch is (external id -> (UIDVALIDITY, UID)):
    new ones, stored ones whose UIDVALIDITY changed, ones that came back; in the batch's
    transaction."""
    if not places:
        return
    ids: dict[str, int] = {}
    home: dict[int, str | None] = {}  # the folder each message was first stored from
    for external_id, stored_id, message_folder in session.execute(
            select(Message.external_id, Message.id, Message.folder).where(
                Message.account_id == account_id, Message.external_id.in_(list(places)))):
        ids[str(external_id)] = int(stored_id)
        home[int(stored_id)] = message_folder
    known = {place.message_id: place for place in session.scalars(select(ServerLocation).where(
        ServerLocation.message_id.in_(list(ids.values()))))}
    fresh = []  # bulk insert: a first sync records thousands (ORM adds cost ~0.2 ms each)
    for external_id, (validity, uid) in places.items():
        message_id = ids.get(external_id)
        if message_id is None:
            continue
        place = known.get(message_id)
        if place is None:
            fresh.append({"message_id": message_id, "account_id": account_id,
                          "folder": folder, "validity": validity, "uid": uid,
                          "pending_read": None})
        elif place.folder == folder or home.get(message_id) == folder:  # or moved back
            place.folder, place.validity, place.uid = folder, validity, uid
    if fresh:
        session.execute(insert(ServerLocation), fresh)
    session.execute(update(Message).where(Message.id.in_(list(ids.values())),
                                          Message.folder == folder,
                                          Message.server_deleted_at.is_not(None))
                    .values(server_deleted_at=None))  # it came back (moved back, restored)


def take_locations(incoming: list[IncomingMessage]) -> dict[str, tuple[int, int]]:
    """Take the UID and UIDVALIDITY out of each message's `extra` (they go to
    `server_locations`); the folder stays in `extra["imap"]` as the mark that the message is
    on a server."""
    places: dict[str, tuple[int, int]] = {}
    for message in incoming:
        info = message.extra.get("imap")
        if isinstance(info, dict) and info.get("uid") is not None:
            places[message.external_id] = (int(info["uidvalidity"]), int(info["uid"]))
            message.extra["imap"] = {"folder": info.get("folder")}
    return places


def finish_folder(ctx: AppContext, write_cursor: Callable[[Session], None]) -> None:
    with ctx.writer() as session, session.begin():
        write_cursor(session)
