"""Turn what a user typed into a safe, engine-neutral search query.

Whatever the user types is searched as text: FTS operators (`"`, `*`, `-`, `(`, `NEAR`, `AND`)
never reach an engine as syntax. A quoted part is a phrase; every other word is a prefix, so
`заказ` finds `заказа`. Both engines get their query from these terms, built only of folded
letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from shopinbox.domain.text_fold import fold, words

_QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SearchTerm:
    """One word (matched as a prefix) or a phrase (its words in order, exactly)."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[SearchTerm, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def all_words(self) -> list[str]:
        return [w for term in self.terms for w in term.words]

    def to_fts5(self) -> str:
        """FTS5 MATCH text: every word double-quoted, single words as prefixes."""
        parts = []
        for term in self.terms:
            if term.is_phrase:
                parts.append('"' + " ".join(term.words) + '"')
            else:
                parts.append(f'"{term.words[0]}"*')
        return " AND ".join(parts)

    def to_tsquery(self) -> str:
        """PostgreSQL to_tsquery('simple', …) text: `a:* & (b <-> c)`."""
        parts = []
        for term in self.terms:
            if term.is_phrase:
                parts.append("(" + " <-> ".join(term.words) + ")")
            else:
                parts.append(f"{term.words[0]}:*")
        return " & ".join(parts)


def parse_query(text: str) -> SearchQuery:
    """Parse user input. An odd number of quotes leaves the rest as plain words."""
    terms: list[SearchTerm] = []
    folded = fold(text or "")
    position = 0
    for match in _QUOTED.finditer(folded):
        terms.extend(SearchTerm((w,)) for w in words(folded[position : match.start()]))
        phrase = tuple(words(match.group(1)))
        if len(phrase) == 1:
            terms.append(SearchTerm(phrase))
        elif phrase:
            terms.append(SearchTerm(phrase))
        position = match.end()
    terms.extend(SearchTerm((w,)) for w in words(folded[position:]))
    unique: list[SearchTerm] = []
    for term in terms:
        if term not in unique:
            unique.append(term)
    return SearchQuery(tuple(unique))
