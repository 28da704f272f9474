"""Open a customer, read, reply on each channel, promo replies, drafts, attachments, retry."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QUrl
from sqlalchemy import select

from shopinbox.app.inbox.customers import customer_detail
from shopinbox.app.outbox import sending as outbox
from shopinbox.domain.kinds import Direction, IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Attachment, Message
from shopinbox.ui.composer.promo_dialog import PromoDialog
from shopinbox.ui.inbox.customer_list_model import RowRole
from shopinbox.ui.shell.main_window import MainWindow
from tests.gui.helpers import customer_with, name_of, open_customer, settle, when_dialog


def test_open_customer_shows_timeline_and_marks_read(qtbot, window, demo_ctx):
    model = window.inbox.model
    unread_row = next(r for r in range(model.rowCount())
                      if model.index(r).data(RowRole).unread and r > 0)
    customer_id = model.index(unread_row).data(RowRole).id
    rect = window.inbox.list.visualRect(model.index(unread_row))
    window.inbox.list.scrollTo(model.index(unread_row))
    rect = window.inbox.list.visualRect(model.index(unread_row))
    qtbot.mouseClick(window.inbox.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert window.customer_id == customer_id
    detail = customer_detail(demo_ctx, customer_id)
    html = window.timeline.toPlainText()
    for message in detail["messages"][-3:]:
        assert message["text"].split("\n")[0][:30] in html
    assert window.panel.name.text() == detail["name"]
    assert model.index(unread_row).data(RowRole).unread > 0  # not read by being shown...
    # ...but once it has been open for a moment (1.5 s), shown at once in the row
    qtbot.waitUntil(lambda: model.index(unread_row).data(RowRole).unread == 0, timeout=5000)
    assert window.writes.wait()  # the write itself runs in the background
    detail = customer_detail(demo_ctx, customer_id)
    assert all(m["is_read"] for m in detail["messages"] if m["direction"] == "in")
    qtbot.waitUntil(lambda: not window.writes.busy)  # its refresh re-read the row
    assert model.index(unread_row).data(RowRole).unread == 0


def _reply(qtbot, window, customer_id: int, channel: str, text: str) -> Message:
    open_customer(qtbot, window, customer_id)
    composer = window.composer
    composer.channel.setCurrentIndex(composer.channel.findData(channel))
    assert composer.channel.currentData() == channel
    # QTest types ASCII only; the rest arrives as an input method would put it.
    ascii_part = text.encode("ascii", "ignore").decode()
    qtbot.keyClicks(composer.text, ascii_part)
    composer.text.setPlainText(text)
    with qtbot.waitSignal(composer.delivered, timeout=10000) as sent:
        qtbot.keyClick(composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)  # and the refresh it started
    assert sent.args[2] == "sent"
    with window.ctx.reader() as session:
        return session.get(Message, sent.args[1])


def test_reply_on_email_and_telegram(qtbot, window, demo_ctx):
    both = customer_with(demo_ctx, {"email", "telegram"})
    email = _reply(qtbot, window, both, "email", "Thanks, on its way!")
    assert (email.channel, email.direction, email.delivery_state) == ("email", "out", "sent")
    assert email.subject.startswith("Re: ")
    telegram = _reply(qtbot, window, both, "telegram", "Привет! 👋")
    assert (telegram.channel, telegram.body_text) == ("telegram", "Привет! 👋")
    assert window.composer.text.toPlainText() == ""
    assert "Привет! 👋" in window.timeline.toPlainText()


def test_unreachable_channel_is_disabled_with_reason(qtbot, window, demo_ctx):
    only_email = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, only_email)
    combo = window.composer.channel
    row = combo.findData("telegram")
    item = combo.model().item(row)
    assert not item.isEnabled()
    assert "no address" in item.text()
    assert combo.currentData() == "email"


def test_insert_promo_with_picker_and_shortcut(qtbot, window, demo_ctx):
    from shopinbox.store.models import Order

    with demo_ctx.reader() as session:
        customer = session.scalar(select(Order.customer_id).where(Order.customer_id.is_not(None))
                                  .order_by(Order.id).limit(1))
    open_customer(qtbot, window, customer)
    window.composer.text.setFocus()

    def choose(dialog) -> None:
        qtbot.keyClicks(dialog.filter, "ship")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    when_dialog(PromoDialog, choose)
    with qtbot.waitSignal(window.composer.promo_inserted, timeout=10_000):
        qtbot.keyClick(window.composer.text, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    text = window.composer.text.toPlainText()
    assert "#" in text and "{{" not in text
    assert name_of(demo_ctx, customer).split(" ")[0] in text
    assert window.composer.subject.text()
    window.composer.text.clear()
    open_customer(qtbot, window, customer_with(demo_ctx, {"email"}))  # no orders: a visible gap
    with qtbot.waitSignal(window.composer.promo_inserted, timeout=10_000):
        window.composer.insert_promo("/ship")  # rendered in the background
    assert "«order.number»" in window.composer.text.toPlainText()
    assert "order" in window.composer.note.text()
    with qtbot.waitSignal(window.composer.refused):
        window.composer.send_reply()  # a missing value blocks sending: nothing is queued
    assert "order.number" in window.composer.note.text()
    assert "«order.number»" in window.composer.text.toPlainText()


def test_promo_code_is_taken_when_the_reply_is_sent(qtbot, window, demo_ctx):
    from shopinbox.store.models import DiscountCode, Message

    customer = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, customer)
    with qtbot.waitSignal(window.composer.promo_inserted, timeout=10_000):
        window.composer.insert_promo("/thanks")
    assert "«code»" in window.composer.text.toPlainText()
    window.composer.text.appendPlainText("PS. Miłego dnia!")
    with qtbot.waitSignal(window.composer.delivered, timeout=10_000):
        window.composer.send_reply()
    settle(qtbot, window)  # and the refresh it started
    with demo_ctx.reader() as session:
        code = session.scalar(select(DiscountCode).where(DiscountCode.given_to_id == customer))
        sent = session.get(Message, code.message_id)
    assert code.code in sent.body_text and "«code»" not in sent.body_text
    assert "Miłego dnia" in sent.body_text and sent.delivery_state == "sent"


def test_draft_survives_switching_and_restart(qtbot, window, demo_ctx):
    first = window.inbox.model.index(0).data(RowRole).id
    second = window.inbox.model.index(1).data(RowRole).id
    open_customer(qtbot, window, first)
    qtbot.keyClicks(window.composer.text, "half-written answer")
    open_customer(qtbot, window, second)
    assert window.composer.text.toPlainText() == ""
    open_customer(qtbot, window, first)
    assert window.composer.text.toPlainText() == "half-written answer"
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    open_customer(qtbot, again, first)
    assert again.composer.text.toPlainText() == "half-written answer"
    again.close()


def test_dropped_files_become_attachments(qtbot, window, demo_ctx, tmp_path):
    from PySide6.QtCore import QMimeData, QUrl

    customer = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, customer)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG fake")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    window.composer.text.insertFromMimeData(mime)
    assert window.composer.attachments == [photo]
    assert window.composer.files.item(0).text() == "photo.png"
    qtbot.keyClicks(window.composer.text, "the photo")
    with qtbot.waitSignal(window.composer.delivered, timeout=10000) as sent:
        window.composer.send.click()
    settle(qtbot, window)  # and the refresh it started
    with demo_ctx.reader() as session:
        names = session.scalars(select(Attachment.filename)
                                .where(Attachment.message_id == sent.args[1])).all()
    assert names == ["photo.png"]
    assert "photo.png" in window.timeline.toPlainText()


def test_save_attachment_never_leaves_the_folder(qtbot, window, demo_ctx, tmp_path):
    from shopinbox.app.inbox.attachment_files import suggested_name

    with demo_ctx.writer() as session, session.begin():
        attachment = session.scalar(select(Attachment).where(Attachment.sha256.is_not(None)))
        attachment.filename = "../../evil\\..\\x.pdf"  # a hostile sender's name
    folder = tmp_path / "out"
    folder.mkdir()
    name = suggested_name(demo_ctx, attachment.id)
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    with qtbot.waitSignal(window.attachment_saved, timeout=10_000):
        window.save_attachment_as(attachment.id, str(folder / name))  # in the background
    saved = list(folder.iterdir())
    assert len(saved) == 1 and saved[0].read_bytes() == demo_ctx.blobs.read(attachment.sha256)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "profile"]


def test_failed_send_shows_retry_then_sends(qtbot, window, demo_ctx, monkeypatch):
    def broken(ctx, message_id):
        raise ConnectionError("server said no")

    monkeypatch.setitem(outbox.LOCAL_SENDERS, "demo", broken)
    customer = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, customer)
    qtbot.keyClicks(window.composer.text, "will fail first")
    with qtbot.waitSignal(window.composer.delivered, timeout=10000) as sent:
        window.composer.send.click()
    settle(qtbot, window)  # and the refresh it started
    assert sent.args[2] == "failed"
    shown = window.timeline.toPlainText()
    assert "Something went wrong inside shopinbox" in shown  # the code's words, with a hint
    assert "server said no" not in shown and "ConnectionError" not in shown  # log only
    assert f"action:retry/{sent.args[1]}" in window.timeline.toHtml()
    monkeypatch.setitem(outbox.LOCAL_SENDERS, "demo", lambda ctx, mid: outbox.SendOutcome("ok-1"))
    with qtbot.waitSignal(window.composer.delivered, timeout=10000) as again:
        window.timeline.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl(
            f"action:retry/{sent.args[1]}"))
    settle(qtbot, window)  # and the refresh it started
    assert again.args[2] == "sent"
    assert "sent ✓" in window.timeline.toPlainText()


def _html_message(ctx, customer_email: str, text_html: str) -> int:
    with ctx.writer() as session, session.begin():
        result = store_messages(session, 1, [IncomingMessage(
            channel="email", direction=Direction.INBOUND, external_id="<html-1@test>",
            sent_at=datetime.now(UTC), identity=IdentityRef(IdentityKind.EMAIL, customer_email),
            sender_address=customer_email, subject="Newsletter", body_text="",
            body_html=text_html)], ctx.blobs)
    return result.new_message_ids[0]


def test_remote_images_blocked_until_sender_allowed(qtbot, window, demo_ctx):
    customer = customer_with(demo_ctx, {"email"})
    email = next(i["value"] for i in customer_detail(demo_ctx, customer)["identities"]
                 if i["kind"] == "email")
    message_id = _html_message(
        demo_ctx, email, '<p>Look</p><img src="http://127.0.0.1:9/x.png">'
        '<blockquote>old quoted history</blockquote>')
    open_customer(qtbot, window, customer)
    html = window.timeline.toHtml()
    assert "127.0.0.1:9/x.png" not in html  # the address is gone until allowed
    assert "Remote images are blocked" in window.timeline.toPlainText()
    assert "old quoted history" not in window.timeline.toPlainText()
    from PySide6.QtCore import QUrl

    window.timeline.anchorClicked.emit(QUrl(f"action:quote/{message_id}"))
    assert "old quoted history" in window.timeline.toPlainText()
    window.timeline.anchorClicked.emit(QUrl(f"action:images/{message_id}"))
    assert window.prefs.images_allowed(email)
    assert "http://127.0.0.1:9/x.png" in window.timeline.toHtml()
    assert "Remote images are blocked" not in window.timeline.toPlainText()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.prefs.images_allowed(email)  # remembered in the profile's settings
    again.close()


def test_allowed_remote_image_is_fetched_off_the_ui_thread(qtbot, window, demo_ctx):
    import http.server
    import threading

    from shopinbox.app.demo.shop import _tiny_png

    png = _tiny_png(3)

    class Images(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server name)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(png)))
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/logo.png"
        customer = customer_with(demo_ctx, {"email"})
        email = next(i["value"] for i in customer_detail(demo_ctx, customer)["identities"]
                     if i["kind"] == "email")
        message_id = _html_message(demo_ctx, email, f'<p>Logo</p><img src="{url}">')
        open_customer(qtbot, window, customer)
        from PySide6.QtCore import QUrl

        with qtbot.waitSignal(window.timeline.image_fetched, timeout=10_000) as fetched:
            window.timeline.anchorClicked.emit(QUrl(f"action:images/{message_id}"))
        assert fetched.args[0] == url and fetched.args[1] == png
        assert not window.timeline._images[url].isNull()
    finally:
        server.shutdown()


def test_start_up_and_passing_over_with_j_k_read_nothing(qtbot, window, demo_ctx):
    """The start-up selection and j/k through the list leave every unread count as it was; a
    conversation is read once it stays open for the delay, or at once with Enter."""
    from shopinbox.app.inbox.listing import total_unread

    model = window.inbox.model
    unread_before = total_unread(demo_ctx)
    first_row_unread = model.index(0).data(RowRole).unread
    assert unread_before > 0
    window.prefs.set("read_after_ms", 600_000)  # "a moment" longer than any pass below
    window.inbox.list.setFocus()
    for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_K):
        qtbot.keyClick(window.inbox.list, key)
        settle(qtbot, window)
    assert window.inbox.list.currentIndex().row() == 2
    assert total_unread(demo_ctx) == unread_before
    assert model.index(0).data(RowRole).unread == first_row_unread
    unread_rows = [r for r in range(model.rowCount()) if model.index(r).data(RowRole).unread]
    assert len(unread_rows) >= 2
    # Enter opens on purpose: read at once
    window.inbox.select_customer(model.index(unread_rows[0]).data(RowRole).id)
    settle(qtbot, window)
    window.inbox.list.setFocus()
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(unread_rows[0]).data(RowRole).unread == 0)
    # staying for the delay reads too
    window.prefs.set("read_after_ms", 300)
    target = model.index(unread_rows[1]).data(RowRole).id
    open_customer(qtbot, window, target)
    assert window.customer_id == target
    qtbot.waitUntil(lambda: model.index(model.row_of(target)).data(RowRole).unread == 0,
                    timeout=5000)
    settle(qtbot, window)
    assert total_unread(demo_ctx) < unread_before


def test_an_order_number_in_a_message_shows_that_order(qtbot, window, demo_ctx):
    """`zamówienie #1083` in a customer's text is a link; a click marks the order in the
    customer panel."""
    target = None
    for row in range(window.inbox.model.rowCount()):
        customer = window.inbox.model.index(row).data(RowRole).id
        open_customer(qtbot, window, customer)
        refs = [ref for m in window.detail.messages for ref in m.order_refs
                if ref.order_id is not None]
        if refs:
            target = refs[0]
            break
    assert target is not None, "the demo shop has messages naming known orders"
    html = window.timeline.toHtml()
    assert f"action:order/{target.order_id}" in html
    window.timeline._clicked(QUrl(f"action:order/{target.order_id}"))
    assert window.panel.shown_order_id == target.order_id
    assert "#fff3b0" in window.panel.orders.toHtml()
    window.show_order(10**9)  # not this customer's: said, nothing marked
    assert "another customer" in window.sync_status.currentMessage()
    assert window.panel.shown_order_id == target.order_id


def test_a_long_timeline_shows_its_newest_messages_first_then_the_whole_window(
        qtbot, window, demo_ctx):
    """Opening a customer lays out the newest messages at once and the rest of the window on
    the next turn of the event loop; the view stays at the newest message."""
    from datetime import timedelta

    from shopinbox.ui.timeline.timeline_view import FIRST_PAINT, WINDOW

    address = "long.thread@example.com"
    start = datetime.now(UTC) - timedelta(days=1)
    with demo_ctx.writer() as session, session.begin():
        result = store_messages(session, 1, [IncomingMessage(
            channel="email", direction=Direction.INBOUND, external_id=f"<long-{n}@test>",
            sent_at=start + timedelta(minutes=n), identity=IdentityRef(IdentityKind.EMAIL, address),
            sender_address=address, subject=f"Question {n}",
            body_text=f"Message number {n:02d} of the long thread") for n in range(30)],
            demo_ctx.blobs)
    with demo_ctx.reader() as session:
        customer = session.get(Message, result.new_message_ids[0]).customer_id
    timeline = window.timeline
    firsts: list[int] = []
    original = timeline._render

    def counting_render(*args, **kwargs):
        original(*args, **kwargs)
        firsts.append(timeline.toPlainText().count("Message number"))

    timeline._render = counting_render
    with qtbot.waitSignal(timeline.completed, timeout=10_000):
        window.open_customer(customer)
    # the first layout held only the newest messages, the second the whole window
    assert firsts[:2] == [FIRST_PAINT, min(30, WINDOW)]
    shown = timeline.toPlainText()
    assert "Message number 00" in shown and "Message number 29" in shown
    bar = timeline.verticalScrollBar()
    assert bar.value() == bar.maximum()
