"""A small naive Bayes that learns intents from the owner's corrections.

Features of a message: its folded words, their lemmas (`domain.lemmas`, so `посылку` and
`посылка` count as one) and character 4-grams of each word (typos, missing diacritics, stems).
The shipped rules (`rules`) are the prior; the naive Bayes trained on corrections is added on
top with a weight that grows with the number of corrections, so the model starts as the rules
and moves away from them only as far as the owner's corrections push. Training is counting: a
few hundred corrections train in milliseconds, so the model is rebuilt from the stored
corrections whenever they change (no model file to keep in step).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from shopinbox.domain.intents import INTENTS
from shopinbox.domain.intents.rules import rule_intents
from shopinbox.domain.lemmas import lemmas, word_languages
from shopinbox.domain.text_fold import WORD_RE, fold

RULE_CONFIDENCE = 0.8  # how much the shipped rules are trusted before any correction
SMOOTHING = 0.5
NGRAM = 4
TEMPER = 3.0
LEARNING_RATE = 1 / 40  # the learned model's weight grows by this per correction, up to 1


def features(text: str) -> Counter[str]:
    """The bag of features naive Bayes counts for one message: words, lemmas, 4-grams."""
    bag: Counter[str] = Counter()
    lowered = (text or "").lower()
    for word in WORD_RE.findall(lowered):
        folded = fold(word)
        bag["w:" + folded] += 1
        if len(word) >= 3:
            for lemma in lemmas(word, word_languages(word, None) or ("ru",)):
                bag["l:" + lemma] += 1
        padded = f"<{folded}>"
        for start in range(max(1, len(padded) - NGRAM + 1)):
            bag["c:" + padded[start:start + NGRAM]] += 1
    return bag


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


@dataclass
class IntentModel:
    """The rules, plus a multinomial naive Bayes over the owner's corrections.

    score(intent) = log P_rules(intent) + w · log P_nb(intent | message), with w growing with
    the number of corrections (`LEARNING_RATE`): a handful of corrections nudges the rules where
    they were wrong without letting twenty examples outvote them on everything else."""

    documents: Counter[str] = field(default_factory=Counter)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    totals: Counter[str] = field(default_factory=Counter)
    vocabulary: set[str] = field(default_factory=set)
    corrections: int = 0

    @classmethod
    def from_rules(cls) -> IntentModel:
        return cls()

    @classmethod
    def trained(cls, examples: Iterable[tuple[str, str]]) -> IntentModel:
        """The rules' model after learning from (text, intent) corrections."""
        model = cls()
        for text, intent in examples:
            model.learn(text, intent)
        return model

    def learn(self, text: str, intent: str) -> None:
        if intent not in INTENTS:
            raise ValueError(f"unknown intent {intent!r}; one of {', '.join(INTENTS)}")
        self.documents[intent] += 1
        counts = self.counts.setdefault(intent, Counter())
        for feature, count in features(text).items():
            counts[feature] += count
            self.totals[intent] += count
            self.vocabulary.add(feature)
        self.corrections += 1

    def _learned_log_posterior(self, text: str) -> dict[str, float]:
        known = {f: c for f, c in features(text).items() if f in self.vocabulary}
        size = len(self.vocabulary)
        documents = sum(self.documents.values())
        logs = {}
        for intent in INTENTS:
            counts = self.counts.get(intent, Counter())
            log = math.log((self.documents[intent] + 1) / (documents + len(INTENTS)))
            denominator = self.totals[intent] + SMOOTHING * size
            likelihood = sum(count * math.log((counts[feature] + SMOOTHING) / denominator)
                             for feature, count in known.items())
            # Tempered: the mean log-likelihood per feature times TEMPER, not the sum — the
            # features of one message (words, lemmas, overlapping n-grams) are far from
            # independent, and the raw sum makes naive Bayes wildly overconfident.
            logs[intent] = log + TEMPER * likelihood / max(1, sum(known.values()))
        top = max(logs.values())
        norm = top + math.log(sum(math.exp(v - top) for v in logs.values()))
        return {intent: value - norm for intent, value in logs.items()}

    def scores(self, text: str, fired: list[str] | None = None) -> dict[str, float]:
        """Probability per intent (`fired`: `rule_intents(text)` when the caller has it)."""
        logs = _rule_log_prior(fired if fired is not None else rule_intents(text))
        if self.corrections:
            weight = min(1.0, self.corrections * LEARNING_RATE)
            for intent, value in self._learned_log_posterior(text).items():
                logs[intent] += weight * value
        top = max(logs.values())
        exp = {intent: math.exp(value - top) for intent, value in logs.items()}
        total = sum(exp.values())
        return {intent: value / total for intent, value in exp.items()}

    def predict(self, text: str) -> list[str]:
        """The intents of a message, most likely first: the model's choice, then any other
        intent a shipped rule found ('other' only when nothing else)."""
        fired = rule_intents(text)
        if not self.corrections:  # the rules alone: the fired intents tie, the first wins
            best = next(intent for intent in INTENTS if intent in fired)
        else:
            scores = self.scores(text, fired)
            best = max(INTENTS, key=lambda intent: scores[intent])
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
