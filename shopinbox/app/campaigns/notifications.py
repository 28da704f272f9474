"""Order-status notifications: rules "when an order's status becomes shipped / ready for
pickup / delivered (as each source names it) → send promo reply T on the customer's channel",
the review queue, and sending.

The order upsert (store/orders.py → store/campaigns.record_order_facts) records each status
change with its time and, in the same transaction, one `OrderNotification` per (order, event) —
a unique key, so re-imports, re-syncs and restarts never notify twice. A rule in `review` mode
leaves it `pending` for the user to approve or skip; in `auto` mode it is `approved` at once.
`process` turns approved notifications into outbox messages (approved → queued and the message
in one transaction) and sends them; the template's `order.*` values (number, items, tracking
number and link) come from that order. Not marketing: no consent is needed, but a customer who
cannot be reached is `failed` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update

from shopinbox.app.campaigns.audience import choose
from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import ReplyTarget, queue_in, send_message
from shopinbox.app.promos.lookup import find_promo
from shopinbox.app.promos.reply import prepare_promo_reply
from shopinbox.domain.campaigns.events import DEFAULT_STATUSES, EVENTS
from shopinbox.domain.errors import ShopError
from shopinbox.store import campaigns as store
from shopinbox.store.models import NotificationRule, Order, OrderNotification, PromoReply

MODES = ("review", "auto")


@dataclass
class RuleInfo:
    id: int
    event: str
    statuses: dict[str, list[str]]
    promo: str
    mode: str
    enabled: bool


@dataclass
class PendingNotification:
    id: int
    order_id: int
    order_number: str
    customer_id: int | None
    customer_name: str
    event: str
    status: str
    state: str
    reason: str | None
    created_at: datetime


def set_rule(ctx: AppContext, event: str, promo: int | str, *, mode: str = "review",
             statuses: dict[str, list[str]] | None = None, enabled: bool = True) -> int:
    if event not in EVENTS:
        raise ValueError(f"unknown event {event!r} (one of {', '.join(EVENTS)})")
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r} (review or auto)")
    with ctx.writer() as session, session.begin():
        promo_id = find_promo(session, promo).id
        row = session.scalar(select(NotificationRule).where(NotificationRule.event == event))
        if row is None:
            row = NotificationRule(event=event)
            session.add(row)
        row.promo_id, row.mode, row.enabled = promo_id, mode, enabled
        row.statuses = statuses or DEFAULT_STATUSES[event]
        session.flush()
        return row.id


def list_rules(ctx: AppContext) -> list[RuleInfo]:
    with ctx.reader() as session:
        rows = session.execute(select(NotificationRule, PromoReply.shortcut).outerjoin(
            PromoReply, PromoReply.id == NotificationRule.promo_id)
            .order_by(NotificationRule.id)).all()
        return [RuleInfo(r.id, r.event, dict(r.statuses or {}), shortcut or "", r.mode,
                         r.enabled) for r, shortcut in rows]


def listing(ctx: AppContext, states: tuple[str, ...] = ("pending",)) -> list[PendingNotification]:
    with ctx.reader() as session:
        return [PendingNotification(n.id, n.order_id, number, customer_id, name or "", n.event,
                                    n.status, n.state, n.reason, n.created_at)
                for n, number, customer_id, name in store.notifications(session, states)]


def decide(ctx: AppContext, ids: list[int], approve: bool) -> int:
    """Approve (then `process` sends them) or skip pending notifications; returns how many."""
    with ctx.writer() as session, session.begin():
        result = session.execute(update(OrderNotification).where(
            OrderNotification.id.in_(ids), OrderNotification.state == "pending")
            .values(state="approved" if approve else "skipped", decided_at=datetime.now(UTC)))
        return int(getattr(result, "rowcount", 0) or 0)


def _fail(ctx: AppContext, notification_id: int, reason: str) -> None:
    with ctx.writer() as session, session.begin():
        session.execute(update(OrderNotification).where(
            OrderNotification.id == notification_id, OrderNotification.state == "approved")
            .values(state="failed", reason=reason))


def process(ctx: AppContext) -> dict[str, int]:
    """Queue and send every approved notification. Returns counts by outcome."""
    counts = {"sent": 0, "failed": 0}
    with ctx.reader() as session:
        rows = session.execute(
            select(OrderNotification.id, OrderNotification.order_id, Order.customer_id,
                   NotificationRule.promo_id)
            .join(Order, Order.id == OrderNotification.order_id)
            .outerjoin(NotificationRule, NotificationRule.id == OrderNotification.rule_id)
            .where(OrderNotification.state == "approved").order_by(OrderNotification.id)).all()
        facts = store.reach_facts(session, [r.customer_id for r in rows if r.customer_id])
        accounts = store.sending_accounts(session)
    for row in rows:
        if row.customer_id is None or row.promo_id is None:
            _fail(ctx, row.id, "no_customer" if row.customer_id is None else "no_template")
            counts["failed"] += 1
            continue
        choice = choose(facts[row.customer_id], accounts, marketing=False)
        if choice.skip is not None or choice.channel is None:
            _fail(ctx, row.id, choice.skip or "unreachable")
            counts["failed"] += 1
            continue
        try:
            prepared = prepare_promo_reply(ctx, row.customer_id, row.promo_id, choice.channel,
                                           order_id=row.order_id)
        except ShopError as error:
            _fail(ctx, row.id, error.stored())
            counts["failed"] += 1
            continue
        assert choice.account_id is not None and choice.identity_id is not None
        with ctx.writer() as session, session.begin():
            claimed = session.execute(update(OrderNotification).where(
                OrderNotification.id == row.id, OrderNotification.state == "approved")
                .values(state="queued"))
            if getattr(claimed, "rowcount", 0) != 1:
                continue
            message = queue_in(session, ctx, row.customer_id,
                               ReplyTarget(choice.channel, choice.account_id,
                                           choice.identity_id, None),
                               prepared.body_text, subject=prepared.subject or None,
                               html=prepared.body_html or None,
                               extra={**prepared.extra, "notification_id": row.id})
            session.execute(update(OrderNotification).where(OrderNotification.id == row.id)
                            .values(message_id=message.id))
            message_id = message.id
        state, _error = send_message(ctx, message_id)
        counts["sent" if state == "sent" else "failed"] += 1
    return counts


def after_orders_stored(ctx: AppContext, notification_ids: list[int]) -> None:
    """Called by order syncs and imports after a commit that created notifications: the
    automatic ones go out now (review ones wait in the queue)."""
    if notification_ids:
        process(ctx)
