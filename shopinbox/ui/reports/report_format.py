"""Numbers, durations, days, weeks and months of the Reports view in the UI language (QLocale)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from shopinbox.ui.common.formatting import local_day as long_day  # noqa: F401  (one format)
from shopinbox.ui.common.formatting import money  # noqa: F401  (one format for money)


def number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def count(value: float) -> str:
    return QLocale().toString(int(round(value)))


def percent(value: float) -> str:
    return QCoreApplication.translate("Reports", "{value} %").format(value=number(value, 0 if value >= 10 or value == 0 else 1))


def hours(value: float | None) -> str:
    """A duration given in hours: "42 min", "3,5 h", "2,1 d" (locale decimal separator)."""
    if value is None:
        return "–"
    if value < 1:
        return QCoreApplication.translate("Reports", "{value} min").format(value=count(value * 60))
    if value < 100:
        return QCoreApplication.translate("Reports", "{value} h").format(value=number(value, 0 if value >= 10 else 1))
    return QCoreApplication.translate("Reports", "{value} d").format(value=number(value / 24, 1))


def seconds(value: float | None) -> str:
    return hours(None if value is None else value / 3600)


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def month(text: str) -> str:
    """"2026-11" -> "lis 2026"/"нояб. 2026"/"Nov 2026"."""
    year, _, number_ = text.partition("-")
    name = QLocale().standaloneMonthName(int(number_), QLocale.FormatType.ShortFormat)
    return f"{name} {year}"


def weekday(index: int) -> str:
    """0 = Monday, in the UI language."""
    return QLocale().standaloneDayName(index + 1, QLocale.FormatType.ShortFormat)

