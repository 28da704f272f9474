"""One bounded round of one account, and one pass over one account's outbox: the two jobs the
engine's workers repeat. Both catch every failure and turn it into the account's state, so a
failing account can only ever report — never stop another account's worker.

Error handling, once for every channel: a `ShopError` whose code is `retryable` is retried by
the retry policy (`retry.py`); `throttled(until)` is waited for up to the policy's cap, beyond
it the account is reported as waiting until then; any other code sets the error state and
`Account.last_error = error.stored()`. Any other exception is a bug: its traceback goes to the
log and the account reports the code `internal`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.accounts import AccountInfo, set_account_error
from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.sync import SourcePuller, is_api_source
from shopinbox.app.sync.retry import RetryPolicy
from shopinbox.app.sync.state import (
    SYNCING,
    UP_TO_DATE,
    AccountReport,
    AccountState,
    SyncStatus,
)
from shopinbox.channels import registry
from shopinbox.channels.base import Channel
from shopinbox.domain.errors import ShopError
from shopinbox.store.database import is_disk_full
from shopinbox.store.models import Message

log = logging.getLogger(__name__)

StateCallback = Callable[[AccountInfo, AccountState, str], None]  # account, state, progress
ChangeCallback = Callable[[set[int]], None]


@dataclass
class Hooks:
    """What the engine tells its owner (the window's bridge, the CLI's printer). Called from
    worker threads: a receiver only emits or prints, it never blocks."""

    on_state: StateCallback | None = None
    on_change: ChangeCallback | None = None
    on_report: Callable[[AccountReport], None] | None = None
    options: dict[str, Any] = field(default_factory=dict)  # passed to every channel's pull

    def state(self, account: AccountInfo, state: AccountState, text: str = "") -> None:
        if self.on_state is not None:
            self.on_state(account, state, text)

    def change(self, customer_ids: set[int]) -> None:
        if self.on_change is not None and customer_ids:
            self.on_change(set(customer_ids))


def record_error(ctx: AppContext, account: AccountInfo, error: ShopError | None) -> None:
    """`Account.last_error` holds the code (shown in the user's language later); None clears."""
    stored = error.stored() if error is not None else None
    try:
        set_account_error(ctx, account.id, stored)
        account.last_error = stored  # the worker's copy: a later success knows to clear it
    except Exception:  # the database itself may be what failed; the report still goes out
        log.exception("could not record the state of account %s", account.name)


def as_shop_error(error: BaseException, account: AccountInfo,
                 ctx: AppContext | None = None) -> ShopError:
    """A `ShopError` stays what it is; a full disk becomes `disk_full(folder)` (logged in one
    line, without the statement and its parameters); anything else is a bug, logged with its
    traceback."""
    if isinstance(error, ShopError):
        return error
    if is_disk_full(error):
        folder = str(ctx.paths.root) if ctx is not None else "?"
        cause = getattr(error, "orig", None) or error
        log.error("account %s: the disk is full (%s): %s: %s", account.name, folder,
                  type(cause).__name__, str(cause).splitlines()[0] if str(cause) else "")
        return ShopError("disk_full", folder=folder)
    log.error("sync of account %s failed unexpectedly", account.name,
              exc_info=(type(error), error, error.__traceback__))
    return ShopError("internal", detail=f"{type(error).__name__}: {error}")


def puller_for(account: AccountInfo) -> Channel | SourcePuller | None:
    """What pulls this account: its channel, or — for an order source with an API — the
    generic order-source round; None for an account the engine does not pull (a demo account
    stands in for a channel but has no server; an order file is imported, not synced)."""
    channel = registry.find(account.kind)
    if channel is not None:  # a log-only channel's account (phone calls) has nothing to pull
        return None if channel.capabilities.log_only else channel
    return SourcePuller() if is_api_source(account.kind) else None


def pull_round(ctx: AppContext, account: AccountInfo, policy: RetryPolicy, hooks: Hooks,
               stop_event: threading.Event) -> AccountReport:
    """Pull what is new for one account, under the retry policy. Never raises."""
    report = AccountReport(account.name, account_id=account.id, state=SYNCING)
    hooks.state(account, SYNCING)

    def progress(text: str) -> None:
        log.info("%s: %s", account.name, text)
        hooks.state(account, SYNCING, text)

    def changed(customer_ids: set[int]) -> None:
        fresh = set(customer_ids) - report.changed_customer_ids
        report.changed_customer_ids |= set(customer_ids)
        hooks.change(fresh)

    def retrying(error: BaseException, seconds: float, attempt: int) -> None:
        shown = error.english() if isinstance(error, ShopError) else str(error)
        progress(f"{shown} Retrying in {seconds:.0f} s (attempt {attempt + 1} of "
                 f"{policy.attempts}).")

    try:
        channel = puller_for(account)
        if channel is None:
            raise ShopError("unsupported_account", kind=account.kind)
        pulled = policy.call(
            lambda: channel.pull(ctx, account.id, on_change=changed, on_state=progress,
                                 stop_event=stop_event, **hooks.options),
            stop_event=stop_event, on_retry=retrying)
    except Exception as caught:  # every failure becomes the account's state
        error = as_shop_error(caught, account, ctx)
        report.state = AccountState.of_error(error)
        if report.state.status == SyncStatus.ERROR:
            log.warning("account %s: %s", account.name, error.english())
            record_error(ctx, account, error)
        else:
            log.info("account %s: %s", account.name, report.state.english())
    else:
        report.state = UP_TO_DATE
        report.take(pulled)
        changed(set(pulled.changed_customer_ids))
        if account.last_error:
            record_error(ctx, account, None)
    hooks.state(account, report.state, report.summary())
    return report


def queued_ids(ctx: AppContext, account_id: int | None) -> list[int]:
    """The queued replies of one account (every account: None), oldest first."""
    from shopinbox.app.outbox.sending import pending_message_ids

    return pending_message_ids(ctx, account_id)


def send_outbox(ctx: AppContext, account_id: int | None, hooks: Hooks,
                report: AccountReport | None = None,
                stop_event: threading.Event | None = None) -> int:
    """Send what waits in one account's outbox. Each message records its own outcome (sent, or
    failed with the reason), so nothing here raises; returns how many were tried."""
    from shopinbox.app.outbox.sending import send_message
    from shopinbox.domain.kinds import DeliveryState

    tried = 0
    for message_id in queued_ids(ctx, account_id):
        if stop_event is not None and stop_event.is_set():
            break
        try:
            state, _error = send_message(ctx, message_id)
        except Exception as error:  # e.g. the database failed while recording the outcome:
            # the message stays `sending` with its steps recorded, and the next start resumes
            # or flags it (outbox.recover_interrupted); the other replies go on now.
            if is_disk_full(error):
                log.error("message %s: the disk is full (%s); its outcome is recorded once "
                          "there is space", message_id, ctx.paths.root)
            else:
                log.exception("sending message %s failed unexpectedly", message_id)
            state = DeliveryState.FAILED
        tried += 1
        if report is not None:
            if state == DeliveryState.SENT:
                report.sent += 1
            elif state == DeliveryState.FAILED:
                report.send_failed += 1
        try:
            with ctx.reader() as session:
                customer_id = session.scalar(select(Message.customer_id).where(
                    Message.id == message_id))
        except Exception:
            log.exception("could not read the customer of message %s", message_id)
            continue
        if customer_id is not None:
            hooks.change({int(customer_id)})
    return tried
