"""Ingest 10,000 VK community messages from the local VK API stand-in into an empty profile.

    python benchmarks/vk_ingest.py [--messages N] [--users N] [--batch N]

The corpus: N long-poll events from a few hundred customers, mostly text in Polish/Russian/
English, 5 % photos (a small JPEG each, downloaded), 2 % edits, some stickers. Prints events/s
of `sync_vk_account(once=True)` (a_check + users.get + convert + download + store, `ts`
committed with each batch of `--batch` events, VK answers at most that many per a_check here).
Target: ≥ 1,000 messages/s on the 2-core reference machine. Also printed: the time spent in
the store's transactions (they run in a worker thread while the next a_check is fetched), so a
run shows how much of the total is the shared store and how much the channel's own work.
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
from shopinbox.channels.vk import pull  # noqa: E402
from shopinbox.channels.vk.account import add_vk_account  # noqa: E402
from shopinbox.channels.vk.pull import sync_vk_account  # noqa: E402
from tests.fixtures.memory_keyring import MemoryKeyring  # noqa: E402
from tests.fixtures.vk_api_server import VkApiServer  # noqa: E402

TEXTS = [
    "Dzień dobry, kiedy wyślecie moje zamówienie nr {n}?",
    "Здравствуйте! Есть ли размер M в наличии? Заказ {n}",
    "Hi, I would like to return order {n}, the colour is different.",
    "Czy mogę zmienić adres dostawy? Paczkomat KRA{n}",
    "Спасибо, всё получила 👍",
]


def fill(server: VkApiServer, messages: int, users: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = [server.user(300000 + i, f"Klient{i}", "Test" if i % 2 else "",
                          f"client_{i}" if i % 3 else None) for i in range(users)]
    jpeg = b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(2000))
    sent: list[tuple[int, int]] = []
    for n in range(messages):
        who = rng.choice(people)
        roll = rng.random()
        if roll < 0.05:
            mid = server.message_new(who, "to ten?", attachments=[server.photo(jpeg)])
        elif roll < 0.07 and sent:
            owner, mid = rng.choice(sent)
            server.message_edit(owner, mid, f"poprawka {n}")
            continue
        elif roll < 0.09:
            mid = server.message_new(who, "", attachments=[{"type": "sticker", "sticker": {
                "product_id": 1, "sticker_id": 9, "images": []}}])
        else:
            mid = server.message_new(who, rng.choice(TEXTS).format(n=10000 + n))
        sent.append((who, mid))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=800)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    committing = [0.0]  # seconds inside the store's transactions (shared store code)
    store_batch = pull._store_batch

    def timed_store(*args):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            store_batch(*args)
        finally:
            committing[0] += time.perf_counter() - started

    pull._store_batch = timed_store
    server = VkApiServer(batch_limit=args.batch).start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            ctx = AppContext.open(folder)
            add_vk_account(ctx, "bench", server.group_id, server.token, api_url=server.url)
            fill(server, args.messages, args.users)
            started = time.perf_counter()
            report = sync_vk_account(ctx, "bench", once=True)
            elapsed = time.perf_counter() - started
            ctx.close()
    finally:
        server.stop()
    assert report.counts['events'] == args.messages, report
    print(f"vk ingest: {report.counts['events']} events ({report.new_messages} new messages, "
          f"{report.counts['edited']} edits, {report.counts['files']} files) in {elapsed:.2f} s = "
          f"{report.counts['events'] / elapsed:,.0f} events/s (target >= 1,000/s); "
          f"{committing[0]:.2f} s of it in the store's transactions (store_messages + cursor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
