"""Below the timeline: the reply composer.

Channel and account default to where the customer last wrote; channels the customer cannot be
reached on are listed but disabled, with the reason. Files attach by button or drag and drop. A
promo reply is inserted from the picker (Ctrl+P). Ctrl+Enter queues the reply in the outbox and
sends it in the background. The text is kept as a draft per customer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.drafts import clear_draft, load_draft, save_draft
from shopinbox.app.outbox.reply_options import ReplyOptions, reply_options
from shopinbox.app.outbox.sending import OutboxError, StoredAttachment, queue_reply, send_message
from shopinbox.app.promos.discounts import PoolEmpty
from shopinbox.app.promos.reply import (
    MissingValues,
    prepare_promo_reply,
    reformat_edited,
    render_promo,
)
from shopinbox.domain.errors import as_shop_error
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.icons import channel_icon
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.composer.promo_dialog import PromoDialog

SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ReplyEdit(QPlainTextEdit):
    """The text box; dropped files become attachments instead of text."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 (Qt name)
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 (Qt name)
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        if files:
            self.files_dropped.emit(files)
            return
        super().insertFromMimeData(source)


class Composer(QWidget):
    queued = Signal(int, int)  # customer id, message id
    delivered = Signal(int, int, str)  # customer id, message id, state

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.customer_id: int | None = None
        # (shortcut, language, answers) of a promo reply inserted into the text, if any.
        self.promo_choice: tuple[str, str, dict[str, str]] | None = None
        self.options: ReplyOptions | None = None
        self.attachments: list[Path] = []
        self.channel = QComboBox(self)
        self.channel.setObjectName("composerChannel")
        self.account = QComboBox(self)
        self.account.setObjectName("composerAccount")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("composerSubject")
        self.subject.setPlaceholderText(self.tr("Subject (default: Re: the last subject)"))
        self.text = ReplyEdit(self)
        self.text.setObjectName("composerText")
        self.text.setPlaceholderText(self.tr("Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts "
                                             "a promo reply)"))
        self.text.setTabChangesFocus(True)
        self.files = QListWidget(self)
        self.files.setObjectName("composerFiles")
        self.files.setFlow(QListWidget.Flow.LeftToRight)
        self.files.setMaximumHeight(28)
        self.files.setVisible(False)
        self.attach = QPushButton(self.tr("Attach…"), self)
        self.attach.setObjectName("composerAttach")
        self.promo = QPushButton(self.tr("Promo reply…"), self)
        self.promo.setObjectName("composerPromo")
        self.promo.setToolTip(QKeySequence("Ctrl+P").toString(QKeySequence.SequenceFormat.NativeText))
        self.send = QPushButton(self.tr("Send"), self)
        self.send.setObjectName("composerSend")
        self.send.setDefault(False)
        self.send.setToolTip(QKeySequence("Ctrl+Return").toString(
            QKeySequence.SequenceFormat.NativeText))
        self.note = QLabel(self)
        self.note.setObjectName("composerNote")
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reply via"), self))
        top.addWidget(self.channel)
        top.addWidget(self.account)
        top.addWidget(self.subject, 100)
        top.addStretch(1)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.channel.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.promo)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.files)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self.save_draft)
        self.text.textChanged.connect(self._save_timer.start)
        self.text.files_dropped.connect(self.add_files)
        self.text.installEventFilter(self)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.attach.clicked.connect(self._choose_files)
        self.promo.clicked.connect(self.pick_promo)
        self.send.clicked.connect(self.send_reply)
        self.files.itemActivated.connect(self._remove_file)
        self.set_customer(None)

    # -- keyboard: Ctrl+Enter sends, Ctrl+P picks a promo (while typing too) --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.KeyPress:
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in SEND_KEYS:
                self.send_reply()
                return True
            if control and event.key() == Qt.Key.Key_P:
                self.pick_promo()
                return True
        return super().eventFilter(watched, event)

    # -- customer switching and drafts --
    def set_customer(self, customer_id: int | None) -> None:
        if self.customer_id is not None and customer_id != self.customer_id:
            self.save_draft()
        self.customer_id = customer_id
        self.promo_choice = None
        self.attachments = []
        self._show_files()
        self.note.clear()
        self.subject.clear()
        enabled = customer_id is not None
        for widget in (self.channel, self.account, self.subject, self.text, self.attach,
                       self.promo, self.send):
            widget.setEnabled(enabled)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        if customer_id is None:
            self.options = None
            self.channel.clear()
            self.account.clear()
            return
        self.options = reply_options(self.ctx, customer_id)
        draft = load_draft(self.ctx, customer_id)
        self._fill_channels(draft.channel if draft else None)
        if draft is not None:
            self.text.blockSignals(True)
            self.text.setPlainText(draft.text)
            self.text.blockSignals(False)
            if draft.account_id is not None:
                found = self.account.findData(draft.account_id)
                if found >= 0:
                    self.account.setCurrentIndex(found)
        if not any(option.reachable for option in self.options.channels):
            self.note.setText(self.tr("This customer cannot be reached on any channel."))
            self.send.setEnabled(False)

    def save_draft(self) -> None:
        self._save_timer.stop()
        if self.customer_id is None:
            return
        save_draft(self.ctx, self.customer_id, self.text.toPlainText(),
                   self.channel.currentData(), self.account.currentData())

    def _reason(self, code: str) -> str:
        if code == "no-identity":
            return self.tr("no address for this channel")
        if code == "no-account":
            return self.tr("no account set up for this channel")
        if code.startswith("unreachable:"):
            found = error_text.stored_texts(code.split(":", 1)[1])
            return self.tr("unreachable: {reason}").format(reason=found[0] if found else "")
        return code

    def _fill_channels(self, preferred: str | None) -> None:
        self.channel.blockSignals(True)
        self.channel.clear()
        model = self.channel.model()
        for option in self.options.channels:
            label = channel_ui.title(option.channel)
            if not option.reachable:
                label = f"{label} — {self._reason(option.reason)}"
            self.channel.addItem(channel_icon(option.channel), label, option.channel)
            if isinstance(model, QStandardItemModel):
                item = model.item(self.channel.count() - 1)
                item.setEnabled(option.reachable)
                item.setToolTip(self._reason(option.reason) if option.reason else "")
        wanted = preferred if any(o.channel == preferred and o.reachable
                                  for o in self.options.channels) else self.options.default_channel
        self.channel.setCurrentIndex(max(self.channel.findData(wanted), 0))
        self.channel.blockSignals(False)
        self._channel_changed()

    def _channel_changed(self) -> None:
        option = self._option()
        self.account.clear()
        if option is None:
            return
        for account_id, name in option.accounts:
            self.account.addItem(name, account_id)
        found = self.account.findData(option.default_account_id)
        self.account.setCurrentIndex(max(found, 0))
        self.subject.setVisible(option.channel == "email")
        self.send.setEnabled(option.reachable)

    def _option(self):
        if self.options is None:
            return None
        wanted = self.channel.currentData()
        return next((o for o in self.options.channels if o.channel == wanted), None)

    # -- attachments --
    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files(files)

    def add_files(self, files: list[str]) -> None:
        for name in files:
            path = Path(name)
            if path.is_file() and path not in self.attachments:
                self.attachments.append(path)
        self._show_files()

    def _remove_file(self, item) -> None:
        self.attachments = [p for p in self.attachments if p.name != item.text()]
        self._show_files()

    def _show_files(self) -> None:
        self.files.clear()
        for path in self.attachments:
            self.files.addItem(path.name)
        self.files.setVisible(bool(self.attachments))
        if self.attachments:
            self.files.setToolTip(self.tr("Double-click a file to remove it."))

    # -- promo replies --
    def pick_promo(self) -> None:
        if self.customer_id is None:
            return
        dialog = PromoDialog(self.ctx, self)
        if dialog.exec() and dialog.chosen:
            self.insert_promo(dialog.chosen)

    def insert_promo(self, shortcut: str) -> None:
        """Render the promo for this customer and channel; fill-in fields are asked first.

        The discount code stays a visible placeholder until the message is sent; values that
        are missing (e.g. no order yet) are marked in the text and block sending until fixed.
        """
        channel = self.channel.currentData() or "email"
        try:
            rendered = render_promo(self.ctx, shortcut, self.customer_id, channel)
            answers: dict[str, str] = {}
            for field_name in rendered.asked:
                value, accepted = QInputDialog.getText(
                    self, self.tr("Promo reply"), self.tr("{field}:").format(field=field_name))
                if not accepted:
                    return
                answers[field_name] = value
            if answers:
                rendered = render_promo(self.ctx, shortcut, self.customer_id, channel,
                                        language=rendered.language, answers=answers)
        except (LookupError, ValueError) as error:
            self.note.setText(self.tr("Cannot insert the promo reply: {reason}").format(
                reason=error_text.describe_or_text(error)))
            return
        self.promo_choice = (shortcut, rendered.language, answers)
        self.text.insertPlainText(rendered.text)
        if rendered.subject and not self.subject.text() and channel == "email":
            self.subject.setText(rendered.subject)
        if rendered.missing:
            self.note.setText(self.tr("Fill in by hand: {names}").format(
                names=", ".join(rendered.missing)))
        self.text.setFocus()

    def _queue_promo(self, customer_id: int, account_name: str | None) -> int:
        """Queue the composed text as the inserted promo reply, so the pool's code is taken
        when it is sent (the user may have edited the text around it)."""
        shortcut, language, answers = self.promo_choice
        channel = self.channel.currentData() or "email"
        prepared = prepare_promo_reply(self.ctx, customer_id, shortcut, channel,
                                       language=language, answers=answers)
        prepared = reformat_edited(prepared, self.text.toPlainText(),
                                   self.subject.text().strip() or None)
        return queue_reply(
            self.ctx, customer_id, prepared.body_text, channel=channel,
            account_name=account_name, subject=prepared.subject or None,
            html=prepared.body_html, attachments=list(self.attachments),
            stored_attachments=[StoredAttachment(a.filename, a.mime_type, a.sha256, a.size)
                                for a in prepared.attachments],
            extra=prepared.extra)

    # -- sending --
    def send_reply(self) -> None:
        if self.customer_id is None or not self.send.isEnabled():
            return
        customer_id = self.customer_id
        account_id = self.account.currentData()
        account_name = self.account.currentText() if account_id is not None else None
        try:
            if self.promo_choice is not None:
                message_id = self._queue_promo(customer_id, account_name)
            else:
                message_id = queue_reply(
                    self.ctx, customer_id, self.text.toPlainText(),
                    channel=self.channel.currentData(), account_name=account_name,
                    subject=self.subject.text().strip() or None,
                    attachments=list(self.attachments))
        except (OutboxError, OSError, MissingValues, PoolEmpty, LookupError) as error:
            self.note.setText(self.tr("Not sent: {reason}").format(
                reason=error_text.describe(error)))
            return
        clear_draft(self.ctx, customer_id)
        self.promo_choice = None
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.subject.clear()
        self.attachments = []
        self._show_files()
        self.note.setText(self.tr("Sending…"))
        self.queued.emit(customer_id, message_id)
        self.send_in_background(customer_id, message_id)

    def send_in_background(self, customer_id: int, message_id: int) -> None:
        def done(result: tuple[str, str | None]) -> None:
            state, stored = result
            if customer_id == self.customer_id:
                self.note.setText(self.tr("Sent.") if state == "sent" else
                                  self.tr("Not sent: {reason}").format(
                                      reason=error_text.describe_stored(stored) or state))
            self.delivered.emit(customer_id, message_id, state)

        self.tasks.submit(send_message, self.ctx, message_id, on_done=done,
                          on_error=lambda error: done(("failed", as_shop_error(error).stored())))
