"""Intents as an inbox dimension on both engines: the newest inbound message of each
conversation decides its intent (a later "thank you" clears "where is my order"), the inbox
filter lists exactly those conversations, and the counts per intent cover every inbound message
in a time range."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shopinbox.app.inbox.intents import intent_counts, latest_inbound_intents
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids, inbox_rows
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Identity

START = datetime(2026, 4, 1, tzinfo=UTC)
MAIL = [  # (address, minutes after START, text)
    ("a@example.pl", 0, "Gdzie jest moja paczka? Czekam już tydzień."),
    ("b@example.ru", 1, "Здравствуйте, хочу вернуть чайник, можно оформить возврат?"),
    ("c@example.com", 2, "Where is my order?? still nothing"),
    ("c@example.com", 30, "Oh it just came, thanks a lot"),  # c's newest: no longer asking
    ("d@example.com", 3, "The teapot arrived broken, the lid is cracked."),
]


def _fill(ctx) -> dict[str, int]:
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="in", external_id=f"<{n}@x>",
            sent_at=START + timedelta(minutes=minutes),
            identity=IdentityRef("email", address), customer_name=address.split("@")[0],
            subject="", body_text=body) for n, (address, minutes, body) in enumerate(MAIL)],
            ctx.blobs)
        return {i.value[0]: i.customer_id for i in session.query(Identity)}


def test_newest_inbound_message_decides_and_the_filter_follows(ctx):
    who = _fill(ctx)
    with ctx.reader() as session:
        found = latest_inbound_intents(session, list(who.values()))
    assert found[who["a"]][0] == "where_is_my_order"
    assert found[who["b"]][0] == "return"
    assert found[who["d"]][0] == "complaint"
    assert "where_is_my_order" not in found[who["c"]]
    asking = conversation_ids(ctx, InboxFilter(status="all", intent="where_is_my_order"))
    assert asking == [who["a"]]
    assert set(conversation_ids(ctx, InboxFilter(status="all"))) == set(who.values())
    assert inbox_rows(ctx, [who["b"]])[who["b"]].intents[0] == "return"


def test_counts_per_intent_in_a_range(ctx):
    _fill(ctx)
    with ctx.reader() as session:
        everything = intent_counts(session, START, START + timedelta(days=1))
        early = intent_counts(session, START, START + timedelta(minutes=10), channel="email")
        none = intent_counts(session, START, START + timedelta(days=1), channel="telegram")
    assert sum(everything.values()) == len(MAIL)
    assert everything["where_is_my_order"] == 2 and everything["return"] == 1
    assert early["where_is_my_order"] == 2 and sum(early.values()) == 4
    assert sum(none.values()) == 0 and set(none) >= {"where_is_my_order", "other"}
