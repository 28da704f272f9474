"""Dates and money follow the UI language's locale: four-digit years everywhere, the locale's own
currency symbol for its own currency and the ISO code for any other ("535,00 zł" on a Polish
screen, "535.00 PLN" on an English one)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from shopinbox.ui.common.formatting import local_date, local_datetime, money
from shopinbox.ui.reports.report_format import long_day

MOMENT = datetime(2026, 3, 4, 9, 5, tzinfo=UTC)


@pytest.fixture
def locale_of(qapp):
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("name", "pln", "rub", "usd"), [
    ("en_US", "535.00\u00a0PLN", "99.00\u00a0RUB", "$12.50"),
    ("pl_PL", "535,00\u00a0zł", "99,00\u00a0RUB", "12,50\u00a0USD"),
    ("ru_RU", "535,00\u00a0PLN", "99,00\u00a0₽", "12,50\u00a0USD"),
])
def test_money_in_each_language(locale_of, name, pln, rub, usd):
    locale_of(name)
    assert money(Decimal("535"), "PLN") == pln
    assert money(99, "rub") == rub
    assert money(12.5, "USD") == usd


@pytest.mark.parametrize("name", ["en_US", "pl_PL", "ru_RU"])
def test_dates_have_four_digit_years(locale_of, name):
    locale_of(name)
    for text in (local_date(MOMENT), local_datetime(MOMENT), long_day(date(2026, 3, 4))):
        assert "2026" in text, text
    assert local_date(None) == "" and local_datetime(None) == ""
