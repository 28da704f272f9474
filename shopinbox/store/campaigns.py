"""Campaign and notification queries on both engines: segment filters, consent and opt-outs,
the facts that decide each recipient's channel, recipients and their progress, order status
changes, order discount codes, notifications and code redemptions.

No channel is named here: channels come in as identity kinds and channel kinds the caller got
from the registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, delete, exists, func, insert, or_, select
from sqlalchemy.orm import Session

from shopinbox.domain.campaigns.events import event_for
from shopinbox.domain.campaigns.optout import stop_variants
from shopinbox.domain.campaigns.segments import SegmentRules
from shopinbox.domain.kinds import Direction
from shopinbox.domain.orders.records import NOT_SPENT_STATUSES
from shopinbox.store.models import (
    Account,
    CampaignRecipient,
    Customer,
    CustomerConsent,
    CustomerLabel,
    DiscountCode,
    Identity,
    Message,
    NotificationRule,
    Order,
    OrderDiscountCode,
    OrderLine,
    OrderNotification,
    OrderStatusChange,
)
from shopinbox.store.types import utcnow


def _start(day: Any) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _end(day: Any) -> datetime:
    return datetime.combine(day, time.max, tzinfo=UTC)


def consented() -> Any:
    """SQL condition: the customer has recorded marketing consent and no opt-out."""
    return exists().where(CustomerConsent.customer_id == Customer.id,
                          CustomerConsent.marketing.is_(True),
                          CustomerConsent.opted_out_at.is_(None))


def segment_query(rules: SegmentRules, identity_kinds: Sequence[str] = (),
                  postgres: bool = False) -> Select:
    """Ids of live customers matching `rules` (`identity_kinds`: those of `rules.channels`)."""
    query = select(Customer.id).where(Customer.merged_into_id.is_(None))
    if rules.languages:
        wanted = [lang for lang in rules.languages if lang]
        conditions: list[Any] = [func.lower(Customer.language).in_(wanted)] if wanted else []
        if "" in rules.languages:
            conditions.append(or_(Customer.language.is_(None), Customer.language == ""))
        query = query.where(or_(*conditions))
    if rules.channels:
        query = query.where(exists().where(
            Identity.customer_id == Customer.id, Identity.kind.in_(list(identity_kinds)),
            Identity.unreachable_reason.is_(None)))
    if rules.labels:
        query = query.where(exists().where(CustomerLabel.customer_id == Customer.id,
                                           CustomerLabel.label.in_(rules.labels)))
    if rules.without_labels:
        query = query.where(~exists().where(CustomerLabel.customer_id == Customer.id,
                                            CustomerLabel.label.in_(rules.without_labels)))
    if any(v is not None for v in (rules.min_orders, rules.max_orders, rules.min_value,
                                   rules.max_value, rules.ordered_after, rules.ordered_before)):
        # correlated subqueries: an index lookup per customer (orders.customer_id), cheaper
        # than aggregating every order of the shop first
        mine = Order.customer_id == Customer.id
        n = select(func.count(Order.id)).where(mine).scalar_subquery()
        value = select(func.coalesce(func.sum(Order.total), 0)).where(
            mine, func.lower(Order.status).not_in(sorted(NOT_SPENT_STATUSES))).scalar_subquery()
        last = select(func.max(Order.placed_at)).where(mine).scalar_subquery()
        if rules.min_orders is not None:
            query = query.where(n >= rules.min_orders)
        if rules.max_orders is not None:
            query = query.where(n <= rules.max_orders)
        if rules.min_value is not None:
            query = query.where(value >= rules.min_value)
        if rules.max_value is not None:
            query = query.where(value <= rules.max_value)
        if rules.ordered_after is not None:
            query = query.where(last >= _start(rules.ordered_after))
        if rules.ordered_before is not None:
            query = query.where(last <= _end(rules.ordered_before))
    if rules.product:
        needle = rules.product
        if postgres:  # ILIKE folds every alphabet
            names = [OrderLine.name.icontains(needle, autoescape=True)]
        else:  # LIKE folds ASCII only: the usual spellings of a word (Świeca, świeca, ŚWIECA)
            names = [OrderLine.name.contains(s, autoescape=True)
                     for s in {needle.lower(), needle.capitalize(), needle.upper()}]
        buyers = (select(Order.customer_id).join(OrderLine, OrderLine.order_id == Order.id)
                  .where(or_(func.lower(OrderLine.sku) == needle.lower(), *names)))
        query = query.where(Customer.id.in_(buyers))  # the lines are scanned once
    if rules.contacted_after is not None or rules.contacted_before is not None:
        contact = (select(func.max(Message.sent_at))
                .where(Message.customer_id == Customer.id,
                       Message.direction == Direction.INBOUND).scalar_subquery())
        if rules.contacted_after is not None:
            query = query.where(contact >= _start(rules.contacted_after))
        if rules.contacted_before is not None:
            query = query.where(contact <= _end(rules.contacted_before))
    for pool_id, wanted_code in ((rules.has_code_from, True), (rules.no_code_from, False)):
        if pool_id is not None:
            got = exists().where(DiscountCode.pool_id == pool_id,
                                 DiscountCode.given_to_id == Customer.id)
            query = query.where(got if wanted_code else ~got)
    if rules.consent == "yes":
        query = query.where(consented())
    elif rules.consent == "no":
        query = query.where(~consented())
    return query


@dataclass
class SegmentSample:
    count: int
    sample: list[tuple[int, str]]  # (customer id, display name)


def segment_sample(session: Session, rules: SegmentRules, identity_kinds: Sequence[str] = (),
                   limit: int = 20) -> SegmentSample:
    query = segment_query(rules, identity_kinds, _postgres(session))
    count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    first = query.add_columns(Customer.display_name).order_by(Customer.id).limit(limit)
    return SegmentSample(int(count), [(row[0], row[1]) for row in session.execute(first)])


def segment_customer_ids(session: Session, rules: SegmentRules,
                         identity_kinds: Sequence[str] = ()) -> list[int]:
    return list(session.scalars(segment_query(rules, identity_kinds, _postgres(session))
                                .order_by(Customer.id)))


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


# -- consent --

def consent_row(session: Session, customer_id: int) -> CustomerConsent:
    row = session.get(CustomerConsent, customer_id)
    if row is None:
        row = CustomerConsent(customer_id=customer_id, source="", changed_at=utcnow())
        session.add(row)
    return row


def set_consent(session: Session, customer_id: int, marketing: bool | None, source: str,
                *, at: datetime | None = None) -> None:
    """Consent given (True) or withdrawn (False) by hand or by an import; True also clears an
    earlier opt-out (the customer asked again)."""
    row = consent_row(session, customer_id)
    row.marketing, row.source, row.changed_at = marketing, source[:64], at or utcnow()
    if marketing:
        row.opted_out_at = None
        row.opt_out_message_id = None


def import_consent(session: Session, customer_id: int, marketing: bool, source: str) -> None:
    """Consent from the shop's data: never overrides an opt-out or a choice made by hand."""
    row = session.get(CustomerConsent, customer_id)
    if row is not None and (row.opted_out_at is not None or row.source == "manual"
                            or row.marketing == marketing):
        return
    set_consent(session, customer_id, marketing, source)


def set_preferred_channel(session: Session, customer_id: int, channel: str | None) -> None:
    consent_row(session, customer_id).preferred_channel = channel


def record_opt_out(session: Session, customer_id: int, at: datetime,
                   message_id: int | None, source: str) -> bool:
    row = consent_row(session, customer_id)
    if row.opted_out_at is not None:
        return False
    row.marketing, row.opted_out_at, row.opt_out_message_id = False, at, message_id
    row.source, row.changed_at = source[:64], at
    return True


def apply_stop_messages(session: Session) -> list[int]:
    """Record an opt-out for every customer whose inbound message (after their latest consent
    change) is a stop word (`/stop`, an unsubscribe reply). Returns those customer ids."""
    words = stop_variants()
    changed = (select(CustomerConsent.changed_at)
               .where(CustomerConsent.customer_id == Message.customer_id).scalar_subquery())
    rows = session.execute(
        select(Message.id, Message.customer_id, Message.sent_at, Message.channel)
        .where(Message.direction == Direction.INBOUND, Message.customer_id.is_not(None),
               or_(func.trim(Message.body_text).in_(words), func.trim(Message.subject).in_(words),
                   func.lower(func.trim(Message.subject)).in_(
                       [f"re: {w}" for w in words if w.isascii()])),
               or_(changed.is_(None), Message.sent_at > changed))
        .order_by(Message.sent_at)).all()
    done: list[int] = []
    for row in rows:
        if row.customer_id not in done and record_opt_out(
                session, row.customer_id, row.sent_at, row.id, f"reply:{row.channel}"):
            done.append(row.customer_id)
    return done


# -- where each recipient can be reached --

@dataclass
class ReachFacts:
    """What decides a recipient's channel, read in bulk for a whole audience."""

    customer_id: int
    language: str | None
    marketing: bool | None = None
    opted_out: bool = False
    preferred_channel: str | None = None
    identities: list[tuple[int, str, str | None]] = field(default_factory=list)  # id, kind, why
    last_inbound: list[tuple[str, int, int | None]] = field(default_factory=list)  # newest first


def reach_facts(session: Session, customer_ids: Sequence[int]) -> dict[int, ReachFacts]:
    facts: dict[int, ReachFacts] = {}
    ids = list(customer_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in session.execute(
                select(Customer.id, Customer.language, CustomerConsent.marketing,
                       CustomerConsent.opted_out_at, CustomerConsent.preferred_channel)
                .outerjoin(CustomerConsent, CustomerConsent.customer_id == Customer.id)
                .where(Customer.id.in_(chunk))):
            facts[row.id] = ReachFacts(row.id, row.language, row.marketing,
                                       row.opted_out_at is not None, row.preferred_channel)
        for identity_row in session.execute(
                select(Identity.id, Identity.customer_id, Identity.kind,
                       Identity.unreachable_reason)
                .where(Identity.customer_id.in_(chunk)).order_by(Identity.id)):
            facts[identity_row.customer_id].identities.append(
                (identity_row.id, identity_row.kind, identity_row.unreachable_reason))
        newest = (select(Message.customer_id, Message.channel, Message.account_id,
                         Message.identity_id, func.max(Message.sent_at).label("at"))
                  .where(Message.customer_id.in_(chunk), Message.direction == Direction.INBOUND)
                  .group_by(Message.customer_id, Message.channel, Message.account_id,
                            Message.identity_id))
        for last in sorted(session.execute(newest), key=lambda r: r.at, reverse=True):
            facts[int(last.customer_id)].last_inbound.append(
                (last.channel, last.account_id, last.identity_id))
    return facts


def sending_accounts(session: Session) -> list[Account]:
    return list(session.scalars(select(Account).where(Account.enabled.is_(True))
                                .order_by(Account.name)))


# -- recipients --

def add_recipients(session: Session, campaign_id: int, rows: Iterable[dict[str, Any]]) -> int:
    """Freeze the audience: one row per customer (already there: left as it is)."""
    have = set(session.scalars(select(CampaignRecipient.customer_id)
                               .where(CampaignRecipient.campaign_id == campaign_id)))
    new = [{"campaign_id": campaign_id, "created_at": utcnow(), **r} for r in rows
           if r["customer_id"] not in have]
    for start in range(0, len(new), 1000):
        session.execute(insert(CampaignRecipient), new[start:start + 1000])
    return len(new)


def pending_recipients(session: Session, campaign_id: int, account_id: int | None = None,
                       limit: int = 100) -> list[CampaignRecipient]:
    query = select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id,
                                            CampaignRecipient.state == "pending")
    if account_id is not None:
        query = query.where(CampaignRecipient.account_id == account_id)
    return list(session.scalars(query.order_by(CampaignRecipient.id).limit(limit)))


def recipient_states(session: Session, campaign_id: int) -> dict[str, int]:
    """Counts by the recipient's state, where a queued recipient takes its message's state:
    pending, queued, sending, sent, failed, skipped (+ skipped:<reason>)."""
    counts: dict[str, int] = {}
    for state, reason, delivery, n in session.execute(
            select(CampaignRecipient.state, CampaignRecipient.reason, Message.delivery_state,
                   func.count())
            .outerjoin(Message, Message.id == CampaignRecipient.message_id)
            .where(CampaignRecipient.campaign_id == campaign_id)
            .group_by(CampaignRecipient.state, CampaignRecipient.reason,
                      Message.delivery_state)):
        key = delivery if state == "queued" and delivery else state
        counts[key] = counts.get(key, 0) + n
        if state == "skipped":
            counts[f"skipped:{reason}"] = counts.get(f"skipped:{reason}", 0) + n
    return counts


def campaign_rows(session: Session, campaign_id: int) -> list[Any]:
    """Every recipient with its customer, channel, message state, error and code (CSV export)."""
    return list(session.execute(
        select(CampaignRecipient.customer_id, Customer.display_name, CampaignRecipient.state,
               CampaignRecipient.reason, CampaignRecipient.channel, Message.id.label("message_id"),
               Message.delivery_state, Message.delivery_error, DiscountCode.code)
        .join(Customer, Customer.id == CampaignRecipient.customer_id)
        .outerjoin(Message, Message.id == CampaignRecipient.message_id)
        .outerjoin(DiscountCode, DiscountCode.message_id == CampaignRecipient.message_id)
        .where(CampaignRecipient.campaign_id == campaign_id)
        .order_by(CampaignRecipient.id)))


def queued_campaign_messages(session: Session, campaign_id: int) -> list[int]:
    return list(session.scalars(
        select(Message.id).join(CampaignRecipient, CampaignRecipient.message_id == Message.id)
        .where(CampaignRecipient.campaign_id == campaign_id,
               Message.delivery_state == "queued").order_by(Message.id)))


# -- orders: status changes, discount codes, notifications --

@dataclass
class SeenOrder:
    order_id: int
    customer_id: int | None
    previous: str | None  # None: the order is new
    status: str
    changed_at: datetime  # when the source says it changed (or placed)
    discount_codes: list[str]
    marketing: bool | None


def record_order_facts(session: Session, account_id: int | None, seen: Sequence[SeenOrder]
                       ) -> list[int]:
    """In the order upsert's transaction: record status changes with their time, the order's
    discount codes, imported consent, and a notification for each change a rule reacts to —
    at most one per (order, event), by a unique key. Returns new notification ids."""
    if not seen:
        return []
    kind = session.scalar(select(Account.kind).where(Account.id == account_id)) \
        if account_id is not None else None
    rules = list(session.scalars(select(NotificationRule).where(
        NotificationRule.enabled.is_(True))))
    mapping = {rule.event: dict(rule.statuses or {}) for rule in rules}
    by_event = {rule.event: rule for rule in rules}
    created: list[int] = []
    now = utcnow()
    for order in seen:
        codes = sorted({c.strip().upper()[:128] for c in order.discount_codes if c.strip()})
        have = set(session.scalars(select(OrderDiscountCode.code)
                                   .where(OrderDiscountCode.order_id == order.order_id)))
        if have != set(codes):
            session.execute(delete(OrderDiscountCode)
                            .where(OrderDiscountCode.order_id == order.order_id))
            if codes:
                session.execute(insert(OrderDiscountCode),
                                [{"order_id": order.order_id, "code": c} for c in codes])
        if order.marketing is not None and order.customer_id is not None:
            import_consent(session, order.customer_id, order.marketing,
                           f"import:{kind or 'orders'}")
        if order.previous is not None and order.previous == order.status:
            continue
        session.add(OrderStatusChange(order_id=order.order_id, previous=order.previous,
                                      status=order.status, changed_at=now))
        event = event_for(mapping, kind, order.status)
        rule = by_event.get(event) if event else None
        if rule is None or order.customer_id is None:
            continue
        if order.previous is None and order.changed_at < rule.created_at:
            continue  # history from before the rule: imported, not news
        if session.scalar(select(OrderNotification.id).where(
                OrderNotification.order_id == order.order_id,
                OrderNotification.event == rule.event)) is not None:
            continue
        with session.begin_nested():
            row = OrderNotification(order_id=order.order_id, rule_id=rule.id, event=rule.event,
                                    status=order.status, created_at=now,
                                    state="pending" if rule.mode == "review" else "approved")
            session.add(row)
            session.flush()
            created.append(row.id)
    session.flush()
    return created


def notifications(session: Session, states: Sequence[str] = ("pending",)) -> list[Any]:
    return list(session.execute(
        select(OrderNotification, Order.number, Order.customer_id, Customer.display_name)
        .join(Order, Order.id == OrderNotification.order_id)
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .where(OrderNotification.state.in_(list(states)))
        .order_by(OrderNotification.id)))


# -- redemptions --

@dataclass
class Redemptions:
    """Codes handed out and the orders that used them (matched case-insensitively)."""

    pool_id: int | None
    given: int = 0
    redeemed_codes: int = 0
    orders: int = 0
    revenue: dict[str, Decimal] = field(default_factory=dict)  # currency → total
    order_ids: list[int] = field(default_factory=list)


def _redemptions(session: Session, codes_query: Select, pool_id: int | None) -> Redemptions:
    given = codes_query.subquery()
    result = Redemptions(pool_id)
    result.given = int(session.scalar(select(func.count()).select_from(given)) or 0)
    rows = session.execute(
        select(Order.id, Order.total, Order.currency, OrderDiscountCode.code)
        .join(OrderDiscountCode, OrderDiscountCode.order_id == Order.id)
        .where(OrderDiscountCode.code.in_(select(func.upper(given.c.code))),
               func.lower(Order.status).not_in(sorted(NOT_SPENT_STATUSES)))
        .order_by(Order.id)).all()
    seen: set[int] = set()
    for row in rows:
        if row.id in seen:
            continue
        seen.add(row.id)
        result.order_ids.append(row.id)
        result.revenue[row.currency] = result.revenue.get(row.currency, Decimal(0)) + row.total
    result.orders = len(seen)
    result.redeemed_codes = len({row.code for row in rows})
    return result


def code_redemptions(session: Session, *, pool_id: int | None = None,
                     promo_id: int | None = None) -> list[Redemptions]:
    """Per pool (one pool, the pools of a promo, or every pool): codes handed out and the
    orders + revenue that used them. For campaign results and the Reports view."""
    from shopinbox.store.models import DiscountPool

    pools = select(DiscountPool.id).order_by(DiscountPool.id)
    if pool_id is not None:
        pools = pools.where(DiscountPool.id == pool_id)
    if promo_id is not None:
        pools = pools.where(DiscountPool.promo_id == promo_id)
    return [_redemptions(session, select(DiscountCode.code).where(
        DiscountCode.pool_id == pid, DiscountCode.given_to_id.is_not(None)), pid)
        for pid in session.scalars(pools)]


def campaign_redemptions(session: Session, campaign_id: int) -> Redemptions:
    """Orders and revenue that used the codes this campaign's messages carried."""
    return _redemptions(session, select(DiscountCode.code).join(
        CampaignRecipient, CampaignRecipient.message_id == DiscountCode.message_id)
        .where(CampaignRecipient.campaign_id == campaign_id), None)


def recipient_exists(session: Session, campaign_id: int, customer_id: int) -> bool:
    return session.scalar(select(CampaignRecipient.id).where(and_(
        CampaignRecipient.campaign_id == campaign_id,
        CampaignRecipient.customer_id == customer_id))) is not None


def opted_out_after(session: Session, campaign_id: int, since: datetime | None) -> int:
    """Recipients of the campaign who opted out after it started."""
    if since is None:
        return 0
    return int(session.scalar(
        select(func.count()).select_from(CampaignRecipient)
        .join(CustomerConsent, CustomerConsent.customer_id == CampaignRecipient.customer_id)
        .where(CampaignRecipient.campaign_id == campaign_id,
               CustomerConsent.opted_out_at >= since)) or 0)
