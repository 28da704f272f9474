"""Below the timeline: the reply composer.

Channel and account default to where the customer last wrote; channels the customer cannot be
reached on are listed but disabled, with the reason. Files attach by button or drag and drop. A
promo reply is inserted from the picker (Ctrl+P). Ctrl+Enter queues the reply in the outbox and
sends it in the background. The text is kept as a draft per customer.

Where it can reply and the saved draft are read in the background when a customer opens
(`composer_state`); queueing is an operation (`queue_composed`), sending runs on the network
pool, and a draft save is journalled without waiting for the database (app/inbox/drafts.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.drafts import draft_text
from shopinbox.app.outbox.compose import (
    ComposedReply,
    ComposerState,
    PromoChoice,
    composer_state,
    send_now,
)
from shopinbox.app.outbox.sending import OutboxError
from shopinbox.app.outbox.targets import ReplyOptions
from shopinbox.app.promos.discounts import PoolEmpty
from shopinbox.app.promos.reply import MissingValues
from shopinbox.app.team.work import add_note, queue_team_reply
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError, as_shop_error
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.icons import channel_icon
from shopinbox.ui.common.operations import OperationRunner
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.composer.promo_insert import PromoInsertion
from shopinbox.ui.composer.suggested_reply import SuggestedReplyButton

log = logging.getLogger(__name__)
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


class Composer(PromoInsertion, QWidget):
    queued = Signal(int, int)  # customer id, message id
    delivered = Signal(int, int, str)  # customer id, message id, state
    ready = Signal(int)  # customer id: its reply options and draft are shown
    draft_saved = Signal(int)  # customer id: the draft is on disk
    refused = Signal(str)  # why a reply could not be queued (shown in the note too)
    promo_inserted = Signal(str)  # shortcut of the promo reply now in the text
    note_added = Signal(int)  # customer id: an internal note was saved

    def __init__(self, ctx: AppContext, tasks: TaskRunner, ops: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.ops = ctx, tasks, ops
        self.customer_id: int | None = None
        # The promo reply inserted into the text, if any (its code is taken at send time).
        self.promo_choice: PromoChoice | None = None
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
        self.suggested = SuggestedReplyButton(ctx, ops, self)
        self.send = QPushButton(self.tr("Send"), self)
        self.send.setObjectName("composerSend")
        self.send.setDefault(False)
        self.send.setToolTip(QKeySequence("Ctrl+Return").toString(
            QKeySequence.SequenceFormat.NativeText))
        self.note = QLabel(self)
        self.note.setObjectName("composerNote")
        self.note.setWordWrap(True)
        # The channel's rules this text would break (Channel.reply_warnings); sending stays
        # possible, the user decides.
        self.warnings = QLabel(self)
        self.warnings.setObjectName("composerWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b35900;")
        self.warnings.setVisible(False)
        # An internal note instead of a reply: seen by the team, never sent.
        self.note_mode = QCheckBox(self.tr("Internal note"), self)
        self.note_mode.setObjectName("composerNoteMode")
        self.note_mode.setToolTip(self.tr("Seen by the team only; never sent to the customer"))
        self.note_mode.toggled.connect(self._note_mode_changed)
        # The newest reply on screen (set with each view), and the one that was on screen when
        # the user started this reply: a newer one by someone else means "replied meanwhile".
        self.seen_reply_id = 0
        self.writing_since: int | None = None

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
        buttons.addWidget(self.suggested)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.note_mode)
        buttons.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.files)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)

        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self.save_draft)
        self.text.textChanged.connect(self._save_timer.start)
        self.text.textChanged.connect(self._check_rules)
        self.text.textChanged.connect(self._typed)
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
    # -- team mode: "… is replying" on the other desktops --
    def _typed(self) -> None:
        if not self.text.toPlainText().strip():
            self.writing_since = None
        elif self.writing_since is None:
            self.writing_since = self.seen_reply_id
        live = self.ctx.live
        if live is None or self.customer_id is None:
            return
        if self.text.toPlainText().strip() and not self.note_mode.isChecked():
            live.typing(self.customer_id)
        else:
            live.typing(self.customer_id, False)

    def _stop_typing(self) -> None:
        if self.ctx.live is not None:
            self.ctx.live.stop_typing()

    def _note_mode_changed(self, on: bool) -> None:
        self.send.setText(self.tr("Add note") if on else self.tr("Send"))
        self.text.setPlaceholderText(
            self.tr("Write an internal note…  (Ctrl+Enter adds it; never sent)") if on else
            self.tr("Write a reply…  (Ctrl+Enter sends, Ctrl+P inserts a promo reply)"))
        self._typed()

    def set_customer(self, customer_id: int | None) -> None:
        if self.customer_id is not None and customer_id != self.customer_id:
            self.save_draft()
            self._stop_typing()
        self.customer_id = customer_id
        self.seen_reply_id = 0
        self.writing_since = None
        self.note_mode.setChecked(False)
        self.promo_choice = None
        self.attachments = []
        self._show_files()
        self.note.clear()
        self.subject.clear()
        self.suggested.clear()
        enabled = customer_id is not None
        for widget in (self.channel, self.account, self.subject, self.text, self.attach,
                       self.promo, self.send):
            widget.setEnabled(enabled)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.options = None
        self.channel.clear()
        self.account.clear()
        if customer_id is None:
            return
        self.send.setEnabled(False)  # until the reply options are in
        self.ops.query(composer_state, self.ctx, customer_id, on_done=self._show_state)

    def _show_state(self, state: ComposerState) -> None:
        if state.customer_id != self.customer_id:
            return  # the user moved on meanwhile
        self.options = state.options
        draft = state.draft
        self._fill_channels(draft.channel if draft else None)
        self.suggested.load(state.customer_id, self.channel.currentData())
        if draft is not None and not self.text.toPlainText():
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
        self.ready.emit(state.customer_id)

    def save_draft(self) -> None:
        """Remembered at once, journalled in the background: never waits for the database."""
        self._save_timer.stop()
        if self.customer_id is None:
            return
        if self.options is None and not self.text.toPlainText():
            return  # the saved draft is not shown yet: an empty box must not replace it
        customer_id = self.customer_id
        self.ops.save_draft(self.ctx, customer_id,
                            draft_text(self.text.toPlainText(), self.channel.currentData(),
                                       self.account.currentData()),
                            on_saved=lambda: self.draft_saved.emit(customer_id))

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
        self.subject.setVisible(self._has_subjects(option.channel))
        self.send.setEnabled(option.reachable)
        self._check_rules()

    def _check_rules(self) -> None:
        found = channel_ui.reply_warnings(self.channel.currentData(), self.text.toPlainText())
        self.warnings.setText("\n".join(f"⚠ {text}" for text in found))
        self.warnings.setVisible(bool(found))

    @staticmethod
    def _has_subjects(kind: str | None) -> bool:
        channel = registry.find(kind)
        return channel is not None and channel.capabilities.subjects

    def _option(self):
        if self.options is None:
            return None
        return self.options.option(self.channel.currentData())

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
    # -- sending --
    def send_reply(self) -> None:
        """Queue the reply as an operation; on success the text clears and it is sent in the
        background."""
        if self.customer_id is None or not self.send.isEnabled():
            return
        customer_id = self.customer_id
        if self.note_mode.isChecked():
            self.add_note()
            return
        since = self.writing_since
        self._queue(customer_id, self.seen_reply_id if since is None else since)

    def add_note(self) -> None:
        """The text as an internal note (never sent); the text clears when it is saved."""
        customer_id = self.customer_id
        if customer_id is None:
            return
        self.send.setEnabled(False)

        def saved(_changed: object) -> None:
            self.send.setEnabled(True)
            if customer_id == self.customer_id:
                self.text.blockSignals(True)
                self.text.clear()
                self.text.blockSignals(False)
                self.note_mode.setChecked(False)
                self.note.setText(self.tr("Note added."))
            self.ops.store_drafts(self.ctx)
            self.note_added.emit(customer_id)

        self.ops.run(add_note, self.ctx, customer_id, self.text.toPlainText(),
                     on_success=saved, on_failure=lambda error: self._not_queued(customer_id,
                                                                                 error))

    def _queue(self, customer_id: int, seen_reply_id: int | None) -> None:
        account_id = self.account.currentData()
        reply = ComposedReply(
            customer_id, self.text.toPlainText(), self.channel.currentData(),
            self.account.currentText() if account_id is not None else None,
            self.subject.text().strip() or None, list(self.attachments), self.promo_choice)
        self.send.setEnabled(False)  # one click, one message
        self.ops.run(queue_team_reply, self.ctx, reply,
                     seen_reply_id if self.ctx.user_id is not None else None,
                     on_success=lambda message_id: self._queued(customer_id, message_id),
                     on_failure=lambda error: self._not_queued(customer_id, error))

    def _replied_meanwhile(self, customer_id: int, error: ShopError) -> None:
        """Someone else replied while this user wrote: ask before sending."""
        self.send.setEnabled(True)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replied meanwhile"),
                          self.tr("{user} sent a reply to this customer while you were "
                                  "writing. Send yours too?").format(
                              user=error.params.get("user", "?")),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("repliedMeanwhile")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.asked_meanwhile = box
        box.finished.connect(lambda answer: self._meanwhile_answered(customer_id, answer))
        box.open()

    def _meanwhile_answered(self, customer_id: int, answer: int) -> None:
        self.asked_meanwhile = None
        if answer == QMessageBox.StandardButton.Yes and customer_id == self.customer_id:
            self._queue(customer_id, None)

    def _not_queued(self, customer_id: int, error: Exception) -> None:
        if isinstance(error, ShopError) and error.code == "replied_meanwhile":
            if customer_id == self.customer_id:
                self._replied_meanwhile(customer_id, error)
            return
        if not isinstance(error, OutboxError | OSError | MissingValues | PoolEmpty | LookupError):
            log.error("queueing a reply failed unexpectedly: %r", error)
        if customer_id == self.customer_id:
            self.send.setEnabled(True)
            self.note.setText(self.tr("Not sent: {reason}").format(
                reason=error_text.describe(error)))
        self.refused.emit(error_text.describe(error))

    def _queued(self, customer_id: int, message_id: int) -> None:
        self._stop_typing()
        if customer_id == self.customer_id:
            self.writing_since = None
            self._save_timer.stop()
            self.send.setEnabled(True)
            self.promo_choice = None
            self.text.blockSignals(True)
            self.text.clear()
            self.text.blockSignals(False)
            self.subject.clear()
            self.attachments = []
            self._show_files()
            self.note.setText(self.tr("Sending…"))
        self.ops.store_drafts(self.ctx)  # the sent draft's removal reaches the table too
        self.queued.emit(customer_id, message_id)
        self.send_in_background(customer_id, message_id)

    def send_in_background(self, customer_id: int, message_id: int) -> None:
        def done(result: tuple[str, str | None]) -> None:
            state, stored = result
            if customer_id == self.customer_id:
                reason = error_text.describe_stored(stored) or state
                if state == "sent":
                    self.note.setText(self.tr("Sent."))
                elif state == "queued":  # held back by the service; it goes out by itself
                    self.note.setText(self.tr("Waiting to be sent: {reason}").format(
                        reason=reason))
                else:
                    self.note.setText(self.tr("Not sent: {reason}").format(reason=reason))
            self.delivered.emit(customer_id, message_id, state)

        self.ops.run(send_now, self.ctx, message_id, lane=self.tasks, on_success=done,
                     on_failure=lambda error: done(("failed", as_shop_error(error).stored())))
