"""Everything the server says, against a real Dovecot: a message expunged from INBOX is kept
and marked deleted on the server (and may then be deleted here too); "mark unread" clears
\\Seen on the server; two different messages with one Message-ID (CPython's own test_email
corpus) are both kept while identical content is stored once, also when the sync runs again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from shopinbox.app.inbox.actions import delete_here, set_read
from shopinbox.app.sync.events import push_unread
from shopinbox.channels.email.flags import mark_read
from shopinbox.channels.email.pull import EmailSync
from shopinbox.store.models import Message, ServerLocation
from tests.email.mails import simple
from tests.fixtures.servers import missing_in_ci


def _by_external(ctx) -> dict[str, Message]:
    with ctx.reader() as session:
        return {m.external_id: m for m in session.scalars(select(Message))}


def test_expunged_on_the_server_is_kept_and_marked(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<stay@klient.pl>"))
    dovecot.append(simple(message_id="<gone@klient.pl>", minutes=1))
    EmailSync(sqlite_ctx, email_account).sync_once()
    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["HEADER", "Message-ID", "<gone@klient.pl>"]))
        client.expunge()
    changed: list[set[int]] = []
    report = EmailSync(sqlite_ctx, email_account, on_change=changed.append).sync_once()
    assert report.parts["INBOX"]["deleted on the server"] == 1
    rows = _by_external(sqlite_ctx)
    assert rows["<gone@klient.pl>"].server_deleted_at is not None  # kept, marked
    assert rows["<stay@klient.pl>"].server_deleted_at is None
    assert rows["<gone@klient.pl>"].customer_id in set().union(*changed)
    with sqlite_ctx.reader() as session:
        assert session.get(ServerLocation, rows["<gone@klient.pl>"].id) is None
        assert session.get(ServerLocation, rows["<stay@klient.pl>"].id) is not None
    again = EmailSync(sqlite_ctx, email_account).sync_once()  # nothing new to say
    assert again.parts["INBOX"]["deleted on the server"] == 0

    assert delete_here(sqlite_ctx, rows["<stay@klient.pl>"].id) == set()  # still on the server
    assert delete_here(sqlite_ctx, rows["<gone@klient.pl>"].id) == {
        rows["<gone@klient.pl>"].customer_id}
    assert set(_by_external(sqlite_ctx)) == {"<stay@klient.pl>"}


def test_mark_unread_clears_seen_on_the_server(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<seen1@klient.pl>"), seen=True)
    EmailSync(sqlite_ctx, email_account).sync_once()
    message = _by_external(sqlite_ctx)["<seen1@klient.pl>"]
    assert message.is_read
    assert set_read(sqlite_ctx, message.customer_id, False) == {message.customer_id}
    assert push_unread(sqlite_ctx, message.customer_id) == 1
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search(["ALL"])
        assert b"\\Seen" not in client.get_flags([uid])[uid]
    assert mark_read(sqlite_ctx, [message.id], True) == 1  # and back
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        assert b"\\Seen" in client.get_flags([uid])[uid]
    with sqlite_ctx.reader() as session:  # nothing left waiting to be pushed
        assert session.scalar(select(func.count()).select_from(ServerLocation).where(
            ServerLocation.pending_read.is_not(None))) == 0


def _cpython_corpus() -> list[bytes]:
    try:
        import test.test_email as corpus
    except ImportError:
        missing_in_ci("CPython's test_email data is not installed (libpython3.11-testsuite / "
                      "a full stdlib)")
    folder = Path(corpus.__file__).parent / "data"
    files = sorted(folder.glob("msg_*.txt"))
    shared = [f.read_bytes() for f in files
              if b"<15090.61304.110929.45684@aaa.zzz.org>" in f.read_bytes()]
    if len(shared) < 5:
        missing_in_ci("CPython's test_email data lacks the five files with one Message-ID")
    return shared


def test_different_messages_with_one_message_id_are_all_kept(sqlite_ctx, dovecot,
                                                             email_account):
    shared = _cpython_corpus()
    assert len({raw for raw in shared}) == len(shared)  # five different files
    for raw in shared:
        dovecot.append(raw)
    dovecot.append(shared[0])  # the very same mail twice: stored once
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.new_messages == len(shared)
    rows = _by_external(sqlite_ctx)
    assert len(rows) == len(shared)
    assert sum(key == "<15090.61304.110929.45684@aaa.zzz.org>" for key in rows) == 1
    # Run again as after a kill -9 before the cursor moved: the same keys, nothing doubled.
    with sqlite_ctx.writer() as session, session.begin():
        from shopinbox.store.cursors import save_cursor

        save_cursor(session, email_account, "INBOX", {"last_uid": 0}, merge=True)
    EmailSync(sqlite_ctx, email_account).sync_once()
    assert set(_by_external(sqlite_ctx)) == set(rows)


def test_qresync_names_what_vanished(sqlite_ctx, dovecot):
    """Dovecot offers QRESYNC: the expunged UIDs come from VANISHED, not a full UID list."""
    from shopinbox.channels.email import imap_client as imap

    for number in range(6):
        dovecot.append(simple(message_id=f"<v{number}@klient.pl>", minutes=number))
    with dovecot.client() as client:
        assert imap.enable_extensions(client) and client._shopinbox_qresync
        before = imap.select(client, "INBOX")
        client.delete_messages([2, 3, 5])
        client.expunge()
        imap.select(client, "INBOX")
        assert imap.vanished_since(client, before.highest_modseq) == [(2, 3), (5, 5)]


def _move(dovecot, message_id: str, target: str, source: str = "INBOX") -> None:
    with dovecot.client() as client:
        if not client.folder_exists(target):
            client.create_folder(target)
        client.select_folder(source)
        client.move(client.search(["HEADER", "Message-ID", message_id]), target)


def test_moved_to_another_folder_says_where_and_stays(sqlite_ctx, dovecot, email_account):
    from shopinbox.app.inbox.read_model import customer_view

    dovecot.append(simple(message_id="<stay2@klient.pl>"))
    dovecot.append(simple(message_id="<moved@klient.pl>", minutes=1))
    EmailSync(sqlite_ctx, email_account).sync_once()
    _move(dovecot, "<moved@klient.pl>", "Zamówienia")  # non-ASCII: modified UTF-7 on the wire
    changed: list[set[int]] = []
    report = EmailSync(sqlite_ctx, email_account, on_change=changed.append).sync_once()
    assert report.parts["INBOX"]["deleted on the server"] == 0
    moved = _by_external(sqlite_ctx)["<moved@klient.pl>"]
    assert moved.server_deleted_at is None
    assert moved.customer_id in set().union(*changed)  # its row shows the news
    with sqlite_ctx.reader() as session:
        place = session.get(ServerLocation, moved.id)
        assert place is not None and place.folder == "Zamówienia"
    shown = {m.id: m for m in customer_view(sqlite_ctx, moved.customer_id).messages}
    assert shown[moved.id].moved_to == "Zamówienia"
    assert shown[_by_external(sqlite_ctx)["<stay2@klient.pl>"].id].moved_to is None
    # Its location is real: reading it here sets \Seen where it is now.
    assert mark_read(sqlite_ctx, [moved.id], True) == 1
    with dovecot.client() as client:
        client.select_folder("Zamówienia", readonly=True)
        [uid] = client.search(["HEADER", "Message-ID", "<moved@klient.pl>"])
        assert b"\\Seen" in client.get_flags([uid])[uid]
    # Moved back to INBOX: it is where it came from again, nothing doubled.
    _move(dovecot, "<moved@klient.pl>", "INBOX", source="Zamówienia")
    EmailSync(sqlite_ctx, email_account).sync_once()
    rows = _by_external(sqlite_ctx)
    assert set(rows) == {"<stay2@klient.pl>", "<moved@klient.pl>"}
    with sqlite_ctx.reader() as session:
        assert session.get(ServerLocation, moved.id).folder == "INBOX"
    assert {m.id: m for m in customer_view(sqlite_ctx, moved.customer_id).messages}[
        moved.id].moved_to is None
