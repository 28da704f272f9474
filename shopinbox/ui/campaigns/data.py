"""What the Campaigns window shows, read in one background query (no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from shopinbox.app.campaigns import campaigns, notifications
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
                                found.redeemed_orders, revenue))
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
