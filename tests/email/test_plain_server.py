"""A server without IDLE, CONDSTORE and QRESYNC (a second Dovecot that announces only
IMAP4rev1 and a few basics): push mode falls back to NOOP polling on its one connection, flags
come from a full `SEARCH SEEN`, and an expunge is found by comparing UIDs."""

from __future__ import annotations

import threading

from sqlalchemy import select

from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.pull import EmailSync
from shopinbox.store.models import Message, ServerLocation
from tests.email.conftest import account_settings
from tests.email.mails import simple
from tests.fixtures.smtp_server import start_smtp


def _account(ctx, server) -> int:
    smtp = start_smtp(server.user, server.password)  # the account check logs in to both
    try:
        account_id, _notes = add_email_account(ctx, "plain", server.user,
                                               account_settings(server, smtp),
                                               password=server.password)
    finally:
        smtp.stop()
    return account_id


def _logins(server) -> int:
    return (server.root / "dovecot.log").read_text(errors="replace").count("Login: user=")


def _messages(ctx) -> dict[str, Message]:
    with ctx.reader() as session:
        return {m.external_id: m for m in session.scalars(select(Message))}


def test_the_server_offers_none_of_the_extensions(plain_dovecot):
    with plain_dovecot.client() as client:
        assert not client.has_capability("IDLE")
        assert not imap.enable_extensions(client)
        assert imap.select(client, "INBOX").highest_modseq is None


def test_noop_polling_brings_new_mail_on_one_connection(sqlite_ctx, plain_dovecot):
    account = _account(sqlite_ctx, plain_dovecot)
    plain_dovecot.append(simple(message_id="<n1@klient.pl>"))
    EmailSync(sqlite_ctx, account).sync_once()
    logins = _logins(plain_dovecot)
    changed = threading.Event()
    stop = threading.Event()
    sync = EmailSync(sqlite_ctx, account, on_change=lambda ids: changed.set(), retries=0)
    worker = threading.Thread(target=sync.listen, args=(stop,),
                              kwargs={"poll_interval": 300, "noop_interval": 0.2})
    worker.start()
    try:
        plain_dovecot.append(simple(sender="nowa@klient.pl", message_id="<n2@klient.pl>"))
        assert changed.wait(10), "NOOP polling did not bring the new mail"
        assert "<n2@klient.pl>" in _messages(sqlite_ctx)
        # the one open connection, and the APPEND's own login: no login per NOOP or round
        assert _logins(plain_dovecot) == logins + 2
    finally:
        stop.set()
        worker.join(15)
    assert not worker.is_alive()


def test_expunge_found_by_uid_comparison_and_seen_by_full_search(sqlite_ctx, plain_dovecot):
    account = _account(sqlite_ctx, plain_dovecot)
    for number in range(4):
        plain_dovecot.append(simple(message_id=f"<u{number}@klient.pl>", minutes=number))
    EmailSync(sqlite_ctx, account).sync_once()
    with plain_dovecot.client() as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["HEADER", "Message-ID", "<u1@klient.pl>"]))
        client.expunge()
        client.add_flags(client.search(["HEADER", "Message-ID", "<u2@klient.pl>"]), [b"\\Seen"])
        client.create_folder("Archiwum")
        client.move(client.search(["HEADER", "Message-ID", "<u3@klient.pl>"]), "Archiwum")
    report = EmailSync(sqlite_ctx, account).sync_once()
    assert report.parts["INBOX"]["deleted on the server"] == 1
    assert report.parts["INBOX"]["flag changes"] == 1
    rows = _messages(sqlite_ctx)
    assert rows["<u1@klient.pl>"].server_deleted_at is not None
    assert rows["<u2@klient.pl>"].is_read and not rows["<u0@klient.pl>"].is_read
    assert rows["<u3@klient.pl>"].server_deleted_at is None  # moved, not deleted
    with sqlite_ctx.reader() as session:
        assert session.get(ServerLocation, rows["<u3@klient.pl>"].id).folder == "Archiwum"
        assert session.get(ServerLocation, rows["<u1@klient.pl>"].id) is None
