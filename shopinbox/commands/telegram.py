"""`shopinbox telegram-sync [--once] [--account NAME] [--delete-webhook]`.

A thin command until the common `shopinbox sync` calls `sync_telegram_account` too. Importing
this module also registers the Telegram sender and doctor test (app/telegram_accounts.py).
"""

from __future__ import annotations

import argparse
import signal
import threading

from shopinbox.app.core.accounts import AccountError, list_accounts
from shopinbox.channels.telegram import account as telegram_accounts  # noqa: F401  (registers sender + doctor test)
from shopinbox.channels.telegram.pull import sync_telegram_account
from shopinbox.commands.common import CliError, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("telegram-sync", help="fetch the Telegram bots' new messages")
    parser.add_argument("--once", action="store_true",
                        help="fetch what is waiting, then exit (default: keep polling)")
    parser.add_argument("--account", metavar="NAME", help="only this bot account")
    parser.add_argument("--delete-webhook", action="store_true",
                        help="remove a webhook that blocks polling (it then gets no updates)")
    parser.add_argument("--poll-timeout", type=int, default=25, metavar="SECONDS",
                        help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        names = [a.name for a in list_accounts(ctx) if a.kind == "telegram" and a.enabled]
        if args.account:
            if args.account not in {a.name for a in list_accounts(ctx)}:
                raise CliError(f"no account named {args.account!r}",
                               hint="see `shopinbox account list`")
            names = [args.account]
        if not names:
            raise CliError("no Telegram bot account", hint="add one with "
                           "`shopinbox account add-telegram NAME`")
        if not args.once and len(names) > 1:
            raise CliError("polling several bots needs the sync service",
                           hint="choose one with --account, or use --once")
        reports = []
        for name in names:
            try:
                reports.append(sync_telegram_account(
                    ctx, name, once=args.once, stop_event=stop, poll_timeout=args.poll_timeout,
                    delete_webhook=args.delete_webhook))
            except AccountError as error:
                raise CliError(str(error)) from None
    except KeyboardInterrupt:
        stop.set()
        raise
    finally:
        ctx.close()
    if args.json:
        print_json([{"account": r.account, "updates": r.updates, "new_messages": r.new_messages,
                     "edited": r.edited, "ignored": r.ignored, "files": r.files_downloaded,
                     "files_too_large": r.files_too_large, "error": r.error,
                     "stopped": r.stopped} for r in reports])
    else:
        for r in reports:
            print(f"{r.account}: {r.updates} update(s), {r.new_messages} new message(s), "
                  f"{r.edited} edit(s), {r.files_downloaded} file(s)"
                  + (f"; error: {r.error}" if r.error else ""))
    failed = [r for r in reports if r.error]
    if failed:
        raise CliError(failed[0].error or "sync failed", exit_code=4 if failed[0].stopped else 3)
    return 0
