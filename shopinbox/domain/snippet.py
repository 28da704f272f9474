"""Cut a short excerpt around the first hit, from the original text."""

from __future__ import annotations

import re
from functools import lru_cache

from shopinbox.domain.search_query import SearchQuery
from shopinbox.domain.text_fold import OUTSIDE_PREFILLED, PREFILLED_RANGES, fold, fold_char

_SPACE = re.compile(r"\s+")
# The first prefix of a text read for its excerpt (grown fourfold until it holds one), and how
# far before the prefix's cut the excerpt must end to be the one of the whole text.
_FIRST_PREFIX = 1024
_MARGIN = 64


@lru_cache(maxsize=256)
def _pattern(query: SearchQuery) -> re.Pattern[str] | None:
    """One pattern for all the words of a query (at a word start, to the end of that word),
    built once per query, not once per hit: the earliest match of any of them is the first
    match of this."""
    words = sorted(query.snippet_words(), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")\w*")


@lru_cache(maxsize=1)
def _folding_to() -> dict[str, str]:
    """Folded character -> every lower-case character of the prefilled ranges that folds to
    it (`l` -> `lł`, `е` -> `её`)."""
    found: dict[str, str] = {}
    for low, high in PREFILLED_RANGES:
        for code in range(low, high):
            char = chr(code)
            if char.lower() == char:
                folded = fold_char(char)
                found[folded] = found.get(folded, "") + char
    return found


@lru_cache(maxsize=256)
def _lower_pattern(query: SearchQuery) -> re.Pattern[str] | None:
    """`_pattern` for lower-cased, unfolded text: each letter a class of the letters that fold
    to it. Matching it on `text.lower()` (in C) finds what `_pattern` finds on `fold(text)`
    when the text has only characters of the prefilled ranges and lowering kept its length
    (`_lowered`): no folding of each hit's body (20 µs for 320 characters)."""
    words = sorted(query.snippet_words(), key=len, reverse=True)
    if not words:
        return None
    variants = _folding_to()

    def letter(char: str) -> str:
        chars = variants.get(char, char)
        if len(chars) == 1:
            return re.escape(chars)
        return "[" + "".join("\\" + c if c in "]\\^-[" else c for c in chars) + "]"

    alternatives = ["".join(letter(char) for char in word) for word in words]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(alternatives) + r")\w*")


def _matchable(flat: str, query: SearchQuery) -> tuple[str, re.Pattern[str] | None]:
    """(text to match, pattern): the lower-cased text and `_lower_pattern` when that finds the
    same spans, else the folded text and `_pattern`."""
    lowered = flat.lower()
    if len(lowered) == len(flat) and not OUTSIDE_PREFILLED.search(flat):
        return lowered, _lower_pattern(query)
    return fold(flat), _pattern(query)


def highlight_spans(snippet: str, query: SearchQuery) -> list[tuple[int, int]]:
    """(start, end) of each word of `snippet` the query matched — the typed words, their
    prefixes and the stems they share with their lemmas — for the results list to mark."""
    if not snippet:
        return []
    matched, pattern = _matchable(snippet, query)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(matched)]


def make_snippet(text: str, query: SearchQuery, width: int = 120) -> str:
    """Whitespace-collapsed excerpt of about `width` characters around the earliest match.

    Folding keeps offsets, so a hit found in the folded text marks the same span in the
    original. Without a hit (the match was in another field) the text's start is returned.
    """
    return snippet_with_spans(text, query, width)[0]


def snippet_with_spans(text: str, query: SearchQuery, width: int = 120
                       ) -> tuple[str, list[tuple[int, int]]]:
    """`make_snippet` and `highlight_spans` of it in one pass.

    Only a growing prefix of the text is flattened and folded, until it holds the first hit
    and the excerpt after it: a result list shows 50 hits, and flattening and folding each
    whole body took half of a search's time on long mail. The excerpt is the same as from the
    whole text — flattening and folding work character by character, and the prefix is used
    only when the excerpt ends `_MARGIN` characters before its cut."""
    if not text:
        return "", []
    pattern = _pattern(query)  # None exactly when `_lower_pattern` is (no words)
    limit = _FIRST_PREFIX
    while True:
        whole = limit >= len(text)
        flat = " ".join((text if whole else text[:limit]).split())
        if not flat:
            if whole:
                return "", []
        else:
            folded, pattern = _matchable(flat, query)
            found = pattern.search(folded) if pattern is not None else None
            best = found.start() if found is not None else -1
            start = 0
            if best > 0:
                start = max(0, best - width // 3)
                if start > 0:
                    space = flat.find(" ", start)
                    if 0 <= space < best:
                        start = space + 1
            end = start + width
            if whole or (best >= 0 and end + _MARGIN < len(flat)) or (
                    best < 0 and pattern is None and width + _MARGIN < len(flat)):
                break
        limit *= 4
    spans = [] if found is None or pattern is None else [
        (m.start() - start + (1 if start > 0 else 0), min(m.end(), end) - start
         + (1 if start > 0 else 0))
        for m in pattern.finditer(folded, start, end)]
    more = end < len(flat) or not whole
    excerpt = ("…" if start > 0 else "") + flat[start:end] + ("…" if more else "")
    return excerpt, spans
