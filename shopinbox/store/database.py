"""Engine and session set-up for SQLite (default) and PostgreSQL (team mode).

SQLite runs in WAL mode with foreign keys on, so the UI can read while a sync writes, and a busy
timeout so that two writers wait for each other instead of failing at once.

PostgreSQL is a server, so every statement is a round trip (0.2 ms on loopback, 1 ms and more
on a shop's network), and a search typed letter by letter pays for each one: a reading session
runs in autocommit (under READ COMMITTED a transaction gives a reader nothing, and costs a BEGIN
and a ROLLBACK), and a pooled connection is pinged before use only when it sat idle for a while
(`IDLE_BEFORE_PING_S`), not at every checkout.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from shopinbox.domain.text_fold import fold


def _sql_fold(value: Any) -> Any:
    return fold(value) if isinstance(value, str) else value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The one box's trigram tables are kept by triggers (migration 0012_search_index) that fold
    # names and numbers the way the app folds queries: every connection that writes customers,
    # identities or orders needs this function (the app's engine always has it; a bare sqlite3
    # shell writing those tables fails with "no such function" rather than index them wrongly).
    dbapi_connection.create_function("shopinbox_fold", 1, _sql_fold, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    files = [row[2] for row in cursor.execute("PRAGMA database_list") if row[2]]
    cursor.close()
    for name in files:  # SQLite creates -wal and -shm with the database file's mode
        _private(name)


def _private(name: str) -> None:
    """The database holds every conversation: 0600 (POSIX), whatever the umask said."""
    if os.name != "posix":
        return
    try:
        if os.stat(name).st_mode & 0o777 != 0o600:
            os.chmod(name, 0o600)
    except OSError:
        pass


def _sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN: a deferred transaction that reads first and writes
    # later cannot be retried by the busy handler and fails with "database is locked". Readers
    # stay deferred so that, under WAL, they never wait for a writer.
    if conn.get_execution_options().get("sqlite_begin") == "immediate":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for `url` with the per-dialect settings this app relies on."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_transactions(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's BEGIN below control transactions (pysqlite's own is deferred).
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if "options=" not in url:  # the URL's own session options win
        kwargs["connect_args"] = {"options": SESSION_OPTIONS, **kwargs.get("connect_args", {})}
    engine = create_engine(url, **kwargs)
    event.listen(engine, "checkout", _ping_if_idle)
    event.listen(engine, "checkin", _note_checkin)
    return engine


# Set for this app's sessions in the connection's start-up packet (no round trip), not on the
# server: the planner's default random_page_cost (4) is for spinning disks, and a shop's
# database (a few GB) lives in memory or on an SSD, for which 1.1 is the usual value. With 4
# it sorted the inbox's 5,600 conversations (8 ms) instead of reading ix_conversations_activity
# backwards (4 ms).
SESSION_OPTIONS = "-c random_page_cost=1.1"

# A pooled connection unused this long is pinged before it is handed out; one used more recently
# is trusted (a server restart or a dropped network in between fails that one statement, and
# SQLAlchemy then throws the connection away and the pool makes a new one).
IDLE_BEFORE_PING_S = 10.0


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info["checked_in"] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """The pool's pre-ping, only for a connection idle `IDLE_BEFORE_PING_S` or more: raising
    DisconnectionError here makes the pool drop it and check out another (or a new one)."""
    if time.monotonic() - record.info.get("checked_in", 0.0) < IDLE_BEFORE_PING_S:
        return
    try:
        dbapi_connection.execute("SELECT 1")
        dbapi_connection.rollback()
    except Exception as error:  # any failure: the connection is not fit for use
        raise exc.DisconnectionError() from error


def session_factory(engine: Engine, *, writer: bool = False) -> sessionmaker[Session]:
    """Sessions for reading or for writing: on SQLite a reader's BEGIN is deferred and a
    writer's IMMEDIATE; on PostgreSQL a reader runs in autocommit (no BEGIN, no ROLLBACK)."""
    bind: Engine
    if writer:
        bind = engine.execution_options(sqlite_begin="immediate")
    elif engine.dialect.name == "postgresql":
        bind = engine.execution_options(isolation_level="AUTOCOMMIT")
    else:
        bind = engine
    return sessionmaker(bind, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


T = TypeVar("T")


class RowGone(LookupError):
    """A row that the caller had in hand was deleted meanwhile (e.g. an account removed while
    one of its replies was being sent)."""


def require(session: Session, model: type[T], key: Any) -> T:
    """`session.get` for a row that must exist: raises `RowGone` instead of returning None."""
    row = session.get(model, key)
    if row is None:
        raise RowGone(f"{model.__name__} {key} no longer exists")
    return row


def is_disk_full(error: BaseException) -> bool:
    """True for a write that failed because the disk (or the database's size limit) is full:
    SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100), an OS write with ENOSPC — also when
    wrapped by SQLAlchemy or raised as the cause of another error."""
    import errno

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if getattr(current, "sqlite_errorname", None) == "SQLITE_FULL" \
                or getattr(current, "sqlstate", None) == "53100":
            return True
        text = str(current).lower()
        if "database or disk is full" in text or "no space left on device" in text:
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False
