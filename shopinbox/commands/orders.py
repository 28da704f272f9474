"""`shopinbox orders …`: import order exports, add shop APIs as order sources, sync, list."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path

from shopinbox.app.core.secrets import SecretUnavailable
from shopinbox.app.orders.manage import (
    FORMATS,
    OrderSetupError,
    add_shopify_account,
    add_woocommerce_account,
    import_orders_file,
    list_orders,
)
from shopinbox.app.orders.sync import sync_orders
from shopinbox.commands.common import CliError, format_time, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("orders", help="order sources: CSV exports, WooCommerce, Shopify")
    commands = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    imp = commands.add_parser(
        "import", help="import an orders export (Shopify, WooCommerce, PrestaShop, any CSV)",
        description="Re-importing the same file updates orders, never duplicates them. Rows "
                    "that cannot be read are listed with their line numbers (exit code 1); "
                    "the good rows are imported anyway.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--format", choices=FORMATS, default="auto")
    imp.add_argument("--map", dest="mapping", metavar="FIELD=COLUMN,…",
                     help="columns for --format generic, e.g. number=Order,email=Mail,total=Sum")
    imp.add_argument("--source", metavar="NAME", help="order source name (default: '<format> CSV')")
    imp.add_argument("--currency", default="", help="currency when the file names none")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=run_import)

    woo = commands.add_parser("add-woocommerce", help="add a WooCommerce shop (REST API v3)")
    woo.add_argument("name", metavar="NAME")
    woo.add_argument("--url", required=True, help="the shop's address, https://…")
    woo.add_argument("--key", required=True, help="consumer key (ck_…)")
    woo.add_argument("--secret-env", metavar="VAR",
                     help="read the consumer secret from this environment variable "
                          "(default: ask, and keep it in the OS keyring)")
    woo.add_argument("--auth", choices=("basic", "query"), default="basic",
                     help="query: send the key as URL parameters, for servers that drop "
                          "the Authorization header")
    woo.add_argument("--order-prefix", default="", help="prefix of the shop's order numbers")
    woo.set_defaults(handler=run_add_woocommerce)

    shop = commands.add_parser("add-shopify", help="add a Shopify shop (Admin GraphQL API)")
    shop.add_argument("name", metavar="NAME")
    shop.add_argument("--shop-url", required=True, help="https://your-shop.myshopify.com")
    shop.add_argument("--token-env", metavar="VAR",
                      help="read the Admin API access token from this environment variable "
                           "(default: ask, and keep it in the OS keyring)")
    shop.add_argument("--order-prefix", default="", help="prefix of the shop's order numbers")
    shop.set_defaults(handler=run_add_shopify)

    sync = commands.add_parser("sync", help="fetch new and changed orders from the shops' APIs")
    sync.add_argument("--account", metavar="NAME", help="only this order source")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.set_defaults(handler=run_sync)

    listing = commands.add_parser("list", help="list orders, newest first")
    listing.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    listing.add_argument("--limit", type=int, metavar="N")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def run_import(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        report = import_orders_file(ctx, args.file, args.format, args.mapping, args.source,
                                    default_currency=args.currency)
    except OrderSetupError as error:
        raise CliError(str(error), hint="see `shopinbox orders import --help`") from None
    finally:
        ctx.close()
    if args.json:
        data = asdict(report)
        data["changed_customer_ids"] = sorted(report.changed_customer_ids)
        print_json(data)
    else:
        print(f"{args.file}: {report.format} export into {report.source!r}: "
              f"{report.created} imported, {report.updated} updated, {report.unchanged} "
              f"unchanged, {report.new_customers} new customers, {len(report.bad_rows)} bad rows")
        for bad in report.bad_rows:
            print(f"  line {bad.line}: {bad.reason}")
    return 1 if report.bad_rows else 0


def _ask_secret(what: str) -> str:
    if sys.stdin.isatty():
        secret = getpass.getpass(f"{what}: ")
    else:
        secret = sys.stdin.readline().strip()
    if not secret:
        raise CliError(f"no {what} given", hint="type it at the prompt or use the -env option")
    return secret


def _add(args: argparse.Namespace, add, **kwargs) -> int:
    ctx = open_context(args)
    try:
        add(ctx, **kwargs)
    except (OrderSetupError, SecretUnavailable) as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    print(f"Order source {args.name!r} added. Fetch its orders with "
          f"`shopinbox orders sync --account {args.name!r}`; `shopinbox doctor` tests it.")
    return 0


def run_add_woocommerce(args: argparse.Namespace) -> int:
    secret = None if args.secret_env else _ask_secret("WooCommerce consumer secret")
    return _add(args, add_woocommerce_account, name=args.name, url=args.url,
                consumer_key=args.key, secret=secret, secret_env=args.secret_env,
                auth=args.auth, order_prefix=args.order_prefix)


def run_add_shopify(args: argparse.Namespace) -> int:
    token = None if args.token_env else _ask_secret("Shopify Admin API access token")
    return _add(args, add_shopify_account, name=args.name, shop_url=args.shop_url, token=token,
                token_env=args.token_env, order_prefix=args.order_prefix)


def run_sync(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        try:
            reports = sync_orders(ctx, args.account)
        except LookupError as error:
            raise CliError(str(error)) from None
    finally:
        ctx.close()
    if args.json:
        print_json([{**asdict(r), "changed_customer_ids": sorted(r.changed_customer_ids)}
                    for r in reports])
    else:
        if not reports:
            print("No WooCommerce or Shopify order sources; add one with "
                  "`shopinbox orders add-woocommerce` or `add-shopify`.")
        for r in reports:
            line = (f"{r.account} ({r.kind}): {r.created} new, {r.updated} updated, "
                    f"{r.unchanged} unchanged in {r.pages} page(s)")
            print(line + (f" — stopped: {r.error}" if r.error else ""))
    return 1 if any(r.error for r in reports) else 0


def run_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_orders(ctx, args.customer, args.limit)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        print("No orders yet. Import an export with `shopinbox orders import FILE`.")
    for row in rows:
        items = sum(line["quantity"] for line in row.lines)
        print(f"{row.number:<12} {format_time(row.placed_at)}  {row.status[:14]:<14} "
              f"{row.total:>10} {row.currency:<3}  {items:>3} items  customer "
              f"{row.customer_id or '-':>5}  {row.customer_name[:24]:<24} [{row.source}]")
    return 0
