"""The VK account in the running sync engine: push mode (long poll) stores a message as it
arrives, and a queued reply goes out at once, once."""

from __future__ import annotations

import threading

from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.sync.engine import SyncEngine
from shopinbox.store.models import Message


def test_push_mode_and_outbox(sqlite_ctx, vk_server, vk_account, olga):
    changed = threading.Event()
    engine = SyncEngine(sqlite_ctx, on_change=lambda ids: changed.set(), interval=60,
                        poll_timeout=20)
    engine.start()
    try:
        assert vk_server.wait_for_ts(1, timeout=20)  # the first round is done: listening
        vk_server.message_new(olga, "Пишу во время long poll")
        assert changed.wait(20), "the message did not arrive in push mode"
        assert any(c.get("wait") == "20" for c in vk_server.calls_of("a_check"))
        with sqlite_ctx.reader() as session:
            message = session.scalars(select(Message)).one()
        assert message.body_text == "Пишу во время long poll"
        reply_id = queue_reply(sqlite_ctx, message.customer_id, "Ответ сразу", channel="vk")
        assert vk_server.wait_for_sent(1, timeout=20)
    finally:
        assert engine.stop()
    with sqlite_ctx.reader() as session:
        assert session.get(Message, reply_id).delivery_state == "sent"
    assert [m["text"] for m in vk_server.sent] == ["Ответ сразу"]
