"""First response time and time to done: median, 90th percentile and the share answered within
1 h / 4 h / 24 h, per channel and local week, in one statement.

Response episodes: one customer has one conversation across every channel. An episode starts at
an inbound message whose previous message (any channel) was outbound, or at the customer's first
message; its first outbound message is the first response. There is no recorded "done" moment, so
an episode is done at the shop's last reply before the customer's next episode starts — for a
customer's latest episode only when the conversation is marked done. Automated mail, and
outgoing messages not (yet) sent, count for nothing.

Percentiles: the median averages the two middle values of an even count; p90 is the nearest rank
(the value at rank ceil(0.9 n)). Both are read from `cume_dist()` (the share of values at or
below this one): the value at rank k is the smallest one whose share reaches k / n, so the two
middle values are the smallest with a share >= 1/2 and > 1/2 (the same value for an odd n), and
p90 the smallest with a share >= 0.9 — one window pass per metric and grouping, over the
episodes that have the value.

Cost: one read of the covering index `ix_messages_sent_at` over the range (plus a week before
and two after) and one window pass per customer that carries the previous direction and two
running counts (replies so far, questions so far): the questions of one episode share their
count of earlier replies, and the replies of one episode share their count of earlier
questions, so two GROUP BYs and a join make the episodes — no second window pass to number
them, and the latest episode of a customer is the one with the most questions. The episodes
(one materialised CTE) are then counted and ranked four ways (channel and week, week, channel,
all). A roll-up kept at ingest could not give the same episodes: where one starts depends on
the week read before the range.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import and_, case, func, literal_column, null, or_, select, true, union_all
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import ConversationStatus, Direction
from shopinbox.store.models import Conversation, Message
from shopinbox.store.reports import sql
from shopinbox.store.reports.shapes import WITHIN, Percentiles, ResponseRow, Scope
from shopinbox.store.reports.sql import Shape, n, p

GROUPINGS = (("channel", "week"), ("week",), ("channel",), ())


def _flow(found: Shape) -> Any:
    """Every counted message read, in each customer's order, with the previous direction and
    how many replies and questions came up to it (itself included). One window pass: a
    look-ahead (`lead`) would cost SQLite a second one."""
    order: dict[str, Any] = {"partition_by": Message.customer_id,
                             "order_by": (Message.sent_at, Message.id), "rows": (None, 0)}
    return (select(Message.customer_id, Message.channel, Message.account_id,
                   Message.direction, sql.epoch(found.dialect, Message.sent_at).label("t"),
                   func.lag(Message.direction).over(**order).label("prev"),
                   func.count(case((Message.direction == Direction.OUTBOUND, 1)))
                   .over(**order).label("replies"),
                   func.count(case((Message.direction == Direction.INBOUND, 1)))
                   .over(**order).label("questions"))
            .where(sql.counted(), Message.sent_at >= sql.at("look_from"),
                   Message.sent_at < sql.at("look_to"))
            .cte("flow").prefix_with("MATERIALIZED"))


def _episodes(found: Shape) -> Any:
    f = _flow(found).c
    # The customer's messages of one episode: its questions (a run of inbound messages, all
    # after the same number of replies) and then its replies (all after the same number of
    # questions: the count at the end of the run).
    opens = or_(f.prev.is_(None), f.prev == Direction.OUTBOUND)
    asked = (select(f.customer_id, func.min(f.t).label("start"),
                    func.max(f.questions).label("questions"),
                    func.min(case((opens, f.channel))).label("channel"),
                    func.min(case((opens, f.account_id))).label("account_id"))
             .where(f.direction == Direction.INBOUND)
             .group_by(f.customer_id, f.replies).cte("asked").prefix_with("MATERIALIZED"))
    replied = (select(f.customer_id, f.questions, func.min(f.t).label("first"),
                      func.max(f.t).label("last"))
               .where(f.direction == Direction.OUTBOUND, f.questions > n(0))
               .group_by(f.customer_id, f.questions).subquery("replied"))
    # the customer's latest episode (the one holding the last message read) asks the last
    # question read
    asked_through = (select(asked.c.customer_id, func.max(asked.c.questions).label("questions"))
                     .group_by(asked.c.customer_id).subquery("asked_through"))
    a, r = asked.c, replied.c
    local_start = sql.local(a.start, found)
    hours = sql.hours_of(found)
    if hours is not None:
        clock_start = sql.business_clock(local_start, hours)
        first = sql.business_clock(sql.local(r.first, found), hours) - clock_start
        last = sql.business_clock(sql.local(r.last, found), hours) - clock_start
    else:
        first, last = r.first - a.start, r.last - a.start
    done_status = select(Conversation.status).where(
        Conversation.customer_id == a.customer_id).scalar_subquery()
    ended = or_(a.questions < asked_through.c.questions, done_status == ConversationStatus.DONE)
    conditions = [a.start >= p("start_e"), a.start < p("end_e")]
    if found.channel:
        conditions.append(a.channel == sql.bindparam("channel"))
    if found.account:
        conditions.append(a.account_id == sql.bindparam("account_id"))
    rows = (select(a.channel, sql.week(local_start).label("week"), first.label("first"),
                   case((and_(r.last.is_not(None), ended), last)).label("done"))
            .select_from(asked)
            .join(asked_through, asked_through.c.customer_id == a.customer_id)
            .outerjoin(replied, and_(r.customer_id == a.customer_id,
                                     r.questions == a.questions))
            .where(*conditions))
    return rows.cte("episodes").prefix_with("MATERIALIZED")


def _ranked(source: Any, groups: tuple[str, ...], metric: str) -> Any:
    """Per `groups`: median and p90 of `metric` over the episodes that have it."""
    c = source.c
    keys = [c[g] for g in groups]
    value = c[metric]
    shares = (select(*keys, value.label("value"),
                     func.cume_dist().over(partition_by=keys or None, order_by=value)
                     .label("share"))
              .where(value.is_not(None)).subquery(f"shares_{metric}"))
    s = shares.c
    half: Any = literal_column("0.5")
    ninety: Any = literal_column("0.9")
    lower = func.min(case((s.share >= half, s.value)))
    upper = func.min(case((s.share > half, s.value)))
    return (select(*[s[g] for g in groups], ((lower + upper) / literal_column("2.0"))
                   .label("median"), func.min(case((s.share >= ninety, s.value))).label("p90"))
            .group_by(*[s[g] for g in groups])
            # a CTE of its own, computed once: joined as a subquery, PostgreSQL (which guesses
            # one row for a CTE scan) re-ran the window pass for every group it was joined to
            .cte(f"ranked_{metric}_{'_'.join(groups) or 'all'}").prefix_with("MATERIALIZED"))


def _stats(source: Any, groups: tuple[str, ...]) -> Any:
    """Per `groups`: episodes, answered, answered within each of WITHIN, and count, median and
    p90 of the first response and of the time to done."""
    c = source.c
    keys = [c[g] for g in groups]
    within = [func.sum(case((and_(c.first.is_not(None), c.first <= n(limit)), 1), else_=0))
              .label(f"within_{limit}") for limit in WITHIN]
    counted = (select(*keys, func.count().label("episodes"), func.count(c.first).label("nf"),
                      *within, func.count(c.done).label("nd"))
               .group_by(*keys).subquery("counted"))
    first, done = _ranked(source, groups, "first"), _ranked(source, groups, "done")
    k = counted.c
    joined: Any = counted
    for ranked in (first, done):
        on = and_(*[ranked.c[g] == k[g] for g in groups]) if groups else true()
        joined = joined.outerjoin(ranked, on)
    shown = [k[g] if g in groups else null().label(g) for g in ("channel", "week")]
    return (select(*shown, k.episodes, k.nf, *[k[f"within_{limit}"] for limit in WITHIN],
                   first.c.median, first.c.p90, k.nd, done.c.median, done.c.p90)
            .select_from(joined))


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
