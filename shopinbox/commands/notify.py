"""`shopinbox notify …`: order-status notifications.

    notify rules [--json]                          the rules
    notify rule EVENT --template SHORTCUT [--mode review|auto] [--status SOURCE=a,b]… [--off]
    notify pending [--json]                        the review queue
    notify approve ID… | notify skip ID…           decide; approved ones are sent at once
    notify send                                    send every approved notification now
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from shopinbox.app.campaigns import notifications
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.campaigns.events import EVENTS


def register(subparsers: argparse._SubParsersAction) -> None:
    notify = subparsers.add_parser("notify", help="order-status notifications")
    cmd = notify.add_subparsers(dest="notify_command", metavar="NOTIFY_COMMAND", required=True)
    rules = cmd.add_parser("rules", help="list the rules")
    rules.add_argument("--json", action="store_true", help="print JSON")
    rules.set_defaults(handler=run_rules)
    rule = cmd.add_parser("rule", help="create or change the rule of an event")
    rule.add_argument("event", choices=EVENTS)
    rule.add_argument("--template", required=True, metavar="SHORTCUT",
                      help="the promo reply sent (its order.* values come from the order)")
    rule.add_argument("--mode", choices=notifications.MODES, default="review")
    rule.add_argument("--status", action="append", default=[], metavar="SOURCE=a,b",
                      help="statuses that mean the event for a source kind (or `any`)")
    rule.add_argument("--off", action="store_true", help="disable the rule")
    rule.set_defaults(handler=run_rule)
    pending = cmd.add_parser("pending", help="the review queue")
    pending.add_argument("--json", action="store_true", help="print JSON")
    pending.set_defaults(handler=run_pending)
    for name, approve in (("approve", True), ("skip", False)):
        action = cmd.add_parser(name, help=f"{name} pending notifications")
        action.add_argument("ids", nargs="+", type=int, metavar="ID")
        action.add_argument("--json", action="store_true", help="print JSON")
        action.set_defaults(handler=run_decide, approve=approve)
    send = cmd.add_parser("send", help="send every approved notification now")
    send.add_argument("--json", action="store_true", help="print JSON")
    send.set_defaults(handler=run_send)


def run_rules(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = notifications.list_rules(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(r) for r in rows])
    for r in [] if args.json else rows:
        print(f"{r.event:<17} {r.mode:<7} {'on ' if r.enabled else 'off'} {r.promo}  "
              f"{r.statuses}")
    return 0


def run_rule(args: argparse.Namespace) -> int:
    statuses: dict[str, list[str]] = {}
    for pair in args.status:
        source, sep, values = pair.partition("=")
        if not sep:
            raise CliError(f"{pair!r}: expected SOURCE=status,status")
        statuses[source.strip()] = [v.strip() for v in values.split(",") if v.strip()]
    ctx = open_context(args)
    try:
        notifications.set_rule(ctx, args.event, args.template, mode=args.mode,
                               statuses=statuses or None, enabled=not args.off)
    except (LookupError, ValueError) as error:
        raise CliError(str(error).strip("'\"")) from None
    finally:
        ctx.close()
    return 0


def run_pending(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = notifications.listing(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(r) for r in rows])
    for r in [] if args.json else rows:
        print(f"{r.id:>5}  {r.order_number:<10} {r.event:<17} {r.status:<12} {r.customer_name}")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        count = notifications.decide(ctx, args.ids, args.approve)
        sent = notifications.process(ctx) if args.approve else {}
    finally:
        ctx.close()
    if args.json:
        print_json({"decided": count, **sent})
    else:
        print(f"{count} notification(s) {'approved' if args.approve else 'skipped'}"
              + (f"; sent {sent['sent']}, failed {sent['failed']}" if sent else ""))
    return 0


def run_send(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        sent = notifications.process(ctx)
    finally:
        ctx.close()
    print_json(sent) if args.json else print(f"sent {sent['sent']}, failed {sent['failed']}")
    return 0
