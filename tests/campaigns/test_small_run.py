"""A small campaign in one process: the rule of who is reached, the pacing, the results."""

from __future__ import annotations

import time

from shopinbox.app.campaigns import campaigns, runner, segments


def test_small_campaign_in_process(sqlite_ctx, shop_of, smtp_server, bot_server):
    shop = shop_of(30)
    segments.save_segment(sqlite_ctx, "all", {})
    campaigns.create_campaign(sqlite_ctx, "mała", "/wiosna", "all",
                              rates={"email": 20, "telegram": 20})
    started = time.monotonic()
    result = runner.run_campaign(sqlite_ctx, "mała")
    took = time.monotonic() - started
    expected = sum(1 for *_x, ok in shop.people.values() if ok)
    print(f"{result} in {took:.2f} s")
    assert result.state == "done" and result.sent == expected
    assert len(smtp_server.messages) + len(bot_server.sent) == expected
    again = runner.run_campaign(sqlite_ctx, "mała")
    assert again.state == "done" and again.sent == 0
    assert len(smtp_server.messages) + len(bot_server.sent) == expected


def test_schedule_pause_and_resume(sqlite_ctx, shop_of, smtp_server, bot_server):
    import threading
    from datetime import UTC, datetime, timedelta

    shop = shop_of(12)
    segments.save_segment(sqlite_ctx, "all", {})
    later = datetime.now(UTC) + timedelta(hours=1)
    campaigns.create_campaign(sqlite_ctx, "later", "/wiosna", "all", scheduled_at=later,
                              rates={"email": 2, "telegram": 2})
    assert campaigns.due_campaigns(sqlite_ctx) == []
    assert runner.run_campaign(sqlite_ctx, "later").state == "scheduled"
    assert len(smtp_server.messages) + len(bot_server.sent) == 0

    paused = threading.Event()

    def pause_after_first(done: int, total: int) -> None:
        if done >= 1 and not paused.is_set():
            paused.set()
            campaigns.pause(sqlite_ctx, "later")

    first = runner.run_campaign(sqlite_ctx, "later", now=True, on_progress=pause_after_first)
    assert first.state == "paused" and 1 <= first.sent < 8
    expected = sum(1 for *_x, ok in shop.people.values() if ok)
    rest = runner.run_campaign(sqlite_ctx, "later", now=True)
    assert rest.state == "done" and first.sent + rest.sent == expected
    assert len(smtp_server.messages) + len(bot_server.sent) == expected
