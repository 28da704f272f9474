"""The bridge between background services and the window.

Sync services (email, Telegram; built elsewhere) run in their own threads and know nothing of
Qt widgets. They get plain callbacks — `bridge.on_state(account_id, state, detail)`,
`bridge.on_customers_changed(ids)`, `bridge.on_new_message(customer_id, message_id)` — which emit
signals; Qt queues them to the UI thread, where the status bar, the inbox and the tray listen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

# The sync engine's states (app/sync/state.py SyncStatus); WAITING's detail is the time "HH:MM".
SYNCING, UP_TO_DATE, WAITING, ERROR = "syncing", "up-to-date", "waiting", "error"
# Team mode: another desktop runs the account; the detail is who ("Anna on shop-pc").
ELSEWHERE = "elsewhere"


class SyncBridge(QObject):
    state_changed = Signal(int, str, str)  # account id, state, detail (error reason)
    customers_changed = Signal(object)  # set[int]
    new_inbound = Signal(int, int)  # customer id, message id
    retry_requested = Signal(int)  # account id: the user pressed "retry"
    sync_now_requested = Signal()  # "Sync now" (F5): one round of every account at once

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.states: dict[int, tuple[str, str]] = {}
        self.state_changed.connect(self._remember)
        self._retry_handlers: list[Callable[[int], None]] = []

    # -- callbacks for service threads (thread-safe: they only emit) --
    def on_state(self, account_id: int, state: str, detail: str = "") -> None:
        self.state_changed.emit(int(account_id), str(state), str(detail or ""))

    def on_customers_changed(self, customer_ids: Iterable[int]) -> None:
        self.customers_changed.emit({int(i) for i in customer_ids})

    def on_new_message(self, customer_id: int, message_id: int) -> None:
        self.new_inbound.emit(int(customer_id), int(message_id))

    # -- for the services: what to do when the user presses retry --
    def add_retry_handler(self, handler: Callable[[int], None]) -> None:
        self._retry_handlers.append(handler)
        self.retry_requested.connect(handler)

    def request_sync_now(self) -> None:
        self.sync_now_requested.emit()

    def _remember(self, account_id: int, state: str, detail: str) -> None:
        self.states[account_id] = (state, detail)


class ChangeCoalescer(QObject):
    """Merges changed-customer sets that arrive faster than `interval_ms` (a sync commits a batch
    every few hundred ms, Telegram many small ones): the first set goes out at once, later ones
    are united and go out together when the interval has passed — at most one inbox refresh
    per interval, and no change is ever dropped. Lives in (and is fed on) the UI thread."""

    flushed = Signal(object)  # set[int]

    def __init__(self, parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._pending: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=interval_ms)
        self._timer.timeout.connect(self._tick)

    def add(self, customer_ids: Iterable[int]) -> None:
        self._pending.update(customer_ids)
        if not self._timer.isActive():
            self._tick()

    def flush(self) -> None:
        """Send what waits now (closing the window, tests)."""
        self._timer.stop()
        if self._pending:
            pending, self._pending = self._pending, set()
            self.flushed.emit(pending)

    def _tick(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, set()
            self._timer.start()  # the next refresh waits a full interval after this one
            self.flushed.emit(pending)
