"""Split long id lists for `IN (…)` queries (SQLite allows ~999 bound parameters; PostgreSQL
plans better with a few hundred) — one helper instead of a loop in every store module."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
DEFAULT_SIZE = 500


def chunked(items: Sequence[T], size: int = DEFAULT_SIZE) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])
