"""Response times on a random shop against a plain-Python reading of the documented rules
(store/reports/responses.py: episodes, done, median and nearest-rank p90), on SQLite and
PostgreSQL: ties in time, runs of questions and of replies, automated mail, unsent replies,
three channels, done conversations, a range in the past (context read a week before and two
weeks after) — the cases where a window pass or a percentile formula can go wrong."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from shopinbox.app.reports.figures import ReportQuery, compute
from shopinbox.store.models import Account, Conversation, Customer, Message

NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
CHANNELS = (("email", 1), ("telegram", 2), ("vk", 3))
LOOK_BEFORE, LOOK_AFTER = timedelta(days=7), timedelta(days=14)


def _build(ctx, seed: int) -> tuple[list[dict], dict[int, str]]:
    rng = random.Random(seed)
    rows: list[dict] = []
    statuses: dict[int, str] = {}
    for customer in range(1, 121):
        at = NOW - timedelta(days=rng.uniform(0, 75))
        for _ in range(rng.randint(1, 14)):
            gap = rng.choice([0, 0, 40, 600, 3600, 20_000, 86_400, 6 * 86_400, 10 * 86_400])
            at += timedelta(seconds=int(gap * rng.random()))
            inbound = rng.random() < 0.55
            channel, account = rng.choice(CHANNELS)
            rows.append({
                "id": len(rows) + 1, "account_id": account, "customer_id": customer,
                "channel": channel, "direction": "in" if inbound else "out",
                "external_id": f"m{len(rows) + 1}", "sent_at": at, "subject": "",
                "body_text": "", "is_read": True, "is_automated": rng.random() < 0.06,
                "send_attempts": 0, "extra": {}, "created_at": NOW,
                "delivery_state": None if inbound else rng.choice(
                    [None, "sent", "sent", "queued", "failed"])})
        statuses[customer] = rng.choice(["open", "open", "done"])
    with ctx.writer() as session, session.begin():
        session.execute(insert(Account), [
            {"id": i, "name": f"{kind} account", "kind": kind, "settings": {},
             "enabled": True, "created_at": NOW} for kind, i in CHANNELS])
        session.execute(insert(Customer), [
            {"id": c, "display_name": f"C{c}", "note": "", "created_at": NOW,
             "updated_at": NOW} for c in statuses])
        session.execute(insert(Message), rows)
        session.execute(insert(Conversation), [
            {"customer_id": c, "status": s, "unread_count": 0, "message_count": 0}
            for c, s in statuses.items()])
    return rows, statuses


def _episodes(rows, statuses, start: datetime, end: datetime) -> list[tuple[str, int, int | None]]:
    """(channel of the opening question, first response s, time to done s) per episode that
    opens in [start, end): read from the messages of [start - 7 days, end + 14 days)."""
    counted = [r for r in rows if not r["is_automated"] and (
        r["direction"] == "in" or r["delivery_state"] in (None, "sent"))
        and start - LOOK_BEFORE <= r["sent_at"] < end + LOOK_AFTER]
    found = []
    for customer in statuses:
        mine = sorted((r for r in counted if r["customer_id"] == customer),
                      key=lambda r: (r["sent_at"], r["id"]))
        episodes: list[dict] = []
        previous = None
        for row in mine:
            if row["direction"] == "in" and previous in (None, "out"):
                episodes.append({"open": row, "replies": []})
            elif row["direction"] == "out" and episodes:
                episodes[-1]["replies"].append(row["sent_at"])
            previous = row["direction"]
        for index, episode in enumerate(episodes):
            opened = episode["open"]["sent_at"]
            if not start <= opened < end:
                continue
            replies = episode["replies"]
            first = int((replies[0] - opened).total_seconds()) if replies else None
            ended = index < len(episodes) - 1 or statuses[customer] == "done"
            done = int((replies[-1] - opened).total_seconds()) if replies and ended else None
            found.append((episode["open"]["channel"], first, done))
    return found


def _median(values: list[int]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1]
                                                            + ordered[middle]) / 2


def _p90(values: list[int]) -> float | None:
    ordered = sorted(values)
    return float(ordered[math.ceil(0.9 * len(ordered)) - 1]) if ordered else None


@pytest.mark.parametrize("first, last", [(date(2026, 11, 3), date(2026, 12, 2)),
                                         (date(2026, 9, 20), date(2026, 10, 25))])
def test_response_times_match_the_rules_on_a_random_shop(ctx, first, last):
    rows, statuses = _build(ctx, seed=first.toordinal())
    report = compute(ctx, ReportQuery("custom", first, last), now=NOW, tz=UTC)
    start = datetime.combine(first, datetime.min.time(), UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC)
    expected = _episodes(rows, statuses, start, end)
    assert len(expected) > 60  # enough episodes for ranks to matter
    by_channel = {r.channel: r for r in report.responses if r.week is None}
    for channel in (None, "email", "telegram", "vk"):
        mine = [e for e in expected if channel is None or e[0] == channel]
        answered = [e[1] for e in mine if e[1] is not None]
        done = [e[2] for e in mine if e[2] is not None]
        row = by_channel[channel]
        assert (row.episodes, row.answered, row.done.count) == (len(mine), len(answered),
                                                                len(done)), channel
        assert (row.first_response.median, row.first_response.p90) == (
            _median(answered), _p90(answered)), channel
        assert (row.done.median, row.done.p90) == (_median(done), _p90(done)), channel
        assert row.within == {limit: sum(1 for v in answered if v <= limit)
                              for limit in (3600, 4 * 3600, 86_400)}, channel
    weekly = [r for r in report.responses if r.channel is None and r.week is not None]
    assert sum(r.episodes for r in weekly) == len(expected)
