from hypothesis import given
from hypothesis import strategies as st

from shopinbox.domain.search_query import parse_query
from shopinbox.domain.snippet import make_snippet
from shopinbox.domain.text_fold import fold, words


def test_polish_and_russian_folding():
    assert fold("Przesyłka") == "przesylka"
    assert fold("ZAMÓWIENIE") == "zamowienie"
    assert fold("Źdźbło żółć") == "zdzblo zolc"
    assert fold("ЕЩЁ") == "еще"
    assert fold("мой") == "мой"  # й stays a letter of its own


@given(st.text())
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_query_parsing_is_safe_for_fts_syntax():
    query = parse_query('"czy paczka" NEAR(* - ) "unterminated')
    assert [t.words for t in query.terms] == [("czy", "paczka"), ("near",), ("unterminated",)]
    assert query.to_fts5() == ('{subject body sender customer} : "czy paczka" AND "near"* AND '
                               '"unterminated"*')
    assert query.to_tsquery() == "(czy:D <-> paczka:D) & near:* & unterminated:*"
    assert parse_query('*** "" - ()').is_empty


def test_words_split_on_punctuation():
    assert words(fold("e-mail: jan_kowalski@wp.pl, #1042")) == [
        "e", "mail", "jan", "kowalski", "wp", "pl", "1042"]


def test_snippet_cut_from_original_around_hit():
    text = "Początek. " * 20 + "Gdzie jest moja przesyłka? " + "Koniec. " * 20
    snippet = make_snippet(text, parse_query("przesylka"))
    assert "przesyłka" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) <= 122


def test_fold_of_a_lowered_character_equals_its_own_fold():
    """`fold` lowers Cyrillic text in C first: that is exact only because this holds for every
    code point whose lower case is one character."""
    from shopinbox.domain.text_fold import fold_char

    for code in range(0x30000):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) == 1 and not 0xD800 <= code <= 0xDFFF:
            assert fold_char(char) == fold_char(lowered), hex(code)


def test_fast_fold_matches_folding_each_character():
    import random

    from shopinbox.domain.text_fold import fold_char

    rng = random.Random(5)
    letters = [chr(c) for c in [*range(32, 0x250), *range(0x400, 0x500), 0x130, 0x1E9E, 0x2013,
                                0x390, 0x1F600]]
    cyrillic = [chr(c) for c in [*range(32, 0x80), *range(0x400, 0x500), 0x2013, 0x130]]
    # Only characters of the prefilled table (`text_fold.PREFILLED_RANGES`): its own path.
    latin = [chr(c) for c in [*range(32, 0x250), *range(0x370, 0x3D0), *range(0x1E00, 0x1F00)]]
    for alphabet in (letters, cyrillic, latin):
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
            assert fold(text) == "".join(fold_char(c) for c in text), text


_SNIPPET_WORDS = ["przesyłka", "zamówienie", "посылка", "заказ", "order", "herbata", "kot",
                  "\n\n", "  ", "\t", "ПРЕССА", "e-mail", "Żółć", "x" * 30]


@given(st.lists(st.sampled_from(_SNIPPET_WORDS + ["słowo", "слово", "word"] * 6),
                max_size=60),
       st.integers(1, 40),
       st.sampled_from(["przesylka", "заказ", "ord", "kot herbata", '"e mail"', "zolc",
                        "brak"]),
       st.sampled_from([40, 120, 300]))
def test_snippet_from_a_prefix_equals_the_snippet_from_the_whole_text(parts, repeat, typed,
                                                                       width):
    """The excerpt is cut from a growing prefix of the text: it must be the one the whole
    text gives (the prefix made as long as the text), spans included."""
    from shopinbox.domain import snippet

    text = " ".join(parts * repeat)
    query = parse_query(typed)
    found = snippet.snippet_with_spans(text, query, width)
    original = snippet._FIRST_PREFIX
    try:
        snippet._FIRST_PREFIX = 10 ** 9
        whole = snippet.snippet_with_spans(text, query, width)
    finally:
        snippet._FIRST_PREFIX = original
    assert found == whole


@given(st.lists(st.sampled_from(_SNIPPET_WORDS + ["słowo", "СЛОВО", "word", "Ёлка", "ıi", "ß",
                                                  "ĘĄ", "Ǆ", "ŉ", "ΑΣ"]), max_size=30),
       st.sampled_from(["przesylka", "заказ", "ord", "kot herbata", '"e mail"', "zolc",
                        "елка", "ii", "ss", "ea", "σ"]))
def test_matching_lowered_text_finds_what_matching_folded_text_finds(parts, typed):
    """`snippet._lower_pattern` on `text.lower()` against `_pattern` on `fold(text)`."""
    from shopinbox.domain.search_query import parse_query
    from shopinbox.domain.snippet import _lower_pattern, _matchable, _pattern

    text = " ".join(parts)
    query = parse_query(typed)
    matched, pattern = _matchable(text, query)
    assert pattern is not None
    expected = [m.span() for m in _pattern(query).finditer(fold(text))]
    assert [m.span() for m in pattern.finditer(matched)] == expected
    if len(text.lower()) == len(text):  # the fast path, for every text of these ranges
        assert pattern is _lower_pattern(query)
