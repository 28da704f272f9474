"""Date ranges of a report (presets and custom) in the shop's local time, and the UTC-offset
changes inside them that the store's SQL uses to bucket by local day, week and hour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

PRESETS = ("7d", "30d", "90d", "this_month", "last_month", "custom")


@dataclass(frozen=True)
class Range:
    """[first, last] local days, inclusive, and the same as a half-open UTC interval."""

    first: date
    last: date
    start: datetime
    end: datetime


def _midnight(day: date, tz: tzinfo | None) -> datetime:
    local = datetime.combine(day, time())
    return (local.replace(tzinfo=tz) if tz is not None else local.astimezone()).astimezone(UTC)


def local_today(now: datetime, tz: tzinfo | None) -> date:
    return (now.astimezone(tz) if tz is not None else now.astimezone()).date()


def day_range(first: date, last: date, tz: tzinfo | None = None) -> Range:
    if last < first:
        first, last = last, first
    return Range(first, last, _midnight(first, tz), _midnight(last + timedelta(days=1), tz))


def preset_range(preset: str, now: datetime, tz: tzinfo | None = None,
                 first: date | None = None, last: date | None = None) -> Range:
    """"7d"/"30d"/"90d": that many days up to and including today; "this_month" up to today;
    "last_month" whole; "custom": `first`..`last`."""
    today = local_today(now, tz)
    if preset in ("7d", "30d", "90d"):
        return day_range(today - timedelta(days=int(preset[:-1]) - 1), today, tz)
    if preset == "this_month":
        return day_range(today.replace(day=1), today, tz)
    if preset == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return day_range(end.replace(day=1), end, tz)
    if preset == "custom":
        if first is None or last is None:
            raise ValueError("a custom range needs a first and a last day")
        return day_range(first, last, tz)
    raise ValueError(f"unknown range preset {preset!r}; use one of {', '.join(PRESETS)}")


def _offset(epoch: int, tz: tzinfo | None) -> int:
    moment = datetime.fromtimestamp(epoch, UTC)
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    delta = local.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def utc_offsets(start: datetime, end: datetime, tz: tzinfo | None = None,
                margin: timedelta = timedelta(days=31)) -> tuple[tuple[int, int], ...]:
    """(from UTC epoch second, offset) for every offset change in [start - margin, end + margin]:
    time zone changes happen on whole hours (a few on half hours), so hourly steps find them."""
    low, high = int((start - margin).timestamp()), int((end + margin).timestamp())
    low -= low % 1800
    found = [(low, _offset(low, tz))]
    step_day, step = 86_400, 1800
    at = low
    while at < high:
        nxt = min(at + step_day, high)
        if _offset(nxt, tz) != found[-1][1]:
            probe = at
            while probe < nxt:
                probe += step
                if _offset(probe, tz) != found[-1][1]:
                    found.append((probe, _offset(probe, tz)))
                    break
        at = nxt
    return tuple(found)
