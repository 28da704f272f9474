"""The senders keep one SMTP connection and one bot client per account open between messages
(a campaign's speed): one login / one getMe for a run of replies; a connection the server
dropped while idle is reopened once, before anything was handed over, so the mail arrives
once; any other failure closes the connection and is not repeated; idle ones are closed."""

from __future__ import annotations

import select
import time
from email.message import EmailMessage

import pytest

from shopinbox.app.outbox.sending import queue_reply, send_message
from shopinbox.channels.email import smtp_client
from shopinbox.channels.email.imap_client import MailConnectionError, ServerSettings
from shopinbox.channels.telegram import bot_sessions
from shopinbox.channels.telegram.bot_sessions import SESSIONS
from shopinbox.domain.errors import parse_stored
from tests.fixtures.smtp_server import start_smtp
from tests.telegram.conftest import bot_account  # noqa: F401
from tests.telegram.test_send import _customer


@pytest.fixture(autouse=True)
def _nothing_kept():
    smtp_client.close_idle()
    SESSIONS.close_all()
    yield
    smtp_client.close_idle()
    SESSIONS.close_all()


def _mail(number: int) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "shop@example.com", "k@example.pl", f"nr {number}"
    mail.set_content(f"Wiadomość {number}")
    return mail.as_bytes()


def _until(condition, timeout: float = 10.0) -> bool:
    ends = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > ends:
            return False
        time.sleep(0.02)
    return True


def test_replies_in_a_row_log_in_once(sqlite_ctx, mail_shop, smtp_server):
    replies = [queue_reply(sqlite_ctx, mail_shop.customer_id, f"Odpowiedź {n}", channel="email")
               for n in range(3)]
    assert [send_message(sqlite_ctx, r) for r in replies] == [("sent", None)] * 3
    assert len(smtp_server.messages) == 3
    assert smtp_server.logins == [smtp_server.user]  # one login for the three mails
    assert smtp_client.CONNECTIONS.kept() == 1


def test_a_connection_the_server_dropped_is_reopened_once_and_the_mail_goes_once():
    server = start_smtp("shop", "pw", session_timeout=0.5)
    try:
        settings = ServerSettings("127.0.0.1", server.port, "none", "shop", "pw", timeout=10)
        smtp_client.send(settings, _mail(1), "shop@example.com", ["k@example.pl"])
        [(kept, _since)] = smtp_client.CONNECTIONS._idle[settings]
        # the server ends the idle session: the kept socket sees the end of the stream
        assert select.select([kept.sock], [], [], 10.0)[0]
        smtp_client.send(settings, _mail(2), "shop@example.com", ["k@example.pl"])
        assert [m.data.count(b"Wiadomo") for m in server.messages] == [1, 1]
        assert [b"nr 1" in server.messages[0].data, b"nr 2" in server.messages[1].data] == \
            [True, True]
        assert server.logins == ["shop", "shop"]  # the new connection logged in again
    finally:
        server.stop()


def test_a_failure_at_the_hand_over_closes_the_connection_and_is_not_repeated():
    server = start_smtp("shop", "pw")
    answers = iter(["451 4.3.0 try again later"])
    handle = server.handle_DATA
    tries: list[bytes] = []

    async def refusing(smtp, session, envelope):
        tries.append(envelope.content)
        answer = next(answers, None)
        return answer if answer is not None else await handle(smtp, session, envelope)

    server.handle_DATA = refusing  # type: ignore[method-assign]
    try:
        settings = ServerSettings("127.0.0.1", server.port, "none", "shop", "pw", timeout=10)
        with pytest.raises(MailConnectionError):
            smtp_client.send(settings, _mail(1), "shop@example.com", ["k@example.pl"])
        assert len(tries) == 1 and server.messages == []  # not handed over a second time
        assert smtp_client.CONNECTIONS.kept() == 0  # closed after the failure
        smtp_client.send(settings, _mail(2), "shop@example.com", ["k@example.pl"])
        assert len(server.messages) == 1 and server.logins == ["shop", "shop"]
    finally:
        server.stop()


def test_idle_connections_are_closed(monkeypatch):
    monkeypatch.setattr(smtp_client.CONNECTIONS, "IDLE_CLOSE", 0.2)
    server = start_smtp("shop", "pw")
    try:
        settings = ServerSettings("127.0.0.1", server.port, "none", "shop", "pw", timeout=10)
        smtp_client.send(settings, _mail(1), "shop@example.com", ["k@example.pl"])
        assert smtp_client.CONNECTIONS.kept() == 1
        assert _until(lambda: smtp_client.CONNECTIONS.kept() == 0)
    finally:
        server.stop()


def test_telegram_replies_share_one_bot_client(sqlite_ctx, bot_server, anna, monkeypatch,
                                               bot_account):  # noqa: F811
    customer = _customer(sqlite_ctx, bot_server, bot_account, anna)
    before = len(bot_server.calls_of("getMe"))
    replies = [queue_reply(sqlite_ctx, customer, f"Odpowiedź {n}", channel="telegram")
               for n in range(3)]
    assert [send_message(sqlite_ctx, r) for r in replies] == [("sent", None)] * 3
    assert len(bot_server.calls_of("getMe")) - before == 1  # one getMe for the three
    assert SESSIONS.kept() == 1

    bot_server.fail("sendMessage", 400, "Bad Request: chat not found")
    refused = queue_reply(sqlite_ctx, customer, "odrzucona", channel="telegram")
    state, error = send_message(sqlite_ctx, refused)
    assert state == "failed" and parse_stored(error)[0] == "message_rejected"
    assert SESSIONS.kept() == 1  # the server's answer about one message: the client stays

    bot_server.fail("sendMessage", 401, "Unauthorized")
    revoked = queue_reply(sqlite_ctx, customer, "token", channel="telegram")
    assert send_message(sqlite_ctx, revoked)[0] == "failed"
    assert SESSIONS.kept() == 0  # a token error closes the client
    again = queue_reply(sqlite_ctx, customer, "znowu", channel="telegram")
    assert send_message(sqlite_ctx, again) == ("sent", None)
    assert len(bot_server.calls_of("getMe")) - before == 2  # a new client, a new getMe
    assert [m["text"] for m in bot_server.sent] == [
        "Odpowiedź 0", "Odpowiedź 1", "Odpowiedź 2", "znowu"]

    monkeypatch.setattr(bot_sessions, "IDLE_CLOSE", 0.2)
    SESSIONS.close_all()
    last = queue_reply(sqlite_ctx, customer, "ostatnia", channel="telegram")
    assert send_message(sqlite_ctx, last) == ("sent", None)
    assert SESSIONS.kept() == 1
    assert _until(lambda: SESSIONS.kept() == 0)  # closed when idle
