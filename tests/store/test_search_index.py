"""Migration 0011's search index on both engines: long words searched through the listed
completions find exactly what the prefix query found, the one box finds through the trigram
tables (SQLite) / pg_trgm indexes (PostgreSQL) exactly what its scans found, the triggers
follow renames and deletions, every inbound message's intents are stored when it is stored,
and a profile from before it (0011) with data migrates up with all three filled."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select, text

from shopinbox.app.inbox import one_box
from shopinbox.app.inbox.intents import add_intents, intent_counts, set_intent
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store import conversations, ingest
from shopinbox.store import search as search_module
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.migrate import alembic_config
from shopinbox.store.models import (
    Account,
    Conversation,
    Customer,
    Identity,
    Message,
    MessageIntent,
    Order,
)
from shopinbox.store.search import box_index, search
from shopinbox.store.search.terms import expansions

START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
MAIL = [  # (address, name, text)
    ("anna@example.pl", "Anna Łukasiewicz", "Gdzie jest moje zamówienie? Zamówieniu nadano numer."),
    ("olga@example.ru", "Ольга Ёлкина", "Здравствуйте, когда отправили посылку? Отправлено ли?"),
    ("olga@example.ru", "Ольга Ёлкина", "Посылку получила, спасибо, всё отправленное пришло"),
    ("tom@example.com", "Tom Shipping", "Where is my parcel? The shipment was shipped last week"),
    ("anna@example.pl", "Anna Łukasiewicz", "Czajnik przyszedł stłuczony, zamówienia nie odbieram"),
    ("jan@example.pl", "Jan Zamówieniowski", "Proszę o fakturę do zamówienia numer 1042"),
]
ORDERS = [  # (number, customer address, tracking)
    ("#1042", "anna@example.pl", "INP 6200 4242"),
    ("#1043", "olga@example.ru", "RR-123-456-785-RU"),
    ("WC-20044", "tom@example.com", None),
]
WORDS = ["zamowienie", "zamowieni", "zamowieniu", "отправили", "отправлен", "shipment",
         "shipping", "przyszedl", "zamowieniowski", "посылку", "stluczony", "nieznanewyrazy"]
BOX = ["Anna", "lukasiewicz", "Łukasiewicz", "ёлкина", "Елкина", "olga@exa", "Zamówieniowski",
       "INP 6200", "inp62004", "RR-123-456", "#1043", "wc-2004", "104", "ship", "example.pl",
       "ольга"]


def _fill(ctx) -> dict[str, int]:
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        ingest.store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="in", external_id=f"<{n}@x>",
            sent_at=START + timedelta(hours=n), identity=IdentityRef("email", address),
            customer_name=name, sender_address=address, sender_name=name,
            subject="", body_text=body) for n, (address, name, body) in enumerate(MAIL)],
            ctx.blobs)
        ingest.store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="out", external_id="<reply@x>",
            sent_at=START + timedelta(days=1), identity=IdentityRef("email", "anna@example.pl"),
            subject="Re: zamówienie", body_text="Zamówienie wysłaliśmy wczoraj.")], ctx.blobs)
        who = {i.value: i.customer_id for i in session.scalars(select(Identity))}
        for n, (number, address, tracking) in enumerate(ORDERS):
            session.add(Order(source="csv", external_id=str(n), number=number,
                              customer_id=who[address], email=address,
                              customer_name=address.split("@")[0], placed_at=START,
                              status="shipped", currency="PLN", tracking_number=tracking))
    return who


def _hits(ctx, words) -> dict[str, list[int]]:
    with ctx.reader() as session:
        return {word: [hit.message_id for hit in search(session, word, limit=100)]
                for word in words}


def _box(ctx) -> dict[str, tuple]:
    found = {}
    for typed in BOX:
        result = one_box.find(ctx, typed)
        found[typed] = ([(c.customer_id, c.score, c.matched) for c in result.customers],
                        [(o.order_id, o.score) for o in result.orders],
                        [m.message_id for m in result.messages])
    return found


def test_long_words_find_what_the_prefix_query_found(ctx, monkeypatch):
    _fill(ctx)
    with ctx.reader() as session:
        listed = expansions(session.connection(), ["zamowieni", "отправили", "shipment"])
    if ctx.engine.dialect.name == "sqlite":  # the completions come from the index itself
        assert set(listed["zamowieni"]) == {"zamowienie", "zamowieniu", "zamowienia",
                                            "zamowieniowski"}
        assert listed["отправили"] == ("отправили",)
    else:
        assert listed == {}
    listed_hits = _hits(ctx, WORDS)
    monkeypatch.setattr(search_module, "expansions", lambda connection, words: {})
    assert listed_hits == _hits(ctx, WORDS)  # the prefix queries: the same messages
    assert len(listed_hits["zamowieni"]) == 4 and listed_hits["nieznanewyrazy"] == []


def test_terms_roll_back_with_their_messages(sqlite_ctx):
    ctx = sqlite_ctx
    with pytest.raises(RuntimeError), ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        ingest.store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="in", external_id="<gone@x>", sent_at=START,
            identity=IdentityRef("email", "a@x.pl"), body_text="przepiękności")], ctx.blobs)
        raise RuntimeError("the sync failed before committing")
    with ctx.reader() as session:
        assert expansions(session.connection(), ["przepieknosc"]) == {}
        assert session.scalar(select(MessageIntent.message_id)) is None


def test_the_tokenizer_keeps_the_words_that_are_listed():
    """`store.search.terms` lists only words of a-z, 0-9 and а-я, and splits texts at
    whitespace before tokenizing: both must mean to FTS5 what they mean to Python."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, "
                       "tokenize = 'unicode61 remove_diacritics 0')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    letters = "abcdefghijklmnopqrstuvwxyz0123456789абвгдежзийклмнопрстуфхцчшщъыьэюя"
    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    connection.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)",
                           [(1, " ".join(letters))] + [(10 + n, f"ab{s}cd")
                                                      for n, s in enumerate(spaces)])
    tokens: dict[int, list[str]] = {}
    for term, doc in connection.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        tokens.setdefault(doc, []).append(term)
    assert tokens[1] == list(letters)
    assert all(tokens[10 + n] == ["ab", "cd"] for n in range(len(spaces)))


def test_the_box_finds_through_its_index_what_its_scans_found(ctx, monkeypatch):
    _fill(ctx)
    if ctx.engine.dialect.name == "postgresql":
        with ctx.reader() as session:
            indexes = set(session.scalars(text(
                "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix_box_search%'")))
        assert indexes == {"ix_box_search_customer_names", "ix_box_search_identity_values",
                           "ix_box_search_identity_displays", "ix_box_search_order_numbers",
                           "ix_box_search_order_tracking"}
    indexed = _box(ctx)
    monkeypatch.setattr(box_index, "usable", lambda session, folded: False)
    assert indexed == _box(ctx)
    assert [c[0] for c in indexed["Елкина"][0]] == [c[0] for c in indexed["ёлкина"][0]] != []
    assert len(indexed["inp62004"][1]) == 1 and len(indexed["RR-123-456"][1]) == 1
    assert len(indexed["104"][1]) == 2
    assert indexed["lukasiewicz"][0] and indexed["lukasiewicz"][0] == indexed["Łukasiewicz"][0]


def test_the_box_index_follows_renames_merges_and_deletions(sqlite_ctx):
    ctx = sqlite_ctx
    who = _fill(ctx)
    with ctx.writer() as session, session.begin():
        session.get(Customer, who["tom@example.com"]).display_name = "Tomasz Żółkiewski"
        order = session.scalars(select(Order).where(Order.number == "WC-20044")).one()
        order.tracking_number = "ZZ 9988 7766"
        session.get(Customer, who["jan@example.pl"]).merged_into_id = who["anna@example.pl"]
        olga = session.scalars(select(Identity).where(Identity.value == "olga@example.ru")).one()
        olga.value = olga.display = "olga.new@mail.ru"
        session.delete(session.scalars(select(Order).where(Order.number == "#1043")).one())
    assert [c.name for c in one_box.find(ctx, "zolkiew").customers] == ["Tomasz Żółkiewski"]
    assert one_box.find(ctx, "Tom Shipping", kind="customer").customers == []
    assert [o.number for o in one_box.find(ctx, "ZZ 9988").orders] == ["WC-20044"]
    assert one_box.find(ctx, "Zamówieniowski", kind="customer").customers == []
    assert one_box.find(ctx, "olga@exa", kind="customer").customers == []
    assert [c.matched for c in one_box.find(ctx, "olga.new", kind="customer").customers] == [
        "olga.new@mail.ru"]
    assert one_box.find(ctx, "RR-123", kind="order").orders == []


def test_inbound_intents_are_stored_and_read(ctx):
    _fill(ctx)
    with ctx.reader() as session:
        stored = dict(session.execute(
            select(MessageIntent.message_id, MessageIntent.intent)).all())
        inbound = session.execute(select(Message.id, Message.body_text)
                                  .where(Message.direction == "in")).all()
        outbound = session.scalars(select(Message.id).where(Message.direction == "out")).all()
    assert set(stored) == {row.id for row in inbound} and not set(outbound) & set(stored)
    first = min(stored)
    assert stored[first] == "where_is_my_order"
    with ctx.writer() as session, session.begin():  # reads take the stored guess
        session.get(MessageIntent, first).intents = "discount other"
        session.get(MessageIntent, first).intent = "discount"
    rows = [{"id": first, "direction": "in"}]
    with ctx.reader() as session:
        add_intents(session, rows)
        counts = intent_counts(session, START, START + timedelta(days=2))
    assert rows[0]["intents"] == ["discount", "other"]
    assert counts["discount"] >= 1 and sum(counts.values()) == len(inbound)
    set_intent(ctx, first, "complaint")  # a correction still wins
    with ctx.reader() as session:
        add_intents(session, rows)
        assert intent_counts(session, START, START + timedelta(days=2))["complaint"] == \
            counts["complaint"] + 1
    assert rows[0]["intents"][0] == "complaint"
    with ctx.writer() as session, session.begin():  # a message without a stored guess...
        session.delete(session.get(MessageIntent, max(stored)))
    with ctx.reader() as session:
        assert sum(intent_counts(session, START, START + timedelta(days=2)).values()) == \
            len(inbound) - 1  # ...is not counted (every path that stores one guesses it)
        customer_id = session.get(Message, max(stored)).customer_id
    with ctx.writer() as session, session.begin():  # the conversation's refresh guesses it
        refresh_conversations(session, [customer_id])
    with ctx.reader() as session:
        assert session.get(MessageIntent, max(stored)).intent == stored[max(stored)]
        assert sum(intent_counts(session, START, START + timedelta(days=2)).values()) == \
            len(inbound)


def test_a_0010_profile_migrates_up_with_its_index_and_intents(ctx, monkeypatch):
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0011_campaign_ui")
    # What the code before 0012 wrote: no terms, no stored intents (nor tables for them).
    monkeypatch.setattr(search_module, "record_terms", lambda connection, texts: None)
    monkeypatch.setattr(ingest, "guess_intents", lambda connection, messages: None)
    monkeypatch.setattr(conversations, "refresh_intents", lambda where, customer_ids: None)
    who = _fill(ctx)
    monkeypatch.undo()
    command.upgrade(config, "head")
    with ctx.reader() as session:
        inbound = set(session.scalars(select(Message.id).where(Message.direction == "in")))
        assert set(session.scalars(select(MessageIntent.message_id))) == inbound
        current = dict(session.execute(
            select(Conversation.customer_id, Conversation.latest_intents)).all())
        assert {address: current[customer].split()[0] for address, customer in who.items()} \
            == {"anna@example.pl": "complaint", "olga@example.ru": "other",
                "tom@example.com": "where_is_my_order", "jan@example.pl": "other"}
        if ctx.engine.dialect.name == "sqlite":
            assert session.execute(text(
                "SELECT count(*) FROM box_search_names")).scalar_one() == 4
            assert "zamowieniu" in expansions(session.connection(), ["zamowieni"])["zamowieni"]
    assert len(_hits(ctx, ["zamowieni"])["zamowieni"]) == 4
    assert [o.number for o in one_box.find(ctx, "INP 6200 42").orders] == ["#1042"]
    assert [c.name for c in one_box.find(ctx, "Ёлкина").customers] == ["Ольга Ёлкина"]


def test_intents_prepared_off_the_writer_are_kept_only_from_the_current_model(ctx):
    """The email parse processes guess intents with the model current when the sync began
    (`use_intent_model`); the writer keeps such a guess while that model is current and
    guesses again once a correction changed it."""
    from shopinbox.channels.email.convert import mail_incoming
    from shopinbox.store.intents import current_model

    raw = (b"From: Ola <ola@example.pl>\r\nSubject: Gdzie jest moja paczka?\r\n"
           b"Message-ID: <p1@x>\r\n\r\nZamowienie 1234 nie dotarlo, gdzie jest przesylka?\r\n")
    with ctx.reader() as session:
        key, model = current_model(session)
    try:
        mail_incoming.use_intent_model(key, model)
        [parsed] = mail_incoming.parse_and_index([raw])
    finally:
        mail_incoming.use_intent_model(None, None)
    assert parsed.intents is not None and parsed.intents[0] == key
    assert parsed.intents[1][0] == "where_is_my_order"
    assert mail_incoming.parse_and_index([raw])[0].intents is None  # no model, no guess

    def store(external_id: str, prepared) -> int:
        with ctx.writer() as session, session.begin():
            account = session.scalar(select(Account).where(Account.name == "prep"))
            if account is None:
                account = Account(name="prep", kind="email")
                session.add(account)
                session.flush()
            ingest.store_messages(session, account.id, [IncomingMessage(
                channel="email", direction="in", external_id=external_id, sent_at=START,
                identity=IdentityRef("email", "ola@example.pl"), customer_name="Ola",
                sender_address="ola@example.pl", sender_name="Ola", subject="Pytanie",
                body_text="Czy jest rabat na drugi produkt?", intents=prepared)], ctx.blobs)
            return session.scalar(select(Message.id).where(Message.external_id == external_id))

    # A prepared guess from the current model is stored as it came (here a deliberately
    # different one, so keeping it is visible); one from another model is guessed again.
    kept = store("<p2@x>", (key, ["complaint", "other"]))
    stale = store("<p3@x>", (("another", 0, None), ["complaint"]))
    with ctx.reader() as session:
        assert session.get(MessageIntent, kept).intents == "complaint other"
        assert session.get(MessageIntent, stale).intent == "discount"
