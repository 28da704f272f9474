"""The live link between desktops on one team database: PostgreSQL LISTEN/NOTIFY.

A change committed on one desktop (an operation of the window, a sync batch, a delivery state)
is announced on the channel `shopinbox_changes` as ids only — customer ids, message ids, and
whether accounts or promo replies changed — never data. Every other desktop hears it on its own
connection in a background thread and runs the same targeted row refresh as for a local change
(`Changes`). Who is typing a reply ("Anna is replying") goes on `shopinbox_presence`.

NOTIFY is sent after the change has committed, so a listener that reads the ids finds the rows.
A notification is best effort: a desktop whose listening connection broke reconnects and
refreshes everything once (it may have missed some). Nothing here runs on the UI thread: the
callbacks run on the listener thread and must only emit a signal or put into a queue.
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from shopinbox.app.core.changes import Changes
from shopinbox.app.core.context import AppContext

log = logging.getLogger(__name__)

CHANGES = "shopinbox_changes"
PRESENCE = "shopinbox_presence"
MAX_PAYLOAD = 7000  # bytes; PostgreSQL's limit is 8000
TYPING_EVERY = 3.0  # seconds: a typist repeats "replying" this often
TYPING_EXPIRES = 8.0  # seconds: "replying" without a repeat is over (the typist's desktop died)
RECONNECT_WAIT = 2.0


def connect_kwargs(ctx: AppContext, application_name: str = "shopinbox") -> dict[str, Any]:
    """psycopg connection arguments for the context's database (the same role and password)."""
    url = ctx.engine.url
    found: dict[str, Any] = {"host": url.host, "port": url.port, "user": url.username,
                             "password": url.password, "dbname": url.database,
                             "application_name": application_name[:63]}
    found.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    return {k: v for k, v in found.items() if v is not None}


def change_payloads(changes: Changes, origin: str) -> list[str]:
    """`changes` as JSON payloads under the NOTIFY size limit (ids split over several)."""
    head: dict[str, Any] = {"o": origin, "a": int(changes.accounts), "p": int(changes.promos)}
    if changes.settings:
        head["s"] = sorted(changes.settings)  # names only; the value is read from the table
    customers, messages = sorted(changes.customer_ids), sorted(changes.messages)
    payloads: list[str] = []
    step = 500
    for start in range(0, max(len(customers), len(messages), 1), step):
        body = dict(head, c=customers[start:start + step], m=messages[start:start + step])
        payloads.append(json.dumps(body, separators=(",", ":")))
    return payloads


def parse_changes(payload: str) -> tuple[str, Changes]:
    data = json.loads(payload)
    return str(data.get("o", "")), Changes(
        customer_ids={int(i) for i in data.get("c", [])},
        messages={int(i) for i in data.get("m", [])},
        accounts=bool(data.get("a")), promos=bool(data.get("p")),
        settings={str(name) for name in data.get("s", [])})


@dataclass(frozen=True)
class Typist:
    origin: str
    name: str
    colour: str
    expires: float  # time.monotonic()


class PresenceBoard:
    """Who is replying to which customer, as heard from the other desktops."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._typists: dict[int, dict[str, Typist]] = {}

    def heard(self, customer_id: int, typist: Typist, typing: bool) -> None:
        with self._lock:
            others = self._typists.setdefault(customer_id, {})
            if typing:
                others[typist.origin] = typist
            else:
                others.pop(typist.origin, None)
            if not others:
                self._typists.pop(customer_id, None)

    def replying(self, customer_id: int, now: float | None = None) -> list[Typist]:
        """Who replies to the customer now (expired ones dropped)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            found = [t for t in self._typists.get(customer_id, {}).values() if t.expires > now]
        return sorted(found, key=lambda t: t.name)

    def expire(self, now: float | None = None) -> set[int]:
        """Drop the typists that stopped repeating; returns the customers that changed."""
        now = time.monotonic() if now is None else now
        changed: set[int] = set()
        with self._lock:
            for customer_id, typists in list(self._typists.items()):
                for origin, typist in list(typists.items()):
                    if typist.expires <= now:
                        del typists[origin]
                        changed.add(customer_id)
                if not typists:
                    del self._typists[customer_id]
        return changed


class TeamLink:
    """One desktop's (or the sync service's) link to the others. `start()` opens a listening
    connection (thread `team-listen`) and a sending one (thread `team-notify`)."""

    def __init__(self, ctx: AppContext, *, on_changes: Callable[[Changes], None] | None = None,
                 on_presence: Callable[[int], None] | None = None, name: str = "") -> None:
        self.ctx = ctx
        self.origin = uuid.uuid4().hex[:16]
        self.name = name  # who works here (shown to the others as "… is replying")
        self.colour = ""
        self.on_changes = on_changes
        self.on_presence = on_presence
        self.presence = PresenceBoard()
        self.stopped = threading.Event()
        self.listening = threading.Event()  # set once LISTEN is in place
        self._outgoing: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._typing: dict[int, float] = {}  # customer id -> when "replying" was last sent

    # -- life --
    def start(self) -> TeamLink:
        for target, name in ((self._listen, "team-listen"), (self._send, "team-notify")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        self.ctx.live = self
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self.stopped.set()
        self._outgoing.put(None)
        for thread in self._threads:
            thread.join(timeout)
        if self.ctx.live is self:
            self.ctx.live = None

    # -- telling the others --
    def publish(self, changes: Changes) -> None:
        """Announce committed changes (never blocks: the notify thread sends them)."""
        if changes and not self.stopped.is_set():
            for payload in change_payloads(changes, self.origin):
                self._outgoing.put((CHANGES, payload))

    def typing(self, customer_id: int, typing: bool = True) -> None:
        """This desktop's user types (or stopped typing) a reply to the customer. Repeats are
        cheap: "typing" goes out at most every TYPING_EVERY seconds per customer."""
        now = time.monotonic()
        if typing:
            if now - self._typing.get(customer_id, -TYPING_EVERY) < TYPING_EVERY:
                return
            self._typing[customer_id] = now
        elif self._typing.pop(customer_id, None) is None:
            return
        payload = json.dumps({"o": self.origin, "u": self.name, "k": self.colour,
                              "c": customer_id, "t": int(typing)}, separators=(",", ":"))
        self._outgoing.put((PRESENCE, payload))

    def stop_typing(self) -> None:
        for customer_id in list(self._typing):
            self.typing(customer_id, False)

    def _send(self) -> None:
        import psycopg

        connection = None
        while True:
            item = self._outgoing.get()
            if item is None:
                break
            for attempt in range(3):
                try:
                    if connection is None or connection.closed:
                        connection = psycopg.connect(**connect_kwargs(self.ctx), autocommit=True)
                    connection.execute("SELECT pg_notify(%s, %s)", item)
                    break
                except psycopg.Error as error:
                    log.warning("could not tell the other desktops (attempt %d): %s",
                                attempt + 1, error)
                    connection = None
                    if self.stopped.wait(0.5):
                        break
        if connection is not None:
            connection.close()

    # -- hearing the others --
    def _listen(self) -> None:
        import psycopg

        missed = False
        while not self.stopped.is_set():
            try:
                with psycopg.connect(**connect_kwargs(self.ctx), autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANGES}")
                    connection.execute(f"LISTEN {PRESENCE}")
                    self.listening.set()
                    if missed and self.on_changes is not None:  # a gap: refresh everything
                        self.on_changes(Changes(accounts=True))
                    while not self.stopped.is_set():
                        for note in connection.notifies(timeout=0.5):
                            self._heard(note.channel, note.payload)
            except psycopg.Error as error:
                log.warning("the live link to the other desktops broke: %s", error)
                self.listening.clear()
                missed = True
                self.stopped.wait(RECONNECT_WAIT)

    def _heard(self, channel: str, payload: str) -> None:
        try:
            if channel == CHANGES:
                origin, changes = parse_changes(payload)
                if origin == self.origin:
                    return
                if changes.settings:  # this desktop's setting listeners hear it as if local
                    from shopinbox.app.core.settings import relay_setting

                    for name in sorted(changes.settings):
                        relay_setting(self.ctx, name)
                if self.on_changes is not None:
                    self.on_changes(changes)
            elif channel == PRESENCE:
                data = json.loads(payload)
                origin = str(data.get("o", ""))
                if origin == self.origin:
                    return
                customer_id = int(data["c"])
                typist = Typist(origin, str(data.get("u", "")), str(data.get("k", "")),
                                time.monotonic() + TYPING_EXPIRES)
                self.presence.heard(customer_id, typist, bool(data.get("t")))
                if self.on_presence is not None:
                    self.on_presence(customer_id)
        except (ValueError, KeyError, TypeError):
            log.warning("an unreadable notification on %s: %.200s", channel, payload)
        except Exception:
            log.exception("a listener of the live link failed")


def publish(ctx: AppContext, changes: Changes) -> None:
    """Tell the other desktops, when this context has a live link (team mode)."""
    link = ctx.live
    if link is not None:
        link.publish(changes)
