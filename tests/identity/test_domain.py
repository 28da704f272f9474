"""Pure functions: phone numbers, email addresses, known order numbers in text, reasons."""

from __future__ import annotations

import pytest

from shopinbox.domain.emails import find_emails, normalize_email
from shopinbox.domain.merge_reasons import SuggestionReason, describe
from shopinbox.domain.orders.mentions import find_known_order_numbers, normalize_order_number
from shopinbox.domain.phones import find_phones, normalize_phone, phone_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("601 234 567", "+48601234567"),
        ("601-234-567", "+48601234567"),
        ("+48 601-234-567", "+48601234567"),
        ("0048 601 234 567", "+48601234567"),
        ("(+48) 601 234 567", "+48601234567"),
        ("tel. 601 234 567", "+48601234567"),
        ("22 123 45 67", "+48221234567"),
        ("8 (916) 123-45-67", "+79161234567"),
        ("+7 916 123 45 67", "+79161234567"),
        ("+7 (916) 123-45-67", "+79161234567"),
        ("79161234567", "+79161234567"),
        ("89161234567", "+79161234567"),
        ("007 916 123 45 67", "+79161234567"),
        ("067 123 45 67", "+380671234567"),
        ("+44 7700 900123", "+447700900123"),  # a possible, not assigned, UK number
        ("+1 (202) 555-0143", "+12025550143"),
    ],
)
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "12", "hello", "12345", "+48 1", "++48", "0000000000"])
def test_not_phones(raw):
    assert normalize_phone(raw) is None


def test_default_region_decides_bare_numbers():
    assert normalize_phone("916 123 45 67", default_region="RU") == "+79161234567"
    assert normalize_phone("601 234 567", default_region="ru", fallback_regions=("PL",)) == (
        "+48601234567")  # not Russian: read in the fallback region
    assert normalize_phone("601 234 567", default_region="DE", fallback_regions=()) is None


def test_phone_key_and_find():
    assert phone_key("8 (916) 123-45-67") == phone_key("+79161234567") == "+79161234567"
    assert phone_key("12-34") == "1234"
    assert phone_key("") is None
    assert find_phones("Dzwoń: 601 234 567 albo +7 916 123-45-67, 601234567") == [
        "+48601234567", "+79161234567"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mój mail: Anna.Kowalska@Gmail.com.", ["anna.kowalska@gmail.com"]),
        ("write to <a@b.pl>, or mailto:c@d.co.uk!", ["a@b.pl", "c@d.co.uk"]),
        ("a@b.pl a@b.pl A@B.PL", ["a@b.pl"]),
        ("почта: иван@почта.рф", ["иван@почта.рф"]),
        ("first.last+tag@sub.example.com/path", ["first.last+tag@sub.example.com"]),
        ("@anna_k on Telegram", []),
        ("x@localhost", []),
        ("foo..bar@x.pl", []),
        ("a@b.c", []),
        ("", []),
        (None, []),
    ],
)
def test_find_emails(text, expected):
    assert find_emails(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Anna <A@B.PL>", "a@b.pl"), ("mailto:x@y.pl", "x@y.pl"), (" A@x.pl ", "a@x.pl"),
     ("bad", None), ("a@b", None), ("two a@b.pl c@d.pl", None), (None, None)],
)
def test_normalize_email(value, expected):
    assert normalize_email(value) == expected


KNOWN = {"1042", "42", "lh-2001", "2024", "zam/7"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gdzie zamówienie 1042?", ["1042"]),
        ("order #1042.", ["1042"]),
        ("Заказ №1042, спасибо", ["1042"]),
        ("#42 please", ["42"]),
        ("42 items", []),  # short numbers need '#'
        ("paid 1042 zł", []),  # a price
        ("1042.50", []),
        ("12.03.2024", []),
        ("+481042", []),
        ("call 1042-55", []),
        ("x1042 and 10420", []),
        ("zamówienie LH-2001!", ["lh-2001"]),
        ("ZAM/7 oraz 1042 i znowu 1042", ["zam/7", "1042"]),
    ],
)
def test_find_known_order_numbers(text, expected):
    assert find_known_order_numbers(text, KNOWN) == expected


def test_normalize_order_number():
    assert normalize_order_number(" #LH-2001 ") == "lh-2001"
    assert normalize_order_number(None) == ""
    assert find_known_order_numbers("anything", set()) == []


def test_every_reason_has_a_sentence():
    for reason in SuggestionReason:
        text = describe(reason, {"value": "v", "writer_id": 1, "owner_id": 2, "holder_id": 3,
                                 "order_number": "9"})
        assert text and text != reason


def test_matcher_for_many_texts_and_numbers_without_digits():
    from shopinbox.domain.orders.mentions import OrderNumberMatcher

    digits = OrderNumberMatcher(["1042", "lh-2001"])
    assert digits.find("no digits here at all") == []
    assert digits.find("LH-2001 and #1042") == ["lh-2001", "1042"]
    letters = OrderNumberMatcher({"abcd", "1042"})
    assert letters.find("Order ABCD, not abcde") == ["abcd"]
