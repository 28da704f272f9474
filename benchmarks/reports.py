"""Reports benchmark: the whole Reports view over 100,000 messages / 10,000 customers.

    python benchmarks/reports.py [--runs 5] [--keep DIR]

The profile is the window benchmark's corpus (benchmarks/window.py: Core inserts, one customer
with 500 messages) plus 12,000 orders, a discount-code pool with 3,000 codes handed out, some
snoozed and done conversations. Measured in this process, offscreen, median of the runs:

  * compute: `app.reports.figures.compute` for the view's default range (last 30 days) —
    every figure of the view, by SQL (budget 300 ms), wall time; also its CPU time (both
    reading threads), which depends far less on the machine's load;
  * paint: filling every chart with that report and painting each of them (budget 500 ms).

It prints `compute N ms` and `paint N ms`, then the same for 90 days and for the whole
two-year history (for information; the budgets are for the default view), and a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ORDERS = 12_000
CODES = 3_000


def generate(folder: Path) -> None:
    from sqlalchemy import insert, update

    from benchmarks.window import CUSTOMERS
    from benchmarks.window import generate as generate_messages
    from shopinbox.app.core.context import AppContext
    from shopinbox.store.models import (
        Conversation,
        DiscountCode,
        DiscountPool,
        Order,
        PromoReply,
    )

    generate_messages(folder)
    rng = random.Random(11)
    now = datetime.now(UTC)
    ctx = AppContext.open(str(folder))
    with ctx.engine.begin() as connection:
        connection.execute(insert(Order), [
            {"id": n + 1, "source": "csv", "external_id": f"o{n}", "number": f"#{n + 1000}",
             "customer_id": rng.randint(1, CUSTOMERS) if n % 3 else None,
             "placed_at": now - timedelta(days=rng.randint(0, 700), minutes=rng.randint(0, 1440)),
             "status": "completed", "total": Decimal(rng.randint(20, 900)),
             "currency": "PLN" if n % 10 else "EUR", "customer_name": "", "shipping_address": "",
             "updated_at": now} for n in range(ORDERS)])
        connection.execute(insert(PromoReply), [{"id": 1, "title": "Winter tea", "shortcut": "wt",
                                                  "category": "", "usage_count": 0,
                                                  "created_at": now, "updated_at": now}])
        connection.execute(insert(DiscountPool), [{"id": 1, "name": "WINTER", "promo_id": 1,
                                                    "created_at": now}])
        connection.execute(insert(DiscountCode), [
            {"pool_id": 1, "code": f"W{n:05d}", "given_to_id": n + 1 if n < CODES else None,
             "channel": "email" if n < CODES else None,
             "given_at": now - timedelta(days=rng.randint(0, 120)) if n < CODES else None}
            for n in range(CODES + 500)])
        connection.execute(update(Conversation).where(Conversation.customer_id % 7 == 0)
                           .values(status="done"))
        connection.execute(update(Conversation).where(Conversation.customer_id % 50 == 1)
                           .values(status="snoozed", snoozed_until=now + timedelta(hours=3)))
    ctx.close()


def measure(folder: Path, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from shopinbox.app.core.context import AppContext
    from shopinbox.app.reports.figures import ReportQuery, compute
    from shopinbox.ui.reports.reports_view import ReportsView

    ctx = AppContext.open(str(folder))
    view = ReportsView(ctx)
    view.generation = -10**9  # the view's own first computation is not shown: we drive it
    view.resize(1180, 860)
    view.show()
    app.processEvents()
    # Its own first computation (the scope, then the figures and the intents) must not run
    # beside the measured ones.
    while view.tasks.busy:
        view.tasks.wait(60_000)
        app.processEvents()
    today = date.today()
    queries = {"30d": ReportQuery("30d"), "90d": ReportQuery("90d"),
               "all": ReportQuery("custom", today - timedelta(days=730), today)}
    results: dict[str, dict] = {}
    for name, query in queries.items():
        computes, cpus, paints = [], [], []
        report = None
        for _ in range(runs if name != "all" else max(1, runs // 2)):
            began, cpu = time.perf_counter(), time.process_time()
            report = compute(ctx, query)
            computes.append((time.perf_counter() - began) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
            began = time.perf_counter()
            view.show_report(report)
            for card in view.cards.values():
                card.chart.repaint()
            paints.append((time.perf_counter() - began) * 1000)
        assert report is not None
        overall = report.overall()
        results[name] = {"compute_ms": round(statistics.median(computes), 1),
                         "compute_cpu_ms": round(statistics.median(cpus), 1),
                         "paint_ms": round(statistics.median(paints), 1),
                         "episodes": overall.episodes if overall else 0,
                         "messages": sum(v.inbound + v.outbound for v in report.volume)}
    view.close()
    view.tasks.wait()
    ctx.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", help="build (or reuse) the profile in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="shopinbox-reports-"))
    if not (folder / "shopinbox.sqlite3").exists():
        began = time.perf_counter()
        generate(folder)
        print(f"generated the profile in {time.perf_counter() - began:.1f} s")
    results = measure(folder, args.runs)
    default = results["30d"]
    print(f"compute {default['compute_ms']:.0f} ms")
    print(f"paint {default['paint_ms']:.0f} ms")
    # CPU time of this process (both reading threads) barely depends on what else the machine
    # runs; wall time on 2 shared cores does.
    print(f"  30d: compute CPU {default['compute_cpu_ms']:.0f} ms, load average "
          f"{os.getloadavg()[0]:.1f}")
    for name in ("90d", "all"):
        print(f"  {name}: compute {results[name]['compute_ms']:.0f} ms, "
              f"paint {results[name]['paint_ms']:.0f} ms "
              f"({results[name]['messages']} messages in range)")
    verdict = {"compute": default["compute_ms"] <= 300, "paint": default["paint_ms"] <= 500}
    print(json.dumps({"results": results, "within_budget": verdict,
                      "load_average": os.getloadavg()[0]}))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Leave without tearing Qt down object by object: PySide6 6.12 can crash in the garbage
    # collector at interpreter exit after a window with queued signal relays was closed.
    os._exit(code)
