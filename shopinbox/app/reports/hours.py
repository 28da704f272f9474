"""The shop's business hours: a per-shop setting (`business_hours` in the settings registry,
app/core/settings.py), so every desktop of a team shop counts the same hours.

Stored shape: {"days": {"0": ["09:00", "17:00"], …}, "holidays": ["2026-12-24", …]} — weekday 0
is Monday; a missing weekday is closed. No key, or no open day: the reports count wall-clock time.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.settings import SHOP, declare, get_setting, set_setting
from shopinbox.store.reports import BusinessHours

log = logging.getLogger(__name__)
KEY = "business_hours"
declare(KEY, dict, {}, SHOP, "Business hours (reports count response times within them)")


def _seconds(text: str) -> int:
    hours, _, minutes = text.partition(":")
    value = int(hours) * 3600 + int(minutes or 0) * 60
    if not 0 <= value <= 86_400:
        raise ValueError(f"not a time of day: {text!r}")
    return value


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def parse_hours(data: Any) -> BusinessHours | None:
    """The stored shape -> BusinessHours (None when unset or unusable; a bad entry is logged)."""
    if not isinstance(data, dict):
        return None
    try:
        days = {}
        for key, span in (data.get("days") or {}).items():
            open_, close = _seconds(span[0]), _seconds(span[1])
            if close > open_:
                days[int(key) % 7] = (open_, close)
        holidays = tuple(sorted(date.fromisoformat(d) for d in data.get("holidays") or ()))
    except (TypeError, ValueError, IndexError) as error:
        log.warning("ignoring unusable business hours (%s)", error)
        return None
    return BusinessHours(days, holidays) if days else None


def dump_hours(hours: BusinessHours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    return {"days": {str(k): [_clock(o), _clock(c)] for k, (o, c) in sorted(hours.days.items())},
            "holidays": [d.isoformat() for d in hours.holidays]}


def business_hours(ctx: AppContext) -> BusinessHours | None:
    """The shop's business hours, or None when it has not set any."""
    return parse_hours(get_setting(ctx, KEY) or None)


def set_business_hours(ctx: AppContext, hours: BusinessHours | None) -> None:
    set_setting(ctx, KEY, dump_hours(hours) or {})


DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekdays(text: str) -> list[int]:
    def one(name: str) -> int:
        name = name.strip().lower()[:3]
        if name not in DAY_NAMES:
            raise ValueError(f"not a weekday: {name!r} (use mon … sun)")
        return DAY_NAMES.index(name)

    first, dash, last = text.partition("-")
    if not dash:
        return [one(first)]
    start, end = one(first), one(last)
    return list(range(start, end + 1)) if start <= end else [*range(start, 7), *range(end + 1)]


def parse_spec(text: str, holidays: str = "") -> BusinessHours:
    """"mon-fri 09:00-17:00, sat 10:00-14:00" (+ "2026-12-24,2026-12-25") -> BusinessHours, for
    the command line."""
    days: dict[int, tuple[int, int]] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        names, _, span = part.partition(" ")
        opening, dash, closing = span.strip().partition("-")
        if not dash:
            raise ValueError(f"{part!r}: write it as DAYS HH:MM-HH:MM, e.g. mon-fri 09:00-17:00")
        open_, close = _seconds(opening), _seconds(closing)
        if close <= open_:
            raise ValueError(f"{part!r}: closing time must be after opening time")
        for day in _weekdays(names):
            days[day] = (open_, close)
    if not days:
        raise ValueError("no opening hours given")
    off = tuple(sorted(date.fromisoformat(d.strip()) for d in holidays.split(",") if d.strip()))
    return BusinessHours(days, off)


def describe(hours: BusinessHours | None) -> str:
    if hours is None:
        return "no business hours (times count every hour)"
    spans = ", ".join(f"{DAY_NAMES[d]} {_clock(o)}-{_clock(c)}"
                      for d, (o, c) in sorted(hours.days.items()))
    extra = f"; holidays {', '.join(d.isoformat() for d in hours.holidays)}" \
        if hours.holidays else ""
    return spans + extra
