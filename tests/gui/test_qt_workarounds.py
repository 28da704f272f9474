"""The bool reference work-around: thousands of bools through an `object` signal leave the
interpreter's count of True/False where it was (without it, it falls by one per emit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from shopinbox.ui.common.qt_workarounds import keep_bools


class _Emitter(QObject):
    changed = Signal(str, object)


def test_bools_through_object_signals_keep_their_references(qtbot):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(lambda _name, value: seen.append(value))
    before = sys.getrefcount(True)
    for _ in range(2000):
        keep_bools(True)
        emitter.changed.emit("notifications", True)
    seen.clear()
    assert sys.getrefcount(True) >= before


def test_singletons_hold_a_reserve_of_references():
    """Where True, False and None can still be freed (Python < 3.12), the ui package gives them
    a reserve, so references the binding loses elsewhere can never reach zero."""
    from shopinbox.ui.common.qt_workarounds import RESERVE

    if sys.version_info < (3, 12):
        for value in (True, False, None):
            assert sys.getrefcount(value) > RESERVE
