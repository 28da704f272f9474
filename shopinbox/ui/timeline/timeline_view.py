"""The centre: one customer's messages on every channel, interleaved by time.

Only the newest messages are laid out at first (a customer with 500 messages opens fast); a
link at the top shows earlier ones. Opening lays out the newest `FIRST_PAINT` at once, so they
are on screen without waiting for the rest of the window, and the rest (up to `WINDOW`) on the
next turn of the event loop, keeping the scroll position (`completed` follows). Remote images stay blocked unless the user allowed the
sender; allowed ones are fetched asynchronously with QNetworkAccessManager.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from shopinbox.channels.registry import kinds as channel_kinds
from shopinbox.ui.common.icons import channel_pixmap
from shopinbox.ui.timeline.timeline_html import message_html, texts

WINDOW = 60
FIRST_PAINT = 12  # more than a tall screen shows; laying out 60 messages takes ~30 ms


MAX_REMOTE_IMAGE = 8 * 1024 * 1024


class TimelineView(QTextBrowser):
    retry_requested = Signal(int)  # message id
    open_attachment = Signal(int)
    save_attachment = Signal(int)
    delete_here = Signal(int)  # message id: deleted on the server, now here too
    allow_images = Signal(str)  # sender address
    order_requested = Signal(int)  # an order number in a message was clicked: the order id
    image_fetched = Signal(str, bytes)  # url, content (empty on failure); from a fetch thread
    completed = Signal()  # the whole window of messages is laid out (after `show_messages`)

    def __init__(self, images_allowed: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self._images_allowed = images_allowed
        self.messages: list[dict] = []
        self._shown_from = 0
        self._showing = 0  # generation of the newest show_messages (a late completion is dropped)
        self.laid_out = True  # False between the first paint of an opening and `completed`
        self.focused_id = 0  # the message shown highlighted (opened from a search result)
        self._unfolded: set[int] = set()
        self.image_fetched.connect(self._fetched)
        self._images: dict[str, QPixmap] = {}
        self._pending: set[str] = set()
        # Asked before a reply that may have gone out is sent again (tests answer for the user).
        self.confirm_resend: Callable[[], bool] = self._ask_resend
        self.show_placeholder(self.tr("Choose a conversation on the left."))

    def show_placeholder(self, text: str) -> None:
        self._showing += 1
        self.laid_out = True
        self.messages = []
        self.setHtml(f'<p style="color:#777; margin:24px">{text}</p>')

    def show_messages(self, messages: list[dict], focus_message_id: int = 0,
                      keep_window: bool = False) -> None:
        previous_start = self._shown_from if keep_window else None
        self.messages = messages
        start = max(len(messages) - WINDOW, 0)
        if previous_start is not None:
            start = min(start, previous_start)
        if focus_message_id:
            for position, message in enumerate(messages):
                if message["id"] == focus_message_id:
                    start = min(start, position)
                    break
        self._shown_from = start
        # The message opened from a search result stays marked while this customer is shown.
        if focus_message_id:
            self.focused_id = focus_message_id
        elif not keep_window:
            self.focused_id = 0
        self._showing += 1
        if focus_message_id or keep_window or len(messages) - start <= FIRST_PAINT:
            self._render(focus_message_id)
            self.laid_out = True
            self.completed.emit()
            return
        self.laid_out = False
        self._render(newest_from=len(messages) - FIRST_PAINT)
        showing = self._showing
        QTimer.singleShot(0, lambda: self._complete(showing))

    def _complete(self, showing: int) -> None:
        if showing != self._showing:
            return  # another customer (or the placeholder) came meanwhile
        bar = self.verticalScrollBar()
        from_bottom = bar.maximum() - bar.value()
        self._render()
        bar.setValue(bar.maximum() - from_bottom)
        self.laid_out = True
        self.completed.emit()

    def _render(self, focus_message_id: int = 0, newest_from: int | None = None) -> None:
        """Lay out the messages from `_shown_from` (or only from `newest_from`, the first
        paint of an opening, without the link to earlier ones)."""
        document = self.document()
        for channel in channel_kinds():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"icon:{channel}"),
                                 channel_pixmap(channel))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("icon:attachment"),
                             channel_pixmap("attachment"))
        parts = []
        first = self._shown_from if newest_from is None else newest_from
        if newest_from is None and self._shown_from > 0:
            earlier = self.tr("Show {count} earlier messages").format(count=self._shown_from)
            parts.append(f'<p align="center"><a href="action:earlier/0">{earlier}</a></p>')
        words = texts()
        for message in self.messages[first:]:
            parts.append(message_html(message, unfolded=message["id"] in self._unfolded,
                                      images_allowed=self._images_allowed, words=words,
                                      focused=message["id"] == self.focused_id))
        self.setHtml("".join(parts))
        if focus_message_id:
            self.scrollToAnchor(f"m{focus_message_id}")
        else:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def rendered_count(self) -> int:
        return len(self.messages) - self._shown_from

    def _ask_resend(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Send again?"),
            self.tr("Sending this reply was interrupted at the moment it went to the server, "
                    "so it may have reached the customer already. shopinbox looks in the Sent "
                    "folder first where it can. Check with the customer before sending it "
                    "again.\n\nSend it again?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() != "action":
            if url.scheme() in ("http", "https", "mailto", "tel"):
                QDesktopServices.openUrl(url)
            return
        verb, _, value = url.path().partition("/")
        number = int(value or 0)
        if verb == "retry":
            self.retry_requested.emit(number)
        elif verb == "retry-unsure":  # it may have gone out: the user decides
            if self.confirm_resend():
                self.retry_requested.emit(number)
        elif verb == "open":
            self.open_attachment.emit(number)
        elif verb == "save":
            self.save_attachment.emit(number)
        elif verb == "order":
            self.order_requested.emit(number)
        elif verb == "delete":
            self.delete_here.emit(number)
        elif verb == "quote":
            self._unfolded ^= {number}
            position = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(position)
        elif verb == "earlier":
            self._shown_from = max(self._shown_from - WINDOW, 0)
            self._render()
            self.verticalScrollBar().setValue(0)
        elif verb == "images":
            sender = next((m.get("sender_address") or "" for m in self.messages
                           if m["id"] == number), "")
            if sender:
                self.allow_images.emit(sender.lower())
                position = self.verticalScrollBar().value()
                self._render()
                self.verticalScrollBar().setValue(position)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        url = QUrl(url)
        if url.scheme() == "blocked" or url.isEmpty():  # a remote image without its address
            return None
        if url.scheme() in ("http", "https"):
            key = url.toString()
            if key in self._images:
                return self._images[key]
            self._fetch(url)
            return None
        return super().loadResource(kind, url)

    def _fetch(self, url: QUrl) -> None:
        """Fetch an allowed remote image in a thread (never on the UI thread); the result comes
        back through `image_fetched`, a queued signal."""
        key = url.toString()
        if key in self._pending:
            return
        self._pending.add(key)
        threading.Thread(target=self._download, args=(key,), daemon=True).start()

    def _download(self, key: str) -> None:
        content = b""
        try:
            import httpx

            with httpx.stream("GET", key, timeout=15, follow_redirects=True) as response:
                if response.status_code == 200:
                    for chunk in response.iter_bytes():
                        content += chunk
                        if len(content) > MAX_REMOTE_IMAGE:
                            content = b""
                            break
        except Exception:  # an unreachable image just stays empty
            content = b""
        try:
            self.image_fetched.emit(key, content)
        except RuntimeError:  # the timeline was closed meanwhile
            pass

    def _fetched(self, key: str, content: bytes) -> None:
        self._pending.discard(key)
        pixmap = QPixmap()
        if content:
            pixmap.loadFromData(content)
        self._images[key] = pixmap
        if not pixmap.isNull():
            position = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(position)
