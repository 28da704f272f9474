"""What the Campaigns window shows and does, each a function its background tasks run
(no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from shopinbox.app.campaigns import campaigns, notifications
from shopinbox.app.campaigns.runner import is_running_here
from shopinbox.app.core.context import AppContext


@dataclass
class CampaignRow:
    id: int
    name: str
    state: str
    total: int
    done: int
    sent: int
    failed: int
    skipped: dict[str, int]
    redeemed_orders: int
    revenue: str
    running_here: bool = False  # this process sends it now (the engine or the window)


@dataclass
class Snapshot:
    campaigns: list[CampaignRow]
    pending: list[notifications.PendingNotification]


def snapshot(ctx: AppContext) -> Snapshot:
    rows = []
    for info in campaigns.list_campaigns(ctx):
        found = campaigns.report(ctx, info.id)
        revenue = ", ".join(f"{v} {k}" for k, v in sorted(found.revenue.items()))
        total, skipped = found.total, found.skipped
        if not total and info.state in ("draft", "scheduled"):  # not started: who it would reach
            audience = campaigns.audience(ctx, info.id)
            total, skipped = len(audience.choices), dict(audience.skipped)
        rows.append(CampaignRow(info.id, info.name, info.state, total, found.done,
                                found.sent, found.failed, skipped,
                                found.redeemed_orders, revenue,
                                is_running_here(info.id)))
    return Snapshot(rows, notifications.listing(ctx))


def run(ctx: AppContext, campaign_id: int, on_progress: Callable[[int, int], None],
        stop_event: threading.Event) -> str:
    """Send or resume the campaign (the window's network lane); `stop_event`: the window
    closed — stop after the message in hand (it resumes on the next run)."""
    from shopinbox.app.campaigns.runner import run_campaign

    return run_campaign(ctx, campaign_id, on_progress=on_progress, now=True,
                        stop_event=stop_event, recover=False).state


def decide_and_send(ctx: AppContext, ids: list[int], approve: bool) -> int:
    count = notifications.decide(ctx, ids, approve)
    if approve:
        notifications.process(ctx)
    return count


# -- the "New campaign" form --

@dataclass
class FormChoices:
    promos: list[tuple[int, str]]  # id, "shortcut — title"
    segments: list[tuple[int, str]]
    pools: list[tuple[int, str, int]]  # id, name, free codes


def form_choices(ctx: AppContext) -> FormChoices:
    from shopinbox.app.campaigns.segments import list_segments
    from shopinbox.app.promos.discounts import list_pools
    from shopinbox.app.promos.library import list_promos

    promos = [(p.id, f"{p.shortcut} — {p.title}" if p.title else p.shortcut)
              for p in list_promos(ctx)]
    return FormChoices(promos, [(s.id, s.name) for s in list_segments(ctx)],
                       [(p.pool_id, p.name, p.free) for p in list_pools(ctx)])


@dataclass
class NewCampaign:
    name: str
    promo_id: int
    segment_id: int
    pool_id: int | None
    scheduled_at: datetime | None
    rates: dict[str, float] = field(default_factory=dict)  # messages per second per channel


class NameTaken(ValueError):
    """Another campaign has this name (the form says so in the user's language)."""


def create(ctx: AppContext, new: NewCampaign) -> int:
    if any(c.name == new.name for c in campaigns.list_campaigns(ctx)):
        raise NameTaken(new.name)
    return campaigns.create_campaign(ctx, new.name, new.promo_id, new.segment_id,
                                     pool=new.pool_id, scheduled_at=new.scheduled_at,
                                     rates=new.rates)


def export_csv_file(ctx: AppContext, campaign_id: int, path: Path) -> int:
    """The results, one row per recipient, formula-safe like `campaign report --csv`; returns
    how many rows."""
    import csv
    import io

    text = campaigns.export_csv(ctx, campaign_id)
    path.write_text(text, encoding="utf-8")
    return max(len(list(csv.reader(io.StringIO(text)))) - 1, 0)
