"""Settings → Order sources → Add a shop → WooCommerce: the shop's address and a REST API key
(WooCommerce → Settings → Advanced → REST API, read access). Tested before it is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.sources.woocommerce.source import KIND
from shopinbox.ui.settings.settings_dialog import FormInvalid, small_print
from shopinbox.ui.settings.shop_form import ShopApiForm


class WooCommerceForm(ShopApiForm):
    kind = KIND
    secret_variable = "SHOPINBOX_WOO_SECRET"

    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("WooCommerce shop")
        self.setObjectName("wooCommerceForm")
        self.key = QLineEdit(self)
        self.key.setObjectName("consumerKey")
        self.key.setPlaceholderText("ck_…")
        self.secret.setPlaceholderText("cs_…")
        help_text = QLabel(self.tr("In WordPress open WooCommerce → Settings → Advanced → REST "
                                   "API, add a key with Read access and copy both parts."), self)
        help_text.setWordWrap(True)
        small_print(help_text)
        self.query_auth = QCheckBox(self.tr("Send the key in the address"), self)
        self.query_auth.setObjectName("queryAuth")
        self.query_auth.setToolTip(self.tr("Only for servers that drop the login header "
                                           "(the test then says the key was refused)."))
        self.query_auth.setMinimumWidth(self.query_auth.sizeHint().width())
        self.layout_.addRow(self.tr("Consumer key"), self.key)
        self.layout_.addRow("", help_text)
        self.finish_layout(self.tr("Consumer secret"))
        self.layout_.addRow("", self.query_auth)

    def missing_secret(self) -> str:
        return self.tr("Paste the consumer secret (cs_…).")

    def options(self) -> dict[str, Any]:
        _name, url, secret, variable = self.common()
        key = self.key.text().strip()
        if not key:
            raise FormInvalid(self.tr("Paste the consumer key (ck_…)."))
        return {"url": url, "consumer_key": key, "secret": secret, "secret_env": variable,
                "auth": "query" if self.query_auth.isChecked() else "basic",
                "order_prefix": self.prefix.text().strip()}


FORM = WooCommerceForm
