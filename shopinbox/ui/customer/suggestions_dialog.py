"""Merge suggestions: pairs of customers who may be one person, each with its reasons.

The list is computed in the background (it scans chats and orders); "Merge" accepts a
suggestion (the customer with more orders survives), "Not the same person" dismisses it for
good. Reasons are worded here, translated, from the reason code and its detail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.identity.merge_actions import accept_suggestion_by_hand
from shopinbox.app.identity.suggestions import dismiss_suggestion, list_suggestions
from shopinbox.ui.common.operations import OperationRunner
from shopinbox.ui.common.tasks import TaskRunner

SuggestionRole = Qt.ItemDataRole.UserRole + 1


class SuggestionsDialog(QDialog):
    merged = Signal(object)  # set of customer ids that changed
    loaded = Signal(int)  # how many suggestions the list shows

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None,
                 ops: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsDialog")
        self.setWindowTitle(self.tr("Merge suggestions"))
        self.resize(640, 420)
        self.ctx, self.tasks, self.ops = ctx, tasks, ops
        self.status = QLabel(self.tr("Looking for customers who may be one person…"), self)
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionList")
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Merge"), self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.dismiss_button = QPushButton(self.tr("Not the same person"), self)
        self.dismiss_button.setObjectName("dismissSuggestion")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.rows: list[Any] = []
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        self.tasks.submit(list_suggestions, self.ctx, on_done=self._show,
                          on_error=lambda error: self.status.setText(str(error)))

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows
        self.list.clear()
        for row in rows:
            reasons = "\n".join(f"  • {self.reason_text(r.reason, r.detail)}" for r in row.reasons)
            item = QListWidgetItem(
                self.tr("{source} → {into}").format(source=self._name(row, row.source_id),
                                                   into=self._name(row, row.into_id))
                + "\n" + reasons)
            item.setData(SuggestionRole, row.id)
            self.list.addItem(item)
        self.status.setText(self.tr("%n suggestion(s). Merging moves everything to the "
                                    "customer on the right; it can be undone.", "", len(rows)))
        if rows:
            self.list.setCurrentRow(0)
        self._update_buttons()
        self.loaded.emit(len(rows))

    @staticmethod
    def _name(row: Any, customer_id: int) -> str:
        name = row.customer_a_name if customer_id == row.customer_a_id else row.customer_b_name
        return f"{name} (#{customer_id})"

    def reason_text(self, reason: str, detail: dict[str, Any]) -> str:
        value = str(detail.get("value", ""))
        number = str(detail.get("order_number", value))
        texts = {
            "same_email": self.tr("both have the email address {value}"),
            "same_phone": self.tr("both have the phone number {value}"),
            "written_email": self.tr("wrote {value} on Telegram, an email address of the other"),
            "written_order": self.tr("wrote order number {value} on Telegram, an order of the "
                                     "other"),
            "start_payload": self.tr("opened the Telegram bot with {value}, which belongs to the "
                                     "other"),
            "order_email": self.tr("order {number} has the email address {value} of the other"),
            "order_phone": self.tr("order {number} has the phone number {value} of the other"),
            "same_name": self.tr("both are called {value}, on different channels — a weaker "
                                 "hint: check before merging"),
        }
        return texts.get(reason, reason).format(value=value, number=number)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(SuggestionRole) if item is not None else None

    def _update_buttons(self) -> None:
        enabled = self._current_id() is not None
        self.accept_button.setEnabled(enabled)
        self.dismiss_button.setEnabled(enabled)

    def accept_current(self) -> None:
        suggestion = self._current_id()
        if suggestion is None:
            return
        row = next(r for r in self.rows if r.id == suggestion)

        def done(_result: object) -> None:
            self.merged.emit({row.source_id, row.into_id})
            self.reload()

        def failed(error: Exception) -> None:
            self.status.setText(str(error))  # a MergeError says why, to show as is

        # Merging writes: an operation on the window's writes thread (or this dialog's runner).
        self._write(accept_suggestion_by_hand, suggestion, done, failed)

    def _write(self, fn, suggestion: int, done, failed) -> None:
        if self.ops is not None:
            self.ops.run(fn, self.ctx, suggestion, on_success=done, on_failure=failed)
        else:
            self.tasks.submit(fn, self.ctx, suggestion, on_done=done, on_error=failed)

    def dismiss_current(self) -> None:
        suggestion = self._current_id()
        if suggestion is not None:
            self._write(dismiss_suggestion, suggestion, lambda _result: self.reload(),
                        lambda error: self.status.setText(str(error)))
