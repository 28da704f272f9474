"""Discount codes as text: generate them from a pattern, read them from a CSV or text file.

Pattern: `#` a digit, `?` a capital letter, `*` a capital letter or digit, `\\x` the character x
itself; anything else is kept as written. `SPRING-####-??` gives e.g. `SPRING-4821-QK`.
Letters that are easy to confuse on a receipt (O/0, I/1) are left out of `?` and `*`.
Generated codes are random (SystemRandom: a code must not be guessable from the previous one).
"""

from __future__ import annotations

import csv
import io
import itertools
import random
from collections.abc import Iterable

DIGITS = "0123456789"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = LETTERS + "23456789"
MAX_CODE_LENGTH = 128
_HEADERS = {"code", "codes", "kod", "kody", "код", "коды", "coupon", "voucher"}


class CodePatternError(ValueError):
    pass


def _slots(pattern: str) -> list[str]:
    """Each position as the alphabet it draws from (a literal is an alphabet of one)."""
    slots: list[str] = []
    escaped = False
    for char in pattern:
        if escaped:
            slots.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "#":
            slots.append(DIGITS)
        elif char == "?":
            slots.append(LETTERS)
        elif char == "*":
            slots.append(ALNUM)
        else:
            slots.append(char)
    if escaped:
        raise CodePatternError("the pattern ends with a lone \\")
    if not any(len(slot) > 1 for slot in slots):
        raise CodePatternError("the pattern has no # (digit), ? (letter) or * (either)")
    if len(slots) > MAX_CODE_LENGTH:
        raise CodePatternError(f"codes can be at most {MAX_CODE_LENGTH} characters long")
    if any(c.isspace() for slot in slots if len(slot) == 1 for c in slot):
        raise CodePatternError("codes cannot contain spaces")
    return slots


def pattern_capacity(pattern: str) -> int:
    """How many different codes the pattern can make."""
    total = 1
    for slot in _slots(pattern):
        total *= len(slot)
    return total


def generate_codes(
    pattern: str,
    count: int,
    existing: Iterable[str] = (),
    rng: random.Random | None = None,
) -> list[str]:
    """`count` new codes, none of them in `existing` nor repeated."""
    if count < 1:
        raise CodePatternError("the number of codes must be at least 1")
    slots = _slots(pattern)
    taken = set(existing)
    capacity = pattern_capacity(pattern)
    free = capacity - sum(1 for code in taken if _matches(slots, code))
    if count > free:
        raise CodePatternError(f"the pattern {pattern!r} can make only {free} more codes, "
                               f"not {count}")
    rng = rng or random.SystemRandom()
    made: list[str] = []
    seen = set(taken)
    attempts = 0
    while len(made) < count and attempts < count * 20 + 1000:
        attempts += 1
        code = "".join(rng.choice(slot) for slot in slots)
        if code not in seen:
            seen.add(code)
            made.append(code)
    if len(made) < count:
        # Nearly full pattern: list what is left and draw from it.
        left = ("".join(p) for p in itertools.product(*slots))
        rest = [code for code in left if code not in seen]
        rng.shuffle(rest)
        made.extend(rest[: count - len(made)])
    return made


def _matches(slots: list[str], code: str) -> bool:
    return len(code) == len(slots) and all(c in slot for c, slot in zip(code, slots, strict=True))


def parse_code_lines(text: str) -> tuple[list[str], int]:
    """Codes from a CSV/text file: the first column of each line, a header row (`code`) skipped,
    blanks and repeats dropped. Returns (codes in file order, how many lines were skipped)."""
    codes: list[str] = []
    seen: set[str] = set()
    skipped = 0
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else None
    except csv.Error:
        dialect = None
    reader = csv.reader(io.StringIO(text), dialect) if dialect else (
        [line] for line in text.splitlines()
    )
    for number, row in enumerate(reader):
        cell = (row[0] if row else "").strip().strip("\ufeff").strip()
        if number == 0 and cell.lower() in _HEADERS:
            continue
        if not cell:
            continue
        if len(cell) > MAX_CODE_LENGTH or any(c.isspace() for c in cell):
            skipped += 1
            continue
        if cell in seen:
            skipped += 1
            continue
        seen.add(cell)
        codes.append(cell)
    return codes, skipped
