"""Order numbers written by customers in Polish, Russian and English, and what is not one."""

from __future__ import annotations

import pytest

from shopinbox.domain.orders.numbers import find_order_numbers


def values(text: str, prefixes=("LH-",)) -> list[str]:
    return [m.value for m in find_order_numbers(text, prefixes)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dzień dobry, gdzie jest moje zamówienie 1234?", ["1234"]),
        ("Reklamacja do zamówienia nr 5678, proszę o kontakt", ["5678"]),
        ("zam. 1001 nie dotarło", ["1001"]),
        ("Zamówienie numer 4455 z dnia 12.03.2024", ["4455"]),
        ("zamowienie 1234 (bez polskich znaków)", ["1234"]),
        ("Paczka #1042 nie doszła", ["1042"]),
        ("Здравствуйте! Где мой заказ №1234?", ["1234"]),
        ("По заказу № 7788 ничего не пришло", ["7788"]),
        ("номер заказа 4321, оплатила вчера", ["4321"]),
        ("заказа 7777 нет в личном кабинете", ["7777"]),
        ("Hi, my order 1234 is late", ["1234"]),
        ("Order no. 98765 arrived broken", ["98765"]),
        ("order number: 1500", ["1500"]),
        ("Orders #1001 and #1002 were both paid", ["1001", "1002"]),
        ("Numer LH-1234, proszę o fakturę", ["LH-1234"]),
        ("lh-20001 i LH-20002", ["LH-20001", "LH-20002"]),
    ],
)
def test_finds_order_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "zamówienie 150 zł to za dużo",  # a price, not an order
        "Zapłaciłam 1234 zł przelewem",
        "Заказ на 1500 руб оплачен",
        "order for 120 USD",
        "order 99,90 EUR",
        "Mój telefon: +48 601 234 567",
        "zamówienie 601 234 567",  # a phone after the keyword
        "Zadzwoń 8 (912) 345-67-89",
        "zamówienie 12.03.2024",  # a date
        "dostawa 2024-03-12, order 5/3",
        "Kod HTML &#1234; w stopce",
        "kolor #ff0000 i #12",
        "tracking 00340434161094042557",
        "",
    ],
)
def test_ignores_prices_phones_dates(text):
    assert values(text) == []


def test_spans_cover_the_number_for_links():
    text = "Zamówienie #1042 i zamówienie 1043, a także LH-77001."
    matches = find_order_numbers(text, ["LH-"])
    assert [text[m.start:m.end] for m in matches] == ["#1042", "1043", "LH-77001"]
    assert [m.kind for m in matches] == ["hash", "keyword", "prefix"]


def test_prefix_without_dash_and_no_prefix_configured():
    assert values("Zamówienie LH1234 oraz LH-1235", ["LH"]) == ["LH-1234", "LH-1235"]
    assert values("LH-1234 please", ()) == []


def test_keyword_and_hash_do_not_double_count():
    matches = find_order_numbers("Order #1001 arrived, заказ №1001 тоже")
    assert [m.value for m in matches] == ["1001", "1001"]
    assert matches[0].start < matches[1].start
