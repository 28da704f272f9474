"""The "Log a call" dialog (the customer panel opens it through `open_entry_dialog`): who
called whom, when (now by default), how long, how it ended, and a note. Saving runs
`log.log_call` as an operation on the window's writes thread, never on the UI thread; the
dialog stays open with a translated sentence if the call cannot be saved, so nothing typed is
lost, and closes once the call is stored (the timeline then shows it through
`changes_applied`)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.channels.phone.calls import DEFAULT_OUTCOME, MAX_MINUTES, OUTCOMES
from shopinbox.channels.phone.log import log_call
from shopinbox.channels.phone.names import outcome_titles
from shopinbox.ui.common import error_text
from shopinbox.ui.common.formatting import date_pattern
from shopinbox.ui.common.operations import OperationRunner


class CallDialog(QDialog):
    """One call of one customer. `saved` carries the new message id."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, ops: OperationRunner, customer_id: int,
                 customer_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callDialog")
        self.ctx, self.ops, self.customer_id = ctx, ops, customer_id
        self.setWindowTitle(self.tr("Log a call"))
        self.inbound = QRadioButton(self.tr("The customer called the shop"), self)
        self.inbound.setObjectName("callInbound")
        self.outbound = QRadioButton(self.tr("The shop called the customer"), self)
        self.outbound.setObjectName("callOutbound")
        self.inbound.setChecked(True)
        direction = QButtonGroup(self)
        direction.addButton(self.inbound)
        direction.addButton(self.outbound)
        now = QDateTime.currentDateTime()
        self.when = QDateTimeEdit(now, self)
        self.when.setObjectName("callWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{date_pattern()} HH:mm")
        self.when.setMaximumDateTime(now.addSecs(60))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("callMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("callOutcome")
        titles = outcome_titles()
        for code in OUTCOMES:
            self.outcome.addItem(titles[code], code)
        self.outcome.setCurrentIndex(OUTCOMES.index(DEFAULT_OUTCOME))
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("callNote")
        self.note.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.status = QLabel(self)
        self.status.setObjectName("callStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#c0392b")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save the call"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("callSave")
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("callCancel")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Who called"), self.inbound)
        form.addRow("", self.outbound)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        if customer_name:
            title = QLabel(self.tr("A call with {name}").format(name=customer_name), self)
            title.setObjectName("callCustomer")
            layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(460, 380)

    def chosen_time(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def save(self) -> None:
        """Write the call in the background; the dialog waits (its button off) until then."""
        self.save_button.setEnabled(False)
        self.status.clear()
        self.ops.run(partial(log_call, outbound=self.outbound.isChecked(),
                             minutes=self.minutes.value(),
                             outcome=str(self.outcome.currentData()), at=self.chosen_time()),
                     self.ctx, self.customer_id, self.note.toPlainText(),
                     on_success=self._saved, on_failure=self._failed)

    def _saved(self, message_id: Any) -> None:
        self.saved.emit(int(message_id))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text.describe(error))


def open_entry_dialog(parent: QWidget, ctx: AppContext, ops: OperationRunner,
                      customer_id: int, customer_name: str = "") -> CallDialog:
    """Show the dialog (not modal to the window's work: the timeline keeps refreshing)."""
    dialog = CallDialog(ctx, ops, customer_id, customer_name, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog
