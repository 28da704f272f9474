"""Sync against the local VK stand-in: messages, photos and documents land in the store with
names from users.get, the long-poll ts holds across runs, edits keep earlier texts, the shop's
own replies from VK are stored as sent, `failed` answers are handled as documented."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from shopinbox.channels.vk.pull import load_ts, sync_vk_account
from shopinbox.store.models import Attachment, Customer, Identity, Message, MessageSource


def _messages(ctx):
    with ctx.reader() as session:
        return {m.external_id: m for m in session.scalars(select(Message))}


def test_messages_files_and_names_are_stored(sqlite_ctx, vk_server, vk_account, olga):
    s = vk_server
    first = s.message_new(olga, "Здравствуйте! Есть размер M?")
    photo = s.message_new(olga, "вот такое", attachments=[s.photo(b"P" * 3000)])
    doc = s.message_new(olga, "", attachments=[s.doc(b"%PDF-1.4 vk", "faktura", "pdf")])
    reply = s.message_new(olga, "и ещё", reply_message={"id": first, "text": "..."})
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.new_messages == 4 and report.counts['files'] == 2
    stored = _messages(sqlite_ctx)
    assert stored[f"{olga}:{first}"].body_text == "Здравствуйте! Есть размер M?"
    assert stored[f"{olga}:{reply}"].in_reply_to == f"{olga}:{first}"
    assert len({m.customer_id for m in stored.values()}) == 1
    with sqlite_ctx.reader() as session:
        picture = session.scalars(select(Attachment).where(
            Attachment.message_id == stored[f"{olga}:{photo}"].id)).one()
        assert sqlite_ctx.blobs.read(picture.sha256) == b"P" * 3000  # the largest size
        pdf = session.scalars(select(Attachment).where(
            Attachment.message_id == stored[f"{olga}:{doc}"].id)).one()
        assert (pdf.filename, pdf.mime_type) == ("faktura.pdf", "application/pdf")
        assert sqlite_ctx.blobs.read(pdf.sha256) == b"%PDF-1.4 vk"
        raw = session.get(MessageSource, stored[f"{olga}:{first}"].id).raw
        assert b'"message_new"' in raw and "Здравствуйте".encode() in raw
        customer = session.get(Customer, stored[f"{olga}:{first}"].customer_id)
        assert customer.display_name == "Ольга Смирнова"
        identity = session.scalars(select(Identity)).one()
        assert (identity.kind, identity.value, identity.display) == (
            "vk", str(olga), "Ольга Смирнова (@olga_sm)")
    assert [c["user_ids"] for c in s.calls_of("users.get")] == [str(olga)]


def test_ts_is_the_cursor_across_runs(sqlite_ctx, vk_server, vk_account, olga, piotr):
    vk_server.message_new(olga, "raz")
    vk_server.message_new(piotr, "dwa")
    assert sync_vk_account(sqlite_ctx, vk_account, once=True).new_messages == 2
    assert load_ts(sqlite_ctx, vk_account.id) == "3"
    again = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert again.counts['events'] == 0
    assert vk_server.calls_of("a_check")[-1]["ts"] == "3"
    vk_server.message_new(olga, "trzy")
    assert sync_vk_account(sqlite_ctx, vk_account, once=True).new_messages == 1
    assert load_ts(sqlite_ctx, vk_account.id) == "4" and len(_messages(sqlite_ctx)) == 3
    # A known customer's name is not asked again.
    assert [c["user_ids"] for c in vk_server.calls_of("users.get")] == ["1001,1002"]


def test_the_same_events_again_are_not_stored_twice(sqlite_ctx, vk_server, vk_account, olga):
    """A crash after the commit of the messages but with the old ts (as if the cursor were
    lost) makes VK send the same events: the store keeps one copy."""
    vk_server.message_new(olga, "raz")
    vk_server.message_new(olga, "dwa")
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    from shopinbox.store.cursors import save_cursor

    with sqlite_ctx.writer() as session, session.begin():
        save_cursor(session, vk_account.id, "", {"ts": "1"})
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['events'] == 2 and report.new_messages == 0
    assert len(_messages(sqlite_ctx)) == 2


def test_edits_keep_earlier_texts(sqlite_ctx, vk_server, vk_account, olga):
    mid = vk_server.message_new(olga, "размер M")
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    vk_server.message_edit(olga, mid, "размер L")
    vk_server.message_edit(olga, mid, "размер XL")
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['edited'] == 2
    (message,) = _messages(sqlite_ctx).values()
    assert message.body_text == "размер XL" and message.edited_at is not None
    assert [p["text"] for p in message.extra["previous_texts"]] == ["размер M", "размер L"]
    from shopinbox.app.inbox.customers import search_messages

    assert [h.message_id for h in search_messages(sqlite_ctx, "XL")] == [message.id]


def test_reply_written_in_vk_is_stored_as_sent(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "Где мой заказ?")
    mid = vk_server.reply_from_vk(olga, "Уже в пути!")
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    reply = _messages(sqlite_ctx)[f"{olga}:{mid}"]
    assert reply.direction == "out" and reply.delivery_state == "sent"
    assert reply.body_text == "Уже в пути!" and reply.extra["admin_author_id"] == 777
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_written_phone_feeds_suggestions(sqlite_ctx, vk_server, vk_account, olga, piotr):
    """A number the customer writes becomes her `phone` identity; an order placed with that
    number by a customer known elsewhere is then suggested as the same person."""
    from shopinbox.app.identity.suggestions import list_suggestions
    from tests.identity.shop import add_order, customer_of, email, ingest

    ingest(sqlite_ctx, [email("<m1@example.ru>", "olga@example.ru", "Оплатила заказ", 0,
                              name="Olga S.")])
    shop_customer = customer_of(sqlite_ctx, "email", "olga@example.ru")
    add_order(sqlite_ctx, "5001", shop_customer, phone="+7 916 123 45 67")
    vk_server.message_new(olga, "Мой телефон +7 916 123-45-67, звоните")
    vk_server.message_new(piotr, "Tel. +7 916 123 45 67")  # the same number: a merge hint
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['phones'] == 1
    olga_customer = customer_of(sqlite_ctx, "vk", str(olga))
    assert customer_of(sqlite_ctx, "phone", "+79161234567") == olga_customer
    hinted = next(m for m in _messages(sqlite_ctx).values() if m.body_text.startswith("Tel"))
    assert hinted.extra["merge_hint"] == {"kind": "phone", "value": "+79161234567",
                                          "customer_id": olga_customer}
    (suggestion,) = list_suggestions(sqlite_ctx)
    assert {suggestion.customer_a_id, suggestion.customer_b_id} == {olga_customer,
                                                                   shop_customer}
    assert [r.reason for r in suggestion.reasons] == ["order_phone"]


def test_failed_answers_are_handled_as_documented(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "jeden")
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    # failed 2: a new key, the same ts — nothing is lost.
    vk_server.message_new(olga, "dwa")
    vk_server.expire_key()
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.new_messages == 1 and report.counts['history lost'] == 0
    # failed 1: the events before ts 4 are gone; go on from the ts VK gives, and read the
    # message of the gap back from the history.
    vk_server.message_new(olga, "trzy (event lost)")
    vk_server.message_new(olga, "cztery")
    vk_server.forget_before(4)
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    # (the read-back finds "cztery" too; its event then finds it stored)
    assert report.counts['history lost'] == 1 and report.counts['caught up'] == 2 and report.new_messages == 2
    assert [c["peer_id"] for c in vk_server.calls_of("messages.getHistory")] == [str(olga)]
    # failed 3: new key and ts; what was written meanwhile is read back too.
    vk_server.message_new(olga, "pięć (event lost)")
    vk_server.lose_information()
    vk_server.forget_before(vk_server.ts)
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['history lost'] == 1 and report.counts['caught up'] == 1
    assert load_ts(sqlite_ctx, vk_account.id) == str(vk_server.ts)
    texts = sorted(m.body_text for m in _messages(sqlite_ctx).values())
    assert texts == ["cztery", "dwa", "jeden", "pięć (event lost)", "trzy (event lost)"]


def test_long_poll_receives_and_stops(sqlite_ctx, vk_server, vk_account, olga):
    stop = threading.Event()
    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("report", sync_vk_account(
        sqlite_ctx, vk_account, once=False, stop_event=stop, wait=30)))
    worker.start()
    vk_server.message_new(olga, "arrives during a long poll")
    assert vk_server.wait_for_ts(2, timeout=20)
    stop.set()
    worker.join(10)
    assert not worker.is_alive()  # stopping does not wait for the 30 s poll
    assert result["report"].new_messages == 1
    assert any(c.get("wait") == "30" for c in vk_server.calls_of("a_check"))


def test_chats_and_other_events_are_ignored(sqlite_ctx, vk_server, vk_account, olga):
    vk_server.message_new(olga, "hi")
    vk_server.event("message_new", {"message": {"id": 0, "peer_id": 2000000001, "from_id": olga,
                                                "date": 1, "text": "chat", "attachments": []}})
    vk_server.event("group_join", {"user_id": olga, "join_type": "join"})
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['events'] == 3 and report.counts['ignored'] == 2 and report.new_messages == 1


def test_deny_marks_unreachable_and_allow_clears(sqlite_ctx, vk_server, vk_account, olga):
    from shopinbox.domain.errors import parse_stored

    vk_server.message_new(olga, "hello")
    vk_server.deny(olga)
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    with sqlite_ctx.reader() as session:
        identity = session.scalars(select(Identity)).one()
    assert parse_stored(identity.unreachable_reason)[0] == "recipient_blocked"
    vk_server.deny(olga, denied=False)
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)
    assert report.counts['permission changes'] == 1
    with sqlite_ctx.reader() as session:
        assert session.scalars(select(Identity)).one().unreachable_reason is None


def test_reading_in_shopinbox_marks_read_in_vk(sqlite_ctx, vk_server, vk_account, olga, piotr):
    from shopinbox.app.sync.events import push_read

    first = vk_server.message_new(olga, "raz")
    second = vk_server.message_new(olga, "dwa")
    vk_server.message_new(piotr, "trzy")
    sync_vk_account(sqlite_ctx, vk_account, once=True)
    stored = _messages(sqlite_ctx)
    ids = [stored[f"{olga}:{first}"].id, stored[f"{olga}:{second}"].id]
    with sqlite_ctx.writer() as session, session.begin():
        for message_id in ids:
            session.get(Message, message_id).is_read = True
    assert push_read(sqlite_ctx, ids) == 2
    assert vk_server.read_up_to == {olga: second}  # one call, up to the newest
    assert vk_server.calls_of("messages.markAsRead")[0]["group_id"] == str(vk_server.group_id)


@pytest.mark.postgres
def test_sync_and_reply_on_postgres(backend, ctx, vk_server, monkeypatch):
    if backend != "postgres":
        pytest.skip("sqlite is covered above")
    from shopinbox.app.outbox.sending import queue_reply, send_message
    from shopinbox.channels.vk.account import add_vk_account

    monkeypatch.setattr("shopinbox.channels.vk.send.RETRY_BACKOFF", 0.01)
    add_vk_account(ctx, "pgvk", vk_server.group_id, vk_server.token, api_url=vk_server.url)
    olga = vk_server.user(1001, "Ольга", "Смирнова", "olga_sm")
    for i in range(250):
        vk_server.message_new(olga, f"wiadomość {i}")
    report = sync_vk_account(ctx, "pgvk", once=True)
    assert report.new_messages == 250
    with ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id).limit(1))
    vk_server.drop_send_responses = 1
    reply_id = queue_reply(ctx, customer_id, "Dziękujemy", channel="vk")
    assert send_message(ctx, reply_id) == ("sent", None)
    assert sync_vk_account(ctx, "pgvk", once=True).counts['echoes'] == 1
    with ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 251
    assert len(vk_server.sent) == 1
