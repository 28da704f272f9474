"""First response time and time to done: median, 90th percentile and the share answered within
1 h / 4 h / 24 h, per channel and local week, in one statement.

Response episodes: one customer has one conversation across every channel. An episode starts at
an inbound message whose previous message (any channel) was outbound, or at the customer's first
message; its first outbound message is the first response. There is no recorded "done" moment, so
an episode is done at the shop's last reply before the customer's next episode starts — for a
customer's latest episode only when the conversation is marked done. Automated mail, and
outgoing messages not (yet) sent, count for nothing.

Percentiles: the median averages the two middle values of an even count; p90 is the nearest rank
(the value at rank ceil(0.9 n)).

Cost: one read of the covering index `ix_messages_sent_at` over the range (plus a week before
and two after), one window pass per customer (previous and next direction), one running sum
that numbers the episodes, one GROUP BY; the episodes are then ranked four ways (channel and
week, week, channel, all) from one materialised CTE.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import and_, case, func, null, or_, select, union_all
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import ConversationStatus, Direction
from shopinbox.store.models import Conversation, Message
from shopinbox.store.reports import sql
from shopinbox.store.reports.shapes import WITHIN, Percentiles, ResponseRow, Scope
from shopinbox.store.reports.sql import Shape, n, p

GROUPINGS = (("channel", "week"), ("week",), ("channel",), ())


def _episodes(found: Shape) -> Any:
    t = sql.epoch(found.dialect, Message.sent_at)
    window: dict[str, Any] = {"partition_by": Message.customer_id,
                              "order_by": (Message.sent_at, Message.id)}
    base = (select(Message.id, Message.customer_id, Message.channel, Message.account_id,
                   Message.direction, t.label("t"),
                   func.lag(Message.direction).over(**window).label("prev"),
                   func.lead(Message.direction).over(**window).label("nxt"))
            .where(sql.counted(), Message.sent_at >= sql.at("look_from"),
                   Message.sent_at < sql.at("look_to"))
            .subquery("base"))
    b = base.c
    starts = case((and_(b.direction == Direction.INBOUND,
                        or_(b.prev.is_(None), b.prev == Direction.OUTBOUND)), 1), else_=0)
    numbered = select(b.customer_id, b.channel, b.account_id, b.direction, b.t, b.nxt,
                      starts.label("is_start"),
                      func.sum(starts).over(partition_by=b.customer_id, order_by=(b.t, b.id),
                                            rows=(None, 0)).label("episode"),
                      ).subquery("numbered")
    m = numbered.c
    outbound = m.direction == Direction.OUTBOUND
    grouped = (select(m.customer_id,
                      func.min(case((m.is_start == 1, m.t))).label("start"),
                      func.min(case((m.is_start == 1, m.channel))).label("channel"),
                      func.min(case((m.is_start == 1, m.account_id))).label("account_id"),
                      func.min(case((outbound, m.t))).label("first"),
                      func.max(case((outbound, m.t))).label("last"),
                      # the customer's latest episode holds the last message read
                      func.max(case((m.nxt.is_(None), 1), else_=0)).label("latest"))
               .where(m.episode > 0).group_by(m.customer_id, m.episode).subquery("grouped"))
    g = grouped.c
    local_start = sql.local(g.start, found)
    hours = sql.hours_of(found)
    if hours is not None:
        clock_start = sql.business_clock(local_start, hours)
        first = sql.business_clock(sql.local(g.first, found), hours) - clock_start
        last = sql.business_clock(sql.local(g.last, found), hours) - clock_start
    else:
        first, last = g.first - g.start, g.last - g.start
    done_status = select(Conversation.status).where(
        Conversation.customer_id == g.customer_id).scalar_subquery()
    ended = or_(g.latest == 0, done_status == ConversationStatus.DONE)
    conditions = [g.start >= p("start_e"), g.start < p("end_e")]
    if found.channel:
        conditions.append(g.channel == sql.bindparam("channel"))
    if found.account:
        conditions.append(g.account_id == sql.bindparam("account_id"))
    rows = select(g.channel, sql.week(local_start).label("week"), first.label("first"),
                  case((and_(g.last.is_not(None), ended), last)).label("done"),
                  ).where(*conditions)
    return rows.cte("episodes")


def _stats(source: Any, groups: tuple[str, ...]) -> Any:
    """Per `groups`: episodes, answered, answered within each of WITHIN, and count, median and
    p90 of the first response and of the time to done."""
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

    def median(value: Any, rank: Any, count: Any) -> Any:
        middle = or_(rank == (count + n(1)) // n(2), rank == (count + n(2)) // n(2))
        return func.avg(case((and_(value.is_not(None), middle), value)))

    def p90(value: Any, rank: Any, count: Any) -> Any:
        return func.max(case((and_(value.is_not(None),
                                   rank == (count * n(9) + n(9)) // n(10)), value)))

    within = [func.sum(case((and_(r.first.is_not(None), r.first <= n(limit)), 1), else_=0))
              for limit in WITHIN]
    return select(*shown, func.count(), func.count(r.first), *within,
                  median(r.first, r.rf, r.nf), p90(r.first, r.rf, r.nf), func.count(r.done),
                  median(r.done, r.rd, r.nd), p90(r.done, r.rd, r.nd)).group_by(*out)


@lru_cache(maxsize=32)
def _statement(found: Shape) -> Any:
    episodes = _episodes(found)
    return union_all(*[_stats(episodes, groups) for groups in GROUPINGS])


def response_times(session: Session, scope: Scope) -> list[ResponseRow]:
    """Per channel and week, per week (channel None), per channel (week None), and overall —
    one statement, so the episodes are worked out once (a CTE used four times is materialised
    by SQLite and PostgreSQL alike)."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    rows = session.execute(_statement(found), sql.params(scope)).all()
    result: list[ResponseRow] = []
    for row in sorted(rows, key=lambda r: (r[0] is None, str(r[0]), r[1] is None, str(r[1]))):
        (channel, week, total, answered, w1, w4, w24, first_median, first_p90, done_count,
         done_median, done_p90) = row
        result.append(ResponseRow(
            channel=channel, week=sql.week_date(week) if week is not None else None,
            episodes=int(total), answered=int(answered),
            first_response=_percentiles(answered, first_median, first_p90),
            done=_percentiles(done_count, done_median, done_p90),
            within={limit: int(count or 0) for limit, count in zip(WITHIN, (w1, w4, w24),
                                                                  strict=True)}))
    return result


def _percentiles(count: Any, median: Any, p90: Any) -> Percentiles:
    return Percentiles(int(count or 0), float(median) if median is not None else None,
                       float(p90) if p90 is not None else None)
