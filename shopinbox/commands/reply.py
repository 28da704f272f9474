"""`shopinbox reply CUSTOMER_ID --text T [--channel C] [--account NAME]`: queue and send."""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import (
    queue_promo_reply,
    queue_reply,
    queued_channel,
    send_message,
)
from shopinbox.channels import registry
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.errors import ShopError, describe_stored, parse_stored, stored_hint


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("reply", help="reply to a customer (through the outbox)")
    parser.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", help="the reply text")
    what.add_argument("--promo", metavar="SHORTCUT", help="a promo reply, e.g. /ship")
    parser.add_argument("--language", help="promo variant language (default: the customer's)")
    parser.add_argument("--answer", action="append", default=[], metavar="FIELD=VALUE",
                        help="fill-in field of the promo (repeatable)")
    parser.add_argument("--new-code", action="store_true",
                        help="give a new discount code even if the customer has one")
    parser.add_argument("--channel", choices=registry.messaging_kinds(),
                        help="default: where the customer last wrote from")
    parser.add_argument("--account", metavar="NAME", help="default: the account that received it")
    parser.add_argument("--subject", help="email subject (default: Re: the last subject)")
    parser.add_argument("--attach", action="append", type=Path, default=[], metavar="FILE")
    parser.add_argument("--queue-only", action="store_true",
                        help="only queue; the sync service sends it")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _warnings(ctx: AppContext, args: argparse.Namespace, message_id: int) -> list[tuple[str, str]]:
    """The channel's rules the text breaks (`Channel.reply_warnings`), as (code, English text):
    the window warns while typing, the command line after queueing (it still sends, as the
    window lets the user do)."""
    channel = registry.find(queued_channel(ctx, message_id))
    if channel is None or not args.text:
        return []
    codes = channel.reply_warnings(args.text)
    words: dict[str, str] = {}
    if codes and channel.names_module:
        words = importlib.import_module(channel.names_module).texts()
    return [(code, words.get(f"warning:{code}") or code) for code in codes]


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        for path in args.attach:
            if not path.is_file():
                raise CliError(f"attachment not found: {path}")
        try:
            if args.promo:
                answers = dict(item.split("=", 1) for item in args.answer if "=" in item)
                message_id = queue_promo_reply(
                    ctx, args.customer_id, args.promo, channel=args.channel,
                    account_name=args.account, language=args.language, answers=answers,
                    new_code=args.new_code)
            else:
                message_id = queue_reply(ctx, args.customer_id, args.text, channel=args.channel,
                                         account_name=args.account, subject=args.subject,
                                         attachments=args.attach)
        except ShopError as error:  # OutboxError, MissingValues, PoolEmpty …
            raise CliError.of(error, more="Nothing was queued.") from None
        except LookupError as error:
            raise CliError(str(error.args[0]) if error.args else str(error),
                           hint="nothing was queued; fix the above and send again") from None
        warnings = _warnings(ctx, args, message_id)
        state, error = ("queued", None) if args.queue_only else send_message(ctx, message_id)
    finally:
        ctx.close()
    reason = describe_stored(error)
    if args.json:
        print_json({"message_id": message_id, "state": state, "error": reason or None,
                    "error_code": (parse_stored(error) or (None,))[0],
                    "warnings": [{"code": code, "text": text} for code, text in warnings]})
    else:
        for _code, text in warnings:
            print(f"Warning: {text}", file=sys.stderr)
        print(f"Message {message_id}: {state}" + (f" ({reason})" if reason else ""))
    if state == "failed":
        raise CliError(f"message {message_id} was not sent: {reason}",
                       hint=" ".join(p for p in (stored_hint(error), "It stays in the outbox; "
                                                 "fix the cause and retry.") if p),
                       exit_code=3)
    return 0
