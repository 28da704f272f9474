"""`shopinbox orders …`: import order exports, add shop APIs as order sources, sync, list."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict

from shopinbox.app.core.secrets import SecretUnavailable
from shopinbox.app.orders.manage import OrderSetupError, add_source_account, list_orders
from shopinbox.app.orders.sync import sync_orders
from shopinbox.commands.common import CliError, format_time, open_context, print_json
from shopinbox.sources import registry


def register(subparsers: argparse._SubParsersAction) -> None:
    titles = ", ".join(source.title for source in registry.sources())
    parser = subparsers.add_parser("orders", help=f"order sources: {titles}")
    commands = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    # Each source adds its own actions (`import`, `add-woocommerce`, `add-shopify`, …).
    for source in registry.sources():
        source.register_cli(commands)

    sync = commands.add_parser("sync", help="fetch new and changed orders from the shops' APIs")
    sync.add_argument("--account", metavar="NAME", help="only this order source")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.set_defaults(handler=run_sync)

    listing = commands.add_parser("list", help="list orders, newest first")
    listing.add_argument("--customer", type=int, metavar="ID", help="only this customer's")
    listing.add_argument("--limit", type=int, metavar="N")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def ask_secret(what: str) -> str:
    """A secret typed at the prompt (not shown), or one line of stdin when it is not a
    terminal (scripts pipe it in)."""
    if sys.stdin.isatty():
        secret = getpass.getpass(f"{what}: ")
    else:
        secret = sys.stdin.readline().strip()
    if not secret:
        raise CliError(f"no {what} given", hint="type it at the prompt or use the -env option")
    return secret


def add_source_from_cli(args: argparse.Namespace, kind: str, **options) -> int:
    """`orders add-<kind>`: add the account through its source and say what to do next."""
    ctx = open_context(args)
    try:
        add_source_account(ctx, kind, args.name, **options)
    except (OrderSetupError, SecretUnavailable) as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    print(f"Order source {args.name!r} added. Fetch its orders with "
          f"`shopinbox orders sync --account {args.name!r}`; `shopinbox doctor` tests it.")
    return 0


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
        print_json([{"account": r.account, **r.counts, "cursor": r.cursor, "error": r.error,
                     "code": r.failure.code if r.failure else None,
                     "changed_customer_ids": sorted(r.changed_customer_ids)} for r in reports])
    else:
        if not reports:
            apis = registry.api_sources()
            print(f"No {' or '.join(s.title for s in apis) or 'API'} order sources; add one "
                  "with " + " or ".join(f"`shopinbox orders add-{s.kind}`" for s in apis) + ".")
        for r in reports:
            print(f"{r.account}: {r.summary()}")
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
        items = sum(line.quantity for line in row.lines)
        print(f"{row.number:<12} {format_time(row.placed_at)}  {row.status[:14]:<14} "
              f"{row.total:>10} {row.currency:<3}  {items:>3} items  customer "
              f"{row.customer_id or '-':>5}  {row.customer_name[:24]:<24} [{row.source}]")
    return 0
