"""Replies through the outbox to the local VK stand-in: once, even when a response is lost."""

from __future__ import annotations

import gc

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import queue_reply, recover_interrupted, retry, send_message
from shopinbox.channels.vk.pull import sync_vk_account
from shopinbox.channels.vk.send import random_id
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Identity, Message


def _customer(ctx, server, account, user_id, text="Здравствуйте"):
    server.message_new(user_id, text)
    sync_vk_account(ctx, account, once=True)
    with ctx.reader() as session:
        return session.scalars(select(Identity.customer_id).where(
            Identity.kind == "vk", Identity.value == str(user_id))).one()


def _outbound(ctx):
    with ctx.reader() as session:
        return list(session.scalars(select(Message).where(Message.direction == "out")))


def test_reply_is_sent_once_and_its_echo_is_not_stored_again(sqlite_ctx, vk_server, vk_account,
                                                             olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    message_id = queue_reply(sqlite_ctx, customer, "Да, размер M есть.", channel="vk")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    (posted,) = vk_server.sent
    assert posted["text"] == "Да, размер M есть." and posted["peer_id"] == olga
    with sqlite_ctx.reader() as session:
        message = session.get(Message, message_id)
    assert message.external_id == f"{olga}:{posted['id']}"
    assert posted["random_id"] == message.extra["vk_random_ids"]["text0"] != 0
    report = sync_vk_account(sqlite_ctx, vk_account, once=True)  # the message_reply echo
    assert report.counts['events'] == 1 and report.new_messages == 0
    assert len(_outbound(sqlite_ctx)) == 1


def test_echo_arriving_before_the_send_is_recorded_is_not_a_second_message(
        sqlite_ctx, vk_server, vk_account, olga):
    """The sync may see the message_reply while the sender still waits for its answer."""
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    message_id = queue_reply(sqlite_ctx, customer, "Jedzie!", channel="vk")
    original = vk_server._m_messages_send

    async def send_then_sync(request, params, method):
        answer = await original(request, params, method)
        import asyncio

        synced = await asyncio.get_running_loop().run_in_executor(
            None, sync_vk_account, sqlite_ctx, vk_account)
        assert synced.counts['echoes'] == 1 and synced.new_messages == 0
        return answer

    vk_server._m_messages_send = send_then_sync
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(vk_server.sent) == 1 and len(_outbound(sqlite_ctx)) == 1


def test_lost_response_is_repeated_and_posts_once(sqlite_ctx, vk_server, vk_account, olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    vk_server.drop_send_responses = 1
    message_id = queue_reply(sqlite_ctx, customer, "Tylko raz", channel="vk")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    sends = vk_server.calls_of("messages.send")
    assert len(sends) == 2 and sends[0]["random_id"] == sends[1]["random_id"]
    assert [m["text"] for m in vk_server.sent] == ["Tylko raz"]
    with sqlite_ctx.reader() as session:
        assert session.get(Message, message_id).external_id == \
            f"{olga}:{vk_server.sent[0]['id']}"


def test_retry_after_a_crash_mid_send_cannot_post_twice(sqlite_ctx, vk_server, vk_account, olga):
    """Killed after VK posted and before the outcome was recorded: at start-up the message is
    marked interrupted; the user's retry sends the same random_id, and VK posts nothing new."""
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    message_id = queue_reply(sqlite_ctx, customer, "Przepraszamy za zwłokę", channel="vk")
    import shopinbox.app.outbox.sending as sending

    real_finish = sending._finish
    sending._finish = lambda *a, **k: None  # the process "dies" before recording
    dying = AppContext.open(str(sqlite_ctx.paths.root))  # the one that sends, then is gone
    try:
        send_message(dying, message_id)
    finally:
        sending._finish = real_finish
        dying.close()
    del dying
    gc.collect()  # its claim dies with it (a live context's claim is left alone)
    with sqlite_ctx.reader() as session:
        assert session.get(Message, message_id).delivery_state == "sending"
    assert recover_interrupted(sqlite_ctx) == 1
    retry(sqlite_ctx, message_id)
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(vk_server.sent) == 1


def test_long_reply_is_split_with_a_random_id_per_part(sqlite_ctx, vk_server, vk_account, olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    text = " ".join(["słowo"] * 1500)  # ~9000 characters
    message_id = queue_reply(sqlite_ctx, customer, text, channel="vk")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(vk_server.sent) == 3 and all(len(m["text"]) <= 4096 for m in vk_server.sent)
    assert " ".join(m["text"] for m in vk_server.sent).split() == text.split()
    assert len({m["random_id"] for m in vk_server.sent}) == 3


def test_photo_and_document_are_uploaded(sqlite_ctx, vk_server, vk_account, olga, tmp_path):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    photo = tmp_path / "bluzka.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"p" * 100)
    pdf = tmp_path / "faktura.pdf"
    pdf.write_bytes(b"%PDF-1.4 invoice")
    message_id = queue_reply(sqlite_ctx, customer, "Proszę:", channel="vk",
                             attachments=[photo, pdf])
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    text, files = vk_server.sent
    assert text["text"] == "Proszę:"
    names = files["attachment"].split(",")
    assert names[0].startswith(f"photo-{vk_server.group_id}_") and names[0].endswith("_k1")
    assert names[1].startswith(f"doc-{vk_server.group_id}_")
    uploaded = {u["filename"]: u["content"] for u in vk_server.uploads.values()}
    assert uploaded == {"bluzka.png": photo.read_bytes(), "faktura.pdf": pdf.read_bytes()}


def test_error_901_marks_unreachable_and_fails_for_good(sqlite_ctx, vk_server, vk_account, olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    vk_server.blocked.add(olga)
    message_id = queue_reply(sqlite_ctx, customer, "promocja", channel="vk")
    state, error = send_message(sqlite_ctx, message_id)
    assert state == "failed" and parse_stored(error) == ("recipient_blocked", {})
    assert "without permission" not in error  # VK's words: the log only
    with sqlite_ctx.reader() as session:
        identity = session.scalars(select(Identity).where(Identity.kind == "vk")).one()
    assert parse_stored(identity.unreachable_reason)[0] == "recipient_blocked"
    assert vk_server.sent == []


def test_too_many_requests_per_second_waits_and_sends_once(sqlite_ctx, vk_server, vk_account,
                                                           olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    vk_server.fail("messages.send", 6, times=2)
    message_id = queue_reply(sqlite_ctx, customer, "ok", channel="vk")
    assert send_message(sqlite_ctx, message_id) == ("sent", None)
    assert len(vk_server.sent) == 1 and len(vk_server.calls_of("messages.send")) == 3


def test_random_id_is_stable_and_in_range():
    value = random_id("outbox:1234", "text0")
    assert value == random_id("outbox:1234", "text0") != random_id("outbox:1234", "text1")
    assert 0 < value < 2 ** 31


def test_a_refused_reply_fails_with_message_rejected(sqlite_ctx, vk_server, vk_account, olga):
    customer = _customer(sqlite_ctx, vk_server, vk_account, olga)
    vk_server.fail("messages.send", 100)
    message_id = queue_reply(sqlite_ctx, customer, "?", channel="vk")
    state, error = send_message(sqlite_ctx, message_id)
    assert state == "failed" and parse_stored(error) == ("message_rejected", {})
    assert vk_server.sent == []
