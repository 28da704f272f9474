"""`shopinbox account add-vk NAME --group-id ID (--token-env VAR | prompt) [--api-url URL]`."""

from __future__ import annotations

import argparse
import getpass
import os

from shopinbox.app.core.accounts import AccountError
from shopinbox.channels.vk.account import add_vk_account
from shopinbox.commands.common import CliError, open_context

TOKEN_HELP = ("create a community token with access to messages (community → Manage → API "
              "usage → Access tokens) and add the account again")
VK_HINTS = {
    "token_revoked": f"VK rejected the token (wrong, or deleted in the community): {TOKEN_HELP}.",
    "permission_denied": f"the token has no access to the community's messages: {TOKEN_HELP}.",
    "not_a_token": "paste the whole community token as VK shows it (a long string of letters "
                   "and digits).",
}


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser("add-vk", help="add a VK community (its messages, by long poll)")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("--group-id", required=True, metavar="ID",
                        help="the community's id (the number in vk.com/club<ID>)")
    parser.add_argument("--token-env", metavar="VAR",
                        help="read the community token from this environment variable (for a "
                             "headless service); without it the token is asked for and kept "
                             "in the OS keyring")
    parser.add_argument("--api-url", metavar="URL",
                        help="the VK API server (default: https://api.vk.ru)")
    parser.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    if args.token_env:
        token = os.environ.get(args.token_env, "")
        if not token:
            raise CliError(f"${args.token_env} is not set",
                           hint=f"export {args.token_env}=<community token>")
    else:
        token = getpass.getpass("Community token (not shown): ")
    ctx = open_context(args)
    try:
        _account_id, community = add_vk_account(ctx, args.name, args.group_id, token,
                                                token_env=args.token_env, api_url=args.api_url)
    except AccountError as error:
        raise CliError.of(error, hint=VK_HINTS.get(error.code)) from None
    finally:
        ctx.close()
    where = f"environment variable {args.token_env}" if args.token_env else "the OS keyring"
    print(f"Added VK community {community.name} (@{community.screen_name}) as account "
          f"{args.name} (token in {where}).")
    if community.long_poll_switched_on:
        print("The community's Long Poll API was switched on for API 5.199 with the message "
              "events.")
    return 0
