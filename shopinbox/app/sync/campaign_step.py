"""The engine's due-campaign step: a campaign scheduled for a time is started by the running
app (the window, `shopinbox sync` as a service) when its time comes, with no CLI call.

It goes through the very code `shopinbox campaign run --due` uses (`due_campaigns` +
`run_campaign`), so the guarantees are the runner's: the audience is frozen once, each
recipient is queued by a conditional UPDATE and sent through the outbox's claim — a second
round, a second engine or a restart resumes where the first stopped and sends nobody twice.
A campaign a crash left `running` is due as well, so a restart finishes it.

`run_once()` takes the step after its accounts; the running engine has one `CampaignWorker`
that looks every `campaign_poll` seconds. Team mode: only the desktop that runs the
lowest-numbered account takes the step (the others would only wait on the same rows).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from shopinbox.app.core.context import AppContext

if TYPE_CHECKING:
    from shopinbox.app.campaigns.runner import RunResult
    from shopinbox.app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

CAMPAIGN_POLL = 30.0  # seconds between looks for a campaign whose time has come


def run_due_campaigns(ctx: AppContext, stop_event: threading.Event,
                      now: datetime | None = None) -> list[RunResult]:
    """Run every due campaign to its end (or until `stop_event`); a failing campaign is logged
    and never stops the next one or the sync."""
    from shopinbox.app.campaigns.campaigns import due_campaigns
    from shopinbox.app.campaigns.runner import run_campaign

    results: list[RunResult] = []
    try:
        due = due_campaigns(ctx, now)
    except Exception:  # the database is busy or gone: the next look tries again
        log.exception("could not read the campaigns that are due")
        return results
    for campaign_id in due:
        if stop_event.is_set():
            break
        try:
            result = run_campaign(ctx, campaign_id, stop_event=stop_event, recover=False)
        except Exception:
            log.exception("campaign %s: the scheduled run failed", campaign_id)
            continue
        log.info("campaign %s: %s; sent %d, failed %d", campaign_id, result.state,
                 result.sent, result.failed)
        results.append(result)
    return results


def leads_campaigns(engine: SyncEngine) -> bool:
    """SQLite: always. Team mode: when this engine runs the lowest-numbered account."""
    from shopinbox.app.sync.election import SingleRunner

    if isinstance(engine.runner, SingleRunner):
        return True
    ids = engine.account_ids()
    return bool(ids) and engine.runner.holds(min(ids))


class CampaignWorker(threading.Thread):
    """The running engine's due-campaign step, on its own thread: a long, throttled campaign
    never delays an account's sync or its outbox."""

    def __init__(self, engine: SyncEngine, poll: float) -> None:
        super().__init__(name="sync-campaigns", daemon=True)
        self.engine, self.poll = engine, poll
        self.looks = 0  # how many times it looked for due campaigns (tests wait on it)

    def run(self) -> None:
        engine = self.engine
        if engine.thread_init is not None:
            engine.thread_init()
        while not engine.stop_event.is_set():
            if leads_campaigns(engine):
                run_due_campaigns(engine.ctx, engine.stop_event)
            self.looks += 1
            engine.stop_event.wait(self.poll)
