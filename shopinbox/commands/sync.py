"""`shopinbox sync [--once] [--account NAME]`: fetch new mail/messages and send the outbox."""

from __future__ import annotations

import argparse
import sys
import threading

from shopinbox.app.core.accounts import AccountError
from shopinbox.app.outbox.sending import recover_interrupted
from shopinbox.app.sync.service import sync_accounts
from shopinbox.commands.common import CliError, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="fetch new messages and send queued replies")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument("--interval", type=float, default=60.0, metavar="SECONDS",
                        help="pause between passes without --once (default 60)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _state(name: str, text: str) -> None:
    print(f"{name}: {text}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    stop = threading.Event()
    try:
        recovered = recover_interrupted(ctx)
        if recovered:
            _state("outbox", f"{recovered} reply(ies) were interrupted while sending; check "
                             "them and retry")
        while True:
            try:
                results = sync_accounts(ctx, args.account, on_state=_state)
            except AccountError as error:
                raise CliError(str(error), hint="see `shopinbox account list`") from None
            failed = [r for r in results if not r.ok]
            if args.json:
                print_json([r.__dict__ for r in results])
            else:
                for result in results:
                    print(f"{result.account}: {'ok' if result.ok else 'FAILED'} — "
                          f"{result.summary}", flush=True)
                if not results:
                    print("No accounts to sync. Add one with `shopinbox account add-email`.")
            if args.once:
                if failed:
                    raise CliError(f"{len(failed)} account(s) failed to sync",
                                   hint="the next run resumes where this one stopped; run "
                                        "`shopinbox doctor` to check the connections",
                                   exit_code=4)
                return 0
            stop.wait(args.interval)
    finally:
        ctx.close()
