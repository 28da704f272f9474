"""Background sync for the window: `sync_service.sync_accounts` (email, Telegram, then the
outbox) on a worker thread — never the UI thread — at start, every `sync_interval_minutes`,
and for one account when the user presses Retry in the status bar.

The sync service knows accounts by name and reports free text (`on_state(name, text)`); the
window's `SyncBridge` wants ids and one of syncing / up to date / error. This is the adapter.
Only one run at a time: a tick or a retry during a run is queued and merged.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from shopinbox.app.core.context import AppContext
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.shell.sync_bridge import ERROR, SYNCING, UP_TO_DATE, SyncBridge

log = logging.getLogger(__name__)
ALL = ""  # queue entry: every account
NOTIFY_AT_MOST = 5  # a first sync of a busy mailbox must not pop up hundreds of notifications


class SyncRunner(QObject):
    run_finished = Signal(object)  # list[AccountSyncResult] (empty when nothing to sync)

    def __init__(self, ctx: AppContext, bridge: SyncBridge, interval_minutes: int = 5,
                 parent: QObject | None = None, **options: Any) -> None:
        super().__init__(parent)
        self.ctx, self.bridge = ctx, bridge
        self.options = options  # for the syncers, e.g. retries/backoff (tests)
        self.stop_event = threading.Event()
        self.tasks = TaskRunner(self, threads=1, background=True)  # the UI thread comes first
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        self.set_interval(interval_minutes)
        self.names: dict[int, str] = {}
        self.running = False
        self._queued: list[str] = []
        bridge.add_retry_handler(self.retry)

    def start(self) -> None:
        if self.stop_event.is_set():
            return
        self.run_now()
        self.timer.start()

    def set_interval(self, minutes: int) -> None:
        self.timer.setInterval(max(int(minutes), 1) * 60_000)

    def stop(self, msecs: int = 10_000) -> bool:
        """Stop ticking and cut a retry back-off short; wait for the running round."""
        self.timer.stop()
        self.stop_event.set()
        self._queued.clear()
        try:
            self.bridge.retry_requested.disconnect(self.retry)
        except (RuntimeError, TypeError):
            pass
        return self.tasks.wait(msecs)

    # -- scheduling (UI thread) --
    def run_now(self, account_name: str = ALL) -> None:
        if self.stop_event.is_set():
            return
        if self.running:
            if ALL not in self._queued and account_name not in self._queued:
                self._queued.append(account_name)
            return
        self.running = True
        self.tasks.submit(self._work, account_name, on_done=self._done, on_error=self._failed)

    def retry(self, account_id: int) -> None:
        name = self.names.get(account_id)
        if name is None:
            from shopinbox.app.inbox.listing import accounts_brief

            name = next((n for i, n, _k in accounts_brief(self.ctx) if i == account_id), None)
        if name is not None:
            self.bridge.on_state(account_id, SYNCING, "")
            self.run_now(name)

    def _done(self, results: list) -> None:
        self.running = False
        self.run_finished.emit(results)
        if self._queued:
            self.run_now(self._queued.pop(0))

    def _failed(self, error: Exception) -> None:
        log.warning("sync round failed: %s", error)
        for account_id in self.names:
            self.bridge.on_state(account_id, ERROR, str(error) or type(error).__name__)
        self._done([])

    # -- the round itself (worker thread) --
    def _work(self, account_name: str) -> list:
        from shopinbox.app.sync.events import inbound_since, latest_message_id
        from shopinbox.app.sync.service import sync_accounts, syncable_accounts

        accounts = syncable_accounts(self.ctx)
        ids = {a.name: a.id for a in accounts}
        self.names = {a.id: a.name for a in accounts}
        targets = [a for a in accounts if account_name in (ALL, a.name)]
        if not targets:  # nothing to sync (no account yet, the demo shop): leave all alone
            return []
        for account in targets:
            self.bridge.on_state(account.id, SYNCING, "")
        before = latest_message_id(self.ctx)

        def on_state(name: str, text: str) -> None:
            if name in ids and text not in ("syncing", "up to date"):
                self.bridge.on_state(ids[name], SYNCING, text)  # e.g. "retrying in 2 s"

        results = sync_accounts(self.ctx, account_name or None, on_state=on_state,
                                on_change=self.bridge.on_customers_changed,
                                stop_event=self.stop_event, **self.options)
        for result in results:
            if result.account in ids:
                self.bridge.on_state(ids[result.account], UP_TO_DATE if result.ok else ERROR,
                                     result.summary)
        for customer_id, message_id in inbound_since(self.ctx, before, NOTIFY_AT_MOST):
            self.bridge.on_new_message(customer_id, message_id)
        return results
