"""Replies through the outbox to the local Bot API server."""

from __future__ import annotations

from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply, retry, send_message
from shopinbox.channels.telegram import account as telegram_accounts  # noqa: F401  (registers the sender)
from shopinbox.channels.telegram.pull import sync_telegram_account
from shopinbox.domain.errors import describe_stored, parse_stored
from shopinbox.store.models import Identity, Message


def _customer(ctx, server, account, sender, text="Dzień dobry"):
    server.message_from(sender, text=text)
    sync_telegram_account(ctx, account, once=True)
    with ctx.reader() as session:
        return session.scalars(select(Identity.customer_id).where(
            Identity.value == str(sender["id"]))).one()


def test_long_reply_is_split_escaped_and_sent_once(sqlite_ctx, bot_server, bot_account, anna):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    text = "Cena <b>nie</b> obejmuje & wysyłki. " + " ".join(["słowo"] * 1500)
    message_id = queue_reply(sqlite_ctx, customer, text, channel="telegram")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    sent = bot_server.sent
    assert len(sent) == 3  # ~9000 characters in three parts
    assert " ".join(m["text"] for m in sent).split() == text.split()  # visible text intact
    assert all(len(m["text"]) <= 4096 for m in sent)
    assert sent[0]["text"].startswith("Cena <b>nie</b> obejmuje & wysyłki.")  # escaped → literal
    params = bot_server.calls_of("sendMessage")[0]
    assert params["parse_mode"] == "HTML" and "&lt;b&gt;" in params["text"]
    assert send_message(sqlite_ctx, message_id)[0] == "sent" and len(bot_server.sent) == 3
    with sqlite_ctx.reader() as session:
        message = session.get(Message, message_id)
    assert message.external_id == f"{anna['id']}:{sent[0]['message_id']}"
    assert message.extra["telegram_message_ids"] == [m["message_id"] for m in sent]


def test_photo_and_document(sqlite_ctx, bot_server, bot_account, anna, tmp_path):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    photo = tmp_path / "bluzka.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"p" * 100)
    pdf = tmp_path / "faktura.pdf"
    pdf.write_bytes(b"%PDF-1.4 invoice")
    message_id = queue_reply(sqlite_ctx, customer, "Proszę:", channel="telegram",
                             attachments=[photo, pdf])
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    text, sent_photo, sent_doc = bot_server.sent
    assert text["text"] == "Proszę:"
    assert "photo" in sent_photo and sent_photo["upload"]["content"] == photo.read_bytes()
    assert sent_doc["document"]["file_name"] == "faktura.pdf"
    assert sent_doc["upload"]["content"] == b"%PDF-1.4 invoice"


def test_quotes_the_customer_only_when_something_came_after(sqlite_ctx, bot_server, bot_account,
                                                            anna):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna, "pytanie 1")
    first = queue_reply(sqlite_ctx, customer, "odpowiedź", channel="telegram")
    send_message(sqlite_ctx, first)
    assert "reply_parameters" not in bot_server.calls_of("sendMessage")[-1]
    second = queue_reply(sqlite_ctx, customer, "i jeszcze jedno", channel="telegram")
    send_message(sqlite_ctx, second)  # our answer came after her message: quote it
    quoted = bot_server.calls_of("sendMessage")[-1]["reply_parameters"]
    with sqlite_ctx.reader() as session:
        inbound = session.scalars(select(Message).where(Message.direction == "in")).one()
    assert f"{anna['id']}:{quoted['message_id']}" == inbound.external_id


def test_403_marks_blocked_and_fails_permanently(sqlite_ctx, bot_server, bot_account, anna):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    bot_server.blocked_chats.add(anna["id"])
    message_id = queue_reply(sqlite_ctx, customer, "promocja", channel="telegram")
    state, error = send_message(sqlite_ctx, message_id)
    assert state == "failed" and parse_stored(error) == ("recipient_blocked", {})
    assert "blocked the bot" in describe_stored(error)
    with sqlite_ctx.reader() as session:
        identity = session.scalars(select(Identity)).one()
        stored = session.get(Message, message_id).delivery_error
    assert stored == error and "forbidden" not in stored.lower()  # Telegram's words: log only
    assert parse_stored(identity.unreachable_reason)[0] == "recipient_blocked"
    from shopinbox.app.outbox.sending import OutboxError

    try:
        queue_reply(sqlite_ctx, customer, "again", channel="telegram")
    except OutboxError as error:
        assert "blocked the bot" in str(error)
    else:
        raise AssertionError("a blocked chat must not accept replies")


def test_retry_after_partial_failure_sends_only_the_rest(sqlite_ctx, bot_server, bot_account,
                                                         anna):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    text = " ".join(["słowo"] * 1000)  # two parts
    message_id = queue_reply(sqlite_ctx, customer, text, channel="telegram")
    # First part goes out, then the server refuses the second.
    original = bot_server._m_sendmessage
    calls = {"n": 0}

    async def flaky(params, uploads):
        calls["n"] += 1
        if calls["n"] == 2:
            return bot_server._error(400, "Bad Request: chat not found")
        return await original(params, uploads)

    bot_server._m_sendmessage = flaky
    state, error = send_message(sqlite_ctx, message_id)
    assert state == "failed" and parse_stored(error)[0] == "message_rejected"
    assert "chat not found" not in error and len(bot_server.sent) == 1
    retry(sqlite_ctx, message_id)
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(bot_server.sent) == 2  # part one was not sent again
    assert " ".join(m["text"] for m in bot_server.sent).split() == text.split()


def test_429_on_send_waits_and_sends_once(sqlite_ctx, bot_server, bot_account, anna):
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    bot_server.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    message_id = queue_reply(sqlite_ctx, customer, "ok", channel="telegram")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(bot_server.sent) == 1
