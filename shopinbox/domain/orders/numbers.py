"""Find order numbers that customers write in messages, with their spans for links.

Recognised: `#1234`; Polish `zamówienie 1234`, `zamówienia nr 1234`, `zam. 1234`; Russian
`заказ №1234`, `заказа 1234`, `номер заказа 1234`; English `order 1234`, `order no. 1234`,
`order #1234`; and the shop's own prefix (`LH-1234`). Prices (`zamówienie 150 zł`), phone
numbers (`+48 601 234 567`), dates (`12.03.2024`) and HTML entities (`&#1234;`) are not orders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    """An order number in a text: `text[start:end]` is what to turn into a link."""

    start: int
    end: int
    value: str  # normalised: no '#', upper-cased (`1234`, `LH-1234`)
    kind: str  # "hash", "keyword" or "prefix"


# Digits, optionally after a short letter prefix (`PL-1234`, `A10023`).
_NUMBER = r"(?P<num>#?(?:[A-Z]{1,4}-?)?\d{3,12})"
# After the number: not a price, a decimal, a date part, a phone group or a longer token.
_NOT_AFTER = (
    r"(?![\w-])"
    r"(?![.,/:]\d)"
    r"(?!\s?\d{2,}\b)"
    r"(?!\s?(?:zł|zl\b|pln\b|eur\b|usd\b|rub\b|руб|р\.|₽|€|\$|£|грн))"
)
_KEYWORDS = r"(?:zam(?:ó|o)wieni\w*|zam\.|заказ\w*|orders?\b)"
_FILLER = (
    r"(?:\s*(?:nr\.?|numer(?:ze)?|o\s+numerze|номер|no\.?|number|num\.?|№|n°|n\.?(?=\s*\d)|:|#)(?=[\s#№\d:A-Za-z]))*"
)
_KEYWORD_RE = re.compile(
    rf"(?<![\w]){_KEYWORDS}{_FILLER}\s*(?:№\s*)?{_NUMBER}{_NOT_AFTER}",
    re.IGNORECASE,
)
_HASH_RE = re.compile(rf"(?<![\w&#/]){'#'}(?P<num>\d{{3,10}}){_NOT_AFTER}(?!;)")


def _prefix_re(prefix: str) -> re.Pattern[str]:
    core = re.escape(prefix.rstrip("-"))
    return re.compile(rf"(?<![\w-])(?P<num>{core}-?\d{{2,12}}){_NOT_AFTER}", re.IGNORECASE)


def _normalise(token: str) -> str:
    return token.lstrip("#").upper()


_TWO_DIGITS = re.compile(r"\d\d")  # every pattern needs at least two digits in a row


def find_order_numbers(text: str, shop_prefixes: Iterable[str] = ()) -> list[Match]:
    """Every order number mentioned in `text`, in order of appearance, without overlaps."""
    if not text or _TWO_DIGITS.search(text) is None:  # most messages: one cheap scan
        return []
    found: list[Match] = []
    for prefix in shop_prefixes:
        if prefix.strip("-"):
            for hit in _prefix_re(prefix).finditer(text):
                value = _normalise(hit.group("num"))
                core = prefix.rstrip("-").upper()
                if not value.startswith(core + "-"):
                    value = f"{core}-{value[len(core):]}"
                found.append(Match(hit.start("num"), hit.end("num"), value, "prefix"))
    for hit in _KEYWORD_RE.finditer(text):
        found.append(
            Match(hit.start("num"), hit.end("num"), _normalise(hit.group("num")), "keyword")
        )
    for hit in _HASH_RE.finditer(text):
        found.append(Match(hit.start(), hit.end("num"), hit.group("num"), "hash"))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result: list[Match] = []
    for match in found:
        if result and match.start < result[-1].end:
            continue
        result.append(match)
    return result
