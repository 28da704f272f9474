"""`shopinbox customers` and `shopinbox show CUSTOMER_ID`."""

from __future__ import annotations

import argparse

from shopinbox.app.inbox.customers import CustomerNotFound, customer_detail, list_customers
from shopinbox.commands.common import CliError, format_time, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("customers", help="list customers, most recent first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    show = subparsers.add_parser("show", help="one customer: identities, timeline, orders")
    show.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)


def run_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_customers(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "name": row.name,
                    "identities": [{"kind": i.kind, "value": i.value} for i in row.identities],
                    "channels": row.channels,
                    "message_count": row.message_count,
                    "unread": row.unread,
                    "status": row.status,
                    "last_activity": row.last_activity,
                }
                for row in rows
            ]
        )
        return 0
    if not rows:
        print("No customers yet. Add an account, or try `shopinbox demo`.")
        return 0
    for row in rows:
        identities = ", ".join(f"{i.kind}:{i.value}" for i in row.identities)
        print(
            f"{row.id:>6}  {row.name[:28]:<28} {','.join(row.channels):<15} "
            f"{row.message_count:>4} msg {row.unread:>3} unread  {row.status:<7} "
            f"{format_time(row.last_activity)}  {identities}"
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        detail = customer_detail(ctx, args.customer_id)
    except CustomerNotFound:
        raise CliError(
            f"no customer with id {args.customer_id}",
            hint="list the ids with `shopinbox customers`",
        ) from None
    finally:
        ctx.close()
    if args.json:
        print_json(detail)
        return 0
    print(f"Customer {detail['id']}: {detail['name']}  [{detail['status']}]")
    for identity in detail["identities"]:
        print(f"  {identity['kind']:<9} {identity['value']}  {identity['display']}")
    print()
    for message in detail["messages"]:
        arrow = "<-" if message["direction"] == "in" else "->"
        subject = f" {message['subject']}" if message["subject"] else ""
        print(f"{format_time(message['sent_at'])} {message['channel']:<8} {arrow} "
              f"{message['sender']}:{subject}")
        for line in (message["text"] or "").strip().splitlines()[:6]:
            print(f"    {line}")
    if detail["orders"]:
        print()
        value = ", ".join(f"{total} {currency}" for currency, total in
                          detail.get("lifetime_value", {}).items()) or "0"
        print(f"{detail.get('order_count', len(detail['orders']))} orders, lifetime value {value}")
        for order in detail["orders"]:
            print(f"Order {order['number']}  {format_time(order['placed_at'])}  {order['status']}  "
                  f"{order['total']} {order['currency']}  {order['tracking_url'] or ''}")
    return 0
