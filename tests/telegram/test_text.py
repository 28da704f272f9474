"""Splitting long replies at Telegram's limit and escaping for parse_mode=HTML (pure)."""

from __future__ import annotations

from shopinbox.channels.telegram.convert.text_format import (
    escape_html,
    html_parts,
    split_message,
    utf16_length,
)


def test_short_text_is_one_part():
    assert split_message("Dzień dobry!") == ["Dzień dobry!"]


def test_long_text_splits_on_word_boundaries_and_loses_nothing():
    words = [f"słowo{i}" for i in range(2000)]
    text = " ".join(words)
    parts = split_message(text)
    assert len(parts) > 1
    assert all(utf16_length(p) <= 4096 for p in parts)
    assert " ".join(parts).split(" ") == words  # no word cut, none lost


def test_prefers_paragraph_breaks():
    first = "a" * 3000
    second = "b " * 1000
    parts = split_message(first + "\n\n" + second)
    assert parts[0] == first


def test_word_longer_than_limit_is_cut_hard():
    link = "https://example.com/" + "x" * 5000
    parts = split_message(link)
    assert [len(p) for p in parts] == [4096, len(link) - 4096]
    assert "".join(parts) == link


def test_emoji_count_two_utf16_units():
    text = "😀" * 3000  # 6000 UTF-16 units
    parts = split_message(text)
    assert [utf16_length(p) for p in parts] == [4096, 6000 - 4096]


def test_html_escaping():
    assert escape_html('<b>5 > 3 & "x"</b>') == '&lt;b&gt;5 &gt; 3 &amp; "x"&lt;/b&gt;'


def test_escaping_after_splitting_never_cuts_an_entity():
    text = "&" * 5000
    parts = html_parts(text)
    assert all(p.replace("&amp;", "") == "" for p in parts)
    assert sum(p.count("&amp;") for p in parts) == 5000
