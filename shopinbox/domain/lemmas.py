"""Base forms (lemmas) of Polish, Russian and English words, for search.

`заказов` and `заказ`, `zamówieniu` and `zamówienie`, `посылку` and `посылка` are one word to a
shop owner. The search index keeps, next to the folded words of a message, the folded lemmas that
differ from them (`index_lemmas`), and a query word is matched by prefix *or* by any of its
lemmas (`query_lemmas`), so either form finds the other.

Which analyser (measured 2026-12-01 on this project's machine, 2 shared cores, see the report of
issue 19; "size" is `du -sh` of the installed files):

============  =====================  ========  =========  ==========  ====================
language      candidate              size      load       per word    test words right
============  =====================  ========  =========  ==========  ====================
pl            morfeusz2 1.99 (SGJP)  26 MB     0.27 s     ~95 µs      16/16 (all lemmas)
pl            simplemma 2.0          1.0 MB*   15 s       ~4 µs       14/16, 420 MB RSS
ru            pymorphy3 + dicts-ru   17 MB     0.24 s     ~190 µs     14/14
ru            simplemma 2.0          0.7 MB*   4.9 s      ~4 µs       14/14, 155 MB RSS
en            simplemma 2.0          0.25 MB*  0.5 s      ~4 µs       10/10, 39 MB RSS
============  =====================  ========  =========  ==========  ====================

(* the one language's dictionary; the simplemma package installs 19 MB for 54 languages, a bundle
only needs `en.plzma`.)

Chosen: **morfeusz2** for Polish (a real dictionary: it knows `zamówień` is both `zamówienie`
and `zamówić`, and loads in a quarter second), **pymorphy3** for Russian (a dictionary with
every form; simplemma is as right on our words but needs 5 s and 155 MB to load), **simplemma**
for English (small and quick for that one language). simplemma's Polish dictionary costs 15 s
and 420 MB to load — out of the question in a desktop app. Per-word cost does not matter much:
words repeat, so lemmas are cached (`_cached`), and an analyser is loaded on first use only —
or before it, by a sync (`warm_up`, in the thread or process that will use it). The index text of
a message (`index_text`) is worked out where the message is converted, not on the store's writer.

Neither Polish analyser knows words typed without diacritics (`zamowieniu`); the store keeps the
folded forms it has seen with diacritics and their lemmas (`search_forms`), which covers that.
Ukrainian has no analyser here: its words are indexed folded only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from shopinbox.domain.language_detect import detect_words
from shopinbox.domain.text_fold import WORD_RE, fold

AUTO = "auto"
MIN_LENGTH = 3  # shorter words are prepositions and particles: their lemmas only add noise
MAX_LEMMAS = 3  # per word; morfeusz2 may offer more readings of a rare form
MIN_RUSSIAN_SCORE = 0.3  # pymorphy3's probability of a reading, summed per lemma

_local = threading.local()
_load_lock = threading.Lock()


def _fresh_lock_in_child() -> None:
    """A parse process forked while another thread was loading an analyser would inherit the
    lock held for ever by a thread that does not exist there."""
    global _load_lock
    _load_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock_in_child)
_russian = None
_english_ready = False


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def _morfeusz():
    """One Morfeusz per thread: its C++ analyser object is not documented as thread-safe."""
    analyser = getattr(_local, "morfeusz", None)
    if analyser is None:
        import morfeusz2

        analyser = _local.morfeusz = morfeusz2.Morfeusz(generate=False, expand_tags=False)
    return analyser


def _polish(word: str) -> list[str]:
    found = []
    for start, _end, (_orth, lemma, tag, *_rest) in _morfeusz().analyse(word):
        if start != 0 or tag in ("ign", "dig", "interp"):
            continue
        found.append(lemma.split(":", 1)[0])
    return found


def _pymorphy():
    global _russian
    if _russian is None:
        with _load_lock:
            if _russian is None:
                import pymorphy3

                _russian = pymorphy3.MorphAnalyzer(lang="ru")
    return _russian


def _russian_lemmas(word: str) -> list[str]:
    analyser = _pymorphy()
    if not analyser.word_is_known(word):
        return []  # the predictor guesses for unknown words, slowly and often wrongly
    # Keep the readings that carry weight: `мой` is also the imperative of `мыть` (score 0.25),
    # `стали` also a case of `сталь` (0.03); such lemmas would only make searches noisy.
    scores: dict[str, float] = {}
    for parse in analyser.parse(word):
        scores[parse.normal_form] = scores.get(parse.normal_form, 0.0) + parse.score
    return [lemma for lemma, score in scores.items() if score >= MIN_RUSSIAN_SCORE]


def _english(word: str) -> list[str]:
    global _english_ready
    import simplemma

    if not _english_ready:
        with _load_lock:
            if not _english_ready:
                simplemma.lemmatize("warm", lang="en")  # loads the dictionary once
                _english_ready = True
    return [simplemma.lemmatize(word, lang="en")]


_ANALYSERS = {"pl": _polish, "ru": _russian_lemmas, "en": _english}


@lru_cache(maxsize=200_000)
def _cached(word: str, language: str) -> tuple[str, ...]:
    """Folded lemmas of a lower-cased word that differ from the folded word itself."""
    folded = fold(word)
    lemmas: list[str] = []
    for lemma in _ANALYSERS[language](word):
        lemma = fold(lemma.lower())
        if lemma and lemma != folded and lemma not in lemmas and WORD_RE.fullmatch(lemma):
            lemmas.append(lemma)
            if len(lemmas) == MAX_LEMMAS:
                break
    return tuple(lemmas)


def word_languages(word: str, language: str | None) -> tuple[str, ...]:
    """Which analysers to ask for a word of a message in `language` (None: not detected)."""
    if _is_cyrillic(word):
        return () if language == "uk" else ("ru",)
    if language == "pl":
        return ("pl",)
    if language == "en":
        return ("en",)
    if language is None:
        return ("pl", "en")
    return ()  # Latin words in a Russian or Ukrainian message: names, links, product codes


def lemmas(word: str, languages: Iterable[str]) -> tuple[str, ...]:
    """Folded lemmas of one word (any case) in the given languages, without the word itself."""
    lowered = word.lower()
    if len(lowered) < MIN_LENGTH or lowered.isdigit():
        return ()
    found: list[str] = []
    for language in languages:
        for lemma in _cached(lowered, language):
            if lemma not in found:
                found.append(lemma)
    return tuple(found)


@lru_cache(maxsize=200_000)
def _index_word(word: str, language: str | None) -> tuple[tuple[str, ...], str | None]:
    """(lemmas, folded form to remember or None) of a lower-cased word of a message: one cache
    lookup per word when indexing."""
    word_lemmas = lemmas(word, word_languages(word, language))
    if word_lemmas and not word.isascii() and not _is_cyrillic(word):
        folded = fold(word)
        if folded != word:
            return word_lemmas, folded
    return word_lemmas, None


def index_lemmas(text: str, language: str | None = AUTO
                 ) -> tuple[list[str], dict[str, tuple[str, ...]]]:
    """What the index keeps of a message's text besides its folded words, in `language`
    (by default detected from the text, `language_detect.detect_words`).

    Returns the distinct folded lemmas (those differing from their word), and for words typed
    *with* diacritics the folded form → lemmas map that lets a query without diacritics find
    its lemmas too (`search_forms`).
    """
    found: dict[str, None] = {}
    forms: dict[str, tuple[str, ...]] = {}
    unique = list(dict.fromkeys(WORD_RE.findall(text.lower())))
    if language == AUTO:
        language = detect_words(unique)
    for word in unique:
        word_lemmas, form = _index_word(word, language)
        if word_lemmas:
            found.update(dict.fromkeys(word_lemmas))
            if form is not None:
                forms[form] = word_lemmas
    return list(found), forms


def query_lemmas(word: str) -> tuple[str, ...]:
    """Lemmas of a query word in every language its letters allow (a query is too short to
    detect its language)."""
    return lemmas(word, ("ru",) if _is_cyrillic(word) else ("pl", "en"))


def warm_up() -> None:
    """Load every analyser now (0.2–4 s in a fresh process, the English dictionary most),
    so the first messages of a sync do not wait for it. A sync calls this in a thread of its
    own (`app.sync.index_prep`), before forking its parse processes, or in a spawned one's
    initializer — never on the store's writer."""
    for word, language in (("zamówienie", "pl"), ("заказов", "ru"), ("ordered", "en")):
        _cached(word, language)


@dataclass(frozen=True)
class IndexText:
    """What the search index holds of one message's own text, worked out where the message is
    converted or parsed (a channel's pull, an email parse process), so the store's single
    writer only writes it: the folded subject, body and sender, the distinct folded lemmas and
    the folded-form → lemmas map (`index_lemmas`). The customer's name is folded by the writer
    (it is known only once the sender is resolved)."""

    subject: str
    body: str
    sender: str
    lemmas: str
    forms: tuple[tuple[str, str], ...] = ()

    def fits(self, subject: str, body: str, sender: str) -> bool:
        """Was this worked out from texts of these lengths? Folding keeps every length, so a
        message whose text changed after its index text was prepared is caught and indexed
        from what is stored."""
        return (len(self.subject), len(self.body), len(self.sender)) == (
            len(subject), len(body), len(sender))


def index_text(subject: str, body: str, sender: str, *, lemmatise: bool = True) -> IndexText:
    """The index text of a message (the arguments as `messages.index_source` gives them)."""
    found, forms = index_lemmas(f"{subject}\n{body}") if lemmatise else ([], {})
    return IndexText(fold(subject), fold(body), fold(sender), " ".join(found),
                     tuple((form, " ".join(lemmas)) for form, lemmas in forms.items()))
