"""`shopinbox orders add-shopify NAME --shop-url URL [--token-env VAR] [--order-prefix P]`."""

from __future__ import annotations

import argparse

from shopinbox.commands.orders import add_source_from_cli, ask_secret
from shopinbox.sources.shopify.source import KIND


def register(actions: argparse._SubParsersAction) -> None:
    shop = actions.add_parser("add-shopify", help="add a Shopify shop (Admin GraphQL API)")
    shop.add_argument("name", metavar="NAME")
    shop.add_argument("--shop-url", required=True, help="https://your-shop.myshopify.com")
    shop.add_argument("--token-env", metavar="VAR",
                      help="read the Admin API access token from this environment variable "
                           "(default: ask, and keep it in the OS keyring)")
    shop.add_argument("--order-prefix", default="", help="prefix of the shop's order numbers")
    shop.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    token = None if args.token_env else ask_secret("Shopify Admin API access token")
    return add_source_from_cli(args, KIND, shop_url=args.shop_url, token=token,
                               token_env=args.token_env, order_prefix=args.order_prefix)
