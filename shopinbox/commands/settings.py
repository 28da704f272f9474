"""`shopinbox settings list|get|set|reset`: the shop settings (app/core/settings.py) from the
command line, e.g. on the machine that runs the headless service in team mode. Per-desktop
settings (language, window) belong to each window and are changed in Settings there."""

from __future__ import annotations

import argparse
import json
from typing import Any

from shopinbox.app.core import settings
from shopinbox.commands.common import CliError, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("settings", help="shop settings shared by every desktop")
    actions = parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every shop setting and its value")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)
    get = actions.add_parser("get", help="print one setting's value (JSON)")
    get.add_argument("name", metavar="NAME")
    get.set_defaults(handler=run_get)
    put = actions.add_parser(
        "set", help="change a setting",
        description="Lists take comma-separated values (promo_fallback pl,en,ru) or JSON; "
                    "other kinds take JSON or plain text.")
    put.add_argument("name", metavar="NAME")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=run_set)
    reset = actions.add_parser("reset", help="back to the default")
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(handler=run_reset)


def _shop_setting(name: str) -> settings.Setting:
    names = [s.name for s in settings.declared(settings.SHOP)]
    if name not in names:
        raise CliError(f"no shop setting named {name!r}", hint="one of: " + ", ".join(names))
    return settings.setting(name)


def parse_value(setting: settings.Setting, text: str) -> Any:
    """The command-line text as a value for `setting`."""
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    if setting.type is str and not isinstance(value, str):
        value = text  # `settings set order_prefix 2024` is the text "2024"
    if setting.type is list and isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    return value


def run_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        values = settings.shop_settings(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json(values)
        return 0
    for item in settings.declared(settings.SHOP):
        print(f"{item.name:<16} {json.dumps(values[item.name], ensure_ascii=False):<30} "
              f"{item.title}")
    return 0


def run_get(args: argparse.Namespace) -> int:
    found = _shop_setting(args.name)
    ctx = open_context(args)
    try:
        print(json.dumps(settings.get_setting(ctx, found.name), ensure_ascii=False))
    finally:
        ctx.close()
    return 0


def run_set(args: argparse.Namespace) -> int:
    found = _shop_setting(args.name)
    ctx = open_context(args)
    try:
        stored = settings.set_setting(ctx, found.name, parse_value(found, args.value))
    except settings.SettingError as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    print(f"{found.name} = {json.dumps(stored, ensure_ascii=False)}")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    found = _shop_setting(args.name)
    ctx = open_context(args)
    try:
        value = settings.reset_setting(ctx, found.name)
    finally:
        ctx.close()
    print(f"{found.name} = {json.dumps(value, ensure_ascii=False)} (default)")
    return 0
