"""`shopinbox backup [--list]` and `shopinbox restore (FILE | --latest)`: copies of the shop's
SQLite database in the profile's backups/ folder (daily ones are also taken automatically)."""

from __future__ import annotations

import argparse
from pathlib import Path

from shopinbox.app.core.backups import list_backups, restore_backup, take_backup
from shopinbox.commands.common import CliError, format_time, print_json
from shopinbox.domain.errors import ShopError
from shopinbox.paths import resolve_profile


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="copy the database into the profile's backups")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser(
        "restore", help="put a backup back (quit the window first; the current database is kept)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="a backup file")
    which.add_argument("--latest", action="store_true", help="the newest backup")
    restore.set_defaults(handler=run_restore)


def _paths(args: argparse.Namespace):  # noqa: ANN202
    return resolve_profile(getattr(args, "profile", None)).ensure()


def run_backup(args: argparse.Namespace) -> int:
    paths = _paths(args)
    try:
        if args.list:
            found = list_backups(paths)
            if args.json:
                print_json([{"file": str(b.path), "kind": b.label, "taken_at": b.taken_at,
                             "bytes": b.size} for b in found])
            elif not found:
                print("No backups yet.")
            for backup in [] if args.json else found:
                print(f"{format_time(backup.taken_at)}  {backup.label:<16} {backup.size:>12,} "
                      f"bytes  {backup.path}")
            return 0
        target = take_backup(paths)
    except ShopError as error:
        raise CliError(error.english(), hint=error.hint()) from None
    print(f"Backed up the database to {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    paths = _paths(args)
    if args.latest:
        found = list_backups(paths)
        if not found:
            raise CliError("there are no backups in " + str(paths.backups),
                           hint="`shopinbox backup` takes one")
        source = found[0].path
    else:
        source = Path(args.file).expanduser().resolve()
    try:
        kept = restore_backup(paths, source)
    except ShopError as error:
        raise CliError(error.english(), hint=error.hint()) from None
    print(f"Restored {source}.")
    if kept != paths.database:
        print(f"The database it replaced is kept as {kept}.")
    return 0
