"""Live arrival in the open window, against the real servers: a mail APPENDed to Dovecot and a
Telegram update made available by the Bot API server appear in the inbox through push (IMAP
IDLE, long polling) — no timer fires: the sync interval is minutes, the wait a few seconds — and
"Sync now" (F5) runs one round of every account at once; a PDF of a synced mail whose bytes
are not in the profile opens and saves (fetched from Dovecot on demand, with progress)."""

from __future__ import annotations

import threading
import time
from email.message import EmailMessage

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import delete, select

from shopinbox.channels.telegram.account import add_telegram_account
from shopinbox.store.models import Attachment, Message, MessageSource
from tests.email.mails import PNG, pdf_bytes, simple, with_pdf_and_image
from tests.gui.helpers import open_customer
from tests.gui_channels.helpers import inbox_names
from tests.gui_channels.test_window_sync import _email_account, _first_round

ARRIVAL_MS = 8_000  # far below the 5-minute round: only push can bring it this soon


def _assert_no_timer_can_fire(control) -> None:
    assert control.sync.engine.interval >= 300


def test_mail_appended_while_the_window_is_open_appears_through_idle(
        qtbot, controller, sqlite_ctx, dovecot, smtp_server):
    _email_account(sqlite_ctx, dovecot, smtp_server)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    _assert_no_timer_can_fire(control)
    assert inbox_names(window) == []
    started = time.monotonic()
    dovecot.append(simple(message_id="<live1@klient.pl>", subject="Czy jest rozmiar M?"))
    qtbot.waitUntil(lambda: inbox_names(window) == ["Jan Kowalski"], timeout=ARRIVAL_MS)
    assert time.monotonic() - started < ARRIVAL_MS / 1000


def test_telegram_update_appears_through_long_polling(qtbot, controller, sqlite_ctx, bot_server,
                                                      anna):
    add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    _assert_no_timer_can_fire(control)
    assert inbox_names(window) == []
    bot_server.message_from(anna, text="Czy wysyłacie do Wilna?")
    qtbot.waitUntil(lambda: len(inbox_names(window)) == 1, timeout=ARRIVAL_MS)
    assert inbox_names(window)[0].startswith("Anna")


def test_f5_runs_a_round_of_every_account_at_once(qtbot, controller, sqlite_ctx, dovecot,
                                                  smtp_server, bot_server):
    mail_id = _email_account(sqlite_ctx, dovecot, smtp_server)
    bot = add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    assert window.sync_now_action.shortcut().toString() == "F5"
    window.activateWindow()
    with qtbot.waitSignal(control.sync.run_finished, timeout=15_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert {r.account_id for r in finished.args[0]} == {mail_id, bot.account_id}


class _Desktop(QObject):
    """Stands in for the desktop's file opener (QDesktopServices URL handler for file:)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_a_pdf_of_a_synced_mail_opens_and_saves_fetched_on_demand(qtbot, controller, sqlite_ctx,
                                                                  dovecot, smtp_server,
                                                                  tmp_path):
    _email_account(sqlite_ctx, dovecot, smtp_server)
    dovecot.append(with_pdf_and_image())
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    with sqlite_ctx.writer() as session, session.begin():
        session.execute(delete(MessageSource))  # the bytes are not in the profile: the server
    with sqlite_ctx.reader() as session:
        pdf = session.scalar(select(Attachment).where(Attachment.filename == "Faktura 7.pdf"))
        customer_id = session.scalar(select(Message.customer_id))
    open_customer(qtbot, window, customer_id)
    assert "Faktura 7.pdf" in window.timeline.toPlainText()
    desktop = _Desktop()
    QDesktopServices.setUrlHandler("file", desktop, "open")
    try:
        progress = []
        window.attachment_progress.connect(lambda done, expected: progress.append(done))
        with qtbot.waitSignal(window.attachment_opened, timeout=20_000) as opened:
            window.timeline.anchorClicked.emit(QUrl(f"action:open/{pdf.id}"))  # a click
        assert open(opened.args[0], "rb").read() == pdf_bytes()
        qtbot.waitUntil(lambda: desktop.urls == [opened.args[0]], timeout=5_000)
        assert progress and progress[-1] >= len(pdf_bytes()) // 2
        target = tmp_path / "faktura.pdf"
        with qtbot.waitSignal(window.attachment_saved, timeout=20_000):
            window.save_attachment_as(pdf.id, str(target))
        assert target.read_bytes() == pdf_bytes()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_a_message_expunged_on_the_server_shows_as_deleted_there(qtbot, controller, sqlite_ctx,
                                                                 dovecot, smtp_server):
    _email_account(sqlite_ctx, dovecot, smtp_server)
    dovecot.append(simple(message_id="<wycofane@klient.pl>", subject="Proszę anulować"))
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    with sqlite_ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id))
    open_customer(qtbot, window, customer_id)
    assert "deleted on the server" not in window.timeline.toPlainText()
    with dovecot.client() as client:  # another mail program deletes it (IDLE hears EXPUNGE)
        client.select_folder("INBOX")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    qtbot.waitUntil(lambda: "deleted on the server" in window.timeline.toPlainText(),
                    timeout=ARRIVAL_MS)
    assert "Proszę anulować" in window.timeline.toPlainText()  # kept: a shop's records
    [message] = window.timeline.messages
    with qtbot.waitSignal(window.ops.changes_applied, timeout=10_000):
        window.timeline.anchorClicked.emit(QUrl(f"action:delete/{message['id']}"))
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(Message.id)) is None


def test_a_message_moved_on_the_server_says_where_it_is(qtbot, controller, sqlite_ctx, dovecot,
                                                        smtp_server):
    _email_account(sqlite_ctx, dovecot, smtp_server)
    dovecot.append(simple(message_id="<archiwum@klient.pl>", subject="Zwrot 17"))
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    with sqlite_ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id))
    open_customer(qtbot, window, customer_id)
    with dovecot.client() as client:  # another mail program files it away
        client.create_folder("Archiwum")
        client.select_folder("INBOX")
        client.move(client.search(["ALL"]), "Archiwum")
    qtbot.waitUntil(lambda: "moved to Archiwum on the server" in window.timeline.toPlainText(),
                    timeout=ARRIVAL_MS)
    text = window.timeline.toPlainText()
    assert "Zwrot 17" in text and "deleted on the server" not in text  # kept, not deleted


def test_a_telegram_file_not_downloaded_opens_from_the_timeline(qtbot, controller, sqlite_ctx,
                                                                bot_server, anna):
    content = b"%PDF-1.4\n" + bytes(range(256)) * 600
    add_telegram_account(sqlite_ctx, "Shop bot", bot_server.token, api_url=bot_server.url)
    bot_server.fail("getFile", 400, "Bad Request: file is temporarily unavailable")
    bot_server.message_from(anna, caption="faktura", document={
        **bot_server.add_file(content, path="documents/f.pdf"), "file_name": "faktura.pdf",
        "mime_type": "application/pdf"})
    control = controller()
    window = control.window
    _first_round(qtbot, control)
    qtbot.waitUntil(lambda: len(inbox_names(window)) == 1, timeout=ARRIVAL_MS)
    with sqlite_ctx.reader() as session:
        attachment = session.scalar(select(Attachment))
        customer_id = session.scalar(select(Message.customer_id))
    assert attachment.sha256 is None
    open_customer(qtbot, window, customer_id)
    assert "not downloaded" in window.timeline.toPlainText()
    desktop = _Desktop()
    QDesktopServices.setUrlHandler("file", desktop, "open")
    try:
        progress = []
        window.attachment_progress.connect(lambda done, expected: progress.append(done))
        with qtbot.waitSignal(window.attachment_opened, timeout=20_000) as opened:
            window.timeline.anchorClicked.emit(QUrl(f"action:open/{attachment.id}"))
        assert open(opened.args[0], "rb").read() == content
        assert progress and progress[-1] == len(content)
    finally:
        QDesktopServices.unsetUrlHandler("file")


class _ImageServer:
    """A local web server with one image, counting who fetched it (a tracker would)."""

    def __init__(self) -> None:
        import http.server

        served = self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server name)
                served.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(PNG)))
                self.end_headers()
                self.wfile.write(PNG)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/logo.png"


def test_remote_image_of_a_synced_html_mail_shows_after_allow(qtbot, controller, sqlite_ctx,
                                                              dovecot, smtp_server):
    images = _ImageServer()
    try:
        mail = EmailMessage()
        mail["From"], mail["To"] = "Sklep Herbaty <newsletter@herbaty.pl>", "shop@example.com"
        mail["Subject"], mail["Message-ID"] = "Nowości", "<news1@herbaty.pl>"
        mail.set_content("Nowości w sklepie")
        mail.add_alternative(f'<p>Nowości</p><img src="{images.url}" alt="logo">'
                             '<script>alert(1)</script>', subtype="html")
        _email_account(sqlite_ctx, dovecot, smtp_server)
        dovecot.append(mail.as_bytes())
        control = controller()
        window = control.window
        _first_round(qtbot, control)
        with sqlite_ctx.reader() as session:  # synced through the real parser
            stored = session.scalar(select(Message))
        assert images.url in stored.body_html and "<script" not in stored.body_html
        open_customer(qtbot, window, stored.customer_id)
        assert "Remote images are blocked" in window.timeline.toPlainText()
        assert images.url not in window.timeline.toHtml() and images.requests == []
        with qtbot.waitSignal(window.timeline.image_fetched, timeout=10_000) as fetched:
            window.timeline.anchorClicked.emit(QUrl(f"action:images/{stored.id}"))
        assert fetched.args == [images.url, PNG]
        assert images.requests == ["/logo.png"]
        assert not window.timeline._images[images.url].isNull()
        assert "Remote images are blocked" not in window.timeline.toPlainText()
    finally:
        images.server.shutdown()
