"""What the account forms of the shops' APIs (order sources) share: a name, the shop's address,
a secret kept in the keyring or named as an environment variable, the order-number prefix. A
source's own form (`sources/<kind>/form.py`) adds its fields and says what options its
`add_account` takes (`options()`); the test and the save are `app/orders/manage.py`'s, run in
the background: the connection is tried before anything is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.manage import add_tested_source, test_source
from shopinbox.ui.settings.secret_store import SecretStoreChoice
from shopinbox.ui.settings.settings_dialog import AccountForm, FormInvalid

LOCAL = {"127.0.0.1", "localhost", "::1"}


class ShopApiForm(AccountForm):
    kind = ""
    secret_variable = "SHOPINBOX_SHOP_SECRET"

    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Web shop"))
        self.url = QLineEdit(self)
        self.url.setObjectName("shopUrl")
        self.url.setPlaceholderText("https://")
        self.secret = QLineEdit(self)
        self.secret.setObjectName("shopSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_store = SecretStoreChoice(self.secret_variable, self)
        self.secret_store.in_env.toggled.connect(self._secret_from_env)
        self.prefix = QLineEdit(self)
        self.prefix.setObjectName("orderPrefix")
        self.prefix.setPlaceholderText(self.tr("optional, e.g. LH-"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.secret_store.take_notice(self))
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        self.setMinimumWidth(520)
        self.layout_.addRow(self.tr("Name"), self.name)
        self.layout_.addRow(self.tr("Shop address"), self.url)

    def finish_layout(self, secret_label: str) -> None:
        """The rows after the source's own: the secret, where it is kept, the prefix."""
        self.layout_.addRow(secret_label, self.secret)
        self.layout_.addRow(self.tr("Secret kept"), self.secret_store)
        self.layout_.addRow(self.tr("Order number prefix"), self.prefix)
        self._secret_from_env()

    def _secret_from_env(self) -> None:
        from_env = self.secret_store.uses_env
        self.secret.setEnabled(not from_env)
        if from_env:
            self.secret.clear()

    def common(self) -> tuple[str, str, str | None, str | None]:
        """(name, url, typed secret, environment variable), checked."""
        name, url = self.name.text().strip(), self.url.text().strip()
        if not name:
            raise FormInvalid(self.tr("Give the order source a name."))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FormInvalid(self.tr("Type the shop's address, starting with https://."))
        if parts.scheme == "http" and parts.hostname not in LOCAL:
            raise FormInvalid(self.tr("The address must start with https://: over plain http "
                                      "the shop's keys would travel unencrypted."))
        variable = self.secret_store.env_variable()
        secret = None if variable else self.secret.text().strip()
        if not variable and not secret:
            raise FormInvalid(self.missing_secret())
        return name, url, secret, variable

    def missing_secret(self) -> str:
        return self.tr("Paste the secret.")

    def options(self) -> dict[str, Any]:
        """The options of the source's `add_account` from the fields."""
        raise NotImplementedError

    def tester(self) -> Callable[[], object]:
        kind, options = self.kind, self.options()
        return lambda: test_source(kind, **options)

    def describe_result(self, result: object) -> str:
        return ""

    def saver(self) -> Callable[[], int]:
        ctx, kind, name, options = self.ctx, self.kind, self.common()[0], self.options()
        return lambda: add_tested_source(ctx, kind, name, **options)
