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


def fold(text: str) -> str:
    """Fold a whole string; `len(fold(t)) == len(t)` always holds."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def words(folded_text: str) -> list[str]:
    """Split already-folded text into the words the index holds (letters and digits)."""
    return WORD_RE.findall(folded_text)
