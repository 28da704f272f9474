"""The one retry policy of the sync engine (and of a channel that retries inside one pull).

Built on tenacity rather than hand-written loops: capped attempts, exponential back-off capped
per wait, and a cap on the total time spent waiting, so a failing account gives up in bounded
time and the engine can report it. `throttled(until)` waits until the moment the service named
— but never longer than `throttle_cap` in one wait: a throttle that lasts longer is not slept
through here (the caller reports "waiting until HH:MM" and schedules the account then), so one
call never holds its worker for long and never hammers a service during its flood control.

Waits are `stop_event.wait(…)`: closing the window or stopping the service cuts them short;
the last error is raised then.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from tenacity import RetryCallState, Retrying, retry_if_exception

from shopinbox.domain.errors import ShopError

T = TypeVar("T")
OnRetry = Callable[[BaseException, float, int], None]  # error, seconds to wait, attempt number


def _error_of(state: RetryCallState) -> BaseException:
    """The exception of the attempt tenacity is deciding about (only failed ones get here)."""
    assert state.outcome is not None
    error = state.outcome.exception()
    assert error is not None
    return error


class _Cancelled(Exception):
    """The stop event was set during a wait."""


def _shop_retryable(error: BaseException) -> bool:
    return isinstance(error, ShopError) and error.retryable


def seconds_until(error: BaseException) -> float | None:
    """For a `throttled` error: seconds until its `until` (≥ 0); None for any other error."""
    if not isinstance(error, ShopError) or error.code != "throttled":
        return None
    until = error.until
    if until is None:
        return 0.0
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    return max(0.0, (until - datetime.now(UTC)).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry one call.

    attempts: calls in all (1 = no retry). first_wait / max_wait: the exponential back-off
    (first_wait, 2×, 4× … capped at max_wait). total_wait: all waits of one call together.
    throttle_cap: the longest single wait for a `throttled` error. throttle_retries: how often
    one call is repeated after `throttled` at all — a service that throttles again is not
    asked a third time here (the caller reports "waiting until" and comes back then)."""

    attempts: int = 5
    first_wait: float = 1.0
    max_wait: float = 30.0
    total_wait: float = 120.0
    throttle_cap: float = 60.0
    throttle_retries: int = 1

    def backoff(self, attempt: int) -> float:
        """The wait after the `attempt`-th failed call (1-based)."""
        return min(self.first_wait * 2 ** (attempt - 1), self.max_wait)

    def wait_for(self, error: BaseException, attempt: int) -> float:
        throttle = seconds_until(error)
        return throttle if throttle is not None else self.backoff(attempt)

    def call(self, fn: Callable[[], T], *, stop_event: threading.Event | None = None,
             retryable: Callable[[BaseException], bool] = _shop_retryable,
             on_retry: OnRetry | None = None) -> T:
        """`fn()`, retried while `retryable(error)`; the last error is raised when the policy
        gives up (attempts, total wait, a throttle beyond the cap, or `stop_event`)."""
        stop_event = stop_event or threading.Event()
        throttles: list[int] = []  # attempts that ended throttled

        def wait(state: RetryCallState) -> float:
            return self.wait_for(_error_of(state), state.attempt_number)

        def stop(state: RetryCallState) -> bool:
            throttle = seconds_until(_error_of(state))
            if throttle is not None:
                throttles.append(state.attempt_number)
                if throttle > self.throttle_cap or len(throttles) > self.throttle_retries:
                    return True  # the caller reports "waiting until" and comes back then
            return (state.attempt_number >= self.attempts or stop_event.is_set()
                    or state.idle_for + (state.upcoming_sleep or 0.0) > self.total_wait)

        def before_sleep(state: RetryCallState) -> None:
            if on_retry is not None:
                on_retry(_error_of(state), state.upcoming_sleep, state.attempt_number)

        def sleep(seconds: float) -> None:
            if stop_event.wait(seconds):
                raise _Cancelled

        retrying = Retrying(retry=retry_if_exception(retryable), stop=stop, wait=wait,
                            sleep=sleep, before_sleep=before_sleep, reraise=True)
        last: list[BaseException] = []

        def attempt() -> T:
            try:
                return fn()
            except BaseException as error:
                last[:] = [error]
                raise

        try:
            return retrying(attempt)
        except _Cancelled:
            raise last[0] from None


DEFAULT_POLICY = RetryPolicy()
