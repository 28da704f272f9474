"""`shopinbox demo`: fill the profile with the demo shop."""

from __future__ import annotations

import argparse

from shopinbox.app.demo.shop import DemoAlreadyLoaded, load_demo_shop
from shopinbox.commands.common import CliError, open_context


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="fill the profile with a demo shop")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        summary = load_demo_shop(ctx)
    except DemoAlreadyLoaded as error:
        raise CliError(str(error), hint="use a new --profile folder for a fresh demo") from None
    finally:
        ctx.close()
    print(
        f"Demo shop ready in {ctx.paths.root}: {summary.customers} customers, "
        f"{summary.messages} messages, {summary.orders} orders, {summary.promos} promo replies."
    )
    return 0
