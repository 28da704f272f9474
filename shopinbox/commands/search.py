"""`shopinbox search QUERY`: full-text search over every message."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from shopinbox.app.inbox.customers import search_messages
from shopinbox.commands.common import format_time, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search every message (any language)")
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--limit", type=int, default=50, metavar="N")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        hits = search_messages(ctx, args.query, limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(hit) for hit in hits])
        return 0
    if not hits:
        print("No messages found.")
    for hit in hits:
        print(f"{hit.message_id:>7} customer {hit.customer_id or '-':>5} {hit.channel:<8} "
              f"{format_time(hit.sent_at)}  {hit.subject[:40]}\n        {hit.snippet}")
    return 0
