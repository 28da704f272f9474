"""The sync engine: every channel account and order source, each in its own worker, and the outbox per account.

Two ways to run it, one code path:

- `run_once()` — one bounded round of every account CONCURRENTLY (a thread each), then that
  account's outbox; returns one `AccountReport` per account. `shopinbox sync --once` and
  `sync_accounts` use it. A throttled account is reported as waiting and skipped (the policy
  never waits longer than its cap), so the round ends in bounded time.
- `start()` … `stop()` — the running app (the window, `shopinbox sync` as a service): an
  `AccountWorker` per account with its own schedule and push mode where the channel has one,
  and an `OutboxWorker` per account that sends a reply as soon as it is queued.

Both take the due-campaign step (`campaign_step.py`): a campaign scheduled for a time is
started by the app when it is due, through the code `shopinbox campaign run --due` uses.

What every channel repeated before lives here once: the retry policy (`retry.py`), the state
enum and report shape (`state.py`), error handling and `Account.last_error` (`rounds.py`). The
channel keeps only what is its own: `pull` stores a batch and its cursor in one transaction
(`store/cursors.py`), `listen` waits for new items. Knows no channel by name: the registry says.

Team mode (PostgreSQL): an account's worker and outbox run only while this engine holds the
account's runner lock (`election.py`); otherwise they report `ELSEWHERE` (who runs it) and try
again every few seconds. What a batch changed is also announced to the other desktops
(`ctx.live`, app/team/live.py). On SQLite every account is this engine's, as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.accounts import AccountInfo, list_accounts
from shopinbox.app.core.changes import Changes
from shopinbox.app.core.context import AppContext
from shopinbox.app.sync.campaign_step import CAMPAIGN_POLL, CampaignWorker, run_due_campaigns
from shopinbox.app.sync.election import runner_for
from shopinbox.app.sync.retry import DEFAULT_POLICY, RetryPolicy
from shopinbox.app.sync.rounds import (
    ChangeCallback,
    Hooks,
    StateCallback,
    as_shop_error,
    pull_round,
    puller_for,
    queued_ids,
    send_outbox,
)
from shopinbox.app.sync.state import AccountReport, AccountState, SyncStatus
from shopinbox.app.sync.workers import AccountWorker, OutboxWorker
from shopinbox.store.models import Message

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 300.0  # seconds between rounds of an account without push
OUTBOX_POLL = 1.0  # seconds: how often an outbox looks for replies queued by another process
HOUSEKEEPING_EVERY = 3600.0  # seconds between looks whether the daily backup is due


def backup_if_due(ctx: AppContext) -> None:
    """Take the daily database backup when it is due; a failure (a full disk) is logged and
    never stops a sync."""
    from shopinbox.app.core.backups import rolling_backup

    try:
        rolling_backup(ctx.paths)
    except Exception:
        log.exception("the daily backup failed")


def syncable_accounts(ctx: AppContext) -> list[AccountInfo]:
    """Enabled accounts of a channel kind or of an order source with an API (demo accounts and
    order files are not pulled)."""
    return [a for a in list_accounts(ctx) if a.enabled and puller_for(a) is not None]


def policy_from_options(options: dict[str, Any]) -> RetryPolicy:
    """Older callers (and tests) pass `retries` / `backoff`: they shape the one policy."""
    policy = options.pop("policy", None) or DEFAULT_POLICY
    retries, backoff = options.pop("retries", None), options.pop("backoff", None)
    if retries is None and backoff is None:
        return policy
    return RetryPolicy(
        attempts=policy.attempts if retries is None else int(retries) + 1,
        first_wait=policy.first_wait if backoff is None else float(backoff),
        max_wait=policy.max_wait, total_wait=policy.total_wait,
        throttle_cap=policy.throttle_cap, throttle_retries=policy.throttle_retries)


class SyncEngine:
    """See the module docstring. Callbacks run on worker threads: they must only emit or print.

    `thread_init` runs first in every worker thread (the window lowers their CPU priority, so
    its UI thread comes first on two busy cores)."""

    def __init__(self, ctx: AppContext, *, on_state: StateCallback | None = None,
                 on_change: ChangeCallback | None = None,
                 on_report: Callable[[AccountReport], None] | None = None,
                 interval: float = DEFAULT_INTERVAL, push: bool = True,
                 thread_init: Callable[[], None] | None = None,
                 outbox_poll: float = OUTBOX_POLL, runner_name: str | None = None,
                 campaign_poll: float = CAMPAIGN_POLL, **options: Any) -> None:
        self.ctx = ctx
        self.policy = policy_from_options(options)

        def changed(customer_ids: set[int]) -> None:
            if ctx.live is not None:  # team mode: the other desktops refresh these rows too
                ctx.live.publish(Changes(customer_ids=set(customer_ids)))
            if on_change is not None:
                on_change(customer_ids)

        self.hooks = Hooks(on_state, changed, on_report, options)
        # Team mode: one runner per account among the desktops (app/sync/election.py).
        self.runner = runner_for(ctx, runner_name)
        self.interval = float(interval)
        self.push = push
        self.thread_init = thread_init
        self.outbox_poll = outbox_poll
        self.campaign_poll = campaign_poll
        self._campaigns: CampaignWorker | None = None
        self.stop_event = threading.Event()
        self._lock = threading.Lock()
        self._accounts: dict[int, AccountWorker] = {}
        self._outboxes: dict[int, OutboxWorker] = {}
        self.states: dict[int, AccountState] = {}
        self.account_filter: Callable[[AccountInfo], bool] | None = None  # e.g. --account

    # -- what workers report --
    def reported(self, report: AccountReport) -> None:
        self.states[report.account_id] = report.state
        if self.hooks.on_report is not None:
            self.hooks.on_report(report)

    # -- one bounded round --
    def run_once(self, account_name: str | None = None,
                 timeout: float | None = None) -> list[AccountReport]:
        """Every account (or the named one) concurrently, each followed by its outbox; then
        the outbox of accounts that are not pulled (the demo shop's)."""
        accounts = [a for a in syncable_accounts(self.ctx)
                    if account_name is None or a.name == account_name]
        reports: dict[int, AccountReport] = {}
        backup_if_due(self.ctx)

        def one(account: AccountInfo) -> None:
            if self.thread_init is not None:
                self.thread_init()
            already = self.runner.holds(account.id)  # a worker of this engine runs it
            if not self.runner.take(account.id):  # team mode: another desktop runs it
                report = AccountReport(account.name, account_id=account.id,
                                       state=self.elsewhere(account.id))
                reports[account.id] = report
                self.reported(report)
                return
            try:
                report = pull_round(self.ctx, account, self.policy, self.hooks, self.stop_event)
                send_outbox(self.ctx, account.id, self.hooks, report, self.stop_event)
            except Exception as error:  # pull_round never raises; the outbox's database may
                failure = as_shop_error(error, account, self.ctx)
                report = AccountReport(account.name, account_id=account.id,
                                       state=AccountState.of_error(failure))
            finally:
                if not already:
                    self.runner.release(account.id)
            reports[account.id] = report
            self.reported(report)

        threads = [threading.Thread(target=one, args=(a,), name=f"sync-once-{a.name}",
                                    daemon=True) for a in accounts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout)
        if account_name is None:
            covered = {a.id for a in accounts}
            try:
                with self.ctx.reader() as session:
                    others = {int(i) for i in session.scalars(select(Message.account_id).where(
                        Message.id.in_(queued_ids(self.ctx, None))))} - covered
                for account_id in sorted(others):
                    send_outbox(self.ctx, account_id, self.hooks, stop_event=self.stop_event)
            except Exception:  # the accounts' reports stand; the next round sends these
                log.exception("the outbox of accounts that are not pulled failed")
            run_due_campaigns(self.ctx, self.stop_event)
        return [reports[a.id] for a in accounts if a.id in reports]

    def elsewhere(self, account_id: int) -> AccountState:
        """The state of an account another desktop runs (team mode), naming who."""
        from shopinbox.app.sync.state import SyncStatus

        return AccountState(SyncStatus.ELSEWHERE,
                            params={"holder": self.runner.holder(account_id) or ""})

    # -- the running app --
    def start(self) -> None:
        """One worker per account and one outbox per account, from now until `stop()`."""
        from shopinbox.app.outbox import sending

        sending.add_queue_listener(self.wake)
        self.refresh()
        self._housekeeping = threading.Thread(target=self._keep_house, name="sync-housekeeping",
                                              daemon=True)
        self._housekeeping.start()
        self._campaigns = CampaignWorker(self, self.campaign_poll)
        self._campaigns.start()

    def _keep_house(self) -> None:
        """The daily backup of the database (`rolling_backup`: cheap when none is due), checked
        at start and every hour while the app or the sync service runs."""
        if self.thread_init is not None:
            self.thread_init()
        while not self.stop_event.is_set():
            backup_if_due(self.ctx)
            self.stop_event.wait(HOUSEKEEPING_EVERY)

    def refresh(self) -> None:
        """Start workers for new accounts, end those of removed or disabled ones."""
        if self.stop_event.is_set():
            return
        accounts = {a.id: a for a in syncable_accounts(self.ctx)
                    if self.account_filter is None or self.account_filter(a)}
        with self._lock:
            for account_id in set(self._accounts) - set(accounts):
                self._accounts.pop(account_id).stop()
                self._outboxes.pop(account_id).stop()
            for account_id, account in accounts.items():
                if account_id not in self._accounts:
                    worker, outbox = AccountWorker(self, account), OutboxWorker(self, account)
                    self._accounts[account_id], self._outboxes[account_id] = worker, outbox
                    worker.start()
                    outbox.start()

    def account_ids(self) -> list[int]:
        with self._lock:
            return list(self._accounts)

    def accounts(self) -> list[AccountInfo]:
        """The accounts that have a worker now."""
        with self._lock:
            return [w.account for w in self._accounts.values()]

    def sync_now(self, account_id: int | None = None) -> None:
        """A round now (the user pressed Retry; settings changed): one account or all."""
        with self._lock:
            workers = [w for i, w in self._accounts.items() if account_id in (None, i)]
        for worker in workers:
            worker.sync_now()

    def wake(self, account_id: int | None = None) -> None:
        """A reply was queued: that account's outbox sends it now."""
        with self._lock:
            outboxes = [w for i, w in self._outboxes.items() if account_id in (None, i)]
        for outbox in outboxes:
            outbox.wake()

    def set_interval(self, seconds: float) -> None:
        self.interval = max(float(seconds), 1.0)

    def stop(self, timeout: float = 10.0) -> bool:
        """End every worker (waits and push are cut short); True when all have ended."""
        from shopinbox.app.outbox import sending

        sending.remove_queue_listener(self.wake)
        self.stop_event.set()
        with self._lock:
            workers = [*self._accounts.values(), *self._outboxes.values()]
        for worker in workers:
            worker.stop()
        campaign_worker = self._campaigns  # cut short by stop_event after the message in hand
        ends = time.monotonic() + timeout
        for worker in workers:
            worker.join(max(0.0, ends - time.monotonic()))
        if campaign_worker is not None:
            campaign_worker.join(max(0.0, ends - time.monotonic()))
        self.runner.close()  # the other desktops take the accounts over
        return not any(worker.is_alive() for worker in workers) and not (
            campaign_worker is not None and campaign_worker.is_alive())

    def waiting(self) -> list[int]:
        """Accounts that wait for a throttle to end."""
        return [i for i, s in self.states.items() if s.status == SyncStatus.WAITING]
