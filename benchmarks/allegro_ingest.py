"""Ingest 10,000 Allegro messages from the local stand-in API into an empty profile.

    python benchmarks/allegro_ingest.py [--messages N] [--threads N]

The corpus: N messages in a few hundred buyer threads (so threads and messages both page by
20), mostly Polish questions and the seller's answers, 3 % with a small attachment (downloaded),
some about an order. Prints messages/s of one round of `sync_allegro_account` (list threads +
read messages + download attachments + store, cursor committed with each batch), after signing
in with the device flow. The stand-in runs in its own process, as the real API is elsewhere
(in-process it would share the interpreter lock with the client being measured); `--in-process`
runs it in a thread instead. Target: ≥ 1,000 messages/s on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402

from shopinbox.app.core.accounts import get_account  # noqa: E402
from shopinbox.app.core.context import AppContext  # noqa: E402
from shopinbox.channels.allegro.account import add_allegro_account  # noqa: E402
from shopinbox.channels.allegro.client import client_for  # noqa: E402
from shopinbox.channels.allegro.pull import sync_allegro_account  # noqa: E402
from shopinbox.domain.sync_report import PullReport  # noqa: E402
from tests.fixtures.allegro_api_server import AllegroApiServer  # noqa: E402
from tests.fixtures.memory_keyring import MemoryKeyring  # noqa: E402

TEXTS = [
    "Dzień dobry, kiedy wyślecie moje zamówienie nr {n}?",
    "Czy ta bluzka jest dostępna w rozmiarze M? Aukcja {n}",
    "Paczka nie dotarła do paczkomatu KRA{n}, co robić?",
    "Chciałabym zwrócić towar z zamówienia {n}, kolor inny niż na zdjęciu.",
    "Здравствуйте! Отправляете ли вы в Украину? Заказ {n}",
]
ANSWERS = ["Dzień dobry, wysyłka jutro rano.", "Tak, rozmiar M jest dostępny.",
           "Proszę o numer przesyłki, sprawdzę.", "Zwrot przez Allegro Smart! jest bezpłatny."]


def fill(server: AllegroApiServer, messages: int, threads: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    logins = [f"kupujacy_{i}" for i in range(threads)]
    photo = b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(2000))
    for n in range(messages):
        login = logins[n % threads] if n < threads else rng.choice(logins)
        roll = rng.random()
        if roll < 0.03:
            server.add_message(login, "to zdjęcie uszkodzenia", files=[
                ("uszkodzenie.jpg", "image/jpeg", photo)])
        elif roll < 0.30:
            server.add_message(login, rng.choice(ANSWERS), from_seller=True)
        elif roll < 0.35:
            server.add_message(login, rng.choice(TEXTS).format(n=10000 + n),
                               order_id=f"order-{n}")
        else:
            server.add_message(login, rng.choice(TEXTS).format(n=10000 + n))


def serve(connection: Connection, messages: int, threads: int) -> None:
    """The stand-in in a process of its own: filled, its address sent, then it serves until
    told to stop and answers how many requests it had."""
    server = AllegroApiServer(interval=0, auto_approve=True).start()
    fill(server, messages, threads)
    connection.send(server.url)
    connection.recv()
    connection.send(len(server.calls_of("threads")) + len(server.calls_of("messages")))
    server.stop()


def _sync(url: str) -> tuple[PullReport, float]:
    with tempfile.TemporaryDirectory() as folder:
        ctx = AppContext.open(folder)
        add_allegro_account(ctx, "bench", "test-client-id", "test-client-secret",
                            on_code=lambda grant: None, api_url=url, auth_url=url)
        account = get_account(ctx, "bench")
        started = time.perf_counter()
        with client_for(account) as client:
            report = sync_allegro_account(ctx, account, client)
        elapsed = time.perf_counter() - started
        ctx.close()
    return report, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=500)
    parser.add_argument("--in-process", action="store_true")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    if args.in_process:
        server = AllegroApiServer(interval=0, auto_approve=True).start()
        try:
            fill(server, args.messages, args.threads)
            report, elapsed = _sync(server.url)
            requests = len(server.calls_of("threads")) + len(server.calls_of("messages"))
        finally:
            server.stop()
    else:
        ours, theirs = Pipe()
        process = Process(target=serve, args=(theirs, args.messages, args.threads))
        process.start()
        try:
            report, elapsed = _sync(ours.recv())
            ours.send("stop")
            requests = ours.recv()
        finally:
            process.join(30)
    assert report.new_messages == args.messages, report
    where = "in-process" if args.in_process else "separate"
    print(f"allegro ingest ({where} stand-in): {report.new_messages} messages in "
          f"{report.counts['threads']} threads ({report.counts['files']} files, {requests} API requests) in {elapsed:.2f} s = "
          f"{report.new_messages / elapsed:,.0f} messages/s (target >= 1,000/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
