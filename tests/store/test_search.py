"""search() on both engines: folding, prefixes, phrases, hostile input, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account
from shopinbox.store.search import search

TEXTS = [
    ("Przesyłka", "Moja przesyłka nie dotarła, proszę o pomoc."),
    ("Zamówienie 1042", "Zamówienie zostało opłacone wczoraj."),
    ("Вопрос", "Где мой заказа? Ещё не пришёл."),
    ("Question", "Where is my parcel? It is still not here."),
    ("Syntax", 'He wrote "quoted text" and NEAR(a b) * - stuff'),
]


@pytest.fixture
def filled(ctx):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(
            session,
            account.id,
            [
                IncomingMessage(
                    channel="email", direction="in", external_id=f"<m{i}@x>",
                    sent_at=start + timedelta(days=i),
                    identity=IdentityRef("email", f"c{i}@example.com"),
                    customer_name=f"Customer {i}", subject=subject, body_text=body,
                    sender_address=f"c{i}@example.com",
                )
                for i, (subject, body) in enumerate(TEXTS)
            ],
            ctx.blobs,
        )
    return ctx


def _subjects(ctx, query):
    with ctx.reader() as session:
        return [hit.subject for hit in search(session, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("przesylka", ["Przesyłka"]),
        ("PRZESYŁKA", ["Przesyłka"]),
        ("zamowienie", ["Zamówienie 1042"]),
        ("еще", ["Вопрос"]),
        ("ЕЩЁ", ["Вопрос"]),
        ("заказ", ["Вопрос"]),
        ('"still not here"', ["Question"]),
        ('"not still here"', []),
        ("1042", ["Zamówienie 1042"]),
        ("customer", ["Syntax", "Question", "Вопрос", "Zamówienie 1042", "Przesyłka"]),
    ],
)
def test_search_folds_and_prefixes(filled, query, expected):
    assert _subjects(filled, query) == expected


@pytest.mark.parametrize("query", ['"', '*', '-', '(', 'NEAR', 'NEAR(', 'a OR', '"quoted',
                                   'AND', '^', ':', 'subject:x', '"" ""', "'"])
def test_fts_syntax_never_raises(filled, query):
    with filled.reader() as session:
        search(session, query)


def test_syntax_words_are_searched_as_text(filled):
    assert _subjects(filled, "NEAR") == ["Syntax"]
    assert _subjects(filled, '"quoted text"') == ["Syntax"]


def test_hits_have_snippets_and_newest_first(filled):
    with filled.reader() as session:
        hits = search(session, "customer")
    assert [h.sent_at for h in hits] == sorted((h.sent_at for h in hits), reverse=True)
    with filled.reader() as session:
        (hit,) = search(session, "dotarla")
    assert "dotarła" in hit.snippet
    assert hit.channel == "email"
    assert hit.customer_id is not None


def test_newest_first_even_when_older_mail_arrives_later(filled):
    with filled.writer() as session, session.begin():
        account_id = session.query(Account).one().id
        store_messages(session, account_id, [IncomingMessage(
            channel="email", direction="in", external_id="<old@x>",
            sent_at=datetime(2020, 1, 1, tzinfo=UTC), identity=IdentityRef("email", "o@x.pl"),
            subject="Archiwum przesyłka", body_text="stara przesyłka")], filled.blobs)
    assert _subjects(filled, "przesylka") == ["Przesyłka", "Archiwum przesyłka"]


def test_deleted_messages_leave_the_index(filled):
    from shopinbox.store.models import Message

    with filled.writer() as session, session.begin():
        session.delete(session.query(Message).filter_by(subject="Przesyłka").one())
    assert _subjects(filled, "przesylka") == []
    assert _subjects(filled, "zamowienie") == ["Zamówienie 1042"]
