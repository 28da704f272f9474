"""A campaign scheduled for a time is started by the running app: the sync engine's
due-campaign step sends it through the real SMTP test server and the local Bot API server with
no CLI call — exactly once per recipient, through further rounds and a restart of the engine
in the middle of the campaign."""

from __future__ import annotations

import email
from collections import Counter
from datetime import UTC, datetime, timedelta
from email import policy

from shopinbox.app.campaigns import campaigns, segments
from shopinbox.app.sync.engine import SyncEngine
from tests.sync.conftest import wait_until


def _received(smtp_server, bot_server) -> Counter[str]:
    mails = [email.message_from_bytes(m.data, policy=policy.default)
             for m in smtp_server.messages]
    return Counter(str(m["To"]).strip().lower() for m in mails) + Counter(
        str(m["chat"]["id"]) for m in bot_server.sent)


def _engine(ctx) -> SyncEngine:
    # no pulls during the test (an hour between rounds, no push); the step looks often
    return SyncEngine(ctx, interval=3600, push=False, campaign_poll=0.2)


def test_scheduled_campaign_is_sent_by_the_running_engine_once(sqlite_ctx, shop_of,
                                                               smtp_server, bot_server):
    shop = shop_of(12)
    expected = {value for _kind, value, _lang, ok in shop.people.values() if ok}
    segments.save_segment(sqlite_ctx, "all", {})
    campaigns.create_campaign(sqlite_ctx, "o czasie", "/wiosna", "all",
                              scheduled_at=datetime.now(UTC) - timedelta(minutes=1),
                              rates={"email": 3, "telegram": 3})
    assert campaigns.get_campaign(sqlite_ctx, "o czasie").state == "scheduled"
    assert _received(smtp_server, bot_server) == Counter()

    engine = _engine(sqlite_ctx)
    engine.start()
    try:  # the engine starts it by itself; stop it in the middle (a restart of the app)
        wait_until(lambda: sum(_received(smtp_server, bot_server).values()) >= 2, 60)
    finally:
        assert engine.stop(30)
    stopped_at = _received(smtp_server, bot_server)
    assert 2 <= sum(stopped_at.values()) < len(expected)
    assert campaigns.get_campaign(sqlite_ctx, "o czasie").state == "running"

    again = _engine(sqlite_ctx)
    again.start()
    try:
        wait_until(lambda: campaigns.get_campaign(sqlite_ctx, "o czasie").state == "done", 60)
        # more rounds of the restarted engine's step, and a bounded round, send nothing
        worker = again._campaigns
        assert worker is not None
        seen = worker.looks
        wait_until(lambda: worker.looks >= seen + 3, 30)
        again.run_once()
    finally:
        assert again.stop(30)
    received = _received(smtp_server, bot_server)
    assert set(received) == expected
    assert set(received.values()) == {1}
    found = campaigns.report(sqlite_ctx, "o czasie")
    assert found.sent == len(expected) and found.failed == 0


def test_a_campaign_scheduled_later_waits_for_its_time(sqlite_ctx, shop_of, smtp_server,
                                                        bot_server):
    shop_of(4)
    segments.save_segment(sqlite_ctx, "all", {})
    campaigns.create_campaign(sqlite_ctx, "jutro", "/wiosna", "all",
                              scheduled_at=datetime.now(UTC) + timedelta(days=1))
    engine = _engine(sqlite_ctx)
    engine.run_once()  # a bounded round takes the step too
    assert campaigns.get_campaign(sqlite_ctx, "jutro").state == "scheduled"
    assert _received(smtp_server, bot_server) == Counter()
