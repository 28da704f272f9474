"""Generating codes from a pattern and reading code files."""

from __future__ import annotations

import random
import re

import pytest

from shopinbox.domain.promos.code_pattern import (
    CodePatternError,
    generate_codes,
    parse_code_lines,
    pattern_capacity,
)


def test_pattern_shapes_and_uniqueness():
    codes = generate_codes("SPRING-####-??", 500, rng=random.Random(1))
    assert len(codes) == len(set(codes)) == 500
    assert all(re.fullmatch(r"SPRING-\d{4}-[A-Z]{2}", code) for code in codes)
    assert not any(c in "OI" for code in codes for c in code[-2:])


def test_existing_codes_are_never_repeated_and_a_full_pattern_is_refused():
    assert pattern_capacity("A#") == 10
    first = generate_codes("A#", 7, rng=random.Random(2))
    rest = generate_codes("A#", 3, existing=first, rng=random.Random(3))
    assert sorted(first + rest) == [f"A{d}" for d in range(10)]
    with pytest.raises(CodePatternError, match="only 0 more"):
        generate_codes("A#", 1, existing=first + rest)


def test_escapes_and_bad_patterns():
    assert generate_codes(r"\#\?#", 1, rng=random.Random(4))[0][:2] == "#?"
    for bad in ("NOPLACEHOLDER", "AB\\", "A B#"):
        with pytest.raises(CodePatternError):
            pattern_capacity(bad)


def test_parse_code_lines_csv_and_text():
    codes, skipped = parse_code_lines("code,value\nA1,10\nA2,10\nA1,10\n\n")
    assert codes == ["A1", "A2"] and skipped == 1
    codes, skipped = parse_code_lines("\ufeffX-1\r\nX-2\r\nbad code\r\nX-2\r\n")
    assert codes == ["X-1", "X-2"] and skipped == 2
