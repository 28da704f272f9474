"""`shopinbox intent set MESSAGE_ID NAME`: record what an inbound message really wants.

The correction is shown instead of the guess for that message (`shopinbox show ID --json`,
`intents`) and is one more example the local intent model learns from.
"""

from __future__ import annotations

import argparse

from shopinbox.app.inbox.intents import set_intent
from shopinbox.commands.common import CliError, open_context
from shopinbox.domain.intents import INTENTS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("intent", help="correct the intent of a message")
    actions = parser.add_subparsers(dest="intent_action", required=True)
    correct = actions.add_parser("set", help="record the intent of an inbound message")
    correct.add_argument("message_id", type=int, metavar="MESSAGE_ID")
    correct.add_argument("name", choices=INTENTS, metavar="NAME",
                         help="one of: " + ", ".join(INTENTS))
    correct.set_defaults(handler=run_set)


def run_set(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        set_intent(ctx, args.message_id, args.name)
    except LookupError as error:
        raise CliError(str(error).strip("'\""), "See the message ids in `shopinbox show "
                       "CUSTOMER_ID`.") from error
    finally:
        ctx.close()
    print(f"message {args.message_id}: {args.name}")
    return 0
