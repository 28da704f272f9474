"""Push mode on one open IMAP connection (what the window and `shopinbox sync` run): a mail
APPENDed meanwhile is stored at once, a local read is pushed as \\Seen over the connection that
is IDLEing (no new login), and mail that arrived between a round and IDLE is not missed."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from shopinbox.channels.email import flags
from shopinbox.channels.email.pull import EmailSync
from shopinbox.store.models import Message, ServerLocation
from tests.email.mails import simple


def _until(condition, timeout: float = 10.0) -> bool:
    ends = time.monotonic() + timeout
    while time.monotonic() < ends:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _logins(dovecot) -> int:
    path = dovecot.root / "dovecot.log"
    return path.read_text(errors="replace").count("Login: user=")


def _listening(ctx, account_id) -> bool:
    with flags._listeners_lock:
        return (id(ctx), account_id) in flags._listeners


def test_one_connection_carries_new_mail_and_read_flags(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<p1@klient.pl>"))
    EmailSync(sqlite_ctx, email_account).sync_once()
    dovecot.append(simple(sender="wczesna@klient.pl", message_id="<p2@klient.pl>"))  # before IDLE
    changed = threading.Event()
    stop = threading.Event()
    sync = EmailSync(sqlite_ctx, email_account, on_change=lambda ids: changed.set(), retries=0)
    worker = threading.Thread(target=sync.listen, args=(stop,), kwargs={"poll_interval": 300})
    worker.start()
    try:
        assert changed.wait(10), "mail that came before IDLE started was missed"
        assert _until(lambda: _listening(sqlite_ctx, email_account))
        logins = _logins(dovecot)
        assert logins >= 2
        with sqlite_ctx.reader() as session:
            first = session.scalar(select(Message.id).where(
                Message.external_id == "<p1@klient.pl>"))
        assert flags.mark_read(sqlite_ctx, [first], True) == 1  # handed to the open connection

        def pushed() -> bool:  # the mark is cleared once the server took the flag
            with sqlite_ctx.reader() as session:
                place = session.get(ServerLocation, first)
                return place is not None and place.pending_read is None

        assert _until(pushed)
        assert _logins(dovecot) == logins  # over the open connection: no new login
        with dovecot.client() as client:
            client.select_folder("INBOX", readonly=True)
            [uid] = client.search(["HEADER", "Message-ID", "<p1@klient.pl>"])
            assert b"\\Seen" in client.get_flags([uid])[uid]
        changed.clear()
        dovecot.append(simple(sender="nowa@klient.pl", message_id="<p3@klient.pl>"))
        assert changed.wait(10), "IDLE did not bring the new mail"
    finally:
        stop.set()
        worker.join(15)
    assert not worker.is_alive()
