"""The window's side of the sync engine (app/sync/engine.py): the same engine `shopinbox sync`
runs, started once the window has painted and stopped when it closes.

Every account runs in its own engine worker (background CPU priority: on two busy cores the UI
thread comes first), pushes where its channel can (IMAP IDLE, Telegram long polling) and
otherwise takes a round every `sync_interval_minutes`; its outbox sends a reply as soon as it is
queued. Nothing here runs on the UI thread but signal handling: the engine's callbacks (worker
threads) only emit through the `SyncBridge` or a queued signal.

`run_finished(reports)` comes after the first round of every account, and after each round
asked for later (Retry in the status bar, a new account) — tests and the benchmark wait on it.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.app.sync.engine import SyncEngine
from shopinbox.app.sync.state import AccountReport, AccountState, SyncStatus
from shopinbox.domain.errors import stored_error
from shopinbox.ui.common.tasks import TaskRunner, lower_thread_priority
from shopinbox.ui.shell.sync_bridge import (
    ELSEWHERE,
    ERROR,
    SYNCING,
    UP_TO_DATE,
    WAITING,
    SyncBridge,
)

log = logging.getLogger(__name__)
ALL = ""  # run_now(): every account
NOTIFY_AT_MOST = 5  # a first sync of a busy mailbox must not pop up hundreds of notifications
BRIDGE_STATES = {SyncStatus.SYNCING: SYNCING, SyncStatus.UP_TO_DATE: UP_TO_DATE,
                 SyncStatus.WAITING: WAITING, SyncStatus.ERROR: ERROR,
                 SyncStatus.ELSEWHERE: ELSEWHERE}


def bridge_detail(state: AccountState, text: str) -> str:
    """What the status bar shows beside the state: the time for a wait, the reason of an
    error, the progress of a round."""
    if state.status == SyncStatus.WAITING:
        return state.until.astimezone().strftime("%H:%M") if state.until else ""
    if state.status == SyncStatus.ELSEWHERE:
        return str(state.params.get("holder") or "")
    if state.status == SyncStatus.ERROR:  # the status bar words the code (error_text.py)
        return stored_error(state.code or "internal", state.params)
    return text


class SyncRunner(QObject):
    run_finished = Signal(object)  # list[AccountReport]
    _reported = Signal(object)  # AccountReport, from a worker thread to the UI thread

    def __init__(self, ctx: AppContext, bridge: SyncBridge, interval_minutes: int = 5,
                 parent: QObject | None = None, **options: Any) -> None:
        super().__init__(parent)
        self.ctx, self.bridge = ctx, bridge
        self.engine = SyncEngine(ctx, on_state=self._on_state, on_change=self._on_change,
                                 on_report=self._reported.emit, push=True,
                                 interval=max(int(interval_minutes), 1) * 60,
                                 thread_init=lower_thread_priority, **options)
        self.stop_event = self.engine.stop_event
        self.tasks = TaskRunner(self, threads=1, background=True)  # start-up and refreshes
        self.names: dict[int, str] = {}
        self._pending: set[int] = set()  # accounts whose asked-for round has not reported
        self._results: list[AccountReport] = []
        # Reports that arrive before the start has said which accounts its first round covers
        # (a worker can finish, e.g. throttled at once, before that answer reaches this thread):
        # they belong to that round, not to an account's own schedule. None once it answered.
        self._early: list[AccountReport] | None = []
        self._seen_lock = threading.Lock()
        self._seen: int | None = None  # newest message id already notified
        # Accounts in a round: their batches notify once at its end (a first sync of 10,000
        # mails must not update the tray — a query and an icon on the UI thread — per batch).
        self._rounds: set[int] = set()
        self._reported.connect(self._report_arrived)
        bridge.add_retry_handler(self.retry)
        bridge.sync_now_requested.connect(self.sync_now)

    # -- UI thread --
    def start(self) -> None:
        if self.stop_event.is_set():
            return
        self.tasks.submit(self._start, on_done=self._started)

    def set_interval(self, minutes: int) -> None:
        self.engine.set_interval(max(int(minutes), 1) * 60)

    def stop(self, msecs: int = 10_000) -> bool:
        """End every worker (waits and push cut short); True when all have ended in time."""
        for signal, slot in ((self.bridge.retry_requested, self.retry),
                             (self.bridge.sync_now_requested, self.sync_now)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.stop_event.set()
        stopped = self.engine.stop(msecs / 1000)
        return self.tasks.wait(msecs) and stopped

    def run_now(self, account_name: str = ALL) -> None:
        """A round now: of every account (also new ones) or the named one."""
        if not self.stop_event.is_set():
            self.tasks.submit(self._refresh, account_name, on_done=self._asked)

    def sync_now(self) -> None:
        """"Sync now" (F5, the Shop menu): every account takes a round at once — a pushing
        account's IDLE or long poll is cut short for it."""
        self.run_now(ALL)

    def retry(self, account_id: int) -> None:
        if self.stop_event.is_set():
            return
        self.bridge.on_state(account_id, SYNCING, "")
        self._pending.add(account_id)
        self.engine.sync_now(account_id)

    @property
    def running(self) -> bool:
        return bool(self._pending)

    def _asked(self, account_ids: list[int]) -> None:
        self._pending |= set(account_ids)
        if not account_ids:  # nothing to sync (no account yet, the demo shop)
            self.run_finished.emit([])

    def _started(self, account_ids: list[int]) -> None:
        early, self._early = self._early or [], None
        covered = set(account_ids)
        self._results.extend(r for r in early if r.account_id in covered)
        self._pending |= covered - {r.account_id for r in early}
        for report in early:
            if report.account_id not in covered:
                self.run_finished.emit([report])
        if not self._pending:
            results, self._results = self._results, []
            self.run_finished.emit(results)

    def _report_arrived(self, report: AccountReport) -> None:
        self.names[report.account_id] = report.account
        if self._early is not None:
            self._early.append(report)
            return
        if report.account_id not in self._pending:
            self.run_finished.emit([report])  # a round of the account's own schedule
            return
        self._pending.discard(report.account_id)
        self._results.append(report)
        if not self._pending:
            results, self._results = self._results, []
            self.run_finished.emit(results)

    # -- worker threads --
    def _start(self) -> list[int]:
        from shopinbox.app.sync.events import latest_message_id

        with self._seen_lock:
            self._seen = latest_message_id(self.ctx)
        self.engine.start()
        return self.engine.account_ids()

    def _refresh(self, account_name: str) -> list[int]:
        before = set(self.engine.account_ids())
        self.engine.refresh()
        wanted = [a.id for a in self.engine.accounts() if account_name in (ALL, a.name)]
        for account_id in wanted:
            if account_id in before:  # a new worker starts with a round by itself
                self.engine.sync_now(account_id)
        return wanted

    def _on_state(self, account: AccountInfo, state: AccountState, text: str) -> None:
        self.bridge.on_state(account.id, BRIDGE_STATES[state.status], bridge_detail(state, text))
        with self._seen_lock:
            if state.status == SyncStatus.SYNCING:
                self._rounds.add(account.id)
            else:
                self._rounds.discard(account.id)
        if state.status != SyncStatus.SYNCING:
            self._notify_new()

    def _on_change(self, customer_ids: set[int]) -> None:
        self.bridge.on_customers_changed(customer_ids)
        with self._seen_lock:
            in_round = bool(self._rounds)
        if not in_round:  # pushed mail: at once; a round's batches: once, when it ends
            self._notify_new()

    def _notify_new(self) -> None:
        """Tell the tray about new unread inbound messages (at most a few per look)."""
        from shopinbox.app.sync.events import inbound_since, latest_message_id

        with self._seen_lock:
            if self._seen is None:
                return
            newest = latest_message_id(self.ctx)
            if newest <= self._seen:
                return
            found = [(c, m) for c, m in inbound_since(self.ctx, self._seen, NOTIFY_AT_MOST)
                     if m <= newest]
            self._seen = newest
        for customer_id, message_id in found:
            self.bridge.on_new_message(customer_id, message_id)
