"""Run a campaign through the outbox: each recipient's message is an outbox row like a reply
(claimed → sent → recorded, app/outbox/sending.py), so a crash or kill -9 at any moment
resumes with no message sent twice.

1. Start: the segment's audience is frozen into `campaign_recipients` (one row per customer,
   unique), pending or skipped with the reason. Opt-outs that replies asked for are recorded
   first.
2. One worker per sending account, side by side, each paced by its rate (the campaign's rate
   for the channel, never above the channel's `send_rate`). For each pending recipient:
   consent and reachability are checked again, the promo is rendered in their language, and in
   ONE write transaction the recipient becomes `queued` (a conditional UPDATE pending → queued),
   their outbox message is written and claimed for this worker (`claim_in`: queued → sending,
   its code taken — never two codes to one customer, never one code to two). Then the outbox
   sends it (`send_claimed`). No other outbox (the window's sync engine) ever sees a campaign
   message queued, so nothing goes out past the campaign's throttle.
3. A message a crash left `queued` is sent on the next run; one left `sending` goes through
   the outbox's recovery (resumed when no step was in flight, else "may have been sent" —
   never re-sent blindly).

Pause: the campaign's state is read every half second; the workers stop after the message in
hand. `run` again resumes.

One run per campaign in a process: the window's Send button and the sync engine's
due-campaign step may both ask for the same campaign; the second asks while the first runs and
returns at once (two runs would send nothing twice, but would pace at twice the rate).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select, update

from shopinbox.app.campaigns.audience import choose
from shopinbox.app.campaigns.campaigns import (
    CampaignInfo,
    Renderer,
    audience,
    get_campaign,
    set_state,
)
from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import (
    Claimed,
    ReplyTarget,
    claim_in,
    queue_in,
    recover_interrupted,
    send_claimed,
    send_message,
)
from shopinbox.app.outbox.writes import outbox_write
from shopinbox.channels import registry
from shopinbox.domain.campaigns.pacing import Pace
from shopinbox.domain.errors import ShopError
from shopinbox.store import campaigns as store
from shopinbox.store.models import Account, Campaign, CampaignRecipient, Message

log = logging.getLogger(__name__)
OnProgress = Callable[[int, int], None]  # recipients done, recipients in all
STATE_POLL = 0.5
_active: set[int] = set()  # campaigns being run by this process
_active_lock = threading.Lock()


@dataclass
class RunResult:
    campaign_id: int
    state: str
    sent: int = 0
    failed: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    per_account: Counter[int] = field(default_factory=Counter)  # messages sent per account
    rates: dict[int, float | None] = field(default_factory=dict)  # per account, msg/s
    seconds: float = 0.0
    waited: float = 0.0  # seconds the workers spent waiting for the throttle (summed)
    account_seconds: dict[int, float] = field(default_factory=dict)  # each worker's time


def freeze_audience(ctx: AppContext, campaign_id: int) -> int:
    """Write the recipients once (a re-run keeps the first audience). Returns how many."""
    with ctx.reader() as session:
        have = session.scalar(select(CampaignRecipient.id)
                              .where(CampaignRecipient.campaign_id == campaign_id).limit(1))
    if have is not None:
        return 0
    found = audience(ctx, campaign_id)
    rows = [{"customer_id": c.customer_id, "state": "skipped" if c.skip else "pending",
             "reason": c.skip, "channel": c.channel, "account_id": c.account_id}
            for c in found.choices]
    with ctx.writer() as session, session.begin():
        return store.add_recipients(session, campaign_id, rows)


def _rate(ctx: AppContext, account: Account, wanted: dict[str, float]) -> float | None:
    channel = registry.for_account(account.kind, account.settings)
    if channel is None:
        return None
    limit = channel.send_rate(dict(account.settings or {}))
    asked = wanted.get(channel.kind)
    if asked and (limit is None or asked < limit):
        return float(asked)
    return limit


class _Run:
    def __init__(self, ctx: AppContext, campaign_id: int, stop_event: threading.Event | None,
                 on_progress: OnProgress | None) -> None:
        self.ctx, self.campaign_id = ctx, campaign_id
        self.stop_event = stop_event or threading.Event()
        self.on_progress = on_progress
        self.info = get_campaign(ctx, campaign_id)
        self.lock = threading.Lock()
        self.result = RunResult(campaign_id, "running")
        self.render_lock = threading.Lock()
        self._checked = 0.0
        self._paused = False
        with ctx.reader() as session:
            self.pool_id = session.scalar(select(Campaign.pool_id)
                                          .where(Campaign.id == campaign_id))
            self.total = int(session.scalar(select(func.count()).where(
                CampaignRecipient.campaign_id == campaign_id)) or 0)
        self.renderer = Renderer(ctx, self.info, self.pool_id)

    def paused(self) -> bool:
        if self.stop_event.is_set():
            return True
        now = time.monotonic()
        if now - self._checked >= STATE_POLL:
            with self.lock:
                self._checked = now
                with self.ctx.reader() as session:
                    state = session.scalar(select(Campaign.state)
                                           .where(Campaign.id == self.campaign_id))
                self._paused = state == "paused"
        return self._paused

    def progress(self) -> None:
        if self.on_progress is None:
            return
        with self.ctx.reader() as session:
            states = store.recipient_states(session, self.campaign_id)
        done = sum(states.get(s, 0) for s in ("sent", "failed", "skipped"))
        self.on_progress(done, self.total)

    def _send(self, account_id: int, message_id: int, claimed: Claimed | None = None) -> None:
        state, _error = send_claimed(self.ctx, claimed) if claimed is not None \
            else send_message(self.ctx, message_id)
        self._count(account_id, state)

    def _count(self, account_id: int, state: str) -> None:
        with self.lock:
            if state == "sent":
                self.result.sent += 1
                self.result.per_account[account_id] += 1
            elif state == "failed":
                self.result.failed += 1
        self.progress()

    def _wait(self, pace: Pace) -> bool:
        while True:
            now = time.monotonic()
            delay = pace.next_at(now) - now
            if delay <= 0:
                return True
            if self.paused():
                return False
            self.stop_event.wait(min(delay, STATE_POLL))
            with self.lock:
                self.result.waited += min(delay, STATE_POLL)

    def _skip(self, recipient_id: int, reason: str) -> None:
        with outbox_write(self.ctx) as session:
            session.execute(update(CampaignRecipient).where(
                CampaignRecipient.id == recipient_id, CampaignRecipient.state == "pending")
                .values(state="skipped", reason=reason[:64]))
        with self.lock:
            self.result.skipped[reason] += 1

    def worker(self, account_id: int, rate: float | None) -> None:
        started = time.monotonic()
        try:
            self._work(account_id, rate)
        finally:
            with self.lock:
                self.result.account_seconds[account_id] = time.monotonic() - started

    def _work(self, account_id: int, rate: float | None) -> None:
        pace = Pace(rate, start=time.monotonic())
        try:
            with self.ctx.reader() as session:
                leftovers = list(session.scalars(select(Message.id).where(
                    Message.id.in_(store.queued_campaign_messages(session, self.campaign_id)),
                    Message.account_id == account_id).order_by(Message.id)))
            for message_id in leftovers:  # queued before a crash: the outbox sends them now
                if not self._wait(pace):
                    return
                self._send(account_id, message_id)
                pace.took(time.monotonic())  # the server has it: the second counts from now
            while not self.paused():
                with self.ctx.reader() as session:
                    batch = [(r.id, r.customer_id) for r in store.pending_recipients(
                        session, self.campaign_id, account_id, limit=50)]
                    if not batch:
                        return
                    facts = store.reach_facts(session, [c for _r, c in batch])
                    accounts = store.sending_accounts(session)
                for recipient_id, customer_id in batch:
                    if self.paused():
                        return
                    self._one(recipient_id, facts[customer_id], accounts, pace, account_id)
        except Exception:
            log.exception("campaign %s: the worker of account %s stopped", self.campaign_id,
                          account_id)
            raise

    def _one(self, recipient_id: int, facts: store.ReachFacts, accounts: list[Account],
             pace: Pace, account_id: int) -> None:
        choice = choose(facts, accounts)
        if choice.skip is not None:
            self._skip(recipient_id, choice.skip)
            return
        try:
            with self.render_lock:  # the cache is shared by the workers
                message, extra = self.renderer.render(choice, facts.language)
        except ShopError as error:  # missing values, the pool ran dry
            self._skip(recipient_id, error.code)
            return
        if not self._wait(pace):
            return
        assert choice.channel and choice.account_id and choice.identity_id
        # One commit: the recipient is queued, their message written and at once claimed for
        # this worker (code taken), so no other outbox ever sees it queued. A crash after it
        # finds the message `sending` with no step in flight: recovery resumes it.
        with outbox_write(self.ctx) as session:
            taken = session.execute(update(CampaignRecipient).where(
                CampaignRecipient.id == recipient_id, CampaignRecipient.state == "pending")
                .values(state="queued", channel=choice.channel, account_id=choice.account_id))
            if getattr(taken, "rowcount", 0) != 1:
                return  # another run took it
            row = queue_in(session, self.ctx, choice.customer_id,
                           ReplyTarget(choice.channel, choice.account_id, choice.identity_id,
                                       None),
                           message.text, subject=message.subject or None,
                           html=message.html or None, extra=extra, index=False)
            session.execute(update(CampaignRecipient).where(CampaignRecipient.id == recipient_id)
                            .values(message_id=row.id))
            message_id = row.id
            claimed, refused = claim_in(session, self.ctx, message_id, index=True)
        if claimed is None:  # refused (the pool ran dry): failed in that same commit
            pace.took(time.monotonic())
            self._count(account_id, "failed" if refused is not None else "")
            return
        self._send(account_id, message_id, claimed)
        pace.took(time.monotonic())  # the server has it: the second counts from now


def run_campaign(ctx: AppContext, campaign: int | str, *, stop_event: threading.Event | None = None,
                 on_progress: OnProgress | None = None, now: bool = False,
                 recover: bool = True) -> RunResult:
    """Send the campaign (or resume it) until every recipient is done, it is paused, or
    `stop_event` is set. A scheduled campaign whose time has not come does nothing unless
    `now`. `recover`: first settle messages a crash left `sending` (the CLI; the window did
    that when it opened, and must not while its own outbox is sending)."""
    info = get_campaign(ctx, campaign)
    if info.state == "done":
        return RunResult(info.id, "done")
    if info.state == "scheduled" and info.scheduled_at and not now \
            and info.scheduled_at > datetime.now(UTC):
        return RunResult(info.id, "scheduled")
    with _active_lock:
        if info.id in _active:
            return RunResult(info.id, "running")  # this process already runs it
        _active.add(info.id)
    try:
        return _run(ctx, info, stop_event, on_progress, recover)
    finally:
        with _active_lock:
            _active.discard(info.id)


def is_running_here(campaign_id: int) -> bool:
    """This process is sending the campaign now (the window polls its progress then)."""
    with _active_lock:
        return campaign_id in _active


def _run(ctx: AppContext, info: CampaignInfo, stop_event: threading.Event | None,
         on_progress: OnProgress | None, recover: bool) -> RunResult:
    started = time.monotonic()
    if recover:
        recover_interrupted(ctx)
    with ctx.writer() as session, session.begin():
        store.apply_stop_messages(session)
    freeze_audience(ctx, info.id)
    set_state(ctx, info.id, "running")
    run = _Run(ctx, info.id, stop_event, on_progress)
    wanted = dict(info.settings.get("rates") or {})
    with ctx.reader() as session:
        account_ids = sorted({a for a in session.scalars(
            select(CampaignRecipient.account_id).where(
                CampaignRecipient.campaign_id == info.id,
                CampaignRecipient.state.in_(("pending", "queued")),
                CampaignRecipient.account_id.is_not(None)).distinct()) if a is not None})
        accounts = {a.id: a for a in session.scalars(
            select(Account).where(Account.id.in_(account_ids)))}
    for account_id in account_ids:
        run.result.rates[account_id] = _rate(ctx, accounts[account_id], wanted)
    threads = [threading.Thread(target=run.worker, args=(a, run.result.rates[a]),
                                name=f"campaign-{info.id}-{a}", daemon=True)
               for a in account_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    run.result.seconds = time.monotonic() - started
    with ctx.reader() as session:
        left = session.scalar(select(CampaignRecipient.id).outerjoin(
            Message, Message.id == CampaignRecipient.message_id).where(
            CampaignRecipient.campaign_id == info.id,
            (CampaignRecipient.state == "pending")
            | (Message.delivery_state.in_(("queued", "sending")))).limit(1))
        state = session.scalar(select(Campaign.state).where(Campaign.id == info.id))
    if left is None and state == "running":
        state = set_state(ctx, info.id, "done")
    run.result.state = state or ""
    run.progress()
    return run.result
