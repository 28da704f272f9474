"""`shopinbox account add-allegro NAME --client-id ID (--client-secret-env VAR | prompt)
[--api-url URL] [--auth-url URL] [--sandbox]`: prints the user code and the verification
address, then waits for the grant."""

from __future__ import annotations

import argparse
import getpass
import os

from shopinbox.app.core.context import AppContext
from shopinbox.channels.allegro.account import add_allegro_account
from shopinbox.channels.allegro.auth import DeviceGrant
from shopinbox.commands.common import CliError, open_context
from shopinbox.domain.errors import ShopError

HINTS = {
    "client_rejected": "Copy the Client ID and Client Secret again from "
                       "https://apps.developer.allegro.pl (the app must be of the \"device\" "
                       "type).",
    "sign_in_denied": "Run the command again and choose \"Allow\" on the Allegro page.",
    "sign_in_expired": "The code is valid for a limited time: run the command again and "
                       "confirm it sooner.",
    "token_revoked": "Allegro no longer accepts this sign-in: sign in again (run "
                     "`shopinbox account add-allegro` with a new name, or use Settings).",
}


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser("add-allegro", help="add an Allegro seller account (sign-in "
                                                    "with a code shown here)")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("--client-id", required=True, metavar="ID",
                        help="the Client ID of the app the shop registered on "
                             "apps.developer.allegro.pl")
    parser.add_argument("--client-secret-env", metavar="VAR",
                        help="read the Client Secret from this environment variable; without "
                             "it the secret is asked for and kept in the OS keyring")
    parser.add_argument("--api-url", metavar="URL",
                        help="REST API address (default: https://api.allegro.pl)")
    parser.add_argument("--auth-url", metavar="URL",
                        help="sign-in address (default: https://allegro.pl)")
    parser.add_argument("--sandbox", action="store_true",
                        help="use Allegro's sandbox (allegro.pl.allegrosandbox.pl)")
    parser.set_defaults(handler=run_add)


def _show_code(grant: DeviceGrant) -> None:
    print(f"Open {grant.verification_uri_complete}")
    print(f"and confirm the code {grant.user_code} (signed in as the shop's Allegro seller).")
    print("Waiting for the confirmation…", flush=True)


def run_add(args: argparse.Namespace) -> int:
    if args.client_secret_env:
        secret = os.environ.get(args.client_secret_env, "")
        if not secret:
            raise CliError(f"${args.client_secret_env} is not set",
                           hint=f"export {args.client_secret_env}=<Client Secret>")
    else:
        secret = getpass.getpass("Client Secret of the Allegro app (not shown): ")
    ctx: AppContext = open_context(args)
    try:
        added = add_allegro_account(ctx, args.name, args.client_id, secret, on_code=_show_code,
                                    client_secret_env=args.client_secret_env,
                                    api_url=args.api_url, auth_url=args.auth_url,
                                    sandbox=args.sandbox)
    except ShopError as error:
        raise CliError.of(error, hint=HINTS.get(error.code)) from None
    finally:
        ctx.close()
    where = (f"environment variable {args.client_secret_env}" if args.client_secret_env
             else "the OS keyring")
    print(f"Added Allegro account {args.name} for seller {added.login} (client secret in "
          f"{where}, tokens in the OS keyring).")
    return 0
