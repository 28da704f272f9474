"""Guess a customer's language (pl / ru / en, uk when its letters show) and pick a promo variant.

The detector is deliberately small: the shop's customers write short messages, and three
languages with different alphabets or diacritics are easy to tell apart by letters first and a
few very common words second. It answers None when unsure, so the fallback chain decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

DEFAULT_FALLBACK = ("en", "pl", "ru")

_POLISH_LETTERS = set("ąćęłńśźżĄĆĘŁŃŚŹŻ")
_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_POLISH = re.compile("[" + "".join(sorted(_POLISH_LETTERS)) + "]")
_UKRAINIAN = re.compile("[" + "".join(sorted(_UKRAINIAN_LETTERS)) + "]")
_ASCII_LETTER = re.compile("[A-Za-z]")
_POLISH_WORDS = frozenset(
    "i w na nie się jest to że z do jak czy mam dzień dobry dziękuję dzięki proszę zamówienie "
    "zamówienia paczka paczki kiedy gdzie bardzo pozdrawiam witam cześć już jeszcze może mój moje "
    "moja wysyłka przesyłka herbata herbaty tak też albo ile".split()
)
_ENGLISH_WORDS = frozenset(
    "the and is are you your to of a in for it my order hello hi thanks thank please when where "
    "what is was have has can could would will not this that with parcel shipping ship shipped "
    "yes no regards dear tea".split()
)


class VariantNotFound(LookupError):
    """The promo has no variant in the language the user asked for explicitly."""


def detect_language(text: str) -> str | None:
    """'ru', 'uk', 'pl', 'en' or None (too little to tell)."""
    # Counted by regular expressions (in C): search indexes every message through this.
    cyrillic = len(_CYRILLIC.findall(text))
    polish = len(_POLISH.findall(text))
    latin = len(_ASCII_LETTER.findall(text)) + polish
    if cyrillic and cyrillic >= latin:
        return "uk" if _UKRAINIAN.search(text) else "ru"
    return _by_words(_WORD.findall(text.lower()), polish)


def detect_words(words: Iterable[str]) -> str | None:
    """`detect_language` for text already split into lower-case words (each counted once):
    the search index has split the message anyway."""
    cyrillic = latin = polish = 0
    ukrainian = False
    chosen = []
    for word in words:
        if "\u0400" <= word[0] <= "\u04ff":
            cyrillic += len(word)
            ukrainian = ukrainian or bool(_UKRAINIAN.search(word))
        elif word.isascii():
            if not word.isdigit():
                latin += len(word)
                chosen.append(word)
        else:
            marks = len(_POLISH.findall(word))
            polish += marks
            latin += len(word)
            chosen.append(word)
    if cyrillic and cyrillic >= latin:
        return "uk" if ukrainian else "ru"
    return _by_words(chosen, polish)


def _by_words(words: Sequence[str], polish_letters: int) -> str | None:
    polish_score = 2 * polish_letters + sum(1 for w in words if w in _POLISH_WORDS)
    english_score = sum(1 for w in words if w in _ENGLISH_WORDS)
    if polish_score == english_score == 0:
        return None
    if polish_score > english_score:
        return "pl"
    if english_score > polish_score:
        return "en"
    return None


def detect_from_messages(texts: Iterable[str]) -> str | None:
    """The language most of the customer's messages are in (each message one vote)."""
    votes: dict[str, int] = {}
    for text in texts:
        language = detect_language(text or "")
        if language:
            votes[language] = votes.get(language, 0) + 1
    if not votes:
        return None
    return max(votes.items(), key=lambda item: item[1])[0]


def normalise_language(code: str | None) -> str | None:
    """'pl-PL', 'PL', 'pl_PL' -> 'pl'; empty -> None."""
    if not code:
        return None
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0] or None


def choose_language(
    available: Sequence[str],
    *,
    explicit: str | None = None,
    customer_language: str | None = None,
    detected: str | None = None,
    fallback: Sequence[str] = DEFAULT_FALLBACK,
) -> str:
    """Which variant to use: the one the user picked, else the customer's language (set, then
    detected), else the first of the fallback chain the promo has, else its first variant."""
    languages = {normalise_language(code): code for code in available}
    if not languages:
        raise VariantNotFound("this promo reply has no language variants yet")
    if explicit:
        wanted = normalise_language(explicit)
        if wanted not in languages:
            raise VariantNotFound(f"this promo reply has no {explicit!r} variant "
                                  f"(it has: {', '.join(sorted(available))})")
        return languages[wanted]
    for candidate in (customer_language, detected, *fallback):
        key = normalise_language(candidate)
        if key in languages:
            return languages[key]
    return sorted(available)[0]
