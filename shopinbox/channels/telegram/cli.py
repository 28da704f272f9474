"""`shopinbox account add-telegram NAME (--token-env VAR | prompt) [--api-url URL]
[--delete-webhook]`."""

from __future__ import annotations

import argparse
import getpass
import os

from shopinbox.app.core.accounts import AccountError
from shopinbox.channels.telegram.account import add_telegram_account
from shopinbox.commands.common import CliError, open_context

# Telegram's own "what to do" for the codes where @BotFather is the answer.
BOTFATHER_HINTS = {
    "token_revoked": "Telegram rejected the bot token (wrong, or revoked in @BotFather): create "
                     "a new token with @BotFather (/token) and add the account again.",
    "not_a_token": "@BotFather gives a token like 123456789:AAE…; paste it whole.",
}


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser("add-telegram", help="add a Telegram bot (token from @BotFather)")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("--token-env", metavar="VAR",
                        help="read the token from this environment variable (for a headless "
                             "service); without it the token is asked for and kept in the OS "
                             "keyring")
    parser.add_argument("--api-url", metavar="URL",
                        help="a self-hosted Bot API server (default: https://api.telegram.org)")
    parser.add_argument("--delete-webhook", action="store_true",
                        help="remove a webhook another tool left set (it then gets no updates)")
    parser.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    if args.token_env:
        token = os.environ.get(args.token_env, "")
        if not token:
            raise CliError(f"${args.token_env} is not set",
                           hint=f"export {args.token_env}=<token from @BotFather>")
    else:
        token = getpass.getpass("Bot token from @BotFather (not shown): ")
    ctx = open_context(args)
    try:
        added = add_telegram_account(ctx, args.name, token, token_env=args.token_env,
                                     api_url=args.api_url, delete_webhook=args.delete_webhook)
    except AccountError as error:
        hint = BOTFATHER_HINTS.get(error.code)
        raise CliError.of(error, hint=hint) from None
    finally:
        ctx.close()
    where = f"environment variable {args.token_env}" if args.token_env else "the OS keyring"
    print(f"Added Telegram bot @{added.username} as account {args.name} (token in {where}).")
    if added.webhook_deleted:
        print("The webhook that was set has been removed; updates now come by polling.")
    elif added.webhook_url:
        print(f"Warning: a webhook is set ({added.webhook_url}); polling gets no updates until it "
              "is removed. Allow removing it in Settings → Accounts → Edit if nothing else needs "
              "it.")
    return 0
