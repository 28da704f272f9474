"""A Telegram reply split into parts, its `shopinbox sync --once` killed -9 between parts:
it resumes without repeating a part; a part whose answer never got recorded makes the reply
"may have been sent" instead of a blind resend."""

from __future__ import annotations

from shopinbox.app.outbox.sending import queue_reply, retry, send_message
from shopinbox.channels.telegram.convert.text_format import html_parts
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Message
from tests.sending.conftest import killed, shopinbox
from tests.telegram.test_send import _customer

LONG = " ".join(f"słowo{i}" for i in range(1100))  # ~10,900 characters: three parts


def _row(ctx, message_id: int) -> Message:
    with ctx.reader() as session:
        return session.get(Message, message_id)


def _texts(bot_server) -> list[str]:
    return [m["text"] for m in bot_server.sent]


def test_killed_between_parts_resumes_with_the_missing_part_only(
        sqlite_ctx, profile_dir, bot_server, bot_account_env, anna):  # noqa: ARG001
    assert len(html_parts(LONG)) == 3
    customer = _customer(sqlite_ctx, bot_server, "bot", anna)
    reply = queue_reply(sqlite_ctx, customer, LONG, channel="telegram")
    first = shopinbox(profile_dir, "sync", "--once", crash="part_done:2")
    assert killed(first), first.stderr
    assert len(bot_server.sent) == 2

    again = shopinbox(profile_dir, "sync", "--once")
    assert again.returncode == 0, again.stderr
    row = _row(sqlite_ctx, reply)
    assert row.delivery_state == "sent" and row.delivery_error is None
    assert len(bot_server.sent) == 3  # parts 1 and 2 once, then part 3
    assert " ".join(_texts(bot_server)).split() == LONG.split()
    assert row.extra["telegram_message_ids"] == [m["message_id"] for m in bot_server.sent]


def test_part_in_flight_at_the_kill_is_may_have_been_sent(
        sqlite_ctx, profile_dir, bot_server, bot_account_env, anna):  # noqa: ARG001
    customer = _customer(sqlite_ctx, bot_server, "bot", anna)
    reply = queue_reply(sqlite_ctx, customer, LONG, channel="telegram")
    assert killed(shopinbox(profile_dir, "sync", "--once", crash="part:2"))
    assert len(bot_server.sent) == 2  # the server took part 2; nobody wrote that down

    again = shopinbox(profile_dir, "sync", "--once")
    assert again.returncode == 0, again.stderr
    row = _row(sqlite_ctx, reply)
    assert row.delivery_state == "failed"
    assert parse_stored(row.delivery_error)[0] == "may_have_been_sent"
    assert len(bot_server.sent) == 2  # nothing was sent blindly

    retry(sqlite_ctx, reply)  # the user looked at the chat and sends the rest
    assert send_message(sqlite_ctx, reply) == ("sent", None)
    texts = _texts(bot_server)
    assert len(texts) == 4 and texts[0] not in texts[1:]  # part 1 was never repeated
    assert " ".join([texts[0], *texts[2:]]).split() == LONG.split()  # then parts 2 and 3
