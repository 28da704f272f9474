"""Migration 0013's stored intent columns on both engines: each conversation's
`latest_intents` follows new mail, corrections, merges, unmerges and deletions (always equal to
what the messages say, worked out here in plain Python), the report's counts from the copies
in `message_intents` equal the old join over messages on a random store, and a 0012 profile
migrates up with both filled."""

from __future__ import annotations

import functools
import random
from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import select, update

from shopinbox.app.inbox.actions import delete_here
from shopinbox.app.inbox.intents import intent_counts, latest_inbound_intents, set_intent
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids, inbox_rows
from shopinbox.domain.intents import INTENTS
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store import conversations, ingest
from shopinbox.store.identity.merges import merge_customers
from shopinbox.store.identity.unmerge import undo_merge
from shopinbox.store.intents import guess
from shopinbox.store.migrate import alembic_config
from shopinbox.store.models import (
    Account,
    Conversation,
    Identity,
    IntentCorrection,
    Message,
    MessageIntent,
)
from tests.fixtures.intent_counts import direct_counts

START = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
TEXTS = {
    "where_is_my_order": ["Gdzie jest moja paczka? Czekam tydzień.", "Where is my order??",
                          "Где мой заказ? Когда отправите посылку?"],
    "return": ["Chcę zwrócić czajnik, jak zrobić zwrot?", "I want to return the teapot",
               "Хочу оформить возврат"],
    "complaint": ["The teapot arrived broken, the lid is cracked.",
                  "Czajnik przyszedł stłuczony", "Чайник пришел разбитый"],
    "other": ["Thanks, everything arrived!", "Dziękuję, wszystko doszło", "Спасибо!"],
}


def _incoming(address: str, minutes: int, text: str, *, direction: str = "in",
              automated: bool = False, channel: str = "email", key: str = "") -> IncomingMessage:
    return IncomingMessage(
        channel=channel, direction=direction, external_id=f"<{address}-{minutes}-{key}@x>",
        sent_at=START + timedelta(minutes=minutes), identity=IdentityRef("email", address),
        customer_name=address.split("@")[0], subject="", body_text=text,
        is_automated=automated)


def _account(ctx, name: str = "mail", kind: str = "email") -> int:
    with ctx.writer() as session, session.begin():
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            account = Account(name=name, kind=kind)
            session.add(account)
            session.flush()
        return account.id


def _store(ctx, account_id: int, messages: list[IncomingMessage]) -> None:
    with ctx.writer() as session, session.begin():
        ingest.store_messages(session, account_id, messages, ctx.blobs)


def _expected_latest(session) -> dict[int, str]:
    """What `latest_intents` must hold, from the messages themselves: the newest inbound, not
    automated, message of each customer (ties: the higher id), its guess with the correction
    first and "other" dropped; '' without one."""
    guesses = dict(session.execute(select(MessageIntent.message_id, MessageIntent.intents)).all())
    corrected = dict(session.execute(select(IntentCorrection.message_id,
                                            IntentCorrection.intent)).all())
    newest: dict[int, tuple[datetime, int]] = {}
    for message_id, customer_id, sent_at in session.execute(
            select(Message.id, Message.customer_id, Message.sent_at)
            .where(Message.direction == "in", Message.is_automated.is_(False))):
        if customer_id is not None and (sent_at, message_id) > newest.get(
                customer_id, (START - timedelta(days=999), 0)):
            newest[customer_id] = (sent_at, message_id)
    expected = {}
    for customer_id in session.scalars(select(Conversation.customer_id)):
        if customer_id not in newest:
            expected[customer_id] = ""
            continue
        message_id = newest[customer_id][1]
        intents = guesses[message_id].split()
        chosen = corrected.get(message_id)
        if chosen is not None:
            intents = [chosen] + [i for i in intents if i not in (chosen, "other")]
        expected[customer_id] = " ".join(intents)
    return expected


def _stored_latest(session) -> dict[int, str]:
    return dict(session.execute(select(Conversation.customer_id,
                                       Conversation.latest_intents)).all())


def _check(ctx) -> dict[int, str]:
    with ctx.reader() as session:
        stored, expected = _stored_latest(session), _expected_latest(session)
    assert stored == expected
    return stored


def _customer(ctx, address: str) -> int:
    with ctx.reader() as session:
        return session.scalar(select(Identity.customer_id).where(Identity.value == address))


def _newest_inbound(ctx, customer_id: int) -> int:
    with ctx.reader() as session:
        return session.scalar(select(Message.id).where(
            Message.customer_id == customer_id, Message.direction == "in")
            .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1))


def test_latest_intents_follow_mail_corrections_merges_and_deletions(ctx):
    mail = _account(ctx)
    _store(ctx, mail, [_incoming("a@x.pl", 0, TEXTS["where_is_my_order"][0]),
                       _incoming("b@x.ru", 1, TEXTS["return"][2]),
                       _incoming("c@x.com", 2, TEXTS["complaint"][0])])
    stored = _check(ctx)
    a, b, c = (_customer(ctx, x) for x in ("a@x.pl", "b@x.ru", "c@x.com"))
    assert stored[a].split()[0] == "where_is_my_order" and stored[b].split()[0] == "return"

    # New mail: a newer message decides; an automated one, a reply of the shop and an older
    # message that arrives late do not.
    _store(ctx, mail, [_incoming("a@x.pl", 10, TEXTS["other"][1])])
    assert _check(ctx)[a].split()[0] == "other"
    _store(ctx, mail, [_incoming("b@x.ru", 20, TEXTS["where_is_my_order"][1], automated=True),
                       _incoming("b@x.ru", 21, "Zwrot przyjęty", direction="out"),
                       _incoming("c@x.com", -60, TEXTS["where_is_my_order"][2])])
    stored = _check(ctx)
    assert stored[b].split()[0] == "return" and stored[c].split()[0] == "complaint"
    assert conversation_ids(ctx, InboxFilter(status="all", intent="return")) == [b]
    assert inbox_rows(ctx, [c])[c].intents == stored[c].split()

    # A correction of the newest message shows at once; one of an older message does not.
    set_intent(ctx, _newest_inbound(ctx, a), "discount")
    assert _check(ctx)[a] == "discount"
    with ctx.reader() as session:
        older = session.scalar(select(Message.id).where(
            Message.customer_id == c, Message.sent_at < START))
    set_intent(ctx, older, "return")
    assert _check(ctx)[c].split()[0] == "complaint"
    assert conversation_ids(ctx, InboxFilter(status="all", intent="discount")) == [a]

    # Merge: the survivor waits on the newer of both newest messages; unmerge gives each back.
    with ctx.writer() as session, session.begin():
        record = merge_customers(session, c, a)
        record_id = record.id
    stored = _check(ctx)
    assert stored[a] == "discount" and stored[c] == ""
    assert conversation_ids(ctx, InboxFilter(status="all", intent="complaint")) == []
    with ctx.writer() as session, session.begin():
        undo_merge(session, record_id)
    stored = _check(ctx)
    assert stored[a] == "discount" and stored[c].split()[0] == "complaint"

    # Deleting the newest message here: the one before it decides again.
    newest = _newest_inbound(ctx, a)
    with ctx.writer() as session, session.begin():
        session.execute(update(Message).where(Message.id == newest)
                        .values(server_deleted_at=START))
    delete_here(ctx, newest)
    assert _check(ctx)[a].split()[0] == "where_is_my_order"
    with ctx.reader() as session:
        assert latest_inbound_intents(session, [a, b, c]) == {
            k: v.split() for k, v in _stored_latest(session).items() if k in (a, b, c)}


def test_counts_equal_the_old_join_on_a_random_store(ctx):
    rng = random.Random(19)
    accounts = [(_account(ctx, "mail", "email"), "email"), (_account(ctx, "bot", "telegram"),
                                                             "telegram")]
    texts = [text for group in TEXTS.values() for text in group]
    for batch in range(4):
        for account_id, channel in accounts:
            _store(ctx, account_id, [
                _incoming(f"k{rng.randint(1, 25)}@x.pl", rng.randint(-3000, 3000),
                          rng.choice(texts), direction=rng.choice("in in in out".split()),
                          automated=rng.random() < 0.1, channel=channel, key=f"{batch}-{n}")
                for n in range(40)])
    with ctx.reader() as session:
        inbound = list(session.scalars(select(Message.id).where(Message.direction == "in")))
    for message_id in rng.sample(inbound, 15):
        set_intent(ctx, message_id, rng.choice(INTENTS))
    _check(ctx)
    with ctx.reader() as session:
        for _ in range(12):
            first, last = sorted(rng.randint(-3100, 3100) for _ in range(2))
            start, end = (START + timedelta(minutes=first), START + timedelta(minutes=last))
            channel = rng.choice([None, "email", "telegram"])
            account_id = rng.choice([None, accounts[0][0], accounts[1][0]])
            assert intent_counts(session, start, end, channel=channel, account_id=account_id) \
                == direct_counts(session, start, end, channel, account_id)
        everything = intent_counts(session, START - timedelta(days=9), START + timedelta(days=9))
        assert sum(everything.values()) == len(inbound)


def test_a_0012_profile_migrates_up_with_both_filled(ctx, monkeypatch):
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0012_search_index")
    # What the code of 0012 wrote: guesses without the copies, no current intents.
    monkeypatch.setattr(ingest, "guess_intents", functools.partial(guess, copied_columns=False))
    monkeypatch.setattr(conversations, "refresh_intents", lambda where, customer_ids: None)
    mail = _account(ctx)
    _store(ctx, mail, [_incoming("a@x.pl", 0, TEXTS["where_is_my_order"][0]),
                       _incoming("a@x.pl", 5, TEXTS["complaint"][1]),
                       _incoming("b@x.ru", 1, TEXTS["return"][2]),
                       _incoming("b@x.ru", 9, TEXTS["other"][0], automated=True),
                       _incoming("c@x.com", 2, "Dzień dobry", direction="out")])
    with ctx.engine.begin() as connection:  # a logged call of 0012: no stored guess at all
        connection.execute(MessageIntent.__table__.delete().where(
            MessageIntent.message_id == select(Message.id).where(
                Message.sent_at == START + timedelta(minutes=5)).scalar_subquery()))
    monkeypatch.undo()
    command.upgrade(config, "head")
    stored = _check(ctx)
    assert stored[_customer(ctx, "a@x.pl")].split()[0] == "complaint"
    assert stored[_customer(ctx, "b@x.ru")].split()[0] == "return"
    assert stored[_customer(ctx, "c@x.com")] == ""
    with ctx.reader() as session:
        copies = session.execute(
            select(Message.sent_at, Message.channel, Message.account_id,
                   MessageIntent.sent_at, MessageIntent.channel, MessageIntent.account_id)
            .join(MessageIntent, MessageIntent.message_id == Message.id)).all()
        assert len(copies) == 4 and all(row[:3] == row[3:] for row in copies)
        assert intent_counts(session, START, START + timedelta(hours=1)) == direct_counts(
            session, START, START + timedelta(hours=1))
    command.downgrade(config, "0012_search_index")  # and back, on both engines
    command.upgrade(config, "head")
    _check(ctx)
