"""Background work with results posted back to the UI thread (Picard's `thread.py` idea).

`TaskRunner.submit(fn, *args, on_done=..., on_error=...)` runs `fn` on a QThreadPool thread; the
callbacks run on the UI thread through a queued signal. The UI never waits for the network or a
slow query: sending, search and demo loading go through here.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from shopinbox.domain.errors import ShopError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the UI thread; emitting from the worker queues the call to the UI thread."""

    done = Signal(object)
    failed = Signal(object)


BACKGROUND_NICE = 10


def lower_thread_priority(nice: int = BACKGROUND_NICE) -> None:
    """Give the calling thread a lower CPU priority (Linux: threads have their own nice value;
    elsewhere a no-op). It cannot be raised again without privileges, so only threads that do
    nothing but background work call this."""
    if not hasattr(os, "setpriority"):
        return
    try:
        thread = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, thread) < nice:
            os.setpriority(os.PRIO_PROCESS, thread, nice)
    except OSError:
        pass


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, relay: _Relay,
                 background: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._relay = fn, args, relay
        self._background = background

    def run(self) -> None:
        if self._background:
            lower_thread_priority()
        try:
            result = self._fn(*self._args)
        except Exception as error:  # reported to the UI thread, never lost
            log.warning("background task failed: %s", error.for_log() if isinstance(
                error, ShopError) else "".join(
                traceback.format_exception_only(type(error), error)).strip())
            self._relay.failed.emit(error)
        else:
            # Wrapped: PySide6 6.12 loses a reference to None for each None that crosses
            # threads through a Signal(object), until the interpreter dies with "deallocating
            # None" (a benchmark opening customers in a loop hit it); a list is always safe.
            self._relay.done.emit([result])


class TaskRunner(QObject):
    """A small pool (two threads: the reference machine has two cores).

    `background=True` is for long CPU-heavy work such as a full sync: its threads run at a
    lower priority, so on two busy cores the UI thread gets the CPU when it needs it (with
    equal priorities the event loop stalled for 100+ ms during a 10,000-message sync)."""

    finished = Signal()  # after any task's callback ran (tests wait on it)

    def __init__(self, parent: QObject | None = None, threads: int = 2,
                 background: bool = False) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.background = background
        self._relays: set[_Relay] = set()
        self.closed = False

    def submit(self, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None) -> None:
        if self.closed:  # a callback that ran after its window closed starts nothing new
            log.debug("not started after shutdown: %s", getattr(fn, "__name__", fn))
            return
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

        relay.done.connect(lambda wrapped: finish(on_done, wrapped[0]))
        relay.failed.connect(lambda error: finish(on_error, error))
        self.pool.start(_Task(fn, args, relay, self.background))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10000) -> bool:
        """Wait for what runs, then refuse new work: nothing touches the profile after its
        window closed (the smoke test deletes the profile right after)."""
        done = self.wait(msecs)
        self.closed = True
        return done
