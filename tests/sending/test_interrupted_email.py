"""kill -9 between "the SMTP server accepted the reply" and "the outbox recorded it": one
timeline row, never a second delivery, and an honest "may have been sent" where nothing proves
it. Real Dovecot (the Sent folder) and aiosmtpd (what was delivered), a real `shopinbox sync
--once` process killed at that moment."""

from __future__ import annotations

import email
from email import policy

from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply, retry, send_message
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Message, ServerLocation
from tests.sending.conftest import killed, outbound_rows, shopinbox


def _message_ids(smtp_server) -> list[str]:
    return [email.message_from_bytes(m.data, policy=policy.default)["Message-ID"]
            for m in smtp_server.messages]


def _sent_copies(dovecot, message_id: str) -> int:
    with dovecot.client() as client:
        client.select_folder("Sent", readonly=True)
        return len(client.search(["HEADER", "Message-ID", message_id]))


def _row(ctx, message_id: int) -> Message:
    with ctx.reader() as session:
        return session.get(Message, message_id)


def test_killed_after_the_copy_in_sent_gives_one_row_and_one_delivery(
        sqlite_ctx, mail_shop, dovecot, smtp_server):
    reply = queue_reply(sqlite_ctx, mail_shop.customer_id, "Paczka wyszła dziś.",
                        channel="email")
    first = shopinbox(mail_shop.profile, "sync", "--once", crash="sent_copy")
    assert killed(first), first.stderr
    delivered = _message_ids(smtp_server)
    assert len(delivered) == 1 and _sent_copies(dovecot, delivered[0]) == 1
    # The Message-ID was fixed when the reply was claimed, before anything went out.
    assert _row(sqlite_ctx, reply).external_id == delivered[0]

    again = shopinbox(mail_shop.profile, "sync", "--once")
    assert again.returncode == 0, again.stderr
    assert "IntegrityError" not in again.stderr + again.stdout
    rows = outbound_rows(sqlite_ctx)
    assert [r.id for r in rows] == [reply]  # the Sent copy is that row, not a second one
    assert rows[0].delivery_state == "sent" and rows[0].delivery_error is None
    assert rows[0].external_id == delivered[0]
    with sqlite_ctx.reader() as session:  # found in Sent: the row knows where its copy is
        location = session.get(ServerLocation, reply)
    assert location is not None and location.folder == "Sent"
    assert _message_ids(smtp_server) == delivered  # not handed over a second time
    retry(sqlite_ctx, reply)  # nothing to retry: it is sent
    assert _row(sqlite_ctx, reply).delivery_state == "sent"
    assert len(smtp_server.messages) == 1

    third = shopinbox(mail_shop.profile, "sync", "--once")
    assert third.returncode == 0, third.stderr
    assert len(outbound_rows(sqlite_ctx)) == 1 and len(smtp_server.messages) == 1


def test_killed_right_after_smtp_is_may_have_been_sent_and_retry_checks_sent(
        sqlite_ctx, mail_shop, dovecot, smtp_server):
    reply = queue_reply(sqlite_ctx, mail_shop.customer_id, "Zwrot przyjęty.", channel="email")
    first = shopinbox(mail_shop.profile, "sync", "--once", crash="smtp")
    assert killed(first), first.stderr
    assert len(smtp_server.messages) == 1

    again = shopinbox(mail_shop.profile, "sync", "--once")
    assert again.returncode == 0, again.stderr
    assert "may have been sent" in again.stderr
    row = _row(sqlite_ctx, reply)
    assert row.delivery_state == "failed"
    assert parse_stored(row.delivery_error)[0] == "may_have_been_sent"
    assert len(smtp_server.messages) == 1  # not re-sent blindly

    # The copy turns up in Sent (e.g. the provider filed it): Retry finds it there and
    # records the reply as sent instead of handing it over again.
    dovecot.append(smtp_server.messages[0].data, folder="Sent", seen=True)
    retry(sqlite_ctx, reply)
    assert send_message(sqlite_ctx, reply) == ("sent", None)
    assert len(smtp_server.messages) == 1
    assert len(outbound_rows(sqlite_ctx)) == 1


def test_retry_of_an_unprovable_reply_sends_it_once_more_only_when_asked(
        sqlite_ctx, mail_shop, dovecot, smtp_server):
    reply = queue_reply(sqlite_ctx, mail_shop.customer_id, "Faktura w załączniku.",
                        channel="email")
    assert killed(shopinbox(mail_shop.profile, "sync", "--once", crash="smtp"))
    assert shopinbox(mail_shop.profile, "sync", "--once").returncode == 0
    assert parse_stored(_row(sqlite_ctx, reply).delivery_error)[0] == "may_have_been_sent"
    for _ in range(2):  # further rounds leave it alone
        assert shopinbox(mail_shop.profile, "sync", "--once").returncode == 0
    assert len(smtp_server.messages) == 1
    retry(sqlite_ctx, reply)  # the user checked and chose to send it again
    assert send_message(sqlite_ctx, reply) == ("sent", None)
    assert len(smtp_server.messages) == 2
    assert _message_ids(smtp_server)[0] == _message_ids(smtp_server)[1]  # the same mail
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(Message.delivery_state).where(Message.id == reply)) == "sent"
