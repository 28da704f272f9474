"""One lock for the outbox's own write transactions in this process.

A campaign sends on several accounts side by side, and every message takes a few short write
transactions (queue and claim, step in flight, outcome). On SQLite two threads that want the
write lock at once meet in SQLite's busy handler, which polls with growing sleeps (up to 100 ms)
however short the other's transaction was — measured, that waiting was most of the time a
campaign spent outside its throttle. Taking this lock first lets the outbox's writers queue
in Python and go the moment the lock is free. Other writers (a sync's ingest, another process)
still meet the outbox at SQLite's lock as before; PostgreSQL loses nothing by it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext

# Reentrant: a write helper called inside another one's transaction must not deadlock.
_OUTBOX_WRITES = threading.RLock()


@contextmanager
def outbox_write(ctx: AppContext) -> Iterator[Session]:
    """`ctx.writer()` in a transaction, behind the outbox's lock: commit on success."""
    with _OUTBOX_WRITES, ctx.writer() as session, session.begin():
        yield session
