"""Which of the shop's *known* order numbers a customer wrote in a message.

This is the matcher behind the merge suggestion "a Telegram customer writes an order number that
belongs to another customer". It does not guess what looks like an order number (that is
`order_numbers.find_order_numbers`, for links in the timeline); it looks for the numbers the
shop really has, so it only ever points at a real order:

- a number counts when it stands as a whole word, with or without `#` before it
  (`1042`, `#1042`, `№1042`, `LH-1042`), compared case-insensitively and without the `#`;
- it must not be glued to letters, digits or to the `-` `/` `.` that join longer codes, dates,
  prices and phone numbers (`1042.50`, `12/1042`, `+481042`); a full stop or comma after it is fine;
- a bare number shorter than `MIN_BARE_LENGTH` characters counts only with `#` (`#42`), and a
  number followed by a currency (`1042 zł`) is a price, not an order.
"""

from __future__ import annotations

import re
from collections.abc import Collection

MIN_BARE_LENGTH = 4

_TOKEN = re.compile(r"(?<![\w/+\-.])(?P<hash>#?)(?P<token>\w(?:[\w\-/.]*\w)?)")
_TOKEN_WITH_DIGIT = re.compile(
    r"(?<![\w/+\-.])(?P<hash>#?)(?=[\w\-/.]*\d)(?P<token>\w(?:[\w\-/.]*\w)?)"
)
_DIGIT = re.compile(r"\d")
_CURRENCY_AFTER = re.compile(
    r"\s?(?:zł|zl\b|pln\b|eur\b|usd\b|gbp\b|rub\b|руб|р\.|₽|€|\$|£|грн|uah\b)", re.IGNORECASE
)


def normalize_order_number(number: str | None) -> str:
    """The form order numbers are compared in: trimmed, without leading `#`, case-folded."""
    return (number or "").strip().lstrip("#").strip().casefold()


class OrderNumberMatcher:
    """Finds the numbers of `known` (normalised with `normalize_order_number`) in texts; build
    it once for many texts."""

    def __init__(self, known: Collection[str]) -> None:
        self.known = known if isinstance(known, set | frozenset) else set(known)
        # Shops number orders with digits; when every known number has one, tokens without a
        # digit are skipped inside the regex engine, which makes long chats cheap to scan.
        self._digits_only = all(any(ch.isdigit() for ch in number) for number in self.known)
        self._token = _TOKEN_WITH_DIGIT if self._digits_only else _TOKEN

    def find(self, text: str | None) -> list[str]:
        """The known numbers `text` mentions, first mention first, no repeats."""
        if not text or not self.known:
            return []
        if self._digits_only and not _DIGIT.search(text):
            return []
        found: list[str] = []
        for match in self._token.finditer(text):
            value = match.group("token").casefold()
            if value not in self.known or value in found:
                continue
            if not match.group("hash"):
                if len(value) < MIN_BARE_LENGTH:
                    continue
                if _CURRENCY_AFTER.match(text, match.end()):
                    continue
            found.append(value)
        return found


def find_known_order_numbers(text: str | None, known: Collection[str]) -> list[str]:
    """The numbers of `known` (normalised with `normalize_order_number`) that `text` mentions,
    first mention first, no repeats."""
    return OrderNumberMatcher(known).find(text)
