"""Dates, sizes and money in the user's locale (QLocale), plus relative times for the inbox."""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _full_year(pattern: str) -> str:
    """The locale's short pattern with a four-digit year: English's short format writes
    "12/1/26", which reads as three different dates in three countries."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_pattern() -> str:
    return _full_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


@functools.lru_cache(maxsize=8)
def _datetime_pattern(locale_name: str) -> str:
    return _full_year(QLocale(locale_name).dateTimeFormat(QLocale.FormatType.ShortFormat))


def local_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    locale = QLocale()  # (the pattern per language is kept: the timeline asks 60 times a render)
    return locale.toString(_qdatetime(value).toLocalTime(), _datetime_pattern(locale.name()))


def local_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(_qdatetime(value).toLocalTime().date(), date_pattern())


def local_day(value: date) -> str:
    """A calendar day (reports) in the same pattern as `local_date`."""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def local_time(value: datetime) -> str:
    return QLocale().toString(_qdatetime(value).toLocalTime().time(),
                              QLocale.FormatType.ShortFormat)


def relative_time(value: datetime | None, now: datetime) -> str:
    """"5 min", "3 h", time of day today, weekday-less short date otherwise."""
    if value is None:
        return ""
    seconds = (now - value).total_seconds()
    if seconds < 60:
        return QCoreApplication.translate("Time", "now")
    if seconds < 3600:
        # Abbreviations take no plural forms in pl/ru ("5 min", "5 мин"), so no %n numerus.
        return QCoreApplication.translate("Time", "{count} min").format(
            count=int(seconds // 60))
    if seconds < 6 * 3600:
        return QCoreApplication.translate("Time", "{count} h").format(
            count=int(seconds // 3600))
    local = value.astimezone()
    if local.date() == now.astimezone().date():
        return local_time(value)
    return local_date(value)


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(int(size or 0), 1)


def money(amount: Decimal | float, currency: str) -> str:
    """"535,00 zł" on a Polish screen, "535.00 PLN" on an English one: the locale's own symbol
    for its own currency, else the ISO code after the number (a "zł" or "$" would be ambiguous
    or unknown to the reader); digits and separators always the locale's."""
    locale = QLocale()
    code = (currency or "").upper()
    if code and code == locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return locale.toCurrencyString(float(amount), locale.currencySymbol())
    number = locale.toString(float(amount), "f", 2)
    return f"{number}\u00a0{code}" if code else number
