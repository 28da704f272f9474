"""Functions of app/ imported when first called, not when the window's modules load.

The window's first paint needs none of SQLAlchemy, the models or the use-cases behind its
actions; importing them costs more than the rest of the start together. A module of ui/ that
hands such a function to an operation (`ops.query(f, ...)`, `tasks.submit(f, ...)`) names it
with `deferred("shopinbox.app.x", "f")`: the import then happens on the worker thread that
runs it, after the window is on screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def deferred(module: str, name: str) -> Callable[..., Any]:
    """`module.name`, imported at its first call (then cached by Python's import system)."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported when first called."
    return call


class deferred_module:  # noqa: N801 (reads like the module it stands for)
    """A module imported at the first attribute asked of it: `actions.mark_done` then works
    as with `from shopinbox.app.inbox import actions`."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)
