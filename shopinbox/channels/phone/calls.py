"""What a logged call is, without I/O: its outcome (a small fixed set a shop owner knows from
a phone's call log), its length in whole minutes, and how both sit in `Message.extra`.

Outcomes: `talked` (we spoke), `no_answer` (nobody picked up — a missed call when the
customer called), `voicemail` (a message was left), `call_back` (asked to call back later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from shopinbox.domain.errors import ShopError

OUTCOMES = ("talked", "no_answer", "voicemail", "call_back")
DEFAULT_OUTCOME = "talked"
MAX_MINUTES = 24 * 60
# A call logged with a time a little ahead (a clock off by a minute) is taken as now.
CLOCK_SLACK = timedelta(minutes=5)
# Message.extra["call"] = {"minutes": 5, "outcome": "talked", "number": "+48 601 100 010"}
# (the number as the customer's phone identity shows it; empty when they have none)
EXTRA_KEY = "call"


@dataclass(frozen=True)
class CallDetails:
    """One call as the user described it. `outbound`: the shop called the customer."""

    outbound: bool
    minutes: int
    outcome: str
    note: str
    at: datetime

    def as_extra(self, number: str = "") -> dict[str, Any]:
        return {EXTRA_KEY: {"minutes": self.minutes, "outcome": self.outcome,
                            "number": number}}


def call_details(*, outbound: bool, minutes: int, outcome: str, note: str,
                 at: datetime | None, now: datetime | None = None) -> CallDetails:
    """Checked details (ShopError `call_minutes_invalid`, `unknown_call_outcome`,
    `call_in_future`); `at` defaults to now, a naive time is taken as UTC."""
    now = now or datetime.now(UTC)
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not 0 <= minutes <= MAX_MINUTES:
        raise ShopError("call_minutes_invalid", max=MAX_MINUTES)
    if outcome not in OUTCOMES:
        raise ShopError("unknown_call_outcome", outcome=outcome, choices=", ".join(OUTCOMES))
    when = at or now
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if when > now + CLOCK_SLACK:
        raise ShopError("call_in_future", when=when.isoformat(timespec="minutes"))
    return CallDetails(outbound, minutes, outcome, note.strip(), when)


def call_of(extra: dict[str, Any] | None) -> tuple[int, str, str] | None:
    """(minutes, outcome, number) of a stored call, None for a row that is not one."""
    found = (extra or {}).get(EXTRA_KEY)
    if not isinstance(found, dict):
        return None
    minutes = found.get("minutes")
    outcome = str(found.get("outcome") or DEFAULT_OUTCOME)
    return (int(minutes) if isinstance(minutes, int) else 0,
            outcome if outcome in OUTCOMES else DEFAULT_OUTCOME, str(found.get("number") or ""))
