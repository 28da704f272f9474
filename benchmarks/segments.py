"""Segment editor: how long the count and the sample of a filter take over 10,000 customers.

    python -m benchmarks.segments [--runs 7] [--keep DIR]

The window shows a segment's count and first customers while the filter is edited (issue
target: ≤ 200 ms for 10,000 customers). The profile is the Reports benchmark's (100,000
messages, 10,000 customers, 12,000 orders, a code pool with 3,000 codes given). Each filter is
timed `--runs` times through `app.campaigns.segments.preview` (what the editor's background
query calls); a bare `SELECT count(*)` over customers on the same file, in the same run, is the
peer. Prints one line per filter (median / max ms) and a JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 200.0
FILTERS: dict[str, dict] = {
    "everyone": {},
    "language pl": {"languages": ["pl"]},
    "reachable on email": {"channels": ["email"]},
    "2+ orders, value 300+": {"min_orders": 2, "min_value": "300"},
    "ordered in the last 90 days": {"ordered_after": "2026-09-01"},
    "product name": {"product": "Sencha"},
    "no code from the pool": {"no_code_from": 1},
    "consent yes, pl, 1+ order": {"consent": "yes", "languages": ["pl"], "min_orders": 1},
    "contacted before a date": {"contacted_before": "2026-11-01"},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None,
                        help="profile folder to reuse (generated once)")
    args = parser.parse_args()

    from benchmarks.reports import generate
    from shopinbox.app.campaigns import segments
    from shopinbox.app.core.context import AppContext

    folder = args.keep or Path(tempfile.mkdtemp(prefix="shopinbox-segments-"))
    if not any(folder.iterdir()):
        started = time.perf_counter()
        generate(folder)
        print(f"generated the profile in {time.perf_counter() - started:.1f} s")
    ctx = AppContext.open(str(folder))
    results: dict[str, dict] = {}
    try:
        peer = sqlite3.connect(str(ctx.paths.database))
        peer_times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            peer.execute("SELECT count(*) FROM customers").fetchone()
            peer_times.append((time.perf_counter() - started) * 1000)
        peer.close()
        segments.preview(ctx, {})  # warm: statements compiled, pages cached
        for name, rules in FILTERS.items():
            times, count = [], 0
            for _ in range(args.runs):
                started = time.perf_counter()
                sample = segments.preview(ctx, rules)
                times.append((time.perf_counter() - started) * 1000)
                count = sample.count
            results[name] = {"median_ms": round(statistics.median(times), 1),
                             "max_ms": round(max(times), 1), "customers": count}
            print(f"{name:30} {statistics.median(times):7.1f} / {max(times):7.1f} ms "
                  f"({count} customers)")
        print(f"{'peer: bare count(*) customers':30} {statistics.median(peer_times):7.1f} / "
              f"{max(peer_times):7.1f} ms")
    finally:
        ctx.close()
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    worst = max(r["max_ms"] for r in results.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"worst {worst:.1f} ms (target <= {BUDGET_MS:.0f} ms): "
          f"{'MET' if worst <= BUDGET_MS else 'NOT MET'}")
    print(json.dumps({"results": results, "worst_ms": worst, "load_average": load}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
