"""The headless command line. Each command group lives in `shopinbox/commands/` and calls the same
app/ use-cases as the window. JSON goes to stdout only; errors go to stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from shopinbox import __version__
from shopinbox.commands.common import CliError

# One module per command group; each has `register(subparsers)`.
COMMAND_MODULES = [
    "shopinbox.commands.demo",
    "shopinbox.commands.customers",
    "shopinbox.commands.search",
    "shopinbox.commands.identity",
    "shopinbox.commands.doctor",
]

log = logging.getLogger("shopinbox.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopinbox",
        description="One local inbox for a small online shop: email and Telegram by customer.",
    )
    parser.add_argument("--version", action="version", version=f"shopinbox {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        help="folder holding this shop's data (default: $SHOPINBOX_PROFILE or the OS data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from shopinbox.ui.launch import run_window

            return run_window(args.profile, list(argv) if argv is not None else sys.argv[1:])
        return int(handler(args) or 0)
    except CliError as error:
        print(f"shopinbox: error: {error}", file=sys.stderr)
        if error.hint:
            print(f"shopinbox: what to do: {error.hint}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; nothing is wrong with the data.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("shopinbox: interrupted", file=sys.stderr)
        return 130
