"""`shopinbox doctor`: what is wrong with this profile, and how to fix it."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from shopinbox.app.core.doctor import run_checks
from shopinbox.commands.common import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("doctor", help="check profile, database, keyring and accounts")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    checks = run_checks(args.profile)
    failed = [c for c in checks if not c.ok]
    if args.json:
        print_json([asdict(c) for c in checks])
    else:
        for check in checks:
            mark = "FAIL" if not check.ok else ("warn" if check.warning else "ok  ")
            print(f"[{mark}] {check.name}: {check.detail}")
            if check.fix:
                print(f"       fix: {check.fix}")
        print("All checks passed." if not failed else f"{len(failed)} check(s) failed.")
    return 1 if failed else 0
