"""The engine's threads: one `AccountWorker` and one `OutboxWorker` per account.

An account worker repeats: one bounded round (`rounds.pull_round`), then — where the channel has
push (`capabilities.push`: IMAP IDLE, Telegram long polling) — `channel.listen(…)` until
something wakes it, else a wait for its next turn. Each has its own schedule: an account that
waits (throttled), fails or is slow blocks nobody but itself. The outbox worker sends that
account's queued replies as soon as it is woken (`queue_reply` notifies the engine) and, for
replies queued by another process, looks every `poll` seconds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.sync.election import TAKEOVER_POLL
from shopinbox.app.sync.rounds import as_shop_error, pull_round, send_outbox
from shopinbox.app.sync.state import UP_TO_DATE, AccountReport, AccountState, SyncStatus
from shopinbox.channels import registry

if TYPE_CHECKING:
    from shopinbox.app.sync.engine import SyncEngine

log = logging.getLogger(__name__)


def _seconds_to(moment: datetime | None) -> float:
    if moment is None:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


class _Worker(threading.Thread):
    def __init__(self, engine: SyncEngine, account: AccountInfo, role: str) -> None:
        super().__init__(name=f"sync-{role}-{account.name}", daemon=True)
        self.engine, self.account = engine, account
        self.stopped = threading.Event()  # this worker ends (engine stop, account removed)
        self.wakeup = threading.Event()  # cut the current wait or listen short

    def stop(self) -> None:
        self.stopped.set()
        self.wakeup.set()

    def _wait(self, seconds: float) -> None:
        """Sleep until the next turn, a wake-up or the stop; then clear the wake-up."""
        if seconds > 0:
            self.wakeup.wait(seconds)
        self.wakeup.clear()

    def run(self) -> None:
        init: Callable[[], None] | None = self.engine.thread_init
        if init is not None:
            init()
        try:
            self.loop()
        except Exception:  # a bug in the loop itself: logged, the other accounts go on
            log.exception("worker %s ended by an unexpected error", self.name)

    def loop(self) -> None:
        raise NotImplementedError


def _recover_taken(engine: SyncEngine, account: AccountInfo) -> None:
    """Team mode, on taking an account over: its replies whose claimer lost the runner lock
    (killed, crashed, unplugged) are recovered now, not at some later start-up."""
    from shopinbox.app.outbox.sending import recover_interrupted

    try:
        unsure = recover_interrupted(engine.ctx, account.id)
    except Exception:  # the next take-over tries again; the sync goes on
        log.exception("recovering the interrupted replies of %s", account.name)
        return
    if unsure:
        log.warning("%s: %d reply(ies) were interrupted on the desktop that ran the account "
                    "and may have been sent", account.name, unsure)


class AccountWorker(_Worker):
    def __init__(self, engine: SyncEngine, account: AccountInfo) -> None:
        super().__init__(engine, account, "account")
        self.push_failures = 0
        self.elsewhere: AccountState | None = None  # team mode: who else runs it

    def sync_now(self) -> None:
        self.wakeup.set()

    def _runs_here(self) -> bool:
        """Team mode: this engine runs the account (it holds the runner lock). When another
        desktop does, say who (once per holder) and try again every TAKEOVER_POLL seconds."""
        engine = self.engine
        held = engine.runner.holds(self.account.id)
        if engine.runner.take(self.account.id):
            self.elsewhere = None
            if not held:  # taken over: what the previous runner left half-sent
                _recover_taken(engine, self.account)
            return True
        state = engine.elsewhere(self.account.id)
        if state != self.elsewhere:
            self.elsewhere = state
            engine.hooks.state(self.account, state, state.english())
            engine.reported(AccountReport(self.account.name, account_id=self.account.id,
                                          state=state))
        return False

    def loop(self) -> None:
        engine = self.engine
        while not self.stopped.is_set():
            self.wakeup.clear()
            if not self._runs_here():
                self.stopped.wait(TAKEOVER_POLL)
                continue
            report = pull_round(engine.ctx, self.account, engine.policy, engine.hooks,
                                self.stopped)
            engine.reported(report)
            if self.stopped.is_set():
                return
            state = report.state
            if state.status == SyncStatus.WAITING:
                self._wait(max(1.0, _seconds_to(state.until)))
            elif state.status == SyncStatus.ERROR:
                self._wait(engine.interval)  # or sooner: the user pressed Retry
            elif engine.push and self._can_listen():
                self.push_failures = 0 if self._listen() else self.push_failures + 1
                if self.push_failures:
                    self._wait(min(engine.policy.backoff(self.push_failures), engine.interval))
            else:
                self._wait(engine.interval)

    def _can_listen(self) -> bool:
        channel = registry.for_account(self.account.kind, self.account.settings)
        return channel is not None and channel.capabilities.push

    def _listen(self) -> bool:
        """Push mode until woken (True), or until it fails (False; the state says why)."""
        engine = self.engine
        channel = registry.for_account(self.account.kind, self.account.settings)
        assert channel is not None
        hooks = engine.hooks

        def progress(text: str) -> None:
            log.info("%s: %s", self.account.name, text)

        try:
            channel.listen(engine.ctx, self.account.id, on_change=hooks.change,
                           on_state=progress, stop_event=self.wakeup,
                           poll_interval=engine.interval, **hooks.options)
        except Exception as caught:
            error = as_shop_error(caught, self.account, engine.ctx)
            state = AccountState.of_error(error)
            log.info("%s: push mode ended: %s", self.account.name, error.english())
            if state.status == SyncStatus.WAITING:
                hooks.state(self.account, state, state.english())
                self._wait(max(1.0, _seconds_to(state.until)))
                return True  # waited as asked; the next round pulls
            return False  # the next round (after a back-off) reports it if it persists
        else:
            if not self.stopped.is_set():
                hooks.state(self.account, UP_TO_DATE)
            return True


class OutboxWorker(_Worker):
    def __init__(self, engine: SyncEngine, account: AccountInfo) -> None:
        super().__init__(engine, account, "outbox")

    def wake(self) -> None:
        self.wakeup.set()

    def loop(self) -> None:
        engine = self.engine
        while not self.stopped.is_set():
            self.wakeup.clear()
            if not engine.runner.holds(self.account.id):  # the runner's outbox sends
                self._wait(engine.outbox_poll)
                continue
            try:
                send_outbox(engine.ctx, self.account.id, engine.hooks, stop_event=self.stopped)
            except Exception:  # e.g. the database is busy: try again at the next look
                log.exception("outbox of %s", self.account.name)
            self._wait(engine.outbox_poll)
