"""Channel forms (plain, email HTML, Telegram HTML), language detection and variant choice."""

from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest

from shopinbox.domain.language_detect import (
    VariantNotFound,
    choose_language,
    detect_from_messages,
    detect_language,
)
from shopinbox.domain.promos.formats import to_email_html, to_plain_text, to_telegram_html
from shopinbox.domain.promos.values import format_amount, status_label

TEXT = ("Hi Tom & <Jerry>,\n\nyour **order #12** is \"shipped\": "
        "https://track.example/?a=1&b=<2>.\nThanks!")
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
                 "a", "code", "pre", "blockquote", "tg-emoji"}


def test_plain_text_drops_bold_markers_only():
    assert to_plain_text(TEXT) == TEXT.replace("**", "")


def test_email_html_escapes_and_builds_paragraphs_and_links():
    out = to_email_html(TEXT)
    assert out.startswith("<p>Hi Tom &amp; &lt;Jerry&gt;,</p>\n<p>")
    assert "<strong>order #12</strong>" in out
    assert '<a href="https://track.example/?a=1&amp;b=">https://track.example/?a=1&amp;b=</a>' \
        "&lt;2&gt;." in out
    assert "<br>\nThanks!</p>" in out
    assert "<Jerry>" not in out


def test_telegram_html_uses_only_allowed_tags_and_escapes_everything_else():
    out = to_telegram_html(TEXT)
    tags = {t.lower() for t in re.findall(r"</?([a-zA-Z-]+)", out)}
    assert tags <= TELEGRAM_TAGS and tags == {"b", "a"}
    without_tags = re.sub(r"</?(b|a)( href=\"[^\"]*\")?>", "", out)
    assert "<" not in without_tags and ">" not in without_tags
    assert re.search(r"&(?!(lt|gt|amp|quot|#x27);)", without_tags) is None
    assert html.unescape(without_tags) == to_plain_text(TEXT)
    assert "\n\n" in out  # newlines are kept: Telegram shows them


def test_injected_markup_in_values_stays_text():
    out = to_telegram_html('<a href="javascript:x">click</a> <script>')
    assert "<a" not in out and "&lt;a href=\"javascript:x\"&gt;" in out


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dzień dobry, kiedy wyślecie moje zamówienie?", "pl"),
        ("Czy macie zielona herbate? Dziekuje", "pl"),
        ("Здравствуйте! Когда придёт мой заказ?", "ru"),
        ("Доброго дня! Коли відправите моє замовлення? Дякую, їжак", "uk"),
        ("Hi, when will my order ship? Thanks", "en"),
        ("12345 !!!", None),
        ("", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_detect_from_messages_votes():
    assert detect_from_messages(["ok", "Hello, where is my parcel?", "Dzień dobry",
                                 "Thank you so much"]) == "en"
    assert detect_from_messages(["???", ""]) is None


def test_choose_language_order():
    available = ["pl", "ru", "en"]
    assert choose_language(available, customer_language="ru-RU", detected="pl") == "ru"
    assert choose_language(available, customer_language="de", detected="pl") == "pl"
    assert choose_language(available, customer_language="de", fallback=["ru", "en"]) == "ru"
    assert choose_language(["pl"], customer_language="de", fallback=["en"]) == "pl"
    assert choose_language(available, explicit="EN", customer_language="pl") == "en"
    with pytest.raises(VariantNotFound):
        choose_language(available, explicit="de")
    with pytest.raises(VariantNotFound):
        choose_language([])


def test_amount_and_status_follow_the_language():
    assert format_amount(Decimal("1234.5"), "PLN", "pl") == "1\u00a0234,50 PLN"
    assert format_amount(Decimal("1234.5"), "EUR", "en") == "1,234.50 EUR"
    assert status_label("shipped", "ru") == "отправлен"
    assert status_label("weird-status", "pl") == "weird-status"
