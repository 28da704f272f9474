"""Open work: open conversations waiting for the shop, by how long they have waited, and snoozed
conversations coming back before local midnight. Not limited to the report's range (it is the
state now), but to its channel / account.

A conversation waits when its latest counted message (not automated; an outgoing one only once
sent) is the customer's; it has waited since the customer's first message after the shop's last
sent reply. Each is an index seek into the covering `ix_messages_customer_sent` (backwards for
the latest message and the last reply, forwards for the first message after it) — no message
row is read, and only waiting conversations take the second and third seek.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from shopinbox.domain.kinds import ConversationStatus, DeliveryState, Direction
from shopinbox.store.models import Conversation, Message
from shopinbox.store.reports import sql
from shopinbox.store.reports.shapes import AGE_BUCKETS, AGE_OVER, Scope
from shopinbox.store.reports.sql import Shape, n, p


@lru_cache(maxsize=32)
def _waiting(found: Shape) -> Any:
    replied = aliased(Message)
    last_reply = (select(func.max(replied.sent_at))
                  .where(replied.customer_id == Conversation.customer_id,
                         replied.direction == Direction.OUTBOUND,
                         replied.is_automated.is_(False),
                         or_(replied.delivery_state.is_(None),
                             replied.delivery_state == DeliveryState.SENT))
                  .correlate(Conversation).scalar_subquery())
    latest = aliased(Message)
    latest_direction = (select(latest.direction)
                        .where(latest.customer_id == Conversation.customer_id,
                               sql.counted(latest))
                        .order_by(latest.sent_at.desc()).limit(1)
                        .correlate(Conversation).scalar_subquery())
    # Only conversations whose latest counted message is the customer's wait (one backward
    # step into the index each); the two look-ups below run for those alone.
    replies = (select(Conversation.customer_id, last_reply.label("replied"))
               .where(Conversation.status == ConversationStatus.OPEN,
                      latest_direction == Direction.INBOUND).subquery("replies"))
    r = replies.c
    since = (select(func.min(Message.sent_at))
             .where(Message.customer_id == r.customer_id, sql.counted(),
                    Message.direction == Direction.INBOUND,
                    Message.sent_at > func.coalesce(r.replied, sql.at("long_ago")),
                    *sql.filters(found))
             .correlate(replies).scalar_subquery())
    # MATERIALIZED: the bucket CASE names `since` six times; flattened, SQLite would run the
    # correlated look-ups once per mention.
    waiting = (select(since.label("since")).select_from(replies).cte("waiting")
               .prefix_with("MATERIALIZED"))
    age = p("now_e") - sql.epoch(found.dialect, waiting.c.since)
    bucket = case(*[(age < n(limit), name) for limit, name in AGE_BUCKETS],
                  else_=AGE_OVER).label("bucket")
    return (select(bucket, func.count()).where(waiting.c.since.is_not(None))
            .group_by(bucket))


def open_work(session: Session, scope: Scope) -> tuple[dict[str, int], int]:
    """({age bucket: conversations waiting}, snoozed conversations coming back today)."""
    found = sql.shape(session.get_bind().dialect.name, scope)
    counts = {name: 0 for _, name in AGE_BUCKETS} | {AGE_OVER: 0}
    for name, count in session.execute(_waiting(found), sql.params(scope)):
        counts[name] = int(count)
    today_end = scope.today_end or scope.now + timedelta(days=1)
    snoozed = session.scalar(select(func.count()).select_from(Conversation).where(
        Conversation.status == ConversationStatus.SNOOZED,
        Conversation.snoozed_until < today_end))
    return counts, int(snoozed or 0)
