"""Intents of stored messages on both engines: guessed by the rules, a correction wins for its
message, and the model retrains when corrections change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.app.inbox.customers import customer_detail
from shopinbox.app.inbox.intents import set_intent
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, IntentCorrection, Message


@pytest.fixture
def mail(ctx):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    texts = ["Gdzie jest moja paczka? Zamówienie 1042.", "Чайник пришел разбитый.",
             "Thanks, everything arrived, the tea is lovely!"]
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(session, account.id, [
            IncomingMessage(channel="email", direction="in", external_id=f"<i{n}@x>",
                            sent_at=start + timedelta(hours=n),
                            identity=IdentityRef("email", "buyer@example.com"),
                            subject="", body_text=text) for n, text in enumerate(texts)
        ], ctx.blobs)
        ids = [m.id for m in session.query(Message).order_by(Message.sent_at)]
        customer_id = session.query(Message).first().customer_id
    return ctx, ids, customer_id


def _intents(ctx, customer_id):
    return [m["intents"] for m in customer_detail(ctx, customer_id)["messages"]]


def test_rules_guess_and_a_correction_wins(mail):
    ctx, ids, customer_id = mail
    assert [i[0] for i in _intents(ctx, customer_id)] == [
        "where_is_my_order", "complaint", "other"]
    set_intent(ctx, ids[2], "product_question")
    set_intent(ctx, ids[2], "discount")  # a second word replaces the first
    assert _intents(ctx, customer_id)[2] == ["discount"]
    with ctx.reader() as session:
        assert session.query(IntentCorrection).count() == 1
    with pytest.raises(ValueError):
        set_intent(ctx, ids[0], "spam")
    with pytest.raises(LookupError):
        set_intent(ctx, 10**6, "other")
