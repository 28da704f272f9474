"""`shopinbox call log CUSTOMER_ID --note TEXT [--outbound] [--minutes N] [--outcome X]
[--at TIME] [--json]`: the same call the window's "Log a call" records."""

from __future__ import annotations

import argparse
from datetime import datetime

from shopinbox.channels.phone.calls import DEFAULT_OUTCOME, OUTCOMES
from shopinbox.channels.phone.log import log_call
from shopinbox.commands.common import CliError, open_context, print_json


def register(commands: argparse._SubParsersAction) -> None:
    call = commands.add_parser("call", help="phone calls with customers")
    actions = call.add_subparsers(dest="call_command", metavar="ACTION", required=True)
    log = actions.add_parser("log", help="record a phone call in a customer's timeline")
    log.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    log.add_argument("--note", required=True, metavar="TEXT",
                     help="what was said (found by search like any message)")
    log.add_argument("--outbound", action="store_true",
                     help="the shop called the customer (default: the customer called)")
    log.add_argument("--minutes", type=int, default=0, metavar="N",
                     help="how long the call took, in whole minutes (default 0)")
    log.add_argument("--outcome", choices=OUTCOMES, default=DEFAULT_OUTCOME,
                     help=f"how it ended (default {DEFAULT_OUTCOME})")
    log.add_argument("--at", metavar="TIME",
                     help="when the call was, e.g. '2026-12-02 14:30' (local time; "
                          "default: now)")
    log.add_argument("--json", action="store_true", help="print the logged call as JSON")
    log.set_defaults(handler=run_log)


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"{text!r} is not a time",
                       hint="write it as YYYY-MM-DD HH:MM, e.g. 2026-12-02 14:30") from None
    return parsed if parsed.tzinfo is not None else parsed.astimezone()  # local time


def run_log(args: argparse.Namespace) -> int:
    at = _when(args.at)
    ctx = open_context(args)
    try:
        result = log_call(ctx, args.customer_id, args.note, outbound=args.outbound,
                          minutes=args.minutes, outcome=args.outcome, at=at)
    finally:
        ctx.close()
    direction = "out" if args.outbound else "in"
    if args.json:
        print_json({"message_id": result.value, "customer_id": args.customer_id,
                    "channel": "phone", "direction": direction, "minutes": args.minutes,
                    "outcome": args.outcome, "note": args.note.strip()})
        return 0
    who = "to" if args.outbound else "from"
    print(f"Logged a call {who} customer {args.customer_id} ({args.minutes} min, "
          f"{args.outcome}) as message {result.value}.")
    return 0
