"""Dates, sizes and money in the user's locale (QLocale), plus relative times for the inbox."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def _qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def local_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(_qdatetime(value).toLocalTime(), QLocale.FormatType.ShortFormat)


def local_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(_qdatetime(value).toLocalTime().date(),
                              QLocale.FormatType.ShortFormat)


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


def money(amount: Decimal, currency: str) -> str:
    return QLocale().toCurrencyString(float(amount), currency or "")
