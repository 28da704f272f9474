"""Search latency on a 100,000-message store (issue target: median < 20 ms per query kind).

    python -m benchmarks.search_latency [--messages 100000] [--runs 25] [--profile DIR]

Builds the store with SQLAlchemy Core in batches (fast, deterministic), then times `search()`
for five kinds of query — rare word, common word, phrase, Polish (typed without diacritics),
Russian (prefix of an inflected word) — and prints the median and p95 of each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from shopinbox.app.core.context import AppContext
from shopinbox.store.models import Account, Conversation, Customer, Message
from shopinbox.store.search import IndexRow, index_rows, search

WORDS = {
    "pl": "dzień dobry zamówienie przesyłka paczka kurier dostawa zwrot herbata czajnik "
          "filiżanka dziękuję proszę sprawdzić kiedy wysłać faktura płatność żółty źródło "
          "łyżeczka opakowanie zielona czarna sklep numer".split(),
    "ru": "здравствуйте заказ заказа заказом доставка посылка оплата ещё спасибо чай чайник "
          "пуэр улун трек номер когда отправлен получил скидка промокод обмен возврат".split(),
    "en": "hello order parcel delivery tracking refund teapot tea cup thanks please when "
          "shipped invoice payment discount code return lid box gift wrapping customs".split(),
}
QUERIES = {
    "rare word": "xylofonik",
    "common word": "herbata",
    "phrase": '"трек номер"',
    "polish": "przesylka",
    "russian": "заказ",
}


def build(ctx: AppContext, messages: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    customers = max(1, messages // 10)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with ctx.writer() as session, session.begin():
        account = Account(name="bench", kind="email")
        session.add(account)
        session.flush()
        account_id = account.id
        session.execute(insert(Customer), [
            {"id": i, "display_name": f"Klient {i}", "note": "",
             "created_at": start, "updated_at": start} for i in range(1, customers + 1)
        ])
        session.execute(insert(Conversation), [
            {"customer_id": i, "status": "open", "unread_count": 0, "message_count": 10}
            for i in range(1, customers + 1)
        ])
    batch = 5000
    for offset in range(0, messages, batch):
        rows, index = [], []
        for n in range(offset + 1, min(messages, offset + batch) + 1):
            language = rng.choice(("pl", "ru", "en"))
            vocabulary = WORDS[language]
            body = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(20, 60)))
            if n % 20_000 == 0:
                body += " xylofonik"
            if language == "ru" and n % 7 == 0:
                body += " трек номер"
            subject = " ".join(rng.choice(vocabulary) for _ in range(4)).capitalize()
            customer = rng.randint(1, customers)
            rows.append({
                "id": n, "account_id": account_id, "customer_id": customer, "channel": "email",
                "direction": "in", "external_id": f"<{n}@bench>",
                "sent_at": start + timedelta(minutes=n * 3 + rng.randint(0, 2)),
                "sender_address": f"k{customer}@example.com", "sender_name": f"Klient {customer}",
                "recipients": "", "subject": subject, "body_text": body, "is_read": True,
                "is_automated": False, "send_attempts": 0, "extra": {}, "created_at": start,
            })
            index.append(IndexRow(n, rows[-1]["sent_at"], subject, body, f"Klient {customer}", f"Klient {customer}"))
        with ctx.writer() as session, session.begin():
            session.execute(insert(Message), rows)
            index_rows(session.connection(), index)
    if ctx.engine.dialect.name == "postgresql":
        # What autovacuum would do after a bulk load: give the planner real statistics.
        with ctx.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.commit()


def measure(ctx: AppContext, runs: int) -> dict[str, tuple[float, float, int]]:
    results = {}
    for kind, query in QUERIES.items():
        timings = []
        hits = 0
        for _ in range(runs):
            began = time.perf_counter()
            with ctx.reader() as session:
                hits = len(search(session, query, limit=50))
            timings.append((time.perf_counter() - began) * 1000)
        timings.sort()
        results[kind] = (statistics.median(timings), timings[int(len(timings) * 0.95) - 1], hits)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--profile", help="reuse/keep the profile here (default: temp folder)")
    args = parser.parse_args()
    folder = args.profile or tempfile.mkdtemp(prefix="shopinbox-bench-")
    ctx = AppContext.open(folder)
    began = time.perf_counter()
    build(ctx, args.messages)
    print(f"built {args.messages} messages ({ctx.engine.dialect.name}) in "
          f"{time.perf_counter() - began:.1f} s")
    worst = 0.0
    for kind, (median, p95, hits) in measure(ctx, args.runs).items():
        worst = max(worst, median)
        print(f"{kind:<12} median {median:6.2f} ms   p95 {p95:6.2f} ms   hits {hits}")
    print(f"target: every median < 20 ms -> {'met' if worst < 20 else 'NOT met'} "
          f"(worst {worst:.2f} ms)")
    ctx.close()


if __name__ == "__main__":
    main()
