"""Word forms: a query finds other grammatical forms of its words (cases, plurals, verb forms)
in Polish, Russian and English, on both engines; quoted words and phrases stay exact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.domain.lemmas import index_lemmas, query_lemmas
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account
from shopinbox.store.search import search

TEXTS = [
    ("Вопрос", "Мой заказ до сих пор не пришёл, посылка застряла."),
    ("Zamówienie", "Moje zamówienie jeszcze nie dotarło, wysłałem przelew."),
    ("Трек", "Когда отправите трека номера для заказов?"),
    ("Kiedy", "Kiedy wyślecie paczkę? Dziękuję."),
    ("Teapot", "I ordered two teapots last week and the parcels arrived broken."),
    ("Dostawa", "Paczka dotarła cała, dziękuję."),
]


@pytest.fixture
def filled(ctx):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(session, account.id, [
            IncomingMessage(
                channel="email", direction="in", external_id=f"<l{i}@x>",
                sent_at=start + timedelta(days=i),
                identity=IdentityRef("email", f"l{i}@example.com"),
                customer_name=f"Buyer {i}", subject=subject, body_text=body,
                sender_address=f"l{i}@example.com",
            )
            for i, (subject, body) in enumerate(TEXTS)
        ], ctx.blobs)
    return ctx


def _subjects(ctx, query):
    with ctx.reader() as session:
        return [hit.subject for hit in search(session, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("заказов", ["Трек", "Вопрос"]),  # genitive plural finds the nominative
        ("заказ", ["Трек", "Вопрос"]),  # and the base form its inflections, by prefix
        ("zamówieniu", ["Zamówienie"]),  # locative finds the nominative
        ("ZAMÓWIENIEM", ["Zamówienie"]),  # instrumental, any case
        ("посылку", ["Вопрос"]),  # accusative finds the nominative
        ("посылкой", ["Вопрос"]),  # instrumental
        ("отправили", ["Трек"]),  # past plural finds the 2nd person future (отправить)
        ("wysłali", ["Kiedy", "Zamówienie"]),  # wysłali / wyślecie / wysłałem: wysłać
        ("paczek", ["Dostawa", "Kiedy"]),  # genitive plural: paczka, paczkę
        ("paczke", ["Dostawa", "Kiedy"]),  # no diacritics: the form `paczkę` was seen
        ("orders", ["Teapot"]),  # plural finds the past tense (order)
        ("arrive", ["Teapot"]),  # base form finds `arrived`
        ("teapot", ["Teapot"]),
        ("трек номер", ["Трек"]),
        ("посылку застрял", ["Вопрос"]),  # every word must match, each in its own way
    ],
)
def test_word_forms_find_each_other(filled, query, expected):
    assert _subjects(filled, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"заказ"', ["Вопрос"]),  # a quoted word is that form only, no prefix, no lemma
        ('"посылку"', []),
        ('"трек номер"', []),  # a quoted phrase matches exact forms, not lemmas
        ('"трека номера"', ["Трек"]),
        ('"paczkę" dziekuje', ["Kiedy"]),
    ],
)
def test_quoted_words_and_phrases_are_exact(filled, query, expected):
    assert _subjects(filled, query) == expected


def test_snippet_shows_the_lemma_hit(filled):
    with filled.reader() as session:
        (hit,) = search(session, "посылку")
    assert "посылка" in hit.snippet


def test_lemmas_follow_the_message_language():
    lemmas, forms = index_lemmas("Moje zamówienie i paczki dotarły", "pl")
    assert "paczka" in lemmas and "dotrzec" in lemmas
    assert forms["dotarly"] == ("dotrzec",)
    assert index_lemmas("Мой заказ и посылки", "ru")[0] == ["посылка"]
    assert index_lemmas("Dobrze: shipped", "ru")[0] == []  # Latin words in a Russian message
    assert index_lemmas("Посылки", "uk")[0] == []  # no Ukrainian analyser
    assert "zamowienie" in query_lemmas("zamówieniu")
    assert query_lemmas("заказов") == ("заказ",)


@pytest.mark.parametrize("text", [
    "Мой заказ и посылки", "Moje zamówienie i paczki dotarły", "Where is my order? thanks",
    "Привіт, де їжак", "hmm 1042", "Dzien dobry, gdzie jest paczka", "Order 1042 заказ", "",
])
def test_index_detects_the_language_like_language_detect(text):
    from shopinbox.domain.language_detect import detect_language, detect_words
    from shopinbox.domain.text_fold import WORD_RE

    assert detect_words(dict.fromkeys(WORD_RE.findall(text.lower()))) == detect_language(text)
