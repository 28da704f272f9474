"""Intent triage of inbound messages: what the customer wants, in pl, ru and en.

`rules` ships the starting point (phrases and word stems per intent, matched on folded text, so
typos of diacritics and mixed languages do not matter); `model` learns from the owner's
corrections with a small naive Bayes over lemmas and character n-grams whose prior comes from
the rules, so it starts as the rules and moves away from them only as far as corrections push.
Nothing is downloaded and nothing leaves the machine.
"""

from __future__ import annotations

# No name is part of another's: the inbox's intent filter finds a name in the spaced
# `conversations.latest_intents` by a plain position search (`app.inbox.listing`).
INTENTS = ("where_is_my_order", "return", "complaint", "discount", "product_question", "other")


def with_correction(guessed: list[str], chosen: str | None) -> list[str]:
    """A message's intents as shown: the owner's correction first (it wins), then the other
    guessed ones ("other" dropped: a corrected message is no longer unclassified)."""
    if chosen is None:
        return guessed
    return [chosen] + [i for i in guessed if i not in (chosen, "other")]
