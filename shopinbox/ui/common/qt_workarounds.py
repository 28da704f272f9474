"""Work-arounds for bugs of the Qt binding this app ships with, each with a test.

PySide6 6.12.0 drops one reference to `True`/`False` each time one is emitted through a signal
declared with `object` (or "QVariant") arguments; a few thousand emits later the interpreter
dies with "deallocating True or False". Before emitting a bool there, `keep_bools` takes the
reference the binding will drop. On a fixed binding that only leaks references to the two
singletons, which is harmless."""

from __future__ import annotations

import ctypes
from typing import Any


def keep_bools(*values: Any) -> None:
    for value in values:
        if value is True or value is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
