"""Legacy charsets through the real parsers: mail text with no declared charset, 8-bit headers
and CSV exports in cp1251 / KOI8-R (Russian) and cp1250 / ISO-8859-2 (Polish) come out as
written — cp1251 Russian used to turn into cp1250 mojibake."""

from __future__ import annotations

import pytest

from shopinbox.channels.email.convert.mail_parse import parse_mail
from shopinbox.domain.charsets import decode_legacy
from shopinbox.sources.csv_file.parse import parse_orders_csv

RUSSIAN = "Здравствуйте! Когда будет отправлен мой заказ? Спасибо, Ольга Смирнова."
POLISH = "Dzień dobry, proszę o zwrot za zamówienie. Paczka źle zapakowana. Łucja Wiśniewska"
SAMPLES = [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (POLISH, "cp1250"),
           (POLISH, "iso8859_2"), ("Zażółć gęślą jaźń", "iso8859_2"),
           ("Zażółć gęślą jaźń", "cp1250"), ("Привет, где заказ?", "koi8_r")]


@pytest.mark.parametrize(("text", "charset"), SAMPLES)
def test_undeclared_bytes_read_as_written(text, charset):
    assert decode_legacy(text.encode(charset)) == text


def test_utf8_and_ascii_stay_as_they_are():
    assert decode_legacy(RUSSIAN.encode()) == RUSSIAN
    assert decode_legacy("\ufeff".encode() + POLISH.encode()) == POLISH
    assert decode_legacy(b"plain text") == "plain text"


@pytest.mark.parametrize(("text", "charset"), SAMPLES)
def test_mail_without_a_declared_charset(text, charset):
    raw = (b"From: Klient <k@example.pl>\r\nTo: shop@example.com\r\n"
           b"Subject: " + text[:20].encode(charset) + b"\r\n"
           b"Message-ID: <cs@example.pl>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + text.encode(charset) + b"\r\n")
    parsed = parse_mail(raw)
    assert parsed.body_text.strip() == text
    assert parsed.subject == text[:20].strip()


@pytest.mark.parametrize(("name", "charset"), [("С. Васильева", "cp1251"),
                                               ("С. Васильева", "koi8_r"),
                                               ("Paweł Żak-Kuśmierczyk", "cp1250"),
                                               ("Paweł Żak-Kuśmierczyk", "iso8859_2")])
def test_csv_export_saved_in_a_legacy_charset(name, charset):
    text = ("ID;Reference;Customer;Total;Status;Date\n"
            f"12;XKBKNABJK;{name};203,99;Dostarczone;2025-03-01 10:00:00\n")
    parsed = parse_orders_csv(text.encode(charset), format="prestashop")
    assert parsed.bad_rows == []
    [order] = parsed.orders
    assert order.customer_name == name
