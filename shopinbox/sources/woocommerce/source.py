"""The WooCommerce order source on the contract of `sources/base.py`: orders through the REST
API v3 (`client.py`), listed by modification time. The HTTP client loads when first used."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from shopinbox.sources.base import ModifiedSinceSource, OrderSetupError

if TYPE_CHECKING:
    from shopinbox.app.core.context import AppContext
    from shopinbox.sources.woocommerce.client import WooCommerceClient
    from shopinbox.store.models import Account

KIND = "woocommerce"
AUTH_MODES = ("basic", "query")


class WooCommerceSource(ModifiedSinceSource):
    kind = KIND
    title = "WooCommerce"
    order = 20
    form_module = "shopinbox.sources.woocommerce.form"

    def make_client(self, account: Account) -> WooCommerceClient:
        from shopinbox.app.core.secrets import load_secret
        from shopinbox.sources.woocommerce.client import WooCommerceClient

        settings = account.settings or {}
        secret = load_secret(account.name, account.secret_ref)
        return WooCommerceClient(settings["url"], settings["consumer_key"], secret,
                                 auth=settings.get("auth", "basic"),
                                 per_page=int(settings.get("per_page", 50)))

    def client_for(self, **options: Any) -> Any:
        """Options: `url`, `consumer_key`, `secret` or `secret_env`, `auth`."""
        return self._client_for(**options)

    def _client_for(self, *, url: str, consumer_key: str, secret: str | None = None,
                   secret_env: str | None = None, auth: str = "basic", **_: Any
                   ) -> WooCommerceClient:
        from shopinbox.sources.base import typed_secret
        from shopinbox.sources.woocommerce.client import WooCommerceClient

        return WooCommerceClient(url, consumer_key, typed_secret(url, secret, secret_env),
                                 auth=auth, timeout=15.0)

    def request_since(self, since: datetime) -> datetime:
        # `modified_after` is strict: ask from one second earlier to include the boundary.
        return since - timedelta(seconds=1)

    def add_account(self, ctx: AppContext, name: str, **options: Any) -> int:
        """Options: `url`, `consumer_key`, `secret` or `secret_env`, `auth`, `order_prefix`."""
        return self._add(ctx, name, **options)

    def _add(self, ctx: AppContext, name: str, *, url: str, consumer_key: str,
             secret: str | None = None, secret_env: str | None = None, auth: str = "basic",
             order_prefix: str = "") -> int:
        """The consumer secret goes to the keyring, or only `secret_env` (the name of an
        environment variable holding it) is saved."""
        from shopinbox.app.orders.manage import save_source_account
        from shopinbox.sources.order_http import OrderSourceError, check_base_url

        if auth not in AUTH_MODES:
            raise OrderSetupError(f"unknown auth {auth!r}; choose one of {', '.join(AUTH_MODES)}")
        try:
            url = check_base_url(url)
        except OrderSourceError as error:
            raise OrderSetupError(str(error)) from None
        settings = {"url": url, "consumer_key": consumer_key, "auth": auth,
                    "order_prefix": order_prefix}
        return save_source_account(ctx, name, self.kind, settings, secret, secret_env)

    def register_cli(self, order_actions: argparse._SubParsersAction) -> None:
        from shopinbox.sources.woocommerce.cli import register

        register(order_actions)
