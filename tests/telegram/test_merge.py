"""A customer who writes by email and on Telegram becomes one customer after a merge.

`app/merging.py` is built in parallel; until it is on main the merge is done here as it will be
done there: identities and messages move to the survivor, the other customer points at it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from shopinbox.app.core.accounts import add_account
from shopinbox.app.inbox.customers import customer_detail, list_customers
from shopinbox.app.outbox.sending import queue_reply, send_message
from shopinbox.channels.telegram import account as telegram_accounts  # noqa: F401  (registers the sender)
from shopinbox.channels.telegram.pull import sync_telegram_account
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Customer, Identity, Message


def _merge(ctx, source_id: int, into_id: int) -> None:
    with ctx.writer() as session, session.begin():
        session.execute(update(Identity).where(Identity.customer_id == source_id)
                        .values(customer_id=into_id))
        session.execute(update(Message).where(Message.customer_id == source_id)
                        .values(customer_id=into_id))
        session.get(Customer, source_id).merged_into_id = into_id
        session.flush()
        refresh_conversations(session, [source_id, into_id])


def test_email_and_telegram_customer_become_one(sqlite_ctx, bot_server, bot_account, anna):
    email_account = add_account(sqlite_ctx, "shop-mail", "demo", {"email": "shop@example.com"},
                                None)
    with sqlite_ctx.writer() as session, session.begin():
        store_messages(session, email_account, [IncomingMessage(
            channel="email", direction="in", external_id="<1@example.com>",
            sent_at=datetime(2025, 3, 1, tzinfo=UTC),
            identity=IdentityRef("email", "anna@example.com", "Anna Kowalska"),
            customer_name="Anna Kowalska", subject="Zamówienie 10234",
            body_text="Proszę o fakturę")], sqlite_ctx.blobs)
    bot_server.message_from(anna, text="/start YW5uYUBleGFtcGxlLmNvbQ")  # base64url of the email
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert len(list_customers(sqlite_ctx)) == 2
    with sqlite_ctx.reader() as session:
        ids = {i.kind: i.customer_id for i in session.scalars(select(Identity))}
        hint = session.scalars(select(Message).where(Message.channel == "telegram")).one().extra
    assert hint["merge_hint"] == {"kind": "email", "value": "anna@example.com"}  # the suggestion

    _merge(sqlite_ctx, ids["telegram"], ids["email"])

    rows = list_customers(sqlite_ctx)
    assert len(rows) == 1 and sorted(rows[0].channels) == ["email", "telegram"]
    detail = customer_detail(sqlite_ctx, ids["telegram"])  # the old id resolves to the survivor
    assert detail["id"] == ids["email"]
    assert [m["channel"] for m in detail["messages"]] == ["email", "telegram"]
    # New Telegram messages land on the merged customer, and replies go back through the bot.
    bot_server.message_from(anna, text="Dziękuję!")
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert len(list_customers(sqlite_ctx)) == 1
    message_id = queue_reply(sqlite_ctx, ids["email"], "Proszę bardzo", channel="telegram")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert bot_server.sent[-1]["chat"]["id"] == anna["id"]
