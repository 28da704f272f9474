"""`shopinbox orders import FILE [--format F] [--map FIELD=COLUMN,…] [--source NAME]
[--currency C] [--json]`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from shopinbox.app.orders.manage import OrderSetupError, import_orders_file
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.sources.csv_file.parse import FORMATS
from shopinbox.sources.csv_file.source import KIND


def register(actions: argparse._SubParsersAction) -> None:
    imp = actions.add_parser(
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


def run_import(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        report = import_orders_file(ctx, args.file, args.source, kind=KIND, format=args.format,
                                    mapping=args.mapping, default_currency=args.currency)
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
