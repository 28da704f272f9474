"""Fold text the way shop owners type it: no case, no diacritics, `ł`→`l`, `ё`→`е`.

Folding is done in Python before text reaches the search index (FTS5's remove_diacritics does not
fold `ł` or `ё`) and to queries before they are matched. It maps every character to exactly one
character, so an offset in folded text is the same offset in the original: snippets are cut from
the original text at positions found in the folded one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base + combining mark.
_SPECIAL = {
    "ł": "l",
    "đ": "d",
    "ø": "o",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
    "ß": "s",
    "æ": "a",
    "œ": "o",
    "þ": "t",
    "ё": "е",
    "й": "й",  # a letter of its own in Russian, not и with a mark
}

WORD_RE = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character in, one character out (falls back to the lower-cased input)."""
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    special = _SPECIAL.get(lowered)
    if special is not None:
        return special
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) == 1:
        return _SPECIAL.get(base, base)
    return lowered


class _FoldTable(dict):
    """code point -> folded character, filled on first sight: `str.translate` then folds in C."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


# After `str.lower()`, the characters whose fold is not themselves are among these: anything
# outside ASCII and the plain lower-case Russian letters а…я (`й` folds to itself, `ё` is
# outside that range). For Cyrillic text, lowering in C first and translating only these is
# ~4x faster than translating every character (the search index folds every body); Latin text
# with diacritics has too many of them for that to pay, and is translated whole.
_MAY_CHANGE = re.compile("[^\x00-\x7f\u0430-\u044f]+")
_LATIN_MARKS = re.compile("[\x80-\u024f]")


# Latin, Greek, Cyrillic and Latin Extended Additional: text with no character outside these
# (Polish, Czech, German… mail) is translated through a plain dict built once with every one of
# them, 1.6x faster than through `_TABLE` (a dict subclass that fills itself: 35 µs for a
# 340-character Polish body, against 18; a result list folds 50 of them for its snippets).
PREFILLED_RANGES = ((0x0000, 0x0250), (0x0370, 0x0530), (0x1E00, 0x1F00))
OUTSIDE_PREFILLED = re.compile("[^\x00-\u024f\u0370-\u052f\u1e00-\u1eff]")


@lru_cache(maxsize=1)
def _prefilled() -> dict[int, str]:
    return {code: fold_char(chr(code)) for low, high in PREFILLED_RANGES
            for code in range(low, high)}


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def fold(text: str) -> str:
    """Fold a whole string; `len(fold(t)) == len(t)` always holds."""
    if text.isascii():
        return text.lower()
    if _LATIN_MARKS.search(text):
        if OUTSIDE_PREFILLED.search(text) is None:
            return text.translate(_prefilled())
        return text.translate(_TABLE)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: one by one
        return text.translate(_TABLE)
    # fold_char(c) == fold_char(c.lower()) whenever c.lower() is one character
    # (tests/unit/test_text_fold.py checks every code point).
    return _MAY_CHANGE.sub(_fold_run, lowered)


def words(folded_text: str) -> list[str]:
    """Split already-folded text into the words the index holds (letters and digits)."""
    return WORD_RE.findall(folded_text)
