"""Campaigns: create, preview (who is left out and why, 5 real rendered messages), dry run,
schedule, pause, results (sent / failed / skipped with reasons / opted out, codes handed out,
redemptions) and the CSV export. Sending is `runner.py`.

States: draft → running → done, with paused (by the user) and scheduled (a time to start at).
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from shopinbox.app.campaigns.audience import Choice, choose
from shopinbox.app.campaigns.segments import find_segment, identity_kinds
from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.lookup import find_promo, promo_pool
from shopinbox.app.promos.reply import prepare_promo_reply
from shopinbox.channels import registry
from shopinbox.domain.campaigns.optout import with_unsubscribe_line
from shopinbox.domain.campaigns.segments import parse_rules
from shopinbox.domain.csv_cells import write_csv
from shopinbox.domain.errors import ShopError
from shopinbox.store import campaigns as store
from shopinbox.store.discounts import get_pool, pool_status
from shopinbox.store.models import Campaign, Customer

STATES = ("draft", "scheduled", "running", "paused", "done")


@dataclass
class CampaignInfo:
    id: int
    name: str
    state: str
    promo: str
    segment: str
    pool: str | None
    scheduled_at: datetime | None
    settings: dict[str, Any]
    started_at: datetime | None
    finished_at: datetime | None


def _info(session: Any, row: Campaign) -> CampaignInfo:
    from shopinbox.store.models import DiscountPool, PromoReply, Segment

    promo = session.get(PromoReply, row.promo_id) if row.promo_id else None
    segment = session.get(Segment, row.segment_id) if row.segment_id else None
    pool = session.get(DiscountPool, row.pool_id) if row.pool_id else None
    return CampaignInfo(row.id, row.name, row.state, promo.shortcut if promo else "",
                        segment.name if segment else "", pool.name if pool else None,
                        row.scheduled_at, dict(row.settings or {}), row.started_at,
                        row.finished_at)


def _row(session: Any, campaign: int | str) -> Campaign:
    row = session.get(Campaign, campaign) if isinstance(campaign, int) else \
        session.scalar(select(Campaign).where(Campaign.name == campaign))
    if row is None and isinstance(campaign, str) and campaign.isdigit():
        row = session.get(Campaign, int(campaign))
    if row is None:
        raise LookupError(f"no campaign {campaign!r}")
    return row


def create_campaign(ctx: AppContext, name: str, promo: int | str, segment: int | str, *,
                    pool: int | str | None = None, scheduled_at: datetime | None = None,
                    rates: dict[str, float] | None = None) -> int:
    """`rates`: messages per second per channel kind, below the channel's own limit
    (`Channel.send_rate`); without one the channel's limit is used."""
    name = name.strip()
    if not name:
        raise ValueError("a campaign needs a name")
    for kind in rates or {}:
        if registry.find(kind) is None:
            raise ShopError("unknown_channel", channel=kind)
    segment_id = find_segment(ctx, segment).id
    with ctx.writer() as session, session.begin():
        if session.scalar(select(Campaign.id).where(Campaign.name == name)):
            raise ValueError(f"a campaign named {name!r} already exists")
        promo_row = find_promo(session, promo)
        pool_row = get_pool(session, pool) if pool is not None else promo_pool(session,
                                                                               promo_row.id)
        if pool_row is not None and pool_row.promo_id is None:
            pool_row.promo_id = promo_row.id  # its codes fill the promo's {{ promo.code }}
        row = Campaign(name=name, promo_id=promo_row.id, segment_id=segment_id,
                       pool_id=pool_row.id if pool_row else None,
                       state="scheduled" if scheduled_at else "draft",
                       scheduled_at=scheduled_at, settings={"rates": dict(rates or {})})
        session.add(row)
        session.flush()
        return row.id


def get_campaign(ctx: AppContext, campaign: int | str) -> CampaignInfo:
    with ctx.reader() as session:
        return _info(session, _row(session, campaign))


def list_campaigns(ctx: AppContext) -> list[CampaignInfo]:
    with ctx.reader() as session:
        return [_info(session, r) for r in session.scalars(select(Campaign)
                                                            .order_by(Campaign.id.desc()))]


def set_state(ctx: AppContext, campaign: int | str, state: str,
              *, only_from: tuple[str, ...] = ()) -> str:
    with ctx.writer() as session, session.begin():
        row = _row(session, campaign)
        if only_from and row.state not in only_from:
            return row.state
        row.state = state
        if state == "running" and row.started_at is None:
            row.started_at = datetime.now(UTC)
        if state == "done":
            row.finished_at = datetime.now(UTC)
        return row.state


def pause(ctx: AppContext, campaign: int | str) -> str:
    """The runner stops after the message it is sending; `run` again resumes."""
    return set_state(ctx, campaign, "paused", only_from=("running", "scheduled", "draft"))


def schedule(ctx: AppContext, campaign: int | str, at: datetime) -> None:
    with ctx.writer() as session, session.begin():
        row = _row(session, campaign)
        row.scheduled_at, row.state = at, "scheduled"


def due_campaigns(ctx: AppContext, now: datetime | None = None) -> list[int]:
    """Scheduled campaigns whose time has come, and running ones (a crash interrupted)."""
    now = now or datetime.now(UTC)
    with ctx.reader() as session:
        return [r.id for r in session.scalars(select(Campaign).where(
            Campaign.state.in_(("scheduled", "running"))).order_by(Campaign.id))
            if r.state == "running" or (r.scheduled_at is None or r.scheduled_at <= now)]


# -- audience --

@dataclass
class Audience:
    choices: list[Choice]
    skipped: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)

    @property
    def reached(self) -> list[Choice]:
        return [c for c in self.choices if c.skip is None]


def audience(ctx: AppContext, campaign: int | str) -> Audience:
    """The segment's customers now, each with their channel or the reason they are left out."""
    with ctx.reader() as session:
        row = _row(session, campaign)
        segment_id = row.segment_id
    if segment_id is None:
        raise LookupError("the campaign's segment was deleted")
    rules = parse_rules(find_segment(ctx, segment_id).rules)
    with ctx.reader() as session:
        ids = store.segment_customer_ids(session, rules, identity_kinds(rules.channels))
        facts = store.reach_facts(session, ids)
        accounts = store.sending_accounts(session)
    result = Audience([choose(facts[i], accounts) for i in ids])
    for choice in result.choices:
        if choice.skip:
            result.skipped[choice.skip] += 1
        else:
            result.by_channel[choice.channel or ""] += 1
    return result


@dataclass
class RenderedMessage:
    customer_id: int
    customer_name: str
    channel: str
    language: str
    subject: str
    text: str
    html: str


def render_for(ctx: AppContext, campaign: CampaignInfo, choice: Choice,
               pool_id: int | None) -> tuple[RenderedMessage, dict[str, Any]]:
    """One recipient's message: the promo variant in their language (the replies' fallback
    chain) for their channel, with the unsubscribe line. Raises MissingValues / PoolEmpty."""
    assert choice.channel is not None
    prepared = prepare_promo_reply(ctx, choice.customer_id, campaign.promo, choice.channel)
    channel = registry.channel(choice.channel)
    subjects = channel.capabilities.subjects
    language = prepared.rendered.language
    text = with_unsubscribe_line(prepared.body_text, language, subjects)
    html = prepared.body_html
    if html:
        html = channel.render_markup(with_unsubscribe_line(
            prepared.rendered.text, language, subjects)) or html
    extra = dict(prepared.extra)
    if pool_id is not None and extra.get("promo", {}).get("pool_id"):
        extra["promo"] = {**extra["promo"], "pool_id": pool_id}
    extra.update(marketing=True, campaign_id=campaign.id)
    with ctx.reader() as session:
        name = session.scalar(select(Customer.display_name)
                              .where(Customer.id == choice.customer_id)) or ""
    return RenderedMessage(choice.customer_id, name, choice.channel, language,
                           prepared.subject, text, html), extra


class Renderer:
    """`render_for` with a cache: when no variant of the promo uses the customer's or an
    order's values (nor asks for any), one rendering per (language, channel) serves every
    recipient with that language set — the code goes in at send time anyway."""

    PERSONAL = re.compile(r"customer|order|ask\s*\(")

    def __init__(self, ctx: AppContext, campaign: CampaignInfo, pool_id: int | None) -> None:
        from shopinbox.app.promos.settings import fallback_chain

        self.ctx, self.campaign, self.pool_id = ctx, campaign, pool_id
        with ctx.reader() as session:
            promo = find_promo(session, campaign.promo)
            texts = {v.language: f"{v.subject}\n{v.body}" for v in promo.variants}
            self.chain = fallback_chain(ctx, session)
        self.languages = list(texts)
        self.static = bool(texts) and not any(self.PERSONAL.search(t) for t in texts.values())
        self.cache: dict[tuple[str, str], tuple[RenderedMessage, dict[str, Any]]] = {}

    def render(self, choice: Choice, language: str | None
               ) -> tuple[RenderedMessage, dict[str, Any]]:
        if not self.static or not language or choice.channel is None:
            return render_for(self.ctx, self.campaign, choice, self.pool_id)
        from shopinbox.domain.language_detect import choose_language

        key = (choose_language(self.languages, customer_language=language,
                               fallback=self.chain), choice.channel)
        if key not in self.cache:
            self.cache[key] = render_for(self.ctx, self.campaign, choice, self.pool_id)
        message, extra = self.cache[key]
        return replace(message, customer_id=choice.customer_id), copy.deepcopy(extra)


@dataclass
class Preview:
    reached: int
    by_channel: dict[str, int]
    skipped: dict[str, int]  # reason → how many are left out
    samples: list[RenderedMessage]
    codes_needed: int = 0
    codes_free: int | None = None
    problems: dict[str, int] = field(default_factory=dict)  # render errors of a dry run


def preview(ctx: AppContext, campaign: int | str, samples: int = 5,
            dry_run: bool = False) -> Preview:
    """Who is reached (per channel) and who is left out and why, and `samples` real rendered
    messages; a dry run renders every message (nothing is queued or sent)."""
    info = get_campaign(ctx, campaign)
    with ctx.writer() as session, session.begin():
        store.apply_stop_messages(session)  # opt-outs replies asked for count already
    found = audience(ctx, info.id)
    with ctx.reader() as session:
        pool_id = _row(session, info.id).pool_id
        free = pool_status(session, pool_id).free if pool_id else None
        given = set(session.scalars(select(store.DiscountCode.given_to_id).where(
            store.DiscountCode.pool_id == pool_id))) if pool_id else set()
    result = Preview(len(found.reached), dict(found.by_channel), dict(found.skipped), [],
                     codes_free=free)
    if pool_id:
        result.codes_needed = sum(1 for c in found.reached if c.customer_id not in given)
    for choice in found.reached[:None if dry_run else samples]:
        try:
            message, _extra = render_for(ctx, info, choice, pool_id)
        except ShopError as error:
            result.problems[error.code] = result.problems.get(error.code, 0) + 1
            continue
        if len(result.samples) < samples:
            result.samples.append(message)
    return result


# -- results --

@dataclass
class Report:
    campaign: CampaignInfo
    total: int
    states: dict[str, int]
    skipped: dict[str, int]
    opted_out_since: int
    codes_given: int
    redeemed_orders: int
    revenue: dict[str, Decimal]

    @property
    def sent(self) -> int:
        return self.states.get("sent", 0)

    @property
    def failed(self) -> int:
        return self.states.get("failed", 0)

    @property
    def done(self) -> int:
        return sum(self.states.get(s, 0) for s in ("sent", "failed", "skipped"))


def report(ctx: AppContext, campaign: int | str) -> Report:
    info = get_campaign(ctx, campaign)
    with ctx.reader() as session:
        states = store.recipient_states(session, info.id)
        redemptions = store.campaign_redemptions(session, info.id)
        opted = store.opted_out_after(session, info.id, info.started_at)
    skipped = {k.split(":", 1)[1]: v for k, v in states.items() if k.startswith("skipped:")}
    plain = {k: v for k, v in states.items() if not k.startswith("skipped:")}
    return Report(info, sum(plain.values()), plain, skipped, opted, redemptions.given,
                  redemptions.orders, redemptions.revenue)


EXPORT_COLUMNS = ["customer_id", "customer_name", "state", "reason", "channel", "message_id",
                  "delivery_state", "error", "code"]


def export_csv(ctx: AppContext, campaign: int | str) -> str:
    info = get_campaign(ctx, campaign)
    with ctx.reader() as session:
        rows = store.campaign_rows(session, info.id)
    return write_csv(EXPORT_COLUMNS, (
        [r.customer_id, r.display_name, r.delivery_state or r.state, r.reason or "",
         r.channel or "", r.message_id or "", r.delivery_state or "", r.delivery_error or "",
         r.code or ""] for r in rows))
