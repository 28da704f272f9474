"""Team mode latency (issue 20 targets: median ≤ 0.5 s, max ≤ 2 s): the time from a change on
desktop A to the inbox row repainted on desktop B, both on one PostgreSQL database.

    python -m benchmarks.team_latency [--changes 30] [--url postgresql+psycopg://…]

Without `--url` it starts a throwaway PostgreSQL cluster (tests/fixtures/postgres.py) and loads
the demo shop. Desktop A is an app context with its live link (what a window's operation does:
commit, then NOTIFY the ids); desktop B is the real main window, offscreen, with its own
context and link. Each change is a reply queued on A to a customer of B's inbox; the clock runs
from just before A's write until B's inbox viewport has painted the row with the new snippet.
Prints one line `median X s max Y s` (and a JSON line with every figure).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def measure(url: str, changes: int) -> list[float]:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from shopinbox.app.core.changes import Changes
    from shopinbox.app.core.context import AppContext
    from shopinbox.app.demo.shop import load_demo_shop
    from shopinbox.app.inbox.listing import InboxFilter, conversation_ids
    from shopinbox.app.outbox.sending import queue_reply
    from shopinbox.app.team.live import TeamLink
    from shopinbox.app.team.users import add_user, use_user
    from shopinbox.ui.shell.main_window import MainWindow

    os.environ["SHOPINBOX_DATABASE_URL"] = url
    root = Path(tempfile.mkdtemp(prefix="shopinbox-team-bench-"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    a = AppContext.open(str(root / "desk-a"))
    b = AppContext.open(str(root / "desk-b"))
    load_demo_shop(a)
    use_user(a, add_user(a, "Anna").id)
    use_user(b, add_user(b, "Piotr").id)
    link_a = TeamLink(a, name="Anna").start()
    window = MainWindow(b)
    window.show()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (window.team and window.team.link.listening.is_set()
                                               and link_a.listening.is_set()
                                               and window.inbox.model.rowCount()):
        app.processEvents()
        time.sleep(0.01)
    model, viewport = window.inbox.model, window.inbox.list.viewport()

    class PaintWatch(QObject):
        armed_for: tuple[int, str] | None = None
        painted_at: float | None = None

        def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint and self.armed_for and self.painted_at is None:
                customer_id, marker = self.armed_for
                row = model.row(model.row_of(customer_id))
                if row is not None and marker in row.snippet:
                    self.painted_at = time.perf_counter()
            return False

    watch = PaintWatch()
    viewport.installEventFilter(watch)
    visible = conversation_ids(b, InboxFilter())[:8]  # rows on B's screen
    figures: list[float] = []
    for number in range(changes):
        customer_id = visible[number % len(visible)]
        marker = f"bench-{number}-{time.time_ns()}"
        watch.armed_for, watch.painted_at = (customer_id, marker), None
        started = time.perf_counter()
        queue_reply(a, customer_id, f"Odpowiedź {marker}")  # the change on A, committed
        link_a.publish(Changes(customer_ids={customer_id}))  # as A's operation runner does
        ends = time.monotonic() + 5
        while watch.painted_at is None and time.monotonic() < ends:
            app.processEvents()
            time.sleep(0.002)  # the event loop sleeps between looks, as a window's does
        figures.append((watch.painted_at or time.perf_counter() + 5) - started)
        for _ in range(20):  # let the inbox settle before the next change
            app.processEvents()
            time.sleep(0.005)
    window.close()
    link_a.stop()
    a.close()
    b.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=30)
    parser.add_argument("--url", help="a PostgreSQL database URL (default: a throwaway cluster)")
    args = parser.parse_args()
    if args.url:
        figures = measure(args.url, args.changes)
    else:
        from tests.fixtures.postgres import start_cluster

        cluster = start_cluster()
        postgres = next(cluster)
        try:
            figures = measure(postgres.create_database(), args.changes)
        finally:
            cluster.close()
    median, worst = statistics.median(figures), max(figures)
    print(json.dumps({"changes": len(figures), "median_s": round(median, 4),
                      "max_s": round(worst, 4), "p90_s": round(sorted(figures)[
                          int(len(figures) * 0.9) - 1], 4),
                      "targets": {"median_s": 0.5, "max_s": 2.0}}))
    print(f"median {median:.3f} s max {worst:.3f} s")
    return 0 if median <= 0.5 and worst <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
