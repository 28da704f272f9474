"""User actions as background operations (Anki's `aqt/operations` on top of `taskman`).

    ops.run(actions.mark_done, ctx, customer_id, on_success=...)

runs `actions.mark_done(ctx, customer_id)` on the one serial database-writes thread (so writes
happen in the order the user made them and never on the UI thread), takes the `Changes` it
returns (`app/core/changes.py`) and emits `changes_applied(changes)` once on the UI thread; the
views refresh only what it names. `ops.query(fn, ...)` runs a read for a view on the reads pool
and hands the result to `on_done` without announcing changes.

Failures go to `on_failure` when given, else to the `failed` signal (the status bar shows it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from shopinbox.app.core.changes import Changes, OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.drafts import DraftText, flush_drafts, journal
from shopinbox.ui.common.tasks import TaskRunner

__all__ = ["Changes", "OpResult", "OperationRunner"]


class OperationRunner(QObject):
    changes_applied = Signal(object)  # Changes
    failed = Signal(object)  # Exception of an operation without its own on_failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One serial executor for writes (taskman's db executor): under SQLite a write may wait
        # for the sync's batch to commit; it waits here, never on the UI thread.
        self.writes = TaskRunner(self, threads=1)
        # Reads for views: WAL lets them run beside a sync write, two at a time (two cores).
        self.reads = TaskRunner(self, threads=2)
        # Drafts never queue behind a sync write (app/inbox/drafts.py): the journal file is
        # written on one lane, its copy into the database on another.
        self.drafts = TaskRunner(self, threads=1)
        self.draft_store = TaskRunner(self, threads=1)
        self._flush_queued = False
        # Team mode: tells the other desktops what an operation changed (ui/shell/team_bridge).
        self.publish: Callable[[Changes], None] | None = None

    def run(self, fn: Callable[..., Any], *args: Any,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None,
            lane: TaskRunner | None = None) -> None:
        """Run a writing app function (on the writes thread unless another `lane` is given,
        e.g. the network pool for sending); `on_success` gets its value (`OpResult.value`,
        else the raw result) before `changes_applied` announces what it changed."""

        def done(result: Any) -> None:
            value = result.value if isinstance(result, OpResult) else result
            if on_success is not None:
                on_success(value)
            changes = Changes.of(result)
            if changes:
                if self.publish is not None:  # committed: the others may read it now
                    self.publish(changes)
                self.changes_applied.emit(changes)

        (lane or self.writes).submit(fn, *args, on_done=done,
                                     on_error=on_failure or self.failed.emit)

    def save_draft(self, ctx: AppContext, customer_id: int, draft: DraftText,
                   on_saved: Callable[[], None] | None = None) -> None:
        """Remember the draft at once (memory), journal it on the drafts lane (`on_saved` when
        it is on disk), then copy it into the database when the database is free."""
        saved = journal(ctx)
        saved.remember(customer_id, draft)

        def persisted(_result: Any) -> None:
            if on_saved is not None:
                on_saved()
            self.store_drafts(ctx)

        self.drafts.submit(saved.persist, on_done=persisted, on_error=self.failed.emit)

    def store_drafts(self, ctx: AppContext) -> None:
        """Copy the journalled drafts into the database on the draft-store lane (one flush
        queued at a time; it may wait for a sync's write lock there)."""
        if self._flush_queued:
            return
        self._flush_queued = True

        def flushed(_result: Any) -> None:
            self._flush_queued = False
            if journal(ctx).snapshot():  # saved again while this flush waited
                self.store_drafts(ctx)

        def failed(error: Exception) -> None:
            self._flush_queued = False  # the journal keeps them; the next save tries again
            self.failed.emit(error)

        self.draft_store.submit(flush_drafts, ctx, on_done=flushed, on_error=failed)

    def query(self, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception], None] | None = None) -> None:
        """Run a read for a view in the background; `on_done` gets its result."""
        self.reads.submit(fn, *args, on_done=on_done, on_error=on_error or self.failed.emit)

    def announce(self, changes: Changes, *, share: bool = False) -> None:
        """Changes that happened elsewhere (a sync batch, a dialog's own work, another
        desktop). `share`: this desktop made them, so the other desktops hear of them too
        (a sync batch is shared by the engine itself, another desktop's change never again)."""
        if changes:
            if share and self.publish is not None:
                self.publish(changes)
            self.changes_applied.emit(changes)

    @property
    def busy(self) -> bool:
        return any(lane.busy for lane in self._lanes())

    def _lanes(self) -> tuple[TaskRunner, ...]:
        return (self.writes, self.reads, self.drafts, self.draft_store)

    def wait(self, msecs: int = 10000) -> bool:
        """Block until every lane is idle (closing the window, tests)."""
        return all([lane.wait(msecs) for lane in self._lanes()])

    def shutdown(self, msecs: int = 10000) -> bool:
        """Wait for every lane, then refuse new work (the window closed)."""
        return all([lane.shutdown(msecs) for lane in self._lanes()])
