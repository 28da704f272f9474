"""A Telegram file that the sync could not download is fetched when the user opens or saves
it: by its file_id through getFile and the file URL of the local Bot API server, streamed with
progress, then kept in the profile; offline, the error says the server is unreachable."""

from __future__ import annotations

from sqlalchemy import select

from shopinbox.app.inbox.attachment_files import export_for_opening, save_attachment
from shopinbox.channels.telegram.pull import sync_telegram_account
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Attachment

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 800 + b"\n%%EOF\n"  # ~200 KB: several pieces


def _document(server, anna, content: bytes, name: str) -> None:
    server.message_from(anna, caption=name, document={
        **server.add_file(content, path=f"documents/{name}"), "file_name": name,
        "mime_type": "application/pdf"})


def _attachments(ctx) -> dict[str, Attachment]:
    with ctx.reader() as session:
        return {a.filename: a for a in session.scalars(select(Attachment))}


def test_a_file_not_downloaded_at_sync_is_fetched_on_open_with_progress(
        sqlite_ctx, bot_server, bot_account, anna, tmp_path):
    _document(bot_server, anna, PDF, "faktura.pdf")
    _document(bot_server, anna, b"%PDF-1.4 second", "paragon.pdf")
    # The server cannot hand the files out during the sync: both are described, not stored.
    bot_server.fail("getFile", 400, "Bad Request: file is temporarily unavailable", times=2)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.error is None and report.new_messages == 2
    stored = _attachments(sqlite_ctx)
    assert stored["faktura.pdf"].sha256 is None and stored["faktura.pdf"].note
    progress: list[tuple[int, int]] = []
    saved = save_attachment(sqlite_ctx, stored["faktura.pdf"].id, tmp_path / "faktura.pdf",
                            lambda done, total: progress.append((done, total)))
    assert saved.read_bytes() == PDF
    assert len(progress) > 2 and progress[0] == (0, len(PDF)) and progress[-1] == (
        len(PDF), len(PDF))
    after = _attachments(sqlite_ctx)["faktura.pdf"]
    assert after.sha256 and after.note is None and sqlite_ctx.blobs.read(after.sha256) == PDF
    calls = len(bot_server.calls_of("getFile"))
    assert export_for_opening(sqlite_ctx, after.id).read_bytes() == PDF  # kept: no new fetch
    assert len(bot_server.calls_of("getFile")) == calls

    bot_server.stop()  # offline: the open says the server cannot be reached
    try:
        export_for_opening(sqlite_ctx, stored["paragon.pdf"].id)
    except ShopError as error:
        assert error.code == "server_unreachable"
    else:
        raise AssertionError("an offline open must fail with its reason")
    assert _attachments(sqlite_ctx)["paragon.pdf"].sha256 is None
