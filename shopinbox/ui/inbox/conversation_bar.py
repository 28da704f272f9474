"""Above the timeline: the open customer's name and the conversation actions — done (e),
snooze (s: later today, tomorrow, next week, a date), reopen, mark unread."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from shopinbox.ui.common.dialogs import SnoozeDateDialog, snooze_presets
from shopinbox.ui.common.formatting import local_datetime

if TYPE_CHECKING:
    from shopinbox.app.inbox.read_model import CustomerView


class ConversationBar(QWidget):
    done = Signal()
    reopen = Signal()
    unread = Signal()
    snooze = Signal(object)  # aware datetime
    assign = Signal(object)  # team mode: a user id, or None to unassign

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("conversationTitle")
        self.state = QLabel(self)
        self.state.setObjectName("conversationState")
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("doneButton")
        self.done_button.setToolTip(self.tr("Mark done (e)"))
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Snooze (s)"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu.setObjectName("snoozeMenu")
        self.later = self.menu.addAction(self.tr("Later today"))
        self.tomorrow = self.menu.addAction(self.tr("Tomorrow morning"))
        self.next_week = self.menu.addAction(self.tr("Next week"))
        self.pick = self.menu.addAction(self.tr("Pick a date…"))
        self.snooze_button.setMenu(self.menu)
        self.unread_button = QPushButton(self.tr("Mark unread"), self)
        self.unread_button.setObjectName("unreadButton")
        # Team mode: who else is writing to this customer, and who the conversation is for.
        self.replying = QLabel(self)
        self.replying.setObjectName("conversationReplying")
        self.replying.setStyleSheet("color:#b45309; font-weight:bold")
        self.replying.setVisible(False)
        self.assign_button = QToolButton(self)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.assign_menu = QMenu(self)
        self.assign_menu.setObjectName("assignMenu")
        self.assign_button.setMenu(self.assign_menu)
        self.assign_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.replying)
        layout.addWidget(self.state)
        for widget in (self.assign_button, self.done_button, self.reopen_button,
                       self.snooze_button, self.unread_button):
            layout.addWidget(widget)
        self.done_button.clicked.connect(self.done)
        self.reopen_button.clicked.connect(self.reopen)
        self.unread_button.clicked.connect(self.unread)
        self.later.triggered.connect(lambda: self._preset("later"))
        self.tomorrow.triggered.connect(lambda: self._preset("tomorrow"))
        self.next_week.triggered.connect(lambda: self._preset("next_week"))
        self.pick.triggered.connect(self.pick_date)
        self.show_conversation(None)

    def set_users(self, users: list) -> None:
        """Team mode: the people a conversation can be assigned to (UserView)."""
        self.assign_menu.clear()
        nobody = self.assign_menu.addAction(self.tr("Unassigned"))
        nobody.triggered.connect(lambda: self.assign.emit(None))
        for user in users:
            action = self.assign_menu.addAction(user.name)
            action.triggered.connect(lambda _checked=False, i=user.id: self.assign.emit(i))
        self.assign_button.setVisible(bool(users))

    def show_replying(self, names: list[str]) -> None:
        """'Anna is replying' (several: 'Anna, Ola are replying'); hidden when nobody is."""
        if not names:
            self.replying.setText("")
            self.replying.setVisible(False)
            return
        text = (self.tr("{name} is replying") if len(names) == 1
                else self.tr("{names} are replying"))
        self.replying.setText("✎ " + text.format(name=names[0], names=", ".join(names)))
        self.replying.setVisible(True)

    def show_conversation(self, detail: CustomerView | None) -> None:
        enabled = detail is not None
        for widget in (self.done_button, self.reopen_button, self.snooze_button,
                       self.unread_button, self.assign_button):
            widget.setEnabled(enabled)
        if detail is None:
            self.title.setText("")
            self.state.setText("")
            self.show_replying([])
            return
        self.assign_button.setText(self.tr("For: {name}").format(name=detail.assignee)
                                   if detail.assignee else self.tr("Assign"))
        self.title.setText(f"<b>{html.escape(detail.name)}</b>")
        status = detail.status
        self.done_button.setVisible(status != "done")
        self.reopen_button.setVisible(status != "open")
        if status == "snoozed" and detail.snoozed_until:
            self.state.setText(self.tr("Snoozed until {when}").format(
                when=local_datetime(detail.snoozed_until)))
        elif status == "done":
            self.state.setText(self.tr("Done"))
        else:
            self.state.setText("")

    def _preset(self, key: str) -> None:
        self.snooze.emit(snooze_presets(datetime.now(UTC))[key])

    def pick_date(self) -> None:
        dialog = SnoozeDateDialog(self)
        if dialog.exec():
            self.snooze.emit(dialog.chosen())
