"""CSV exports that a spreadsheet opens safely (OWASP "CSV injection"): a cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and
Google Sheets, so a customer named `=HYPERLINK(…)` could act on the shop owner's computer.
Such a cell gets a leading apostrophe, which spreadsheets show as text and hide. Numbers that
the export writes itself (ids, amounts) are not touched: only text that came from outside is."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The whole CSV text, every text cell made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()
