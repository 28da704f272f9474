"""One sync runner per account on a team database: a PostgreSQL advisory lock.

On PostgreSQL several desktops (and a headless `shopinbox sync` service) run the same engine.
Before an account worker pulls (and before its outbox sends) it takes the session-level advisory
lock (RUNNER_LOCKS, account id) on the engine's own connection; a desktop that does not get it
waits and tries again every TAKEOVER_POLL seconds. The lock belongs to the connection, so when
its holder stops — closed, crashed, killed -9, unplugged (TCP keepalive) — PostgreSQL frees it
and another desktop takes over within a poll. Who holds it is read from `pg_locks` and the
holder's `application_name` ("shopinbox sync: Anna on shop-pc"), for the status bar.

On SQLite (one desktop) every account is always this engine's: `SingleRunner`.
"""

from __future__ import annotations

import logging
import socket
import threading
from typing import Any

from shopinbox.app.core.context import AppContext

log = logging.getLogger(__name__)

RUNNER_LOCKS = 0x5348_4F50  # "SHOP": the advisory-lock namespace of sync runners
TAKEOVER_POLL = 5.0  # seconds between tries of a desktop that does not run an account
APP_NAME_PREFIX = "shopinbox sync: "


# The advisory runner of each context's engine, so the outbox can name it in a claim.
_runners: dict[int, AdvisoryRunner] = {}


def claim_runner(ctx: AppContext, account_id: int) -> int | None:
    """The backend pid of the lock connection through which this context's engine holds the
    account (team mode), for the claim of a reply it sends; None when it holds none."""
    runner = _runners.get(id(ctx))
    return runner.connection_pid(account_id) if runner is not None else None


def runner_connections(ctx: AppContext, account_ids: set[int]) -> dict[int, set[int]] | None:
    """Team mode: account id → backend pids of the connections holding its runner lock now
    (none: nobody runs it). None on SQLite (no locks; one desktop)."""
    if ctx.engine.dialect.name != "postgresql" or not account_ids:
        return None
    from sqlalchemy import text

    held: dict[int, set[int]] = {account_id: set() for account_id in account_ids}
    with ctx.reader() as session:
        for pid, objid in session.execute(text(
                "SELECT pid, objid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND classid = :ns AND objsubid = 2"), {"ns": RUNNER_LOCKS}):
            if int(objid) in held:
                held[int(objid)].add(int(pid))
    return held


class SingleRunner:
    """SQLite: this desktop runs every account."""

    def take(self, account_id: int) -> bool:
        return True

    def holds(self, account_id: int) -> bool:
        return True

    def release(self, account_id: int) -> None:
        pass

    def holder(self, account_id: int) -> str | None:
        return None

    def close(self) -> None:
        pass


class AdvisoryRunner:
    """PostgreSQL: the account is this engine's while its connection holds the lock."""

    def __init__(self, ctx: AppContext, who: str) -> None:
        self.ctx = ctx
        self.who = who
        self._lock = threading.Lock()
        self._connection: Any = None
        self._held: set[int] = set()
        self.closed = False

    def _connect(self) -> Any:
        import psycopg

        from shopinbox.app.team.live import connect_kwargs

        if self._connection is None or self._connection.closed:
            self._held.clear()  # a new connection holds nothing
            self._connection = psycopg.connect(
                **connect_kwargs(self.ctx, APP_NAME_PREFIX + self.who), autocommit=True,
                keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        return self._connection

    def holds(self, account_id: int) -> bool:
        with self._lock:
            return account_id in self._held

    def connection_pid(self, account_id: int) -> int | None:
        with self._lock:
            if account_id not in self._held or self._connection is None:
                return None
            return int(self._connection.info.backend_pid)

    def take(self, account_id: int) -> bool:
        """True when this engine runs the account now (it held or just got the lock)."""
        import psycopg

        with self._lock:
            if self.closed:
                return False
            try:
                connection = self._connect()
                if account_id in self._held:
                    connection.execute("SELECT 1")  # still connected, so still held
                    return True
                row = connection.execute("SELECT pg_try_advisory_lock(%s, %s)",
                                         (RUNNER_LOCKS, account_id)).fetchone()
            except psycopg.Error as error:
                log.warning("the sync-runner lock connection failed: %s", error)
                self._drop()
                return False
            if row and row[0]:
                self._held.add(account_id)
                log.info("this desktop (%s) runs account %s now", self.who, account_id)
                return True
            return False

    def release(self, account_id: int) -> None:
        import psycopg

        with self._lock:
            if account_id not in self._held or self._connection is None:
                return
            self._held.discard(account_id)
            try:
                self._connection.execute("SELECT pg_advisory_unlock(%s, %s)",
                                         (RUNNER_LOCKS, account_id))
            except psycopg.Error:
                self._drop()

    def holder(self, account_id: int) -> str | None:
        """Who runs the account ("Anna on shop-pc"), None when nobody does."""
        import psycopg

        with self._lock:
            if account_id in self._held:
                return self.who
            if self.closed:  # the engine stopped: no new connection
                return None
            try:
                row = self._connect().execute(
                    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                    "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                    "AND l.classid = %s AND l.objid = %s AND l.objsubid = 2 LIMIT 1",
                    (RUNNER_LOCKS, account_id)).fetchone()
            except psycopg.Error:
                self._drop()
                return None
        if not row:
            return None
        name = str(row[0] or "")
        return name[len(APP_NAME_PREFIX):] if name.startswith(APP_NAME_PREFIX) else name

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # already broken
                pass
        self._connection = None
        self._held.clear()

    def close(self) -> None:
        """Give every account up (the engine stops): the others take over at their next try."""
        with self._lock:
            self.closed = True
            self._drop()
        if _runners.get(id(self.ctx)) is self:
            del _runners[id(self.ctx)]


def runner_for(ctx: AppContext, who: str | None = None) -> SingleRunner | AdvisoryRunner:
    if ctx.engine.dialect.name != "postgresql":
        return SingleRunner()
    if not who:
        from shopinbox.app.team.users import current_user

        user = current_user(ctx)
        host = socket.gethostname()
        who = f"{user.name} on {host}" if user is not None else host
    runner = AdvisoryRunner(ctx, who)
    _runners[id(ctx)] = runner
    return runner
