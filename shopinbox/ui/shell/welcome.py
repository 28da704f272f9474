"""First start with no account: add an account of any channel, or open the demo shop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from shopinbox.ui.common import channel_ui


class WelcomeScreen(QWidget):
    add_account = Signal(str)  # account kind
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("<h1>Welcome to shopinbox</h1>"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("All your shop's email and Telegram conversations in one place, "
                              "next to each customer's orders. Start by adding an account — or "
                              "look around the demo shop first."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One button per channel, in the registry's order (objectName welcome<Kind>).
        self.add_buttons: dict[str, QPushButton] = {}
        for channel in channel_ui.messaging_channels():
            button = QPushButton(channel_ui.add_title(channel.kind), self)
            button.setObjectName(f"welcome{channel.kind.capitalize()}")
            button.clicked.connect(lambda _=False, k=channel.kind: self.add_account.emit(k))
            self.add_buttons[channel.kind] = button
        self.demo = QPushButton(self.tr("Open the demo shop"), self)
        self.demo.setObjectName("welcomeDemo")
        self.busy = QLabel(self)
        self.busy.setObjectName("welcomeBusy")
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(16)
        for button in (*self.add_buttons.values(), self.demo):
            button.setMinimumHeight(36)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy)
        layout.addStretch(2)
        layout.setContentsMargins(60, 20, 60, 20)
        self.demo.clicked.connect(self._demo)

    def _demo(self) -> None:
        self.busy.setText(self.tr("Preparing the demo shop…"))
        self.demo.setEnabled(False)
        self.open_demo.emit()
