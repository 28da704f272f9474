"""The one box's patterns for names and addresses: each finds every spelling that folds to the
typed text (case, Polish letters, ё) and no other — checked here with Python's `re`, whose
syntax for these classes and escapes PostgreSQL's `~` shares (tests/store/test_one_box.py runs
them on PostgreSQL)."""

from __future__ import annotations

import re

import pytest

from shopinbox.domain.one_box import regex_pattern
from shopinbox.domain.text_fold import fold


@pytest.mark.parametrize(("typed", "found", "not_found"), [
    ("посылку", ["ПОСЫЛКУ", "моя Посылку"], ["посылка", "посылк"]),
    ("ежик", ["Ёжик", "ЕЖИК", "ёжик в тумане"], ["ежак"]),
    ("lukasz zak", ["Łukasz Żak", "LUKASZ ZAK", "pan łukasz żak"], ["Lukas Zak"]),
    ("a.b]c-d^e\\f", ["A.B]C-D^E\\F"], ["axb]c-d^e\\f"]),
    ("k4242@example.com", ["K4242@Example.com"], ["k4242@examplexcom"]),
])
def test_a_regex_finds_every_spelling_that_folds_to_the_text(typed, found, not_found):
    folded = fold(typed)
    anywhere = re.compile(regex_pattern(folded, prefix=False))
    starting = re.compile(regex_pattern(folded, prefix=True))
    for value in found:
        assert anywhere.search(value), value
        assert fold(value).find(folded) >= 0
    for value in not_found:
        assert not anywhere.search(value), value
    assert starting.search(found[0]) and not starting.search("x " + found[0])
