"""Small dialogs of the main window: merge with another customer, snooze until a date, and the
keyboard shortcut sheet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.ui.common.deferred import deferred

if TYPE_CHECKING:
    from shopinbox.app.identity.merge_actions import MergePreview

merge_candidates = deferred("shopinbox.app.identity.merge_actions", "merge_candidates")
merge_preview = deferred("shopinbox.app.identity.merge_actions", "merge_preview")


def snooze_presets(now: datetime) -> dict[str, datetime]:
    """Later today (+3 h), tomorrow 9:00, next Monday 9:00 — local time, returned aware."""
    local = now.astimezone()
    tomorrow = (local + timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    days = 7 - local.weekday()
    next_week = (local + timedelta(days=days)).replace(hour=9, minute=0, second=0, microsecond=0)
    return {"later": local + timedelta(hours=3), "tomorrow": tomorrow, "next_week": next_week}


class SnoozeDateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        self.when = QDateTimeEdit(start, self)
        self.when.setObjectName("snoozeWhen")
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The conversation comes back at this time, or earlier "
                                        "when the customer writes."), self))
        layout.addWidget(self.when)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)


class MergeDialog(QDialog):
    """Pick the customer to merge into the current one (type to narrow the list)."""

    filled = Signal()  # the list shows the candidates for the current filter text
    asked = Signal()  # the question "X remains, Y's … move" is on screen

    def __init__(self, ctx: AppContext, customer_id: int, name: str,
                 parent: QWidget | None = None, ops: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.ctx, self.customer_id = ctx, customer_id
        self.ops = ops  # an OperationRunner: the candidates are a background query
        self._generation = 0
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Merge customers"))
        explain = QLabel(self.tr("Choose who “{name}” really is. The other customer's messages, "
                                 "addresses and orders move here. You can undo it.")
                         .format(name=name), self)
        explain.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("mergeFilter")
        self.filter.setPlaceholderText(self.tr("Search by name"))
        self.list = QListWidget(self)
        self.list.setObjectName("mergeList")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.question = QLabel(self)  # what the merge does, asked before it is done
        self.question.setObjectName("mergeQuestion")
        self.question.setWordWrap(True)
        self.question.hide()
        layout.insertWidget(3, self.question)
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.filter.textChanged.connect(self._fill)
        self.filter.textChanged.connect(self._unask)
        self.list.currentRowChanged.connect(self._unask)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._asked_for: int | None = None
        self._fill("")
        self.resize(460, 460)

    def _fill(self, text: str) -> None:
        if self.ops is None:
            self._show(self._generation, merge_candidates(self.ctx, self.customer_id, text))
            return
        self._generation += 1
        generation = self._generation
        self.ops.query(merge_candidates, self.ctx, self.customer_id, text,
                       on_done=lambda found: self._show(generation, found))

    def _show(self, generation: int, found: list[tuple[int, str]]) -> None:
        if generation != self._generation:
            return  # the filter changed again meanwhile
        self.list.clear()
        for other_id, other_name in found:
            item = QListWidgetItem(other_name or f"#{other_id}")
            item.setData(Qt.ItemDataRole.UserRole, other_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.filled.emit()

    def accept(self) -> None:
        """First press: say which customer remains and what moves, and ask; second press
        (on the same choice): merge."""
        item = self.list.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        if chosen is None:
            return
        if self._asked_for == chosen:
            self.chosen = chosen
            super().accept()
            return
        if self.ops is None:
            self._ask(chosen, merge_preview(self.ctx, chosen, self.customer_id))
        else:
            self.ops.query(merge_preview, self.ctx, chosen, self.customer_id,
                           on_done=lambda preview: self._ask(chosen, preview))

    def _ask(self, chosen: int, preview: MergePreview) -> None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) != chosen:
            return  # another one was chosen meanwhile
        self._asked_for = chosen
        self.question.setText(self.tr(
            "“{remains}” remains. From “{moves}” move here: {messages} message(s), "
            "{identities} address(es) and number(s), {orders} order(s); “{moves}” disappears "
            "from the list. You can undo it with “Undo merge”. Merge?").format(
                remains=preview.remains, moves=preview.moves, messages=preview.messages,
                identities=preview.identities, orders=preview.orders))
        self.question.show()
        self.merge_button.setText(self.tr("Yes, merge"))
        self.asked.emit()

    def _unask(self, *_args: object) -> None:
        if self._asked_for is not None:
            self._asked_for = None
            self.question.hide()
            self.merge_button.setText(self.tr("Merge"))


class ShortcutSheet(QDialog):
    """`?`: every shortcut of the window, from the same table that binds them."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (key, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # As large as its text in the UI language (Polish and Russian run longer), no scrolling.
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        width = table.horizontalHeader().length() + frame + 4
        height = table.verticalHeader().length() + table.horizontalHeader().height() + frame + 4
        table.setMinimumSize(width, height)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.adjustSize()
