"""The Qt binding the app installs must keep Python's reference counts: PySide6 6.12.0 drops a
reference to `True`/`False`/`None` on every emit through an `object` signal, and the window
(whose operations report bools and None that way thousands of times) dies with "deallocating
True". pyproject keeps that version out; this test fails on any binding with that bug."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    changed = Signal(str, object)
emitter = Emitter()
seen = []
emitter.changed.connect(lambda name, value: seen.append(value))
before = [sys.getrefcount(v) for v in (True, False, None)]
for _ in range(20000):
    emitter.changed.emit("a", True)
    emitter.changed.emit("b", False)
    emitter.changed.emit("c", None)
seen.clear()
after = [sys.getrefcount(v) for v in (True, False, None)]
print([a - b for a, b in zip(after, before)])
"""


def test_bools_and_none_through_object_signals_keep_their_references():
    # In a child process: on a broken binding the interpreter aborts, which must not take the
    # test run with it.
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    deltas = [int(x) for x in done.stdout.strip().strip("[]").split(",")]
    assert all(abs(d) < 100 for d in deltas), deltas
