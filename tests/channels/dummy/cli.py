"""`shopinbox account add-dummy NAME`: the dummy channel's own command."""

from __future__ import annotations

import argparse

from shopinbox.app.core.accounts import add_account
from shopinbox.commands.common import open_context


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser("add-dummy", help="add a dummy account (tests only)")
    parser.add_argument("name", metavar="NAME")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        add_account(ctx, args.name, "dummy", {"username": args.name}, None)
    finally:
        ctx.close()
    print(f"Added dummy account {args.name}.")
    return 0
