"""Attachments of real mail from Dovecot: a profile that holds only the description of an
attachment (no content, no raw source) fetches the part from the server on demand
(`BODY.PEEK[<part>]` in pieces, with progress, \\Seen untouched), keeps it, and offline says so
by an error code."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from shopinbox.app.inbox.attachment_files import export_for_opening, save_attachment
from shopinbox.channels.email.pull import EmailSync
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Attachment, MessageSource
from tests.email.mails import PNG, pdf_bytes, with_pdf_and_image


def _synced_without_sources(ctx, dovecot, account_id) -> dict[str, int]:
    dovecot.append(with_pdf_and_image())
    EmailSync(ctx, account_id).sync_once()
    with ctx.writer() as session, session.begin():
        session.execute(delete(MessageSource))  # only the descriptions are in the profile
    with ctx.reader() as session:
        rows = session.scalars(select(Attachment)).all()
        assert all(a.sha256 is None for a in rows)
        return {a.filename: a.id for a in rows}


def test_a_pdf_and_an_image_are_fetched_from_the_server_with_progress(sqlite_ctx, dovecot,
                                                                       email_account,
                                                                       tmp_path):
    ids = _synced_without_sources(sqlite_ctx, dovecot, email_account)
    progress: list[tuple[int, int]] = []
    opened = export_for_opening(sqlite_ctx, ids["Faktura 7.pdf"],
                                lambda done, expected: progress.append((done, expected)))
    assert opened.read_bytes() == pdf_bytes()
    assert len(progress) >= 3 and progress[-1][0] >= progress[0][0]  # several pieces
    assert all(done <= expected for done, expected in progress)
    saved = save_attachment(sqlite_ctx, ids["paczka.png"], tmp_path / "paczka.png")
    assert saved.read_bytes() == PNG
    with sqlite_ctx.reader() as session:
        assert all(a.sha256 for a in session.scalars(select(Attachment)))  # kept
    with dovecot.client() as client:  # BODY.PEEK: opening an attachment does not mark read
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search(["ALL"])
        assert b"\\Seen" not in client.get_flags([uid])[uid]


def test_offline_the_error_says_the_server_cannot_be_reached(sqlite_ctx, dovecot,
                                                             email_account):
    ids = _synced_without_sources(sqlite_ctx, dovecot, email_account)
    dovecot.stop()
    try:
        with pytest.raises(ShopError) as caught:
            export_for_opening(sqlite_ctx, ids["Faktura 7.pdf"])
        assert caught.value.code in ("connection_refused", "server_unreachable", "timeout")
    finally:
        dovecot.start()


def test_an_attachment_expunged_on_the_server_is_unavailable(sqlite_ctx, dovecot,
                                                             email_account):
    ids = _synced_without_sources(sqlite_ctx, dovecot, email_account)
    with dovecot.client() as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    with pytest.raises(ShopError) as caught:
        export_for_opening(sqlite_ctx, ids["paczka.png"])
    assert caught.value.code == "attachment_unavailable"
