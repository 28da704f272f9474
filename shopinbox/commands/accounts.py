"""`shopinbox account list|remove` (+ `add-email`, `add-telegram` from the channel modules)."""

from __future__ import annotations

import argparse
import importlib

from shopinbox.app.core.accounts import AccountError, list_accounts, remove_account
from shopinbox.commands.common import CliError, open_context, print_json

# Channel modules add their `account add-…` commands: each has `register(account_subparsers)`.
ACCOUNT_COMMAND_MODULES: list[str] = [
    "shopinbox.channels.email.cli",
    "shopinbox.channels.telegram.cli",
]


def register(subparsers: argparse._SubParsersAction) -> None:
    account = subparsers.add_parser("account", help="email, Telegram and shop accounts")
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    remove = actions.add_parser("remove", help="remove an account and what was fetched by it")
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=run_remove)
    for name in ACCOUNT_COMMAND_MODULES:
        importlib.import_module(name).register(actions)


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
             "enabled": a.enabled, "last_error": a.last_error, "messages": a.message_count}
            for a in accounts
        ])
        return 0
    if not accounts:
        print("No accounts. Add one with `shopinbox account add-email` or `add-telegram`.")
    for a in accounts:
        state = "error: " + a.last_error if a.last_error else ("enabled" if a.enabled else "off")
        print(f"{a.name:<24} {a.kind:<12} {a.message_count:>6} messages  {state}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        removed = remove_account(ctx, args.name)
    except AccountError as error:
        raise CliError(str(error), hint="see `shopinbox account list`") from None
    finally:
        ctx.close()
    print(f"Removed account {args.name} and {removed} message(s) fetched through it.")
    return 0
