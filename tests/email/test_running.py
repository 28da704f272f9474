"""The running app's loop (IDLE) and opening attachments lazily."""

from __future__ import annotations

import threading

from sqlalchemy import select

from shopinbox.channels.email.attachments import attachment_bytes
from shopinbox.channels.email.pull import EmailSync
from shopinbox.store.models import Attachment, Message
from tests.email.corpus import corpus
from tests.email.mails import simple


def test_run_forever_picks_up_new_mail_by_idle(sqlite_ctx, dovecot, email_account):
    dovecot.append(simple(message_id="<r1@klient.pl>"))
    stop = threading.Event()
    batches: list[set[int]] = []
    first, second = threading.Event(), threading.Event()

    def on_change(customers):
        batches.append(customers)
        (second if first.is_set() else first).set()

    sync = EmailSync(sqlite_ctx, email_account)
    worker = threading.Thread(target=sync.run_forever, args=(stop, on_change),
                              kwargs={"poll_interval": 30})
    worker.start()
    try:
        assert first.wait(20)
        dovecot.append(simple(sender="nowy@klient.pl", message_id="<r2@klient.pl>"))
        assert second.wait(20), "IDLE did not report the new message"
    finally:
        stop.set()
        worker.join(20)
    assert not worker.is_alive()
    with sqlite_ctx.reader() as session:
        assert set(session.scalars(select(Message.external_id))) == {"<r1@klient.pl>",
                                                                    "<r2@klient.pl>"}


def test_attachments_open_lazily_from_the_raw_source(sqlite_ctx, dovecot, email_account):
    raw = dict((name, data) for name, data, _expected in corpus())["attachments"]
    dovecot.append(raw)
    EmailSync(sqlite_ctx, email_account).sync_once()
    with sqlite_ctx.reader() as session:
        pdf = session.scalar(select(Attachment).where(
            Attachment.filename == "Faktura Łódź nr 1.pdf"))
    assert pdf.sha256 is None
    assert attachment_bytes(sqlite_ctx, pdf.id) == b"%PDF-1"
    with sqlite_ctx.reader() as session:
        assert session.get(Attachment, pdf.id).sha256 is not None
    assert attachment_bytes(sqlite_ctx, pdf.id) == b"%PDF-1"
