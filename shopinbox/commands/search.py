"""`shopinbox search QUERY [--kind customer|order|message]`: the one search box from the
command line — customers (name, email, phone in any format, usernames), orders (number,
tracking number) and messages (full text, any word form), grouped, best group first.

`--json` prints one list, in the order shown, each item with its `kind`; message items keep the
fields they always had (message_id, customer_id, channel, sent_at, subject, sender, snippet).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from shopinbox.app.inbox.one_box import KINDS, find
from shopinbox.commands.common import format_time, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search", help="search customers, orders and messages (any language, any word form)")
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--kind", choices=KINDS, help="only customers, orders or messages")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="at most N of each kind (default 50)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        result = find(ctx, args.query, kind=args.kind, limit=args.limit)
    finally:
        ctx.close()
    groups = result.groups()
    if args.json:
        print_json([{"kind": kind, **asdict(item)} for kind, items in groups for item in items])
        return 0
    if not groups:
        print("Nothing found.")
    for kind, items in groups:
        print(f"{kind.capitalize()}s ({len(items)})")
        for item in items:
            if kind == "customer":
                extra = f"  ({item.matched})" if item.matched != item.name else ""
                print(f"  customer {item.customer_id:>6}  {item.name}{extra}")
            elif kind == "order":
                print(f"  order {item.number:<10} {format_time(item.placed_at)}  {item.status:<11}"
                      f" customer {item.customer_id or '-'}  {item.tracking_number or ''}")
            else:
                print(f"  {item.message_id:>7} customer {item.customer_id or '-':>5} "
                      f"{item.channel:<8} {format_time(item.sent_at)}  {item.subject[:40]}\n"
                      f"          {item.snippet}")
    return 0
