"""The issue's randomized proof: `shopinbox sync --once` killed -9 at 20 random moments while
50 email replies are being sent (a few queued before each run, so every run has sends in
flight). Counted where it happens: what the SMTP server received (0 double deliveries) and the
rows of the store (0 duplicates); each reply ends sent exactly once, or — only where a kill hit
the SMTP hand-over itself and no copy proves it — as "may have been sent", delivered at most
once."""

from __future__ import annotations

import email
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from email import policy

from shopinbox.app.outbox.sending import queue_reply
from shopinbox.domain.errors import parse_stored
from tests.sending.conftest import ROOT, outbound_rows, shopinbox

REPLIES = 50
KILLS = 20


def _start(profile) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile),
                             "sync", "--once"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ,
                                                            "PYTHONPATH": str(ROOT)})


def test_twenty_random_kills_while_fifty_replies_go_out(sqlite_ctx, mail_shop, smtp_server,
                                                        dovecot):
    seed = int(os.environ.get("SHOPINBOX_TEST_SEED", time.time_ns() % 100_000))
    chance = random.Random(seed)
    started = time.monotonic()
    warm = shopinbox(mail_shop.profile, "sync", "--once")  # how long a round takes here
    assert warm.returncode == 0, warm.stderr
    round_time = time.monotonic() - started

    queued: list[int] = []
    kills = runs = in_flight = 0  # in_flight: replies a kill left in `sending`
    while kills < KILLS and runs < 3 * KILLS:
        runs += 1
        for _ in range(min(REPLIES - len(queued), chance.choice((2, 3, 3)))):
            queued.append(queue_reply(sqlite_ctx, mail_shop.customer_id,
                                      f"Odpowiedź numer {len(queued)}", channel="email"))
        process = _start(mail_shop.profile)
        time.sleep(chance.uniform(0.55, 1.1) * round_time)  # the random moment
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(30)
        kills += process.returncode == -signal.SIGKILL
        in_flight += sum(1 for r in outbound_rows(sqlite_ctx) if r.delivery_state == "sending")
    while len(queued) < REPLIES:
        queued.append(queue_reply(sqlite_ctx, mail_shop.customer_id,
                                  f"Odpowiedź numer {len(queued)}", channel="email"))
    final = shopinbox(mail_shop.profile, "sync", "--once")
    assert final.returncode == 0, final.stderr
    assert kills == KILLS, (kills, runs, seed)

    delivered = Counter(email.message_from_bytes(m.data, policy=policy.default)["Message-ID"]
                        for m in smtp_server.messages)
    doubles = {mid: n for mid, n in delivered.items() if n > 1}
    rows = outbound_rows(sqlite_ctx)
    states = Counter(r.delivery_state for r in rows)
    unsure = [r for r in rows if r.delivery_state == "failed"]
    print(f"seed {seed}: {kills} kills in {runs} runs ({in_flight} replies left sending), "
          f"round {round_time:.2f} s; "
          f"{len(delivered)} delivered, states {dict(states)}, "
          f"{sum(1 for r in rows if r.extra.get('delivery_proven_by_copy'))} proven by the "
          f"Sent copy; {time.monotonic() - started:.1f} s")
    assert doubles == {}, (seed, doubles)
    assert sorted(r.id for r in rows) == sorted(queued)  # one row per reply: 0 duplicates
    assert len({r.external_id for r in rows}) == REPLIES
    assert set(states) <= {"sent", "failed"}, (seed, states)
    for row in rows:
        if row.delivery_state == "sent":
            assert delivered[row.external_id] == 1, (seed, row.id)
    for row in unsure:  # a kill at the SMTP hand-over: at most the one delivery
        assert parse_stored(row.delivery_error)[0] == "may_have_been_sent", (seed, row.id)
        assert delivered[row.external_id] <= 1
    assert set(delivered) <= {r.external_id for r in rows}
    with dovecot.client() as client:  # and the Sent folder holds each copy once
        client.select_folder("Sent", readonly=True)
        uids = client.search(["ALL"])
        headers = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    copies = Counter(email.message_from_bytes(data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"])
                     ["Message-ID"] for data in headers.values())
    assert all(n == 1 for n in copies.values()), (seed, copies)
    assert set(copies) <= set(delivered)
