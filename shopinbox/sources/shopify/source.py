"""The Shopify order source on the contract of `sources/base.py`: orders through the Admin
GraphQL API (`client.py`), listed by `updated_at`. The HTTP client loads when first used."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from shopinbox.sources.base import ModifiedSinceSource, OrderSetupError

if TYPE_CHECKING:
    from shopinbox.app.core.context import AppContext
    from shopinbox.sources.shopify.client import ShopifyClient
    from shopinbox.store.models import Account

KIND = "shopify"


class ShopifySource(ModifiedSinceSource):
    kind = KIND
    title = "Shopify"
    order = 30
    form_module = "shopinbox.sources.shopify.form"

    def make_client(self, account: Account) -> ShopifyClient:
        from shopinbox.app.core.secrets import load_secret
        from shopinbox.sources.shopify.client import ShopifyClient

        settings = account.settings or {}
        secret = load_secret(account.name, account.secret_ref)
        return ShopifyClient(settings["shop_url"], secret,
                             page_size=int(settings.get("page_size", 20)))

    def client_for(self, **options: Any) -> Any:
        """Options: `shop_url`, `token` or `token_env`."""
        return self._client_for(**options)

    def _client_for(self, *, shop_url: str, token: str | None = None,
                   token_env: str | None = None, **_: Any) -> ShopifyClient:
        from shopinbox.sources.base import typed_secret
        from shopinbox.sources.shopify.client import ShopifyClient

        return ShopifyClient(shop_url, typed_secret(shop_url, token, token_env), timeout=15.0,
                             max_retries=1)

    # `updated_at:>=` is inclusive already: `request_since` stays the cursor itself.

    def add_account(self, ctx: AppContext, name: str, **options: Any) -> int:
        """Options: `shop_url`, `token` or `token_env`, `order_prefix`."""
        return self._add(ctx, name, **options)

    def _add(self, ctx: AppContext, name: str, *, shop_url: str, token: str | None = None,
             token_env: str | None = None, order_prefix: str = "") -> int:
        """The Admin API access token goes to the keyring, or only `token_env` (the name of an
        environment variable holding it) is saved."""
        from shopinbox.app.orders.manage import save_source_account
        from shopinbox.sources.order_http import OrderSourceError, check_base_url

        try:
            shop_url = check_base_url(shop_url)
        except OrderSourceError as error:
            raise OrderSetupError(str(error)) from None
        settings = {"shop_url": shop_url, "order_prefix": order_prefix}
        return save_source_account(ctx, name, self.kind, settings, token, token_env)

    def register_cli(self, order_actions: argparse._SubParsersAction) -> None:
        from shopinbox.sources.shopify.cli import register

        register(order_actions)
