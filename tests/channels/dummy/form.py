"""The dummy channel's account form and names (its only Qt part)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit

from shopinbox.app.core.accounts import add_account
from shopinbox.ui.settings.settings_dialog import AccountForm


class DummyAccountForm(AccountForm):
    title = "Dummy"

    def __init__(self, ctx, account=None, parent=None) -> None:
        super().__init__(ctx, account, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("dummyName")
        QFormLayout(self).addRow("Name", self.name)

    def tester(self):
        return lambda: "ok"

    def save(self) -> int:
        return add_account(self.ctx, self.name.text(), "dummy", {}, None)


FORM = DummyAccountForm


def texts() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("DummyChannel", "Dummy"),
        "account": QCoreApplication.translate("DummyChannel", "Dummy account"),
        "add": QCoreApplication.translate("DummyChannel", "Add a dummy account"),
        "identity": QCoreApplication.translate("DummyChannel", "dummy"),
    }
