"""The engine's own rules with a stand-in channel (registered at run time, as a plug-in would
be): accounts of one `--once` round run concurrently, error codes become states and
`Account.last_error`, retryable ones are retried by the one policy, bugs are logged with their
traceback and reported as `internal`, and a worker per account keeps its own schedule."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

import pytest

from shopinbox.app.core.accounts import add_account, list_accounts
from shopinbox.app.sync.engine import SyncEngine
from shopinbox.app.sync.retry import RetryPolicy
from shopinbox.app.sync.service import sync_accounts
from shopinbox.app.sync.state import SyncStatus
from shopinbox.channels import registry
from shopinbox.channels.base import Capabilities, Channel, PullReport, SendOutcome
from shopinbox.domain.errors import ShopError, parse_stored, throttled

FAST = RetryPolicy(attempts=3, first_wait=0.01, max_wait=0.05, total_wait=1.0,
                   throttle_cap=0.5)


class StandIn(Channel):
    """Each account's pull runs `behaviour[account name](attempt)`."""

    kind = "standin"
    title = "Stand-in"
    identity_kind = "standin"
    capabilities: ClassVar[Capabilities] = Capabilities(push=False)
    behaviour: ClassVar[dict[str, Callable[[int], Any]]] = {}
    calls: ClassVar[dict[str, int]] = {}

    def pull(self, ctx, account_id, *, on_change=None, on_state=None, stop_event=None,
             **options) -> PullReport:
        with ctx.reader() as session:
            from shopinbox.store.models import Account

            name = session.get(Account, account_id).name
        attempt = self.calls[name] = self.calls.get(name, 0) + 1
        result = self.behaviour[name](attempt)
        return result if isinstance(result, PullReport) else PullReport(name, 1, {7})

    def send(self, ctx, message_id) -> SendOutcome:
        return SendOutcome()


@pytest.fixture
def standin(sqlite_ctx):
    StandIn.behaviour, StandIn.calls = {}, {}
    registry.register(StandIn())
    yield StandIn
    registry.unregister(StandIn.kind)


def _accounts(ctx, *names: str) -> None:
    for name in names:
        add_account(ctx, name, StandIn.kind, {}, None)


def _last_error(ctx, name: str):
    return parse_stored(next(a for a in list_accounts(ctx) if a.name == name).last_error)


def test_once_runs_every_account_concurrently(sqlite_ctx, standin):
    """Each pull waits for the other: run one after another, both would time out."""
    both = threading.Barrier(2, timeout=10)
    standin.behaviour = {"a": lambda _n: both.wait(), "b": lambda _n: both.wait()}
    _accounts(sqlite_ctx, "a", "b")
    reports = sync_accounts(sqlite_ctx, policy=FAST)
    assert [(r.account, r.ok) for r in reports] == [("a", True), ("b", True)]
    assert all(r.changed_customer_ids == {7} for r in reports)


def test_codes_become_states_and_last_error(sqlite_ctx, standin, caplog):
    def refuse(_n):
        raise ShopError("auth_failed")

    def flaky(n):
        if n < 3:
            raise ShopError("server_error")

    def bug(_n):
        raise ValueError("a bug in the channel")

    standin.behaviour = {"refused": refuse, "flaky": flaky, "buggy": bug,
                         "throttled": lambda _n: (_ for _ in ()).throw(throttled(3600))}
    _accounts(sqlite_ctx, "refused", "flaky", "buggy", "throttled")
    with caplog.at_level(logging.ERROR):
        reports = {r.account: r for r in sync_accounts(sqlite_ctx, policy=FAST)}
    assert reports["refused"].state.status == SyncStatus.ERROR
    assert reports["refused"].state.code == "auth_failed"
    assert standin.calls["refused"] == 1  # not retryable: asked once
    assert _last_error(sqlite_ctx, "refused") == ("auth_failed", {})
    assert reports["flaky"].ok and standin.calls["flaky"] == 3  # retried by the policy
    assert _last_error(sqlite_ctx, "flaky") is None
    assert reports["buggy"].state.code == "internal" and not reports["buggy"].ok
    assert "a bug in the channel" in caplog.text and "Traceback" in caplog.text
    assert _last_error(sqlite_ctx, "buggy")[0] == "internal"
    assert reports["throttled"].ok and reports["throttled"].state.status == SyncStatus.WAITING
    assert standin.calls["throttled"] == 1  # beyond the cap: reported, not waited for


def test_retries_stop_at_the_attempt_cap(sqlite_ctx, standin):
    def down(_n):
        raise ShopError("server_unreachable", host="shop.example")

    standin.behaviour = {"down": down}
    _accounts(sqlite_ctx, "down")
    [report] = sync_accounts(sqlite_ctx, policy=FAST)
    assert standin.calls["down"] == FAST.attempts
    assert report.state.code == "server_unreachable" and "shop.example" in report.summary()


def test_a_failing_account_keeps_its_own_schedule(sqlite_ctx, standin):
    """Workers: the failing account's error does not hold up the other one's rounds."""
    rounds = threading.Semaphore(0)

    def fine(_n):
        rounds.release()

    def broken(_n):
        raise ShopError("auth_failed")

    standin.behaviour = {"fine": fine, "broken": broken}
    _accounts(sqlite_ctx, "fine", "broken")
    engine = SyncEngine(sqlite_ctx, interval=1.0, policy=FAST)
    engine.start()
    try:
        for _ in range(3):  # three rounds of "fine", one second apart
            assert rounds.acquire(timeout=10)
        ids = {a.name: a.id for a in engine.accounts()}
        assert engine.states[ids["broken"]].status == SyncStatus.ERROR
        assert engine.states[ids["fine"]].status == SyncStatus.UP_TO_DATE
    finally:
        assert engine.stop(5)


class TestPolicy:
    def test_throttle_within_the_cap_is_waited_for(self):
        calls = []

        def call():
            calls.append(1)
            if len(calls) == 1:
                raise throttled(0.2)
            return "done"

        waits = []
        assert FAST.call(call, on_retry=lambda e, s, n: waits.append(s)) == "done"
        assert len(calls) == 2 and 0 < waits[0] <= 0.2

    def test_total_wait_is_capped(self):
        policy = RetryPolicy(attempts=100, first_wait=0.1, max_wait=0.1, total_wait=0.35)
        calls = []

        def call():
            calls.append(1)
            raise ShopError("timeout")

        with pytest.raises(ShopError):
            policy.call(call)
        assert len(calls) == 4  # three waits of 0.1 s fit in 0.35 s, a fourth would not

    def test_stopping_cuts_a_wait_short(self):
        stop = threading.Event()
        policy = RetryPolicy(attempts=5, first_wait=30, max_wait=30, total_wait=300)

        def call():
            raise ShopError("server_error")

        threading.Timer(0.1, stop.set).start()
        with pytest.raises(ShopError, match="problem of its own"):
            policy.call(call, stop_event=stop)
