"""Intents from the shipped rules, a small naive Bayes over shipped labelled mail, and what
the owner's corrections teach it.

Features of a message: its folded words, negated words and character 4-grams of each word
(typos, missing diacritics, stems).
The shipped rules (`rules`) are the prior; the naive Bayes, counted from the labelled messages
the package ships (`examples/`, three shops in pl/ru/en) plus the owner's corrections, is added
on top; a message very like a corrected one takes its intent. Training is counting: the
shipped sets and a few hundred corrections train in milliseconds, so the model is rebuilt from
the stored corrections whenever they change (no model file to keep in step, nothing
downloaded).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from shopinbox.domain.intents import INTENTS
from shopinbox.domain.intents.rules import rule_intents
from shopinbox.domain.text_fold import WORD_RE, fold

RULE_CONFIDENCE = 0.6  # how much the shipped rules are trusted against the naive Bayes
SMOOTHING = 0.5
NGRAM = 4
TEMPER = 4.0  # weight of the naive Bayes' mean log likelihood against the rules' prior
CORRECTION_WEIGHT = 1.0  # an owner's correction counts as one more shipped example
# What a message wants is said at its start (a long mail goes on with details, signatures and
# quoted history): features of a 17 KB mail cost ~8 ms, of its first 600 characters ~0.15 ms.
FEATURE_CHARS = 600
# The rules read further (a question after a long greeting or order details) but not the whole
# mail: on a 17 KB mail they took 4.4 ms, and what comes after is mostly quoted history, whose
# "where is my order?" is the one already answered.
RULE_CHARS = 2000
NEAR = 0.5  # cosine above which a message takes the intent of a corrected one like it
# Shipped labelled sets (examples/<name>.tsv): three shops' inbound mail in pl/ru/en, and the
# short replies every shop gets (thanks and arrival confirmations, short nudges).
EXAMPLE_SETS = ("tea_shop", "clothes_shop", "accessories_shop", "short_replies")
SHOP_SETS = EXAMPLE_SETS[:3]  # whole shops' mail, every intent in every language


# Words that say nothing of what a message wants (every intent is asked politely), and words
# that turn the next one around ("nie doszło" asks for the order, "doszło" thanks for it).
POLITE = frozenset(fold(w) for w in (
    "thanks thank you please hello hi dear regards cheers "
    "dziekuje dzieki prosze dzien dobry witam pozdrawiam "
    "спасибо пожалуйста здравствуйте здраствуйте добрый день вечер привет").split())
NEGATIONS = frozenset(fold(w) for w in (
    "not never no nothing still yet nie nic jeszcze nadal wciaz ciagle dalej "
    "не нет ни еще ещё так пока t").split())  # "t": what is left of "n't" (hasn't -> hasn, t)


def features(text: str) -> Counter[str]:
    """The bag of features naive Bayes counts for one message: words and their 4-grams (which
    carry the stems: `посылку`, `посылка`); a word after a negation as a negated word (`n:`,
    so "doszła" thanks and "nie doszła" asks); politeness words left out. No lemmas: on the
    shipped sets they changed macro-F1 by at most 0.014, and loading the lemmatisers costs
    each email parse process 0.4 s."""
    features: list[str] = []
    negated = False
    for word in WORD_RE.findall(fold((text or "")[:FEATURE_CHARS])):  # one fold, in C
        if word in POLITE:
            continue
        features.append(("n:" if negated else "w:") + word)
        negated = word in NEGATIONS
        padded = f"<{word}>"
        features.extend(["c:" + padded[i:i + NGRAM]
                         for i in range(max(1, len(padded) - NGRAM + 1))])
    return Counter(features)


def _rule_log_prior(fired: list[str]) -> dict[str, float]:
    """The rules as a distribution: RULE_CONFIDENCE shared by the intents whose rules fire."""
    rest = (1 - RULE_CONFIDENCE) / max(1, len(INTENTS) - len(fired))
    return {intent: math.log(RULE_CONFIDENCE / len(fired) if intent in fired else rest)
            for intent in INTENTS}


# A reply's subject repeats the question it answers ("Re: Where is my order?" over "Thanks, it
# came!"): such a subject says nothing about what this message wants.
_REPLY_SUBJECT = re.compile(r"^\s*(re|odp|aw|sv|ответ|отв|fw|fwd|pd)\s*(\[\d+\])?\s*:", re.I)


def intent_text(subject: str | None, text: str | None) -> str:
    """What the intent of a message is read from: its subject (unless a reply's) and text."""
    subject = subject or ""
    if _REPLY_SUBJECT.match(subject):
        subject = ""
    return f"{subject}\n{text or ''}"


# Intents worked out before the store's writer (in the email parse processes) by the model
# whose key is given (`store.intents.current_model`): the writer keeps them only when that is
# still the current model, and guesses again otherwise.
PreparedIntents = tuple[Any, list[str]]


@dataclass(frozen=True)
class Example:
    """One labelled message: what it wants, its language and its text."""

    intent: str
    language: str
    text: str


def shipped_examples(sets: Iterable[str] = EXAMPLE_SETS) -> list[Example]:
    """The labelled messages the package ships (`examples/<set>.tsv`): what the base model
    learns from, and what benchmarks/intent_quality.py measures on (one set held out)."""
    found = []
    for name in sets:
        text = resources.files(__package__).joinpath(f"examples/{name}.tsv").read_text("utf-8")
        for line in text.splitlines():
            if line and not line.startswith("#"):
                intent, language, message = line.split("\t")
                found.append(Example(intent, language, message))
    return found


class _Counts:
    """Bernoulli-style naive Bayes counts (a feature counts once per message) and the log
    likelihood table read per feature, rebuilt after learning."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, float]] = {intent: {} for intent in INTENTS}
        self.totals: dict[str, float] = dict.fromkeys(INTENTS, 0.0)
        self.table: dict[str, tuple[float, ...]] = {}

    def copy(self) -> _Counts:
        twin = _Counts()
        twin.counts = {intent: dict(counts) for intent, counts in self.counts.items()}
        twin.totals = dict(self.totals)
        return twin

    def add(self, bag: Counter[str], intent: str, weight: float) -> None:
        counts = self.counts[intent]
        for feature in bag:
            counts[feature] = counts.get(feature, 0.0) + weight
            self.totals[intent] += weight

    def rebuild(self) -> None:
        vocabulary: set[str] = set().union(*(c.keys() for c in self.counts.values()))
        denominators = [self.totals[i] + SMOOTHING * len(vocabulary) for i in INTENTS]
        self.table = {
            feature: tuple(math.log((self.counts[i].get(feature, 0.0) + SMOOTHING) / d)
                           for i, d in zip(INTENTS, denominators, strict=True))
            for feature in vocabulary}

    def mean_log_likelihood(self, bag: Counter[str]) -> list[float]:
        """Per intent, the mean log likelihood of the message's known features: the features
        of one message (words, overlapping n-grams) are far from independent, and the
        plain sum makes naive Bayes wildly overconfident."""
        rows = [row for row in map(self.table.get, bag) if row is not None]
        if not rows:
            return [0.0] * len(INTENTS)
        return [total / len(rows) for total in map(math.fsum, zip(*rows, strict=True))]


@functools.lru_cache(maxsize=4)
def _base(sets: tuple[str, ...]) -> _Counts:
    counts = _Counts()
    for example in shipped_examples(sets):
        counts.add(features(example.text), example.intent, 1.0)
    counts.rebuild()
    return counts


@dataclass
class IntentModel:
    """The rules, a naive Bayes over the shipped labelled messages and the owner's corrections,
    and the owner's corrected messages remembered as they are.

    One rule firing decides; when none or several fire, score(intent) = log P_rules(intent)
    + TEMPER · mean log P_nb(features | intent); before both, a message very like a corrected
    one (cosine of their features ≥ NEAR) takes that correction's intent. Why each part: the rules alone are precise but brittle — on mail of a
    shop they were not written for (examples/accessories_shop.tsv) they found 42 % of the
    where-is-my-order questions; the naive Bayes over 300 shipped messages from three other
    shops generalises to the wording of a fourth (92 %, benchmarks/intent_quality.py, every
    set measured by a model that never saw it); a correction adds its message to the counts
    with CORRECTION_WEIGHT (the owner's own mail says more than another shop's) and is
    remembered, so the next message written the same way gets the owner's answer at once.
    """

    base_sets: tuple[str, ...] = EXAMPLE_SETS
    corrections: int = 0
    _counts: _Counts | None = field(default=None, repr=False)
    # The corrected messages: their intents and feature counts, and feature -> which of them
    # have it (an inverted index: a message is compared only with those sharing a feature).
    _remembered: list[tuple[str, int]] = field(default_factory=list, repr=False)
    _postings: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Counted now, not at the first guess: a parse process forked after this inherits the
        # counts instead of counting the shipped sets again (~50 ms a process).
        _base(self.base_sets)

    @classmethod
    def from_rules(cls, base_sets: Iterable[str] = EXAMPLE_SETS) -> IntentModel:
        """The model before any correction (`base_sets`: which shipped sets it learns from)."""
        return cls(base_sets=tuple(base_sets))

    @classmethod
    def trained(cls, examples: Iterable[tuple[str, str]],
                base_sets: Iterable[str] = EXAMPLE_SETS) -> IntentModel:
        """The model after learning from (text, intent) corrections."""
        model = cls(base_sets=tuple(base_sets))
        for text, intent in examples:
            model.learn(text, intent, rebuild=False)
        if model._counts is not None:
            model._counts.rebuild()
        return model

    def _own_counts(self) -> _Counts:
        if self._counts is None:
            self._counts = _base(self.base_sets).copy()
        return self._counts

    def learn(self, text: str, intent: str, *, rebuild: bool = True) -> None:
        if intent not in INTENTS:
            raise ValueError(f"unknown intent {intent!r}; one of {', '.join(INTENTS)}")
        bag = features(text)
        counts = self._own_counts()
        counts.add(bag, intent, CORRECTION_WEIGHT)
        if rebuild:
            counts.rebuild()
        for feature in bag:
            self._postings.setdefault(feature, []).append(len(self._remembered))
        self._remembered.append((intent, len(bag)))
        self.corrections += 1

    def _table(self) -> _Counts:
        return self._counts if self._counts is not None else _base(self.base_sets)

    def _nearest(self, bag: Counter[str]) -> str | None:
        """The intent of the corrected message most like this one (cosine of their feature
        sets), if it is like enough."""
        if not self._remembered or not bag:
            return None
        shared: Counter[int] = Counter()
        for feature in bag:
            shared.update(self._postings.get(feature, ()))
        best, best_intent = 0.0, None
        for index, count in shared.items():
            intent, size = self._remembered[index]
            similarity = count / math.sqrt(size * len(bag))
            if similarity > best:
                best, best_intent = similarity, intent
        return best_intent if best >= NEAR else None

    def predict(self, text: str) -> list[str]:
        """The intents of a message, most likely first: the model's choice, then any other
        intent a shipped rule found ('other' only when nothing else).

        When exactly one rule fires, the rules decide (unless the message is like a corrected
        one): they are precise where they fire, and the naive Bayes overruling them cost
        precision (tea shop macro-F1 0.913 against 0.960 this way) and time (features and
        likelihoods are most of a guess). It decides when no rule or several fire."""
        fired = rule_intents(text[:RULE_CHARS])
        sure = len(fired) == 1 and fired[0] != "other"
        if sure and not self._remembered:
            return fired
        bag = features(text)
        best = self._nearest(bag)
        if best is None and sure:
            best = fired[0]
        if best is None:
            likelihood = self._table().mean_log_likelihood(bag)
            prior = _rule_log_prior(fired)
            best = max(zip(INTENTS, likelihood, strict=True),
                       key=lambda pair: prior[pair[0]] + TEMPER * pair[1])[0]
        return [best] + [i for i in fired if i not in (best, "other")]


def macro_f1(truth: list[str], predicted: list[str]) -> float:
    """Mean F1 over the intents that occur in `truth` or `predicted`."""
    scores = []
    for intent in INTENTS:
        tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == intent)
        fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p == intent != t)
        fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == intent != p)
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def precision_recall(truth: list[str], predicted: list[str], intent: str) -> tuple[float, float]:
    tp = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == intent)
    fp = sum(1 for t, p in zip(truth, predicted, strict=True) if p == intent != t)
    fn = sum(1 for t, p in zip(truth, predicted, strict=True) if t == intent != p)
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)
