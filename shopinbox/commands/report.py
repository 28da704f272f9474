"""`shopinbox report [--from DAY --to DAY | --range PRESET] [--channel KIND] [--account NAME]`:
the figures of the Reports view, as JSON (`--json`) or a short text summary."""

from __future__ import annotations

import argparse
from datetime import date

from shopinbox.app.reports.figures import ReportQuery, compute, intent_figures, scope_for
from shopinbox.app.reports.figures import account_id as find_account
from shopinbox.app.reports.hours import describe, parse_spec, set_business_hours
from shopinbox.app.reports.ranges import PRESETS
from shopinbox.commands.common import CliError, open_context, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report", help="response times, volumes, customers, orders and promo codes")
    parser.add_argument("--from", dest="first", metavar="YYYY-MM-DD",
                        help="first day (local time); with --to, a custom range")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                        help="last day, included (default: today)")
    parser.add_argument("--range", dest="preset", choices=[p for p in PRESETS if p != "custom"],
                        default="30d", help="a preset range when --from is not given")
    parser.add_argument("--channel", metavar="KIND",
                        help="only this channel kind (the kinds `shopinbox account list` shows)")
    parser.add_argument("--account", metavar="NAME", help="only this account")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--set-business-hours", metavar="SPEC",
                        help='set the shop\'s hours first, e.g. "mon-fri 09:00-17:00, sat '
                        '10:00-14:00"; response times then count only those hours')
    parser.add_argument("--holidays", metavar="DAYS", default="",
                        help="with --set-business-hours: closed days, YYYY-MM-DD,…")
    parser.add_argument("--clear-business-hours", action="store_true",
                        help="forget the business hours (count every hour)")
    parser.set_defaults(handler=run)


def _day(text: str | None, name: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{name} {text!r} is not a day", hint="write it as YYYY-MM-DD") from None


def run(args: argparse.Namespace) -> int:
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if last is not None and first is None:
        raise CliError("--to needs --from", hint="give both, or use --range")
    hours = None
    if args.set_business_hours:
        try:
            hours = parse_spec(args.set_business_hours, args.holidays)
        except ValueError as error:
            raise CliError(str(error), hint='e.g. --set-business-hours "mon-fri 09:00-17:00"') \
                from None
    ctx = open_context(args)
    try:
        if hours is not None or args.clear_business_hours:
            set_business_hours(ctx, hours)
            if not args.json:
                print(f"business hours: {describe(hours)}")
        account_id = None
        if args.account:
            account_id = find_account(ctx, args.account)
            if account_id is None:
                raise CliError(f"no account named {args.account!r}",
                               hint="`shopinbox account list` shows the names")
        query = ReportQuery(preset="custom" if first else args.preset, first=first,
                            last=last or (date.today() if first else None),
                            channel=args.channel, account_id=account_id)
        scoped = scope_for(ctx, query)
        report = compute(ctx, query, scoped=scoped)
        intents = intent_figures(ctx, query, scoped=scoped)
    finally:
        ctx.close()
    if args.json:
        print_json({**report.to_json(), "intents": intents})
        return 0
    overall = report.overall()
    print(f"{report.range.first} .. {report.range.last}"
          f"{' (business hours)' if report.business_hours else ''}")
    if overall is not None:
        def minutes(value: float | None) -> str:
            return "-" if value is None else f"{value / 60:.0f} min"

        print(f"first response: median {minutes(overall.first_response.median)}, "
              f"p90 {minutes(overall.first_response.p90)} "
              f"({overall.answered} of {overall.episodes} answered)")
    asked = ", ".join(f"{name.replace('_', ' ')} {count}" for name, count in intents.items()
                      if count)
    print(f"customers asked: {asked or '-'}")
    print(f"waiting now: {sum(report.open_by_age.values())}; "
          f"snoozed coming back today: {report.snoozed_back_today}")
    return 0
