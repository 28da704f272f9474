"""Volume: messages in and out per local day, channel and account; the weekday × hour heatmap
of inbound messages; new vs returning customers per local week. Each is one aggregate over the
covering index `ix_messages_sent_at` (the range) — customers also reads
`ix_messages_customer_sent` for each writer's first message ever."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import case, distinct, func, null, select
from sqlalchemy.orm import Session, aliased

from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Message
from shopinbox.store.reports import sql
from shopinbox.store.reports.shapes import DAY, CustomersRow, Scope, VolumeRow
from shopinbox.store.reports.sql import Shape, n


def _in_range(message: Any = Message) -> list[Any]:
    return [message.sent_at >= sql.at("start"), message.sent_at < sql.at("end")]


@lru_cache(maxsize=32)
def _volume(found: Shape) -> Any:
    day = sql.day(sql.local(sql.epoch(found.dialect, Message.sent_at), found)).label("day")
    inbound = func.sum(case((Message.direction == Direction.INBOUND, 1), else_=0))
    outbound = func.sum(case((Message.direction == Direction.OUTBOUND, 1), else_=0))
    return (select(day, Message.channel, Message.account_id, inbound, outbound)
            .where(sql.counted(), *_in_range(), *sql.filters(found))
            .group_by(day, Message.channel, Message.account_id)
            .order_by(day, Message.channel, Message.account_id))


def volume(session: Session, scope: Scope) -> list[VolumeRow]:
    """Inbound and outbound messages per local day, channel and account."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    return [VolumeRow(sql.day_date(d), channel, account, int(i), int(o))
            for d, channel, account, i, o in session.execute(_volume(found), sql.params(scope))]


@lru_cache(maxsize=32)
def _heatmap(found: Shape) -> Any:
    at = sql.local(sql.epoch(found.dialect, Message.sent_at), found)
    weekday = ((at // n(DAY) + n(3)) % n(7)).label("weekday")
    hour = ((at % n(DAY)) // n(3600)).label("hour")
    return (select(weekday, hour, func.count())
            .where(sql.counted(), Message.direction == Direction.INBOUND, *_in_range(),
                   *sql.filters(found))
            .group_by(weekday, hour))


def heatmap(session: Session, scope: Scope) -> list[list[int]]:
    """Inbound messages by local weekday (rows, Monday first) and hour (columns)."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    grid = [[0] * 24 for _ in range(7)]
    for weekday, hour, count in session.execute(_heatmap(found), sql.params(scope)):
        grid[int(weekday)][int(hour)] = int(count)
    return grid


@lru_cache(maxsize=32)
def _customers(found: Shape) -> Any:
    """(customer, week) for every week of the range a customer wrote in, with the customer's
    first message ever (any channel, read from `ix_messages_customer_sent`); counted per week
    (new: the first message ever is in that week) and over the whole range (new: it is inside
    the range) — one statement over one materialised CTE."""
    earlier = aliased(Message)
    first_ever = (select(func.min(earlier.sent_at))
                  .where(earlier.customer_id == Message.customer_id, sql.counted(earlier),
                         earlier.direction == Direction.INBOUND)
                  .correlate(Message).scalar_subquery())
    week = sql.week(sql.local(sql.epoch(found.dialect, Message.sent_at), found)).label("week")
    wrote = (select(Message.customer_id, week, first_ever.label("first"))
             .where(sql.counted(), Message.direction == Direction.INBOUND, *_in_range(),
                    *sql.filters(found))
             .group_by(Message.customer_id, week).cte("wrote"))
    w = wrote.c
    first_week = sql.week(sql.local(sql.epoch(found.dialect, w.first), found))
    per_week = (select(w.week, func.count(), func.sum(case((first_week == w.week, 1), else_=0)))
                .group_by(w.week))
    overall = select(null(), func.count(distinct(w.customer_id)),
                     func.count(distinct(case((w.first >= sql.at("start"), w.customer_id)))))
    return per_week.union_all(overall)


def customers(session: Session, scope: Scope) -> list[CustomersRow]:
    """Customers who wrote, and of them those writing for the first time ever (any channel),
    per local week and (week None) over the whole range."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    rows = session.execute(_customers(found), sql.params(scope)).all()
    weekly = sorted((r for r in rows if r[0] is not None), key=lambda r: int(r[0]))
    result = [CustomersRow(sql.week_date(w), int(total), int(new or 0))
              for w, total, new in weekly]
    total = next((r for r in rows if r[0] is None), None)
    result.append(CustomersRow(None, int(total[1]) if total else 0,
                               int(total[2] or 0) if total else 0))
    return result
