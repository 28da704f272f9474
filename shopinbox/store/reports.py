"""The Reports figures, computed by SQL on SQLite and PostgreSQL alike.

Every figure is one or a few aggregate statements; Python only turns their rows into dataclasses.
Two tricks keep the statements the same on both engines:

- Time is handled as integer epoch seconds (`_epoch`), shifted into the shop's local time by a
  CASE over the UTC-offset changes inside the range (`Scope.offsets`, from the time zone rules),
  so day, week, weekday and hour are integer arithmetic and DST is exact.
- Business hours are a "business clock" (`_business_clock`): the business seconds elapsed since
  the epoch at a local instant, in closed form (whole weeks, the days before in that week, the
  clipped part of the day, minus holidays). A duration in business hours is the difference of
  two clock readings; no calendar table is needed.

Response episodes: one customer has one conversation across every channel. An episode starts at
an inbound message whose previous message (any channel) was outbound, or at the customer's first
message; its first outbound message is the first response. There is no recorded "done" moment, so
an episode is done at the shop's last reply before the customer's next episode starts — for a
customer's latest episode only when the conversation is marked done. Automated mail, and
outgoing messages not (yet) sent, count for nothing.

Percentiles: the median averages the two middle values of an even count; p90 is the nearest rank
(the value at rank ceil(0.9 n)).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    distinct,
    exists,
    extract,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from shopinbox.domain.kinds import ConversationStatus, DeliveryState, Direction
from shopinbox.store.models import (
    Conversation,
    DiscountCode,
    DiscountPool,
    Message,
    Order,
    PromoReply,
)

DAY = 86_400
WEEK_ZERO = date(1969, 12, 29)  # the Monday before the epoch: week numbers count from here
EPOCH_DAY = date(1970, 1, 1)
# Context read outside the range: the message before an episode (a wait older than a week is a
# new episode anyway) and replies that come after the range ends.
LOOK_BEFORE = timedelta(days=7)
LOOK_AFTER = timedelta(days=14)
AGE_BUCKETS = ((3600, "lt_1h"), (4 * 3600, "1h_4h"), (DAY, "4h_24h"), (3 * DAY, "1d_3d"),
               (7 * DAY, "3d_7d"))
AGE_OVER = "gt_7d"
WITHIN = (3600, 4 * 3600, DAY)
UNSENT = (DeliveryState.QUEUED, DeliveryState.SENDING, DeliveryState.FAILED)


@dataclass(frozen=True)
class BusinessHours:
    """Opening hours per weekday (0 = Monday): seconds after local midnight (open, close).
    A weekday that is missing is closed; holidays are closed all day."""

    days: dict[int, tuple[int, int]]
    holidays: tuple[date, ...] = ()

    def week_seconds(self) -> int:
        return sum(close - open_ for open_, close in self.days.values())


@dataclass(frozen=True)
class Scope:
    """What a report covers: [start, end) in UTC, an optional channel and account, the local
    time rules as (from UTC epoch second, offset seconds) pairs — the first one also applies
    before its start — and the business hours when the shop set them."""

    start: datetime
    end: datetime
    now: datetime
    channel: str | None = None
    account_id: int | None = None
    offsets: tuple[tuple[int, int], ...] = ((0, 0),)
    hours: BusinessHours | None = None
    today_end: datetime | None = None  # local midnight after `now` (snoozed coming back today)


@dataclass
class Percentiles:
    count: int
    median: float | None
    p90: float | None


@dataclass
class ResponseRow:
    """First response / time to done (seconds) for one channel and week (week None: the whole
    range; channel None: every channel)."""

    channel: str | None
    week: date | None
    episodes: int
    answered: int
    first_response: Percentiles
    done: Percentiles
    within: dict[int, int] = field(default_factory=dict)  # seconds -> episodes answered within


@dataclass
class VolumeRow:
    day: date
    channel: str
    account_id: int
    inbound: int
    outbound: int


@dataclass
class CustomersRow:
    week: date | None
    customers: int
    new: int

    @property
    def returning(self) -> int:
        return self.customers - self.new


@dataclass
class PromoRow:
    pool_id: int
    pool: str
    promo: str | None
    given: int
    customers: int
    redeemed: int | None  # None: orders carry no discount codes yet
    revenue: Decimal | None


@dataclass
class OrdersRow:
    month: str  # "YYYY-MM"
    currency: str
    wrote: bool
    orders: int
    revenue: Decimal


# -- SQL building blocks ----------------------------------------------------------------------

def _n(value: int) -> ColumnElement[int]:
    """An integer written into the statement (our own numbers, never user text)."""
    return literal_column(str(int(value)), Integer)


# unixepoch() (SQLite 3.38+) parses a stored time about 2.5x faster than strftime('%s').
_UNIXEPOCH = sqlite3.sqlite_version_info >= (3, 38, 0)


def _epoch(dialect: str, column: Any) -> ColumnElement[int]:
    if dialect == "sqlite":
        if _UNIXEPOCH:
            return func.unixepoch(column, type_=Integer)
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(extract("epoch", column)), BigInteger)


def _local(epoch: ColumnElement[int], offsets: tuple[tuple[int, int], ...]) -> ColumnElement[int]:
    if len(offsets) == 1:
        return epoch + _n(offsets[0][1])
    whens = [(epoch < _n(offsets[i + 1][0]), _n(offsets[i][1])) for i in range(len(offsets) - 1)]
    return epoch + case(*whens, else_=_n(offsets[-1][1]))


def _day(local: ColumnElement[int]) -> ColumnElement[int]:
    return local // _n(DAY)


def _week(local: ColumnElement[int]) -> ColumnElement[int]:
    return (local // _n(DAY) + _n(3)) // _n(7)


def _month(dialect: str, local: ColumnElement[int]) -> ColumnElement[str]:
    if dialect == "sqlite":
        return func.strftime("%Y-%m", local, "unixepoch")
    return func.to_char(func.timezone("UTC", func.to_timestamp(local)), "YYYY-MM")


def _clip(second: ColumnElement[int], open_: int, close: int) -> ColumnElement[int]:
    return case((second <= _n(open_), _n(0)), (second >= _n(close), _n(close - open_)),
                else_=second - _n(open_))


def _business_clock(local: ColumnElement[int], hours: BusinessHours) -> ColumnElement[int]:
    """Business seconds from the epoch week's Monday to the local instant `local`."""
    day = local // _n(DAY)
    second = local - day * _n(DAY)
    weekday = (day + _n(3)) % _n(7)
    week = (day + _n(3)) // _n(7)
    before, whens = 0, []
    for index in range(7):
        span = hours.days.get(index)
        part = _n(before) + _clip(second, *span) if span else _n(before)
        whens.append((weekday == _n(index), part))
        if span:
            before += span[1] - span[0]
    clock = week * _n(hours.week_seconds()) + case(*whens, else_=_n(0))
    for holiday in hours.holidays:
        span = hours.days.get(holiday.weekday())
        if not span:
            continue
        number = (holiday - EPOCH_DAY).days
        clock = clock - case((day > _n(number), _n(span[1] - span[0])),
                             (day == _n(number), _clip(second, *span)), else_=_n(0))
    return clock


def _counted() -> ColumnElement[bool]:
    """Messages that count: not automated; outgoing only once really sent."""
    return and_(Message.is_automated.is_(False), Message.customer_id.is_not(None),
                or_(Message.direction == Direction.INBOUND, Message.delivery_state.is_(None),
                    Message.delivery_state == DeliveryState.SENT))


def _filters(scope: Scope) -> list[ColumnElement[bool]]:
    found = []
    if scope.channel:
        found.append(Message.channel == scope.channel)
    if scope.account_id:
        found.append(Message.account_id == scope.account_id)
    return found


def _stats(source: Any, groups: list) -> Any:
    """Per `groups`: episodes, answered, answered within each of WITHIN, and count, median and
    p90 of the first response and of the time to done — one statement over `source`."""
    c = source.c
    keys = [c[g] for g in groups]
    parts = keys or None
    ranked = select(*keys, c.first, c.done,
                    func.row_number().over(partition_by=parts,
                                           order_by=(c.first.is_(None), c.first)).label("rf"),
                    func.count(c.first).over(partition_by=parts).label("nf"),
                    func.row_number().over(partition_by=parts,
                                           order_by=(c.done.is_(None), c.done)).label("rd"),
                    func.count(c.done).over(partition_by=parts).label("nd")).subquery("ranked")
    r = ranked.c
    out = [r[g] for g in groups]
    shown = [r[g] if g in groups else null().label(g) for g in ("channel", "week")]

    def median(value: Any, rank: Any, n: Any) -> Any:
        middle = or_(rank == (n + _n(1)) // _n(2), rank == (n + _n(2)) // _n(2))
        return func.avg(case((and_(value.is_not(None), middle), value)))

    def p90(value: Any, rank: Any, n: Any) -> Any:
        return func.max(case((and_(value.is_not(None), rank == (n * _n(9) + _n(9)) // _n(10)),
                              value)))

    within = [func.sum(case((and_(r.first.is_not(None), r.first <= _n(limit)), 1), else_=0))
              for limit in WITHIN]
    return select(*shown, func.count(), func.count(r.first), *within,
                  median(r.first, r.rf, r.nf), p90(r.first, r.rf, r.nf), func.count(r.done),
                  median(r.done, r.rd, r.nd), p90(r.done, r.rd, r.nd)).group_by(*out)


# -- figures ----------------------------------------------------------------------------------

def _episodes(session: Session, scope: Scope) -> Any:
    dialect = session.get_bind().dialect.name
    t = _epoch(dialect, Message.sent_at)
    order = (Message.sent_at, Message.id)
    base = (select(Message.id, Message.customer_id, Message.channel, Message.account_id,
                   Message.direction, t.label("t"),
                   func.lag(Message.direction).over(partition_by=Message.customer_id,
                                                    order_by=order).label("prev"))
            .where(_counted(), Message.sent_at >= scope.start - LOOK_BEFORE,
                   Message.sent_at < scope.end + LOOK_AFTER)
            .subquery("base"))
    b = base.c
    starts = case((and_(b.direction == Direction.INBOUND,
                        or_(b.prev.is_(None), b.prev == Direction.OUTBOUND)), 1), else_=0)
    numbered = select(b.customer_id, b.channel, b.account_id, b.direction, b.t,
                      starts.label("is_start"),
                      func.sum(starts).over(partition_by=b.customer_id, order_by=(b.t, b.id),
                                            rows=(None, 0)).label("episode"),
                      func.sum(starts).over(partition_by=b.customer_id, order_by=(b.t, b.id),
                                            rows=(None, None)).label("latest"),
                      ).subquery("numbered")
    n = numbered.c
    grouped = (select(n.customer_id, n.episode,
                      func.min(case((n.is_start == 1, n.t))).label("start"),
                      func.min(case((n.is_start == 1, n.channel))).label("channel"),
                      func.min(case((n.is_start == 1, n.account_id))).label("account_id"),
                      func.min(case((n.direction == Direction.OUTBOUND, n.t))).label("first"),
                      func.max(case((n.direction == Direction.OUTBOUND, n.t))).label("last"),
                      func.max(n.latest).label("latest"))
               .where(n.episode > 0).group_by(n.customer_id, n.episode).subquery("grouped"))
    g = grouped.c
    start_e, end_e = int(scope.start.timestamp()), int(scope.end.timestamp())
    local_start = _local(g.start, scope.offsets)
    if scope.hours is not None:
        clock_start = _business_clock(local_start, scope.hours)
        first = _business_clock(_local(g.first, scope.offsets), scope.hours) - clock_start
        last = _business_clock(_local(g.last, scope.offsets), scope.hours) - clock_start
    else:
        first, last = g.first - g.start, g.last - g.start
    done_status = select(Conversation.status).where(
        Conversation.customer_id == g.customer_id).scalar_subquery()
    ended = or_(g.episode < g.latest, done_status == ConversationStatus.DONE)
    conditions = [g.start >= _n(start_e), g.start < _n(end_e)]
    if scope.channel:
        conditions.append(g.channel == scope.channel)
    if scope.account_id:
        conditions.append(g.account_id == scope.account_id)
    rows = select(g.channel, _week(local_start).label("week"), first.label("first"),
                  case((and_(ended, g.last.is_not(None)), last)).label("done"),
                  ).where(*conditions)
    return rows.cte("episodes")


def response_times(session: Session, scope: Scope) -> list[ResponseRow]:
    """Per channel and week, per week (channel None), per channel (week None), and overall —
    one statement, so the episodes are worked out once (a CTE used four times is materialised
    by SQLite and PostgreSQL alike)."""
    episodes = _episodes(session, scope)
    statement = union_all(*[_stats(episodes, groups) for groups in
                            (["channel", "week"], ["week"], ["channel"], [])])
    result: list[ResponseRow] = []
    rows = session.execute(statement).all()
    for row in sorted(rows, key=lambda r: (r[0] is None, str(r[0]), r[1] is None, str(r[1]))):
        (channel, week, total, answered, w1, w4, w24, first_median, first_p90, done_count,
         done_median, done_p90) = row
        result.append(ResponseRow(
            channel=channel, week=_week_date(week) if week is not None else None,
            episodes=int(total), answered=int(answered),
            first_response=_as_percentiles((answered, first_median, first_p90)),
            done=_as_percentiles((done_count, done_median, done_p90)),
            within={limit: int(count or 0) for limit, count in zip(WITHIN, (w1, w4, w24),
                                                                  strict=True)}))
    return result


def volume(session: Session, scope: Scope) -> list[VolumeRow]:
    """Inbound and outbound messages per local day, channel and account."""
    dialect = session.get_bind().dialect.name
    day = _day(_local(_epoch(dialect, Message.sent_at), scope.offsets)).label("day")
    inbound = func.sum(case((Message.direction == Direction.INBOUND, 1), else_=0))
    outbound = func.sum(case((Message.direction == Direction.OUTBOUND, 1), else_=0))
    statement = (select(day, Message.channel, Message.account_id, inbound, outbound)
                 .where(_counted(), Message.sent_at >= scope.start, Message.sent_at < scope.end,
                        *_filters(scope))
                 .group_by(day, Message.channel, Message.account_id)
                 .order_by(day, Message.channel, Message.account_id))
    return [VolumeRow(EPOCH_DAY + timedelta(days=int(d)), channel, account, int(i), int(o))
            for d, channel, account, i, o in session.execute(statement)]


def heatmap(session: Session, scope: Scope) -> list[list[int]]:
    """Inbound messages by local weekday (rows, Monday first) and hour (columns)."""
    dialect = session.get_bind().dialect.name
    local = _local(_epoch(dialect, Message.sent_at), scope.offsets)
    weekday = ((local // _n(DAY) + _n(3)) % _n(7)).label("weekday")
    hour = ((local % _n(DAY)) // _n(3600)).label("hour")
    grid = [[0] * 24 for _ in range(7)]
    statement = (select(weekday, hour, func.count())
                 .where(_counted(), Message.direction == Direction.INBOUND,
                        Message.sent_at >= scope.start, Message.sent_at < scope.end,
                        *_filters(scope))
                 .group_by(weekday, hour))
    for day, at, count in session.execute(statement):
        grid[int(day)][int(at)] = int(count)
    return grid


def customers(session: Session, scope: Scope) -> list[CustomersRow]:
    """Customers who wrote, and of them those writing for the first time ever (any channel),
    per local week and (week None) over the whole range."""
    dialect = session.get_bind().dialect.name
    wrote_in_range = (select(Message.customer_id)
                      .where(_counted(), Message.direction == Direction.INBOUND,
                             Message.sent_at >= scope.start, Message.sent_at < scope.end,
                             *_filters(scope)))
    firsts = (select(Message.customer_id, func.min(Message.sent_at).label("first"))
              .where(_counted(), Message.direction == Direction.INBOUND,
                     Message.customer_id.in_(wrote_in_range))
              .group_by(Message.customer_id).subquery("firsts"))
    week = _week(_local(_epoch(dialect, Message.sent_at), scope.offsets)).label("week")
    first_week = _week(_local(_epoch(dialect, firsts.c.first), scope.offsets))
    joined = (select(Message.customer_id, week, first_week.label("first_week"),
                     firsts.c.first)
              .join(firsts, firsts.c.customer_id == Message.customer_id)
              .where(_counted(), Message.direction == Direction.INBOUND,
                     Message.sent_at >= scope.start, Message.sent_at < scope.end,
                     *_filters(scope))
              .subquery("wrote"))
    w = joined.c
    rows = [CustomersRow(_week_date(k), int(total), int(new)) for k, total, new in session.execute(
        select(w.week, func.count(distinct(w.customer_id)),
               func.count(distinct(case((w.first_week == w.week, w.customer_id)))))
        .group_by(w.week).order_by(w.week))]
    total, new = session.execute(select(
        func.count(distinct(w.customer_id)),
        func.count(distinct(case((w.first >= scope.start, w.customer_id)))))).one()
    rows.append(CustomersRow(None, int(total), int(new or 0)))
    return rows


def open_work(session: Session, scope: Scope) -> tuple[dict[str, int], int]:
    """Open conversations waiting for the shop, by how long they have waited (from the first
    message after the shop's last sent reply), and snoozed conversations coming back before
    local midnight. Driven from the conversations whose last message is the customer's (or a
    reply not sent yet), so it reads only their messages."""
    dialect = session.get_bind().dialect.name
    last = aliased(Message)
    replied = aliased(Message)
    last_reply = (select(func.max(replied.sent_at))
                  .where(replied.customer_id == Conversation.customer_id,
                         replied.direction == Direction.OUTBOUND,
                         replied.is_automated.is_(False),
                         or_(replied.delivery_state.is_(None),
                             replied.delivery_state == DeliveryState.SENT))
                  .correlate(Conversation).scalar_subquery())
    waiting = (select(Conversation.customer_id, func.min(Message.sent_at).label("since"))
               .join(last, last.id == Conversation.last_message_id)
               .join(Message, Message.customer_id == Conversation.customer_id)
               .where(Conversation.status == ConversationStatus.OPEN,
                      or_(last.direction == Direction.INBOUND, last.delivery_state.in_(UNSENT)),
                      _counted(), Message.direction == Direction.INBOUND,
                      or_(last_reply.is_(None), Message.sent_at > last_reply),
                      *_filters(scope))
               .group_by(Conversation.customer_id).subquery("waiting"))
    age = _n(int(scope.now.timestamp())) - _epoch(dialect, waiting.c.since)
    bucket = case(*[(age < _n(limit), name) for limit, name in AGE_BUCKETS],
                  else_=AGE_OVER).label("bucket")
    counts = {name: 0 for _, name in AGE_BUCKETS} | {AGE_OVER: 0}
    for name, count in session.execute(select(bucket, func.count()).group_by(bucket)):
        counts[name] = int(count)
    today_end = scope.today_end or scope.now + timedelta(days=1)
    snoozed = session.scalar(select(func.count()).select_from(Conversation).where(
        Conversation.status == ConversationStatus.SNOOZED,
        Conversation.snoozed_until < today_end))
    return counts, int(snoozed or 0)


def promotions(session: Session, scope: Scope) -> list[PromoRow]:
    """Codes handed out in the range per pool and promo. Orders carry no discount codes yet, so
    redemptions and their revenue are None (the campaigns issue adds them)."""
    conditions = [DiscountCode.given_at >= scope.start, DiscountCode.given_at < scope.end]
    if scope.channel:
        conditions.append(DiscountCode.channel == scope.channel)
    statement = (select(DiscountPool.id, DiscountPool.name, PromoReply.title, func.count(),
                        func.count(distinct(DiscountCode.given_to_id)))
                 .join(DiscountPool, DiscountPool.id == DiscountCode.pool_id)
                 .outerjoin(PromoReply, PromoReply.id == DiscountPool.promo_id)
                 .where(*conditions)
                 .group_by(DiscountPool.id, DiscountPool.name, PromoReply.title)
                 .order_by(DiscountPool.name))
    return [PromoRow(pool_id, name, title, int(given), int(people), None, None)
            for pool_id, name, title, given, people in session.execute(statement)]


def orders(session: Session, scope: Scope) -> list[OrdersRow]:
    """Orders placed in the range per local month and currency, split by whether the customer
    ever wrote to the shop (on the chosen channel/account, when one is chosen)."""
    dialect = session.get_bind().dialect.name
    month = _month(dialect, _local(_epoch(dialect, Order.placed_at), scope.offsets)).label("month")
    wrote_filter = [Message.customer_id == Order.customer_id, Message.direction == Direction.INBOUND,
                    Message.is_automated.is_(False), *_filters(scope)]
    wrote = case((exists().where(*wrote_filter), 1), else_=0).label("wrote")
    placed = (select(month, Order.currency.label("currency"), wrote, Order.total.label("total"))
              .where(Order.placed_at >= scope.start, Order.placed_at < scope.end)
              .subquery("placed"))
    p = placed.c
    statement = (select(p.month, p.currency, p.wrote, func.count(), func.sum(p.total))
                 .group_by(p.month, p.currency, p.wrote).order_by(p.month, p.currency, p.wrote))
    return [OrdersRow(m, currency or "", bool(w), int(count), Decimal(str(total or 0)))
            for m, currency, w, count, total in session.execute(statement)]


def _week_date(number: Any) -> date:
    return WEEK_ZERO + timedelta(weeks=int(number))


def _as_percentiles(row: Any) -> Percentiles:
    if not row:
        return Percentiles(0, None, None)
    count, median, p90 = row
    return Percentiles(int(count), float(median) if median is not None else None,
                       float(p90) if p90 is not None else None)
