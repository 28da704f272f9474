"""The headless command line. Each command group lives in `shopinbox/commands/` and calls the same
app/ use-cases as the window. JSON goes to stdout only; errors go to stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import time
from collections.abc import Sequence

from shopinbox import __version__
from shopinbox.commands.common import CliError
from shopinbox.domain.errors import ShopError

# The smoke test's start-up clock where the OS cannot say when the process started.
IMPORTED_AT = time.perf_counter()

# One module per command group; each has `register(subparsers)`.
COMMAND_MODULES = [
    "shopinbox.commands.demo",
    "shopinbox.commands.customers",
    "shopinbox.commands.search",
    "shopinbox.commands.intents",
    "shopinbox.commands.identity",
    "shopinbox.commands.doctor",
    "shopinbox.commands.accounts",
    "shopinbox.commands.reply",
    "shopinbox.commands.orders",
    "shopinbox.commands.promo",
    "shopinbox.commands.sync",
    "shopinbox.commands.settings",
    "shopinbox.commands.team",
    "shopinbox.commands.backup",
    "shopinbox.commands.report",
    "shopinbox.commands.campaign",
    "shopinbox.commands.notify",
]

log = logging.getLogger("shopinbox.cli")


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="folder holding this shop's data (default: $SHOPINBOX_PROFILE or the OS data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo shop (its own profile, a `shopinbox-demo` folder next to the real "
        "one; filled with the demo the first time)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="self-test: open the window offscreen on a temporary demo profile, check the "
        "database, translations and Qt plugins, print a JSON summary and exit (0 = all good)",
    )
    parser.add_argument("--smoke-report", metavar="FILE",
                        help="with --smoke: also write the JSON summary to FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopinbox",
        description="One local inbox for a small online shop: email and Telegram by customer.",
    )
    parser.add_argument("--version", action="version", version=f"shopinbox {__version__}")
    _global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    from shopinbox.channels import registry

    for channel in registry.channels():  # a channel's own commands (`shopinbox call log`)
        channel.register_commands(subparsers)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a start of the window (no command), read without importing a command
    module: building the full parser imports every command group and each channel's CLI
    (python-telegram-bot among them), about a second before the window could appear. None when
    the arguments name a command, ask for help or the version, or hold anything else — the
    full parser then reads them (and words any error) as before."""
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    parser = argparse.ArgumentParser(prog="shopinbox", add_help=False, exit_on_error=False)
    _global_options(parser)
    try:
        known, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:  # e.g. --profile without its folder: the full parser says so
        return None
    if rest:
        return None
    known.handler = None
    return known


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    args = window_arguments(arguments) or build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if args.smoke:
            from shopinbox.ui.shell.smoke import run_smoke

            return run_smoke(IMPORTED_AT, args.smoke_report)
        if handler is None:
            from shopinbox.ui.shell.launch import run_window

            qt_argv = [a for a in (list(argv) if argv is not None else sys.argv[1:])
                       if a != "--demo"]
            return run_window(args.profile, qt_argv, demo=args.demo)
        return int(handler(args) or 0)
    except CliError as error:
        print(f"shopinbox: error: {error}", file=sys.stderr)
        if error.hint:
            print(f"shopinbox: what to do: {error.hint}", file=sys.stderr)
        return error.exit_code
    except ShopError as error:  # a coded error no command words itself: English text and hint
        log.debug("command failed: %s", error.for_log())
        print(f"shopinbox: error: {error.english()}", file=sys.stderr)
        if error.hint():
            print(f"shopinbox: what to do: {error.hint()}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; nothing is wrong with the data.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("shopinbox: interrupted", file=sys.stderr)
        return 130
