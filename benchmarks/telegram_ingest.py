"""Ingest 10,000 Telegram updates from the local Bot API server into an empty profile.

    python benchmarks/telegram_ingest.py [--updates N] [--users N]

The corpus: N updates from a few hundred customers, mostly text in Polish/Russian/English, 5 %
photos (a small JPEG each, downloaded with getFile), 2 % edits, some stickers and locations.
Prints updates/s of `sync_telegram_account(once=True)` (fetch + convert + download + store,
offset committed with each batch). Target: ≥ 1,000 updates/s on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402

from shopinbox.app.core.context import AppContext  # noqa: E402
from shopinbox.channels.telegram.account import add_telegram_account  # noqa: E402
from shopinbox.channels.telegram.pull import sync_telegram_account  # noqa: E402
from tests.fixtures.bot_api_server import BotApiServer, user  # noqa: E402
from tests.fixtures.memory_keyring import MemoryKeyring  # noqa: E402

TEXTS = [
    "Dzień dobry, kiedy wyślecie moje zamówienie nr {n}?",
    "Здравствуйте! Есть ли размер M в наличии? Заказ {n}",
    "Hi, I would like to return order {n}, the colour is different.",
    "Czy mogę zmienić adres dostawy? Paczkomat KRA{n}",
    "Спасибо, всё получила 👍",
]


def fill(server: BotApiServer, updates: int, users: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = [user(100000 + i, f"Klient{i}", "Test" if i % 2 else None,
                   f"client_{i}" if i % 3 else None) for i in range(users)]
    photo = server.add_file(b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(2000)),
                            path="photos/p.jpg")
    sent: list[tuple[dict, int]] = []
    for n in range(updates):
        who = rng.choice(people)
        roll = rng.random()
        if roll < 0.05:
            mid = server.message_from(who, photo=[{**photo, "width": 800, "height": 600}],
                                      caption="to ten?")
        elif roll < 0.07 and sent:
            owner, mid = rng.choice(sent)
            server.message_from(owner, edited=True, message_id=mid, text=f"poprawka {n}")
            continue
        elif roll < 0.09:
            mid = server.message_from(who, sticker={"file_id": "st", "file_unique_id": "st",
                                                    "type": "regular", "width": 512,
                                                    "height": 512, "is_animated": False,
                                                    "is_video": False, "emoji": "🙂"})
        elif roll < 0.10:
            mid = server.message_from(who, location={"latitude": 52.2, "longitude": 21.0})
        else:
            mid = server.message_from(who, text=rng.choice(TEXTS).format(n=10000 + n))
        sent.append((who, mid))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=800)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    server = BotApiServer().start()
    try:
        fill(server, args.updates, args.users)
        with tempfile.TemporaryDirectory() as folder:
            ctx = AppContext.open(folder)
            add_telegram_account(ctx, "bench", server.token, api_url=server.url)
            started = time.perf_counter()
            report = sync_telegram_account(ctx, "bench", once=True)
            elapsed = time.perf_counter() - started
            ctx.close()
    finally:
        server.stop()
    assert report.error is None, report.error
    assert report.counts["updates"] == args.updates, report
    counts = report.counts
    print(f"telegram ingest: {counts['updates']} updates ({report.new_messages} new messages, "
          f"{counts['edited']} edits, {counts['files']} files) in {elapsed:.2f} s = "
          f"{counts['updates'] / elapsed:,.0f} updates/s (target >= 1,000/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
