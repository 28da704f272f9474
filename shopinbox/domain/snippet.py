"""Cut a short excerpt around the first hit, from the original text."""

from __future__ import annotations

import re

from shopinbox.domain.search_query import SearchQuery
from shopinbox.domain.text_fold import fold

_SPACE = re.compile(r"\s+")


def make_snippet(text: str, query: SearchQuery, width: int = 120) -> str:
    """Whitespace-collapsed excerpt of about `width` characters around the earliest match.

    Folding keeps offsets, so a hit found in the folded text marks the same span in the
    original. Without a hit (the match was in another field) the text's start is returned.
    """
    flat = _SPACE.sub(" ", text or "").strip()
    if not flat:
        return ""
    folded = fold(flat)
    best = -1
    for word in query.snippet_words():
        for found in re.finditer(r"(?<![^\W_])" + re.escape(word), folded):
            if best == -1 or found.start() < best:
                best = found.start()
            break
    if best <= 0:
        excerpt = flat[:width]
        return excerpt + ("…" if len(flat) > width else "")
    start = max(0, best - width // 3)
    if start > 0:
        space = flat.find(" ", start)
        if 0 <= space < best:
            start = space + 1
    excerpt = flat[start : start + width]
    return ("…" if start > 0 else "") + excerpt + ("…" if start + width < len(flat) else "")
