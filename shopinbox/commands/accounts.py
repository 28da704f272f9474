"""`shopinbox account list|remove` (+ each channel's `add-<kind>`, from its package's CLI)."""

from __future__ import annotations

import argparse

from shopinbox.app.core.accounts import AccountError, list_accounts, remove_account
from shopinbox.channels import registry
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.errors import describe_stored, parse_stored


def register(subparsers: argparse._SubParsersAction) -> None:
    account = subparsers.add_parser("account", help="email, Telegram and shop accounts")
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="remove an account and what was fetched by it")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove)
    for channel in registry.channels():
        channel.register_cli(actions)


def run_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        accounts = list_accounts(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([
            {"id": a.id, "name": a.name, "kind": a.kind, "settings": a.settings,
             "secret": "environment variable " + a.secret_ref[4:] if (a.secret_ref or "")
             .startswith("env:") else ("OS keyring" if a.secret_ref else None),
             "enabled": a.enabled, "last_error": describe_stored(a.last_error) or None,
             "last_error_code": (parse_stored(a.last_error) or (None,))[0],
             "messages": a.message_count}
            for a in accounts
        ])
        return 0
    if not accounts:
        adds = " or ".join(f"`shopinbox account add-{kind}`" for kind in registry.messaging_kinds())
        print(f"No accounts. Add one with {adds}.")
    for a in accounts:
        state = ("error: " + describe_stored(a.last_error) if a.last_error
                 else ("enabled" if a.enabled else "off"))
        print(f"{a.name:<24} {a.kind:<12} {a.message_count:>6} messages  {state}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        removed = remove_account(ctx, args.name)
    except AccountError as error:
        raise CliError.of(error, hint="see `shopinbox account list`") from None
    finally:
        ctx.close()
    print(f"Removed account {args.name} and {removed} message(s) fetched through it.")
    return 0
