"""Work-arounds for bugs of the Qt binding this app ships with, each with a test.

PySide6 6.12.0 drops one reference to `True`/`False` each time one is emitted through a signal
declared with `object` (or "QVariant") arguments; a few thousand emits later the interpreter
dies with "deallocating True or False". Before emitting a bool there, `keep_bools` takes the
reference the binding will drop. On a fixed binding that only leaks references to the two
singletons, which is harmless."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

# Not every such emit is ours to find (a test of the operations still ended in "deallocating
# True" or "deallocating None" at exit), so on the Pythons where True, False and None are not
# immortal yet (before 3.12) they get a reserve of references once, at import: then a lost one
# can never free them.
RESERVE = 1 << 24


def reserve_bool_references() -> None:
    if sys.version_info >= (3, 12):  # immortal there: nothing can free them
        return
    for value in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the first field
        refcount.value += RESERVE


reserve_bool_references()


def keep_bools(*values: Any) -> None:
    for value in values:
        if value is True or value is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
