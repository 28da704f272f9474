"""The one search box: what a typed text could be, and how well a customer or order matches it.

One text is tried as a name, an email address, a phone number in any format (`601 234 567`,
`+48 601-234-567`, `8 (916) 123-45-67`), a username (`@tea_lover`), an order number (`#1042`) and
a tracking number, and as words of messages. Scores are comparable across groups, so the
groups can be shown best first: an exact email, phone, order or tracking number beats a name
that merely contains the text, which beats a message that mentions it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shopinbox.domain.phones import normalize_phone
from shopinbox.domain.text_fold import fold, fold_char

EXACT, PREFIX, WORD_START, CONTAINS = 100, 80, 60, 40
MESSAGE_SCORE = 50  # full-text hits: below an exact contact or order, above a loose name match
MIN_PHONE_DIGITS = 6
_SPACES = re.compile(r"[\s\-().]+")


@dataclass(frozen=True)
class BoxQuery:
    """The forms of one typed text the store is asked about."""

    text: str  # folded, trimmed
    phone: str | None  # E.164 when the text reads as a phone number
    digits: str  # the text's digits when it is mostly a number (phone or order), else ""
    code: str  # order or tracking number form: no spaces, no leading '#', upper case
    username: str  # without the leading '@', folded

    @property
    def is_empty(self) -> bool:
        return not self.text


def parse_box(raw: str) -> BoxQuery:
    text = fold((raw or "").strip())
    digits = "".join(ch for ch in text if ch.isdigit())
    mostly_number = bool(digits) and len(digits) >= len(_SPACES.sub("", text).lstrip("+#")) - 1
    phone = normalize_phone(raw) if len(digits) >= MIN_PHONE_DIGITS and mostly_number else None
    code = _SPACES.sub("", (raw or "").strip()).lstrip("#").upper()
    return BoxQuery(text=text, phone=phone, digits=digits if mostly_number else "", code=code,
                    username=text.lstrip("@"))


def text_score(query: str, candidate: str | None) -> int:
    """How well a folded query matches a name or address: exact, prefix, a word's start, or
    anywhere in it (0: not at all)."""
    if not query or not candidate:
        return 0
    value = fold(candidate)
    if value == query:
        return EXACT
    if value.startswith(query):
        return PREFIX
    at = value.find(query)
    if at < 0:
        return 0
    return WORD_START if not value[at - 1].isalnum() else CONTAINS


def like_pattern(query: str) -> str:
    """A LIKE pattern that finds at least every value whose folded form contains `query`, in
    SQLite and PostgreSQL alike: letters that have accented or upper-case forms the engine
    cannot fold (non-ASCII, and the Latin bases of Polish letters) become `_`; the caller checks
    the candidates with `text_score`."""
    pattern = []
    for char in query:
        if char in "%_\\" or not char.isascii() or char in "acelnosz":
            pattern.append("_")
        else:
            pattern.append(char)
    return "%" + "".join(pattern) + "%"


def _variants() -> dict[str, str]:
    """Folded letter -> the letters of the shop's languages that fold to it, both cases:
    `l` -> `LlŁł`, `е` -> `ЕеЁё` (short classes: GLOB compares a character with each)."""
    found: dict[str, set[str]] = {}
    polish = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
    for char in (*map(chr, range(0x20, 0x7F)), *polish, *map(chr, range(0x400, 0x460))):
        found.setdefault(fold_char(char), set()).add(char)
    return {base: "".join(sorted(chars)) for base, chars in found.items()}


_VARIANTS = _variants()
_GLOB_SPECIAL = set("*?[]")


@lru_cache(maxsize=256)
def glob_pattern(query: str, *, prefix: bool) -> str:
    """An SQLite GLOB pattern (case-sensitive, so every case is spelt out) for values whose
    folded form starts with (`prefix`) or contains the folded `query`: each letter becomes the
    class of the letters folding to it (`л` → `[Лл]`, `l` → `[LlŁł]`). For text with letters
    LIKE cannot compare without case (Cyrillic): `like_pattern` would leave them all open and
    let every name through."""
    parts = []
    for char in query:
        if char in _GLOB_SPECIAL or char == "^":
            parts.append("?")
            continue
        chars = _VARIANTS.get(char, char + char.upper())
        chars = "".join(c for c in chars if c not in "]^-") or "?"
        parts.append(chars if len(chars) == 1 else f"[{chars}]")
    return ("" if prefix else "*") + "".join(parts) + "*"


@lru_cache(maxsize=256)
def regex_pattern(query: str, *, prefix: bool) -> str:
    """A PostgreSQL regular expression (`~`, case-sensitive, so every case is spelt out) for
    values whose folded form starts with (`prefix`) or contains the folded `query`, as
    `glob_pattern` is for SQLite: `посылку` -> `[Пп][Оо][Сс]…`. pg_trgm's index reads the
    trigrams of such classes, where `like_pattern` leaves every Cyrillic and Polish-base
    letter open (`_`) and so every name a candidate."""
    parts = []
    for char in query:
        chars = _VARIANTS.get(char, char + char.upper())
        unique = "".join(dict.fromkeys(chars))
        if len(unique) == 1:
            parts.append(re.escape(unique))
        else:
            parts.append("[" + "".join("\\" + c if c in "]\\^-[" else c for c in unique) + "]")
    return ("^" if prefix else "") + "".join(parts)


def code_score(code: str, candidate: str | None) -> int:
    """Order and tracking numbers: exact or prefix, ignoring case, spaces and a leading '#'."""
    if not code or not candidate:
        return 0
    value = _SPACES.sub("", candidate).lstrip("#").upper()
    if value == code:
        return EXACT
    if len(code) >= 3 and value.startswith(code):
        return PREFIX
    return 0
