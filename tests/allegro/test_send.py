"""Replies through the outbox: into the buyer's thread, with attachments declared, uploaded and
named; once — a retry after a failure in the middle sends only what is missing; a next sync
does not store the sent reply a second time."""

from __future__ import annotations

from sqlalchemy import func, select

from shopinbox.app.outbox.sending import queue_reply, send_message
from shopinbox.channels import registry
from shopinbox.channels.allegro.send import split_text
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Message


def _customer(ctx, external_id):
    with ctx.reader() as session:
        return session.scalar(select(Message.customer_id).where(
            Message.external_id == external_id))


def test_reply_with_attachment_goes_out_once(sqlite_ctx, allegro_server, allegro_account,
                                             tmp_path):
    incoming = allegro_server.add_message("anna_k", "Czy mogę prosić o fakturę?")
    registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    customer_id = _customer(sqlite_ctx, incoming["id"])
    invoice = tmp_path / "faktura 12.pdf"
    invoice.write_bytes(b"%PDF-1.4 faktura")
    message_id = queue_reply(sqlite_ctx, customer_id, "W załączniku faktura.",
                             channel="allegro", attachments=[invoice])
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    [sent] = allegro_server.sent
    assert sent["thread"] == incoming["thread"]["id"] and sent["text"] == "W załączniku faktura."
    [attachment_id] = sent["attachments"]
    assert allegro_server.attachments[attachment_id]["content"] == b"%PDF-1.4 faktura"
    assert allegro_server.attachments[attachment_id]["mimeType"] == "application/pdf"
    assert send_message(sqlite_ctx, message_id)[0] == "sent"  # already sent: nothing again
    assert len(allegro_server.sent) == 1
    registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    with sqlite_ctx.reader() as session:
        stored = session.get(Message, message_id)
        assert stored.external_id == sent["id"]
        assert stored.thread_key == f"allegro:{incoming['thread']['id']}"
        assert session.scalar(select(func.count()).select_from(Message).where(
            Message.body_text == "W załączniku faktura.")) == 1


def test_failed_send_is_retried_without_sending_a_part_twice(sqlite_ctx, allegro_server,
                                                             allegro_account):
    incoming = allegro_server.add_message("anna_k", "Proszę o opis")
    registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)
    customer_id = _customer(sqlite_ctx, incoming["id"])
    long_text = ("To jest długi opis produktu. " * 100).strip()  # 2,900 characters: two parts
    message_id = queue_reply(sqlite_ctx, customer_id, long_text, channel="allegro")
    allegro_server.fail("send", 422, after=1)  # the second part is refused once
    state, error = send_message(sqlite_ctx, message_id)
    assert state == "failed" and parse_stored(error)[0] == "message_rejected"
    assert len(allegro_server.sent) == 1
    with sqlite_ctx.writer() as session, session.begin():
        session.get(Message, message_id).delivery_state = "queued"  # the user retries
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert [m["text"] for m in allegro_server.sent] == split_text(long_text)
    assert all(len(m["text"]) <= 2000 for m in allegro_server.sent)


def test_first_message_to_a_buyer_opens_a_thread(sqlite_ctx, allegro_server, allegro_account):
    allegro_server.add_order("jan_nowak", email="j@allegromail.pl", items=[("Pasek", 1, "9")])
    registry.channel("allegro").pull(sqlite_ctx, allegro_account.id)  # the order's customer
    with sqlite_ctx.reader() as session:
        from shopinbox.store.models import Identity

        customer_id = session.scalar(select(Identity.customer_id).where(
            Identity.kind == "allegro", Identity.value == "jan_nowak"))
    message_id = queue_reply(sqlite_ctx, customer_id, "Paczka wyjdzie jutro rano.",
                             channel="allegro")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    [thread] = allegro_server.threads.values()
    assert thread["interlocutor"]["login"] == "jan_nowak"
    assert allegro_server.calls_of("send") == ["/messaging/messages"]


def test_split_text_cuts_at_spaces():
    parts = split_text("słowo " * 500, limit=100)
    assert all(len(p) <= 100 for p in parts) and " ".join(parts) == ("słowo " * 500).strip()
