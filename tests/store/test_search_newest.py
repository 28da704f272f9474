"""Newest first on both engines, whichever way the matches are found: on PostgreSQL a word
common in the newest messages is answered by walking them (`store.search.postgres`), a rarer
one by the GIN index; both must give what sorting every match by time gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account
from shopinbox.store.search import postgres as search_postgres
from shopinbox.store.search import search

START = datetime(2026, 3, 1, tzinfo=UTC)
# Message i says "herbata" when i % 2 == 0 (common), "czajnik" when i % 9 == 0 (rarer, and
# only in older messages than the window holds), "paczka" in the oldest two only, "1042" when
# i % 3 == 0 (common, but a number: always through the index).
COUNT = 40


def _body(i: int) -> str:
    words = ["dzień dobry"]
    if i % 2 == 0:
        words.append("herbata zielona")
    if i % 9 == 0 and i < 30:
        words.append("czajnik")
    if i < 2:
        words.append("paczka")
    if i % 3 == 0:
        words.append("nr 1042")
    return " ".join(words)


@pytest.fixture
def many(ctx):
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(session, account.id, [
            IncomingMessage(channel="email", direction="in", external_id=f"<n{i}@x>",
                            # two messages share each second: (sent_at, id) breaks the tie
                            sent_at=START + timedelta(minutes=i // 2),
                            identity=IdentityRef("email", f"n{i % 5}@example.com"),
                            customer_name=f"Customer {i % 5}", subject=f"M{i}",
                            body_text=_body(i))
            for i in range(COUNT)
        ], ctx.blobs)
    return ctx


def _expected(word_in, limit):
    """Subjects of the matching messages, newest first (later minute, then later id)."""
    matching = [i for i in range(COUNT) if word_in(i)]
    return [f"M{i}" for i in sorted(matching, key=lambda i: (i // 2, i), reverse=True)][:limit]


@pytest.mark.parametrize("window", [6, 1000])
@pytest.mark.parametrize(("query", "word_in"), [
    ("herbata", lambda i: i % 2 == 0),
    ("czajnik", lambda i: i % 9 == 0 and i < 30),
    ("paczka", lambda i: i < 2),
    ("herbata czajnik", lambda i: i % 18 == 0 and i < 30),
    ('"herbata zielona"', lambda i: i % 2 == 0),
    ("1042", lambda i: i % 3 == 0),
    ("herbata 1042", lambda i: i % 6 == 0),
])
@pytest.mark.parametrize("limit", [3, 50])
def test_newest_first_through_window_or_index(many, monkeypatch, window, query, word_in,
                                              limit):
    """A window of 6 holds three `herbata` (enough for limit 3: the walk answers), never
    `czajnik` or `paczka` (the index answers); a window of 1000 holds every message."""
    monkeypatch.setattr(search_postgres, "RECENT_WINDOW", window)
    with many.reader() as session:
        hits = search(session, query, limit=limit)
    assert [hit.subject for hit in hits] == _expected(word_in, limit)
    assert all(hit.snippet for hit in hits)


def test_no_match_and_zero_limit(many):
    with many.reader() as session:
        assert search(session, "xylofonik") == []
        assert search(session, "herbata", limit=0) == []
