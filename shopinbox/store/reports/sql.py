"""SQL building blocks shared by the figures, the same on SQLite and PostgreSQL.

- Time is integer epoch seconds (`epoch`), shifted into the shop's local time by a CASE over
  the UTC-offset changes inside the range (`local`), so day, week, weekday and hour are integer
  arithmetic and DST is exact.
- Business hours are a "business clock" (`business_clock`): the business seconds elapsed since
  the epoch at a local instant, in closed form (whole weeks, the days before in that week, the
  clipped part of the day, minus holidays). A duration in business hours is the difference of
  two clock readings; no calendar table is needed.

Statements are built once per *shape* (`Shape`: engine, number of offset changes, business
hours, which filters) and cached; the numbers of a scope go in as parameters (`params`), rendered
as literals at execution so that PostgreSQL sees a SELECT and its GROUP BY use the same
expression. Building and compiling a statement costs more than running most of them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    bindparam,
    case,
    cast,
    extract,
    func,
    literal_column,
    or_,
)

from shopinbox.domain.kinds import DeliveryState, Direction
from shopinbox.store.models import Message
from shopinbox.store.reports.shapes import DAY, BusinessHours, Scope

WEEK_ZERO = date(1969, 12, 29)  # the Monday before the epoch: week numbers count from here
EPOCH_DAY = date(1970, 1, 1)
LONG_AGO = datetime(1900, 1, 1, tzinfo=UTC)  # before any stored time
# Context read outside the range: the message before an episode (a wait older than a week is a
# new episode anyway) and replies that come after the range ends.
LOOK_BEFORE = timedelta(days=7)
LOOK_AFTER = timedelta(days=14)

# unixepoch() (SQLite 3.38+) parses a stored time about 2.5x faster than strftime('%s').
_UNIXEPOCH = sqlite3.sqlite_version_info >= (3, 38, 0)


@dataclass(frozen=True)
class Shape:
    """What decides a statement's text; everything else is a parameter."""

    dialect: str
    offsets: int
    hours: tuple | None
    channel: bool
    account: bool


def shape(dialect: str, scope: Scope) -> Shape:
    return Shape(dialect, len(scope.offsets), scope.hours.key() if scope.hours else None,
                 bool(scope.channel), bool(scope.account_id))


def hours_of(found: Shape) -> BusinessHours | None:
    if found.hours is None:
        return None
    days, holidays = found.hours
    return BusinessHours(dict(days), holidays)


def params(scope: Scope) -> dict[str, Any]:
    """The values of a scope, by the names the statements use."""
    values: dict[str, Any] = {
        "start": scope.start, "end": scope.end,
        "start_e": int(scope.start.timestamp()), "end_e": int(scope.end.timestamp()),
        "look_from": scope.start - LOOK_BEFORE, "look_to": scope.end + LOOK_AFTER,
        "now_e": int(scope.now.timestamp()), "channel": scope.channel or "",
        "account_id": scope.account_id or 0, "long_ago": LONG_AGO,
    }
    for index, (at, offset) in enumerate(scope.offsets):
        values[f"off_at_{index}"] = at
        values[f"off_{index}"] = offset
    return values


def n(value: int) -> ColumnElement[int]:
    """An integer of our own (never user text) written into the statement."""
    return literal_column(str(int(value)), Integer)


def p(name: str) -> Any:
    """A scope number, rendered as a literal when the statement runs."""
    return bindparam(name, type_=BigInteger, literal_execute=True)


def at(name: str) -> Any:
    """A scope time (compared with a stored time column, whose type it takes)."""
    return bindparam(name)


def epoch(dialect: str, column: Any) -> ColumnElement[int]:
    if dialect == "sqlite":
        if _UNIXEPOCH:
            return func.unixepoch(column, type_=Integer)
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(extract("epoch", column)), BigInteger)


def local(value: ColumnElement[int], found: Shape) -> ColumnElement[int]:
    """A UTC epoch second as the shop's local epoch second."""
    if found.offsets == 1:
        return value + p("off_0")
    whens = [(value < p(f"off_at_{i + 1}"), p(f"off_{i}")) for i in range(found.offsets - 1)]
    return value + case(*whens, else_=p(f"off_{found.offsets - 1}"))


def day(local_value: ColumnElement[int]) -> ColumnElement[int]:
    return local_value // n(DAY)


def week(local_value: ColumnElement[int]) -> ColumnElement[int]:
    return (local_value // n(DAY) + n(3)) // n(7)


def month(dialect: str, local_value: ColumnElement[int]) -> ColumnElement[str]:
    if dialect == "sqlite":
        return func.strftime("%Y-%m", local_value, "unixepoch")
    return func.to_char(func.timezone("UTC", func.to_timestamp(local_value)), "YYYY-MM")


def week_date(number: Any) -> date:
    return WEEK_ZERO + timedelta(weeks=int(number))


def day_date(number: Any) -> date:
    return EPOCH_DAY + timedelta(days=int(number))


def _clip(second: ColumnElement[int], open_: int, close: int) -> ColumnElement[int]:
    return case((second <= n(open_), n(0)), (second >= n(close), n(close - open_)),
                else_=second - n(open_))


def business_clock(local_value: ColumnElement[int], hours: BusinessHours) -> ColumnElement[int]:
    """Business seconds from the epoch week's Monday to the local instant `local_value`."""
    number = local_value // n(DAY)
    second = local_value - number * n(DAY)
    weekday = (number + n(3)) % n(7)
    whole_weeks = (number + n(3)) // n(7)
    before, whens = 0, []
    for index in range(7):
        span = hours.days.get(index)
        part = n(before) + _clip(second, *span) if span else n(before)
        whens.append((weekday == n(index), part))
        if span:
            before += span[1] - span[0]
    clock = whole_weeks * n(hours.week_seconds()) + case(*whens, else_=n(0))
    for holiday in hours.holidays:
        span = hours.days.get(holiday.weekday())
        if not span:
            continue
        holiday_number = (holiday - EPOCH_DAY).days
        clock = clock - case((number > n(holiday_number), n(span[1] - span[0])),
                             (number == n(holiday_number), _clip(second, *span)), else_=n(0))
    return clock


def counted(message: Any = Message) -> ColumnElement[bool]:
    """Messages that count: not automated; outgoing only once really sent."""
    return and_(message.is_automated.is_(False), message.customer_id.is_not(None),
                or_(message.direction == Direction.INBOUND, message.delivery_state.is_(None),
                    message.delivery_state == DeliveryState.SENT))


def filters(found: Shape, message: Any = Message) -> list[ColumnElement[bool]]:
    """The channel / account filter of the scope, on `message`."""
    chosen = []
    if found.channel:
        chosen.append(message.channel == bindparam("channel"))
    if found.account:
        chosen.append(message.account_id == bindparam("account_id"))
    return chosen


READ_CACHE_KIB = 32_768


def prepare(session: Any) -> None:
    """Let this (pooled) SQLite connection keep 32 MiB of pages instead of the default 2 MiB, so
    the indexes the figures walk stay in its cache between reports (the per-customer look-ups
    of open work hop across the whole index). PostgreSQL has its shared buffers already."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
