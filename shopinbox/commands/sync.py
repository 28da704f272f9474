"""`shopinbox sync [--once] [--account NAME]`: fetch new messages and send the outbox.

Both forms run the sync engine (app/sync/engine.py), the same one the window runs:
`--once` is one bounded round of every account at once (a throttled account is reported as
waiting and skipped), then exit; without it the engine runs every account in its own worker —
push where the channel has it, else a round every `--interval` seconds — until interrupted
(Ctrl+C, SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import socket
import sys
import threading

from shopinbox.app.core.accounts import AccountError, AccountInfo
from shopinbox.app.outbox.sending import recover_interrupted
from shopinbox.app.sync.engine import SyncEngine, syncable_accounts
from shopinbox.app.sync.service import sync_accounts
from shopinbox.app.sync.state import AccountReport, AccountState, SyncStatus
from shopinbox.commands.common import CliError, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="fetch new messages and send queued replies")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument("--interval", type=float, default=60.0, metavar="SECONDS",
                        help="pause between passes of accounts without push, without --once "
                             "(default 60)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _state(name: str, text: str) -> None:
    print(f"{name}: {text}", file=sys.stderr, flush=True)


def _print(results: list[AccountReport], as_json: bool) -> None:
    if as_json:
        print_json([r.as_dict() for r in results])
        return
    for result in results:
        print(f"{result.account}: {'ok' if result.ok else 'FAILED'} — {result.summary()}",
              flush=True)
    if not results:
        print("No accounts to sync. Add one with `shopinbox account add-email`.")


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        recovered = recover_interrupted(ctx)
        if recovered:
            _state("outbox", f"{recovered} reply(ies) were interrupted while sending and may "
                             "have been sent; check with the customer or in the Sent folder "
                             "before retrying")
        if args.once:
            return _once(ctx, args)
        return _service(ctx, args)
    finally:
        ctx.close()


def _once(ctx, args: argparse.Namespace) -> int:
    try:
        results = sync_accounts(ctx, args.account, on_state=_state)
    except AccountError as error:
        raise CliError(str(error), hint="see `shopinbox account list`") from None
    _print(results, args.json)
    failed = [r for r in results if not r.ok]
    if failed:
        raise CliError(f"{len(failed)} account(s) failed to sync",
                       hint="the next run resumes where this one stopped; run "
                            "`shopinbox doctor` to check the connections", exit_code=4)
    return 0


def _service(ctx, args: argparse.Namespace) -> int:
    """Until interrupted. Every account's state change is printed as it happens."""
    if args.account is not None and not any(a.name == args.account
                                            for a in syncable_accounts(ctx)):
        raise CliError(f"no account {args.account!r} that can be synced",
                       hint="see `shopinbox account list`")
    done = threading.Event()

    def state(account: AccountInfo, current: AccountState, text: str) -> None:
        if current.status != SyncStatus.SYNCING or text:
            _state(account.name, text or current.english())

    def report(result: AccountReport) -> None:
        if args.json:
            print_json(result.as_dict())
        else:
            print(f"{result.account}: {'ok' if result.ok else 'FAILED'} — {result.summary()}",
                  flush=True)

    # Team mode: the service runs the accounts no desktop runs and tells the desktops what
    # changed (app/team/live.py); they show "synced by <host> (sync service)".
    engine = SyncEngine(ctx, on_state=state, on_report=report, interval=args.interval,
                        runner_name=f"{socket.gethostname()} (sync service)")
    if ctx.shared:
        from shopinbox.app.team.live import TeamLink

        TeamLink(ctx, name=socket.gethostname()).start()  # ctx.close() stops it
    if args.account is not None:
        wanted = args.account
        engine.account_filter = lambda account: account.name == wanted
    previous = signal.signal(signal.SIGTERM, lambda *_: done.set())
    engine.start()
    try:
        while not done.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        engine.stop()
    return 0
