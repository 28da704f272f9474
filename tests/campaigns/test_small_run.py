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
