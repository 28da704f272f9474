"""Initial and incremental sync, flags both ways, automated mail, UIDVALIDITY change — against
a real Dovecot."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from shopinbox.channels.email.flags import mark_read
from shopinbox.channels.email.pull import EmailSync
from shopinbox.store.cursors import load_cursor
from shopinbox.store.models import (
    Conversation,
    Customer,
    Identity,
    Message,
    ServerLocation,
    SyncState,
)
from tests.email.mails import simple


def _messages(ctx):
    with ctx.reader() as session:
        return session.scalars(select(Message).order_by(Message.id)).all()


def test_initial_then_incremental_sync(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<a1@klient.pl>"))
    dovecot.append(simple(sender="Ирина <irina@mail.ru>", subject="Вопрос о заказе",
                          body="Здравствуйте! Когда будет доставка?", message_id="<b1@mail.ru>"),
                   seen=True)
    dovecot.append(simple(sender="shop@example.com", to="Jan Kowalski <jan@klient.pl>",
                          subject="Re: Zamówienie 123", message_id="<s1@example.com>",
                          in_reply_to="<a1@klient.pl>"), folder="Sent")
    changed: list[set[int]] = []
    report = EmailSync(sqlite_ctx, email_account, on_change=changed.append).sync_once()
    assert [(name, part["new"]) for name, part in report.parts.items()] == [("INBOX", 2), ("Sent", 1)]
    rows = _messages(sqlite_ctx)
    by_id = {m.external_id: m for m in rows}
    assert by_id["<a1@klient.pl>"].is_read is False
    assert by_id["<b1@mail.ru>"].is_read is True
    assert by_id["<b1@mail.ru>"].subject == "Вопрос о заказе"
    sent = by_id["<s1@example.com>"]
    assert sent.direction == "out" and sent.customer_id == by_id["<a1@klient.pl>"].customer_id
    assert sent.thread_key == "<a1@klient.pl>"
    assert changed and by_id["<a1@klient.pl>"].customer_id in set().union(*changed)
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2
        states = {s.folder: load_cursor(session, email_account, s.folder)
                  for s in session.scalars(select(SyncState))}
    assert states["INBOX"]["last_uid"] == 2 and states["INBOX"]["highest_modseq"] is not None

    # Incremental: only the new message is fetched; re-running changes nothing.
    dovecot.append(simple(message_id="<a2@klient.pl>", subject="Jeszcze jedno", minutes=5))
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.parts["INBOX"]["new"] == 1 and report.parts["Sent"]["new"] == 0
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.new_messages == 0
    assert len(_messages(sqlite_ctx)) == 4
    with sqlite_ctx.reader() as session:
        jan = session.scalar(select(Identity).where(Identity.value == "jan@klient.pl"))
        conversation = session.get(Conversation, jan.customer_id)
    assert conversation.message_count == 3 and conversation.unread_count == 2


def test_seen_flag_both_ways(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<f1@klient.pl>"))
    dovecot.append(simple(message_id="<f2@klient.pl>"))
    EmailSync(sqlite_ctx, email_account).sync_once()
    # Server → shopinbox: read in another client (CONDSTORE picks it up).
    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.add_flags([1], [b"\\Seen"])
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.parts["INBOX"]["flag changes"] == 1
    flags = {m.external_id: m.is_read for m in _messages(sqlite_ctx)}
    assert flags == {"<f1@klient.pl>": True, "<f2@klient.pl>": False}
    # shopinbox → server.
    second = next(m.id for m in _messages(sqlite_ctx) if m.external_id == "<f2@klient.pl>")
    assert mark_read(sqlite_ctx, [second]) == 1
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        assert b"\\Seen" in client.get_flags([2])[2]
    # ... and mark unread again, then a sync does not flip it back.
    assert mark_read(sqlite_ctx, [second], read=False) == 1
    EmailSync(sqlite_ctx, email_account).sync_once()
    assert {m.external_id: m.is_read for m in _messages(sqlite_ctx)}["<f2@klient.pl>"] is False


def test_automated_mail_is_kept_without_customer(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(sender="Allegro <no-reply@allegro.pl>", message_id="<n1@allegro.pl>"))
    dovecot.append(simple(sender="news@shopnews.pl", message_id="<n2@x>",
                          headers={"List-Id": "<news.shopnews.pl>"}))
    dovecot.append(simple(sender="robot@x.pl", message_id="<n3@x>",
                          headers={"Auto-Submitted": "auto-replied"}))
    dovecot.append(simple(sender="bulk@x.pl", message_id="<n4@x>",
                          headers={"Precedence": "bulk"}))
    EmailSync(sqlite_ctx, email_account).sync_once()
    rows = _messages(sqlite_ctx)
    assert len(rows) == 4
    assert all(m.is_automated and m.customer_id is None for m in rows)
    assert rows[1].extra["automated_reason"] == "mailing list"


def test_uidvalidity_change_resyncs_without_duplicates(sqlite_ctx, dovecot, email_account):
    created = int(time.time())
    for number in range(3):
        dovecot.append(simple(message_id=f"<u{number}@klient.pl>", minutes=number))
    dovecot.append(simple(sender="shop@example.com", to="jan@klient.pl",
                          message_id="<sent1@example.com>"), folder="Sent")
    EmailSync(sqlite_ctx, email_account).sync_once()
    with sqlite_ctx.reader() as session:
        old = {s.folder: load_cursor(session, email_account, s.folder)["uidvalidity"]
               for s in session.scalars(select(SyncState))}
    # Dovecot takes a new UIDVALIDITY from the clock's seconds: let the second turn over first,
    # or the "new" value can equal the old one.
    while int(time.time()) <= created:
        time.sleep(0.02)
    # INBOX: Dovecot forgets its UID list (stopped, index + uidlist removed) → new UIDVALIDITY.
    dovecot.stop()
    for path in dovecot.maildir.glob("dovecot*"):
        path.unlink()
    dovecot.start()
    # Sent: deleted and recreated, the copy appended again.
    with dovecot.client() as client:
        client.delete_folder("Sent")
        client.create_folder("Sent")
    dovecot.append(simple(sender="shop@example.com", to="jan@klient.pl",
                          message_id="<sent1@example.com>"), folder="Sent")
    dovecot.append(simple(message_id="<u9@klient.pl>", minutes=9))
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert all(part["uidvalidity reset"] for part in report.parts.values())
    assert [part["new"] for part in report.parts.values()] == [1, 0]
    rows = _messages(sqlite_ctx)
    assert len(rows) == 5 and len({m.external_id for m in rows}) == 5
    with sqlite_ctx.reader() as session:
        new = {s.folder: load_cursor(session, email_account, s.folder)["uidvalidity"]
               for s in session.scalars(select(SyncState))}
    assert new["INBOX"] != old["INBOX"] and new["Sent"] != old["Sent"]
    # Stored UIDs now point at the new UIDVALIDITY, so marking read still reaches the server.
    with sqlite_ctx.reader() as session:  # indexed columns, not JSON
        places = {p.message_id: p for p in session.scalars(select(ServerLocation))}
    assert {int(places[m.id].validity) for m in rows if m.folder == "INBOX"} == {new["INBOX"]}
    first = next(m for m in rows if m.external_id == "<u0@klient.pl>")
    assert mark_read(sqlite_ctx, [first.id]) == 1
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        uid = int(places[first.id].uid)
        assert b"\\Seen" in client.get_flags([uid])[uid]
