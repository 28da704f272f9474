"""Reading money, quantities and dates the way shop exports write them.

Exports differ by shop software and by the locale of whoever clicked "Export": `1 234,56 zł`,
`€45.60`, `45.60`, `2024-03-05 14:22:11 +0100`, `05.03.2024 14:22`. These helpers accept all of
them and raise `ValueError` with a readable reason for anything else, so the importer can report
the row instead of guessing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation

CURRENCY_SYMBOLS = {
    "zł": "PLN", "zl": "PLN", "pln": "PLN", "€": "EUR", "eur": "EUR", "$": "USD", "usd": "USD",
    "₽": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB", "rub": "RUB", "£": "GBP", "gbp": "GBP",
    "₴": "UAH", "грн": "UAH", "uah": "UAH", "kč": "CZK", "czk": "CZK",
}
_CURRENCY_RE = re.compile(
    r"(zł|zl|pln|€|eur|\$|usd|₽|руб\.?|р\.|rub|£|gbp|₴|грн|uah|kč|czk)", re.IGNORECASE
)


def parse_money(text: str) -> tuple[Decimal, str]:
    """(amount, currency code or '') from `1 234,56 zł`, `€45.60`, `-12.5`, `1,234.56 USD`."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("empty amount")
    currency = ""
    found = _CURRENCY_RE.search(raw)
    if found:
        currency = CURRENCY_SYMBOLS[found.group(1).lower()]
        raw = (raw[: found.start()] + raw[found.end():]).strip()
    raw = raw.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "")
    if not re.fullmatch(r"[-+]?[\d.,]+", raw):
        raise ValueError(f"not an amount: {text!r}")
    if "," in raw and "." in raw:
        # The last separator is the decimal one: 1,234.56 or 1.234,56.
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = f"{head.replace(',', '')}.{tail}" if len(tail) != 3 or "," in head else head + tail
    try:
        return Decimal(raw), currency
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None


def parse_quantity(text: str) -> int:
    raw = (text or "").strip()
    if not raw:
        return 1
    try:
        value = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"not a quantity: {text!r}") from None
    if value != value.to_integral_value() or value < 0:
        raise ValueError(f"not a whole quantity: {text!r}")
    return int(value)


_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
)


def parse_datetime(text: str, default_tz: tzinfo = UTC) -> datetime:
    """An aware datetime; times without an offset are taken in `default_tz` (the shop's zone)."""
    raw = (text or "").strip()
    if not raw:
        raise ValueError("empty date")
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        value = None
        for pattern in _DATE_FORMATS:
            try:
                value = datetime.strptime(raw, pattern)
                break
            except ValueError:
                continue
        if value is None:
            raise ValueError(f"not a date: {text!r}") from None
    assert value is not None  # one of the patterns matched, or we raised
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_tz)
    return value
