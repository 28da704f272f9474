"""Background work with results posted back to the UI thread (Picard's `thread.py` idea).

`TaskRunner.submit(fn, *args, on_done=..., on_error=...)` runs `fn` on a QThreadPool thread; the
callbacks run on the UI thread through a queued signal. The UI never waits for the network or a
slow query: sending, search and demo loading go through here.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread; emitting from the worker queues the call to the UI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._relay = fn, args, relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as error:  # reported to the UI thread, never lost
            log.warning("background task failed: %s", "".join(
                traceback.format_exception_only(type(error), error)).strip())
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class TaskRunner(QObject):
    """A small pool (two threads: the reference machine has two cores)."""

    finished = Signal()  # after any task's callback ran (tests wait on it)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable | None, value: Any) -> None:
            if not isValid(self):  # the owner (a closed window, a stopped runner) is gone
                relay.deleteLater()
                return
            self._relays.discard(relay)
            try:
                if callback is not None:
                    callback(value)
            finally:
                relay.deleteLater()
                self.finished.emit()

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Task(fn, args, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
