"""First start with no account: add an email account, add a Telegram bot, or open the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


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
        self.email = QPushButton(self.tr("Add an email account"), self)
        self.email.setObjectName("welcomeEmail")
        self.telegram = QPushButton(self.tr("Add a Telegram bot"), self)
        self.telegram.setObjectName("welcomeTelegram")
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
        for button in (self.email, self.telegram, self.demo):
            button.setMinimumHeight(36)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy)
        layout.addStretch(2)
        layout.setContentsMargins(60, 20, 60, 20)
        self.email.clicked.connect(lambda: self.add_account.emit("email"))
        self.telegram.clicked.connect(lambda: self.add_account.emit("telegram"))
        self.demo.clicked.connect(self._demo)

    def _demo(self) -> None:
        self.busy.setText(self.tr("Preparing the demo shop…"))
        self.demo.setEnabled(False)
        self.open_demo.emit()
