"""`shopinbox orders add-woocommerce NAME --url URL --key CK [--secret-env VAR] [--auth query]
[--order-prefix P]`."""

from __future__ import annotations

import argparse

from shopinbox.commands.orders import add_source_from_cli, ask_secret
from shopinbox.sources.woocommerce.source import AUTH_MODES, KIND


def register(actions: argparse._SubParsersAction) -> None:
    woo = actions.add_parser("add-woocommerce", help="add a WooCommerce shop (REST API v3)")
    woo.add_argument("name", metavar="NAME")
    woo.add_argument("--url", required=True, help="the shop's address, https://…")
    woo.add_argument("--key", required=True, help="consumer key (ck_…)")
    woo.add_argument("--secret-env", metavar="VAR",
                     help="read the consumer secret from this environment variable "
                          "(default: ask, and keep it in the OS keyring)")
    woo.add_argument("--auth", choices=AUTH_MODES, default="basic",
                     help="query: send the key as URL parameters, for servers that drop "
                          "the Authorization header")
    woo.add_argument("--order-prefix", default="", help="prefix of the shop's order numbers")
    woo.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    secret = None if args.secret_env else ask_secret("WooCommerce consumer secret")
    return add_source_from_cli(args, KIND, url=args.url, consumer_key=args.key, secret=secret,
                               secret_env=args.secret_env, auth=args.auth,
                               order_prefix=args.order_prefix)
