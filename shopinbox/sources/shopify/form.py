"""Settings → Order sources → Add a shop → Shopify: the shop's address and an Admin API access
token (a custom app with the read_orders scope). Tested before it is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.sources.shopify.source import KIND
from shopinbox.ui.settings.settings_dialog import small_print
from shopinbox.ui.settings.shop_form import ShopApiForm


class ShopifyForm(ShopApiForm):
    kind = KIND
    secret_variable = "SHOPINBOX_SHOPIFY_TOKEN"

    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("Shopify shop")
        self.setObjectName("shopifyForm")
        self.url.setPlaceholderText("https://your-shop.myshopify.com")
        self.secret.setPlaceholderText("shpat_…")
        help_text = QLabel(self.tr("In the Shopify admin open Settings → Apps → Develop apps, "
                                   "create an app with the read_orders scope, install it and "
                                   "copy its Admin API access token."), self)
        help_text.setWordWrap(True)
        small_print(help_text)
        self.layout_.addRow("", help_text)
        self.finish_layout(self.tr("Access token"))

    def missing_secret(self) -> str:
        return self.tr("Paste the Admin API access token (shpat_…).")

    def options(self) -> dict[str, Any]:
        _name, url, secret, variable = self.common()
        return {"shop_url": url, "token": secret, "token_env": variable,
                "order_prefix": self.prefix.text().strip()}


FORM = ShopifyForm
