"""Parsing the real export layouts checked in under tests/orders/data (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from shopinbox.domain.orders.values import parse_money
from shopinbox.sources.csv_file.parse import (
    CsvFormatError,
    detect_format,
    parse_mapping,
    parse_orders_csv,
)
from tests.orders.conftest import DATA


def read(name: str, **kwargs):
    return parse_orders_csv((DATA / name).read_bytes(), **kwargs)


def test_shopify_export_groups_line_items_by_name():
    parsed = read("shopify_orders_export.csv")
    assert parsed.format == "shopify" and parsed.bad_rows == [] and parsed.rows == 6
    orders = {o.number: o for o in parsed.orders}
    assert list(orders) == ["#1001", "#1002", "#1003", "#1004", "#1005"]
    first = orders["#1001"]
    assert first.total == Decimal("203.99") and first.currency == "PLN"
    assert first.email == "anna.kowalska@example.pl" and first.customer_name == "Anna Kowalska"
    assert first.placed_at == datetime(2024, 3, 4, 9, 15, 22, tzinfo=UTC)
    assert [(ln.sku, ln.quantity, ln.unit_price) for ln in first.lines] == [
        ("CND-LAS", 1, Decimal("79.00")), ("SOAP-LAV", 2, Decimal("55.00"))]
    assert first.lines[0].name == "Świeca sojowa „Las”"
    assert first.status == "fulfilled"
    assert orders["#1002"].customer_name == "Иван Петров" and orders["#1002"].currency == "RUB"
    assert orders["#1003"].email == "marta.nowak@example.pl"  # lower-cased
    assert orders["#1004"].status == "refunded"
    assert orders["#1005"].email is None and orders["#1005"].phone == "+49 30 901820"


def test_woocommerce_export_with_multiline_note_and_bom():
    parsed = read("woocommerce_orders_export.csv", default_tz=timezone(timedelta(hours=2)))
    assert parsed.format == "woocommerce" and parsed.bad_rows == []
    orders = {o.number: o for o in parsed.orders}
    assert set(orders) == {"2101", "2102", "2103", "2104"}
    kasia = orders["2101"]
    assert kasia.customer_name == "Katarzyna Wiśniewska" and kasia.status == "completed"
    assert kasia.total == Decimal("141.00")
    assert [(ln.name, ln.quantity) for ln in kasia.lines] == [
        ("Świeca sojowa „Las”", 1), ("Wosk zapachowy", 2)]
    assert kasia.placed_at == datetime(2024, 4, 1, 7, 12, 45, tzinfo=UTC)
    assert orders["2102"].customer_name == "Дмитрий Соколов"
    assert orders["2104"].status == "cancelled" and orders["2104"].email is None


def test_prestashop_semicolon_export_reads_currency_signs():
    parsed = read("prestashop_orders_export.csv", default_tz=UTC)
    assert parsed.format == "prestashop" and parsed.bad_rows == []
    orders = {o.number: o for o in parsed.orders}
    assert orders["XKBKNABJK"].external_id == "12"
    assert (orders["XKBKNABJK"].total, orders["XKBKNABJK"].currency) == (Decimal("203.99"), "PLN")
    assert (orders["OHSATSERP"].total, orders["OHSATSERP"].currency) == (Decimal("1249.00"), "PLN")
    assert (orders["FFATNOMMJ"].total, orders["FFATNOMMJ"].currency) == (Decimal("3500.00"), "RUB")
    assert (orders["UOYEVOLI"].total, orders["UOYEVOLI"].currency) == (Decimal("45.60"), "EUR")
    assert orders["FFATNOMMJ"].customer_name == "С. ВАСИЛЬЕВА"
    assert all(o.lines == [] for o in parsed.orders)


def test_prestashop_polish_back_office_labels():
    parsed = read("prestashop_orders_export_pl.csv")
    assert parsed.format == "prestashop"
    assert [(o.number, o.email, o.status) for o in parsed.orders] == [
        ("PLQWERTYU", "jan.nowak@example.pl", "Dostarczone"),
        ("PLASDFGHJ", "anna.kowalska@example.pl", "Płatność zaakceptowana"),
    ]


def test_bad_rows_are_reported_with_line_numbers_and_good_rows_kept():
    parsed = read("shopify_orders_bad_rows.csv")
    assert [o.number for o in parsed.orders] == ["#2001", "#2005"]
    assert [b.line for b in parsed.bad_rows] == [3, 4, 5, 6]
    reasons = " | ".join(b.reason for b in parsed.bad_rows)
    assert "dwa" in reasons and "wczoraj" in reasons and "no order number" in reasons


def test_generic_mapping():
    mapping = parse_mapping("number=Zamówienie,date=Data,email=Mail,phone=Telefon,name=Klient,"
                            "item=Produkt,quantity=Ilość,price=Cena,total=Suma,currency=Waluta,"
                            "status=Stan")
    parsed = read("generic_orders.csv", format="generic", mapping=mapping, default_tz=UTC)
    assert parsed.bad_rows == []
    first, second = parsed.orders
    assert first.number == "Z/2024/001" and first.customer_name == "Ольга Смирнова"
    assert first.total == Decimal("1400.00") and first.currency == "RUB"
    assert first.placed_at == datetime(2024, 3, 5, 14, 22, tzinfo=UTC)
    assert second.lines[0].quantity == 2 and second.lines[0].unit_price == Decimal("79.00")


def test_generic_needs_a_valid_mapping():
    with pytest.raises(CsvFormatError, match="unknown field"):
        parse_mapping("colour=Kolor")
    with pytest.raises(CsvFormatError, match="needs the column"):
        read("generic_orders.csv", format="generic", mapping=parse_mapping("number=Nope"))


def test_unknown_layout_is_refused_with_advice():
    with pytest.raises(CsvFormatError, match="--map"):
        detect_format(["Foo", "Bar"])
    assert detect_format(["Name", "Email", "Financial Status", "Lineitem name"]) == "shopify"


def test_excel_ansi_file_falls_back_to_cp1250():
    text = "ID;Reference;Customer;Total;Date\n7;ABCDEFGHI;Łukasz Żółć;12,50 zł;2024-01-02 10:00:00\n"
    parsed = parse_orders_csv(text.encode("cp1250"), "prestashop")
    assert parsed.orders[0].customer_name == "Łukasz Żółć"
    assert parsed.orders[0].total == Decimal("12.50")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [("1 234,56 zł", "1234.56", "PLN"), ("€45.60", "45.60", "EUR"), ("1,234.56 USD", "1234.56",
     "USD"), ("1.234,56", "1234.56", ""), ("3 500,00 ₽", "3500.00", "RUB"), ("-12.5", "-12.5", "")],
)
def test_money_formats(text, amount, currency):
    assert parse_money(text) == (Decimal(amount), currency)


def test_money_rejects_text():
    with pytest.raises(ValueError):
        parse_money("abc")
