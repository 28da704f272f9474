"""Turn what a user typed into a safe, engine-neutral search query.

Whatever the user types is searched as text: FTS operators (`"`, `*`, `-`, `(`, `NEAR`, `AND`)
never reach an engine as syntax. A quoted part matches exact forms: a phrase its words in order,
a single quoted word only itself. Every other word is a prefix *or* any of its lemmas (filled in
by the store, see `with_lemmas`), so `заказ` finds `заказа` and `посылку` finds `посылка`. Both
engines get their query from these terms, built only of folded letters and digits.

Index columns (both engines): the message's folded words, and a `lemmas` column / weight holding
lemmas that differ from the words. Exact terms never look at the lemmas.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from shopinbox.domain.text_fold import WORD_RE, fold

_QUOTED = re.compile(r'"([^"]*)"')
WORD_COLUMNS = "{subject body sender customer}"  # FTS5 columns of the exact words
MIN_STEM = 3


@dataclass(frozen=True)
class SearchTerm:
    """One word (a prefix, or one of its lemmas) or an exact phrase / quoted word."""

    words: tuple[str, ...]
    exact: bool = False
    original: str = ""  # the word as typed (lower case, with its diacritics): for lemmatising
    lemmas: tuple[str, ...] = ()  # folded base forms that also match (never for exact terms)
    # Every indexed word the prefix completes to, when the store listed them (SQLite, words
    # longer than its prefix indexes: `store.search.terms`); matched instead of the prefix.
    completions: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[SearchTerm, ...]

    @property
    def is_empty(self) -> bool:
        return not self.terms

    def all_words(self) -> list[str]:
        return [w for term in self.terms for w in term.words]

    def snippet_words(self) -> list[str]:
        """Words to look for when cutting a snippet: the typed words, then the stems a form
        shares with its lemmas (`посылк` of `посылку`/`посылка`), so a lemma hit is shown too."""
        found = self.all_words()
        for term in self.terms:
            for lemma in term.lemmas:
                stem = _common_prefix(term.words[0], lemma)
                if len(stem) >= MIN_STEM and stem not in found:
                    found.append(stem)
        return found

    def to_fts5(self) -> str:
        """FTS5 MATCH text: every word double-quoted; single words as prefixes or lemmas."""
        parts = []
        for term in self.terms:
            if term.exact:
                parts.append(WORD_COLUMNS + ' : "' + " ".join(term.words) + '"')
            elif term.lemmas or len(term.completions) > 1:
                words = term.completions or (term.words[0],)
                options = [f'"{word}"' if term.completions else f'"{word}"*' for word in words]
                options += [f'"{lemma}"' for lemma in term.lemmas if lemma not in words]
                parts.append("(" + " OR ".join(options) + ")")
            elif term.completions:
                parts.append(f'"{term.completions[0]}"')
            else:
                parts.append(f'"{term.words[0]}"*')
        return " AND ".join(parts)

    def to_tsquery(self) -> str:
        """PostgreSQL to_tsquery('simple', …) text: `a:* & (b:D <-> c:D) & (d:* | e)`.

        The words of a message have weight D (the default), its lemmas weight A: exact terms
        ask for D."""
        parts = []
        for term in self.terms:
            if term.exact:
                parts.append("(" + " <-> ".join(f"{w}:D" for w in term.words) + ")")
            elif term.lemmas:
                parts.append("(" + " | ".join((f"{term.words[0]}:*", *term.lemmas)) + ")")
            else:
                parts.append(f"{term.words[0]}:*")
        return " & ".join(parts)


def _words(text: str, folded: str, start: int, end: int) -> list[tuple[str, str]]:
    """(folded, as typed in lower case) of each word in folded[start:end]."""
    return [(m.group(), text[start + m.start() : start + m.end()].lower())
            for m in WORD_RE.finditer(folded[start:end])]


def parse_query(text: str) -> SearchQuery:
    """Parse user input. An odd number of quotes leaves the rest as plain words."""
    text = text or ""
    folded = fold(text)  # same length as `text`: offsets in one are offsets in the other
    terms: list[SearchTerm] = []
    position = 0
    for match in _QUOTED.finditer(folded):
        terms.extend(SearchTerm((w,), original=o)
                     for w, o in _words(text, folded, position, match.start()))
        phrase = tuple(w for w, _ in _words(text, folded, match.start(1), match.end(1)))
        if phrase:
            terms.append(SearchTerm(phrase, exact=True))
        position = match.end()
    terms.extend(SearchTerm((w,), original=o) for w, o in _words(text, folded, position, len(text)))
    unique: list[SearchTerm] = []
    for term in terms:
        if all((t.words, t.exact) != (term.words, term.exact) for t in unique):
            unique.append(term)
    return SearchQuery(tuple(unique))


def with_completions(query: SearchQuery,
                     completions: dict[str, tuple[str, ...]]) -> SearchQuery:
    """The query with the listed completions of its plain words (see `SearchTerm`)."""
    if not completions:
        return query
    return SearchQuery(tuple(
        term if term.exact or term.words[0] not in completions
        else replace(term, completions=completions[term.words[0]])
        for term in query.terms
    ))


def with_lemmas(query: SearchQuery,
                lemmas_of: Callable[[SearchTerm], tuple[str, ...]]) -> SearchQuery:
    """The query with each non-exact word's lemmas filled in by `lemmas_of`."""
    return SearchQuery(tuple(
        term if term.exact else replace(term, lemmas=tuple(
            lemma for lemma in lemmas_of(term) if lemma != term.words[0]))
        for term in query.terms
    ))
