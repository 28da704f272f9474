"""`shopinbox segment …`, `shopinbox campaign …` and `shopinbox consent …`.

    segment save NAME [--where KEY=VALUE]…   create/replace a segment (fields:
                                             domain/campaigns/segments.py; lists a,b,c)
    segment list | show NAME [--json] | delete NAME
    campaign create NAME --promo SHORTCUT --segment NAME [--pool POOL] [--at ISO-TIME]
                    [--rate CHANNEL=MSG_PER_S]…
    campaign list | preview NAME [--dry-run] | run NAME [--now] | run --due
    campaign pause NAME | report NAME [--csv FILE]      (all with --json)
    consent set CUSTOMER_ID yes|no | prefer CUSTOMER_ID CHANNEL|none | show CUSTOMER_ID
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from shopinbox.app.campaigns import campaigns, consent, runner, segments
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.campaigns.segments import SegmentRuleError, parse_cli_filters


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    segment = subparsers.add_parser("segment", help="saved customer filters for campaigns")
    seg = segment.add_subparsers(dest="segment_command", metavar="SEGMENT_COMMAND",
                                 required=True)
    save = seg.add_parser("save", help="create or replace a segment")
    save.add_argument("name")
    save.add_argument("--where", action="append", default=[], metavar="KEY=VALUE")
    _json_flag(save)
    save.set_defaults(handler=run_segment_save)
    for name, handler, helptext in (("list", run_segment_list, "list the segments"),
                                    ("show", run_segment_show, "count and sample"),
                                    ("delete", run_segment_delete, "delete a segment")):
        action = seg.add_parser(name, help=helptext)
        if name != "list":
            action.add_argument("name")
        _json_flag(action)
        action.set_defaults(handler=handler)

    campaign = subparsers.add_parser("campaign", help="send a promo reply to a segment")
    cmd = campaign.add_subparsers(dest="campaign_command", metavar="CAMPAIGN_COMMAND",
                                  required=True)
    create = cmd.add_parser("create", help="a promo reply + a segment (+ a code pool)")
    create.add_argument("name")
    create.add_argument("--promo", required=True, metavar="SHORTCUT")
    create.add_argument("--segment", required=True)
    create.add_argument("--pool", help="code pool (default: the promo's)")
    create.add_argument("--at", metavar="ISO-TIME", help="schedule: start at this time")
    create.add_argument("--rate", action="append", default=[], metavar="CHANNEL=MSG_PER_S",
                        help="send at most this many messages per second on a channel")
    _json_flag(create)
    create.set_defaults(handler=run_create)
    listing = cmd.add_parser("list", help="the campaigns")
    _json_flag(listing)
    listing.set_defaults(handler=run_list)
    preview = cmd.add_parser("preview", help="who is reached, who is left out and why, "
                             "5 rendered messages")
    preview.add_argument("name")
    preview.add_argument("--dry-run", action="store_true", help="render every message")
    _json_flag(preview)
    preview.set_defaults(handler=run_preview)
    run = cmd.add_parser("run", help="send (or resume) a campaign")
    run.add_argument("name", nargs="?")
    run.add_argument("--now", action="store_true", help="do not wait for the scheduled time")
    run.add_argument("--due", action="store_true", help="every campaign whose time has come")
    _json_flag(run)
    run.set_defaults(handler=run_run)
    pause = cmd.add_parser("pause", help="stop after the message being sent")
    pause.add_argument("name")
    _json_flag(pause)
    pause.set_defaults(handler=run_pause)
    rep = cmd.add_parser("report", help="sent / failed / skipped, codes, redemptions")
    rep.add_argument("name")
    rep.add_argument("--csv", type=Path, metavar="FILE", help="write every recipient to FILE")
    _json_flag(rep)
    rep.set_defaults(handler=run_report)

    consents = subparsers.add_parser("consent", help="customers' marketing consent")
    con = consents.add_subparsers(dest="consent_command", metavar="CONSENT_COMMAND",
                                  required=True)
    give = con.add_parser("set", help="record consent (yes) or its withdrawal (no)")
    give.add_argument("customer_id", type=int)
    give.add_argument("value", choices=("yes", "no"))
    give.set_defaults(handler=run_consent_set)
    prefer = con.add_parser("prefer", help="the channel campaigns use for this customer")
    prefer.add_argument("customer_id", type=int)
    prefer.add_argument("channel", help="a channel kind, or none")
    prefer.set_defaults(handler=run_consent_prefer)
    show = con.add_parser("show", help="a customer's consent")
    show.add_argument("customer_id", type=int)
    _json_flag(show)
    show.set_defaults(handler=run_consent_show)


def _ctx(args: Any) -> Any:
    return open_context(args)


def _filters(pairs: list[str]) -> dict[str, Any]:
    try:
        return parse_cli_filters(pairs)
    except SegmentRuleError as error:
        raise CliError(str(error), hint="see `shopinbox segment save --help`") from None


def run_segment_save(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        segment_id = segments.save_segment(ctx, args.name, _filters(args.where))
        found = segments.preview(ctx, segments.find_segment(ctx, segment_id).rules)
    finally:
        ctx.close()
    if args.json:
        print_json({"id": segment_id, "count": found.count})
    else:
        print(f"segment {args.name!r} saved: {found.count} customer(s)")
    return 0


def run_segment_list(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        rows = segments.list_segments(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(r) for r in rows])
    for row in [] if args.json else rows:
        print(f"{row.id:>4}  {row.name}  {row.rules}")
    return 0


def run_segment_show(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        info = _find(segments.find_segment, ctx, args.name)
        found = segments.preview(ctx, info.rules)
    finally:
        ctx.close()
    if args.json:
        print_json({"id": info.id, "name": info.name, "rules": info.rules, "count": found.count,
                    "sample": [{"customer_id": i, "name": n} for i, n in found.sample]})
    else:
        print(f"{info.name}: {found.count} customer(s)")
        for customer_id, name in found.sample:
            print(f"  {customer_id:>6}  {name}")
    return 0


def run_segment_delete(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        _find(segments.delete_segment, ctx, args.name)
    finally:
        ctx.close()
    return 0


def _find(function: Any, ctx: Any, *arguments: Any) -> Any:
    try:
        return function(ctx, *arguments)
    except LookupError as error:
        raise CliError(str(error).strip("'\""), hint="see the `list` command") from None


def _rates(pairs: list[str]) -> dict[str, float]:
    rates = {}
    for pair in pairs:
        kind, sep, value = pair.partition("=")
        try:
            rates[kind.strip()] = float(value)
        except ValueError:
            raise CliError(f"{pair!r}: expected CHANNEL=MESSAGES_PER_SECOND") from None
        if not sep or rates[kind.strip()] <= 0:
            raise CliError(f"{pair!r}: expected CHANNEL=MESSAGES_PER_SECOND (above 0)")
    return rates


def run_create(args: argparse.Namespace) -> int:
    at = datetime.fromisoformat(args.at) if args.at else None
    if at is not None and at.tzinfo is None:
        at = at.astimezone()
    ctx = _ctx(args)
    try:
        campaign_id = _find(lambda c: campaigns.create_campaign(
            c, args.name, args.promo, args.segment, pool=args.pool, scheduled_at=at,
            rates=_rates(args.rate)), ctx)
    except ValueError as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    if args.json:
        print_json({"id": campaign_id})
    else:
        print(f"campaign {args.name!r} created (id {campaign_id})")
    return 0


def _info_json(info: campaigns.CampaignInfo) -> dict[str, Any]:
    return asdict(info)


def run_list(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        rows = campaigns.list_campaigns(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([_info_json(r) for r in rows])
    for row in [] if args.json else rows:
        print(f"{row.id:>4}  {row.state:<9}  {row.name}  ({row.promo} → {row.segment})")
    return 0


def run_preview(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        found = _find(campaigns.preview, ctx, args.name, 5, args.dry_run)
    finally:
        ctx.close()
    if args.json:
        print_json(asdict(found))
        return 0
    print(f"reached: {found.reached} {found.by_channel}")
    for reason, n in sorted(found.skipped.items()):
        print(f"left out ({reason}): {n}")
    if found.codes_free is not None:
        print(f"codes: {found.codes_needed} needed, {found.codes_free} free")
    for reason, n in sorted(found.problems.items()):
        print(f"cannot render ({reason}): {n}")
    for sample in found.samples:
        print(f"\n--- {sample.customer_name} · {sample.channel} · {sample.language}")
        if sample.subject:
            print(sample.subject)
        print(sample.text)
    return 0


def _result_json(result: runner.RunResult) -> dict[str, Any]:
    return {"campaign_id": result.campaign_id, "state": result.state, "sent": result.sent,
            "failed": result.failed, "skipped": dict(result.skipped),
            "seconds": round(result.seconds, 3)}


def run_run(args: argparse.Namespace) -> int:
    if not args.name and not args.due:
        raise CliError("name a campaign or give --due")
    ctx = _ctx(args)
    try:
        names = campaigns.due_campaigns(ctx) if args.due else [args.name]
        results = [_find(lambda c, n=n: runner.run_campaign(c, n, now=args.now), ctx)
                   for n in names]
    finally:
        ctx.close()
    if args.json:
        print_json([_result_json(r) for r in results])
    for r in [] if args.json else results:
        print(f"campaign {r.campaign_id}: {r.state}; sent {r.sent}, failed {r.failed}, "
              f"skipped {sum(r.skipped.values())} in {r.seconds:.1f} s")
    return 0


def run_pause(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        state = _find(campaigns.pause, ctx, args.name)
    finally:
        ctx.close()
    print_json({"state": state}) if args.json else print(f"campaign {args.name!r}: {state}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        found = _find(campaigns.report, ctx, args.name)
        if args.csv:
            args.csv.write_text(campaigns.export_csv(ctx, args.name), encoding="utf-8")
    finally:
        ctx.close()
    data = {"campaign": _info_json(found.campaign), "recipients": found.total,
            "states": found.states, "skipped": found.skipped,
            "opted_out_since": found.opted_out_since, "codes_given": found.codes_given,
            "redeemed_orders": found.redeemed_orders,
            "revenue": {k: str(v) for k, v in found.revenue.items()}}
    if args.json:
        print_json(data)
        return 0
    print(f"{found.campaign.name} ({found.campaign.state}): {found.total} recipient(s)")
    print(f"sent {found.sent}, failed {found.failed}, "
          f"skipped {sum(found.skipped.values())} {found.skipped}, "
          f"opted out since {found.opted_out_since}")
    print(f"codes given {found.codes_given}; redeemed in {found.redeemed_orders} order(s) "
          f"{data['revenue']}")
    return 0


def run_consent_set(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        consent.set_consent(ctx, args.customer_id, args.value == "yes")
    finally:
        ctx.close()
    return 0


def run_consent_prefer(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        consent.set_preferred_channel(ctx, args.customer_id,
                                      None if args.channel == "none" else args.channel)
    finally:
        ctx.close()
    return 0


def run_consent_show(args: argparse.Namespace) -> int:
    ctx = _ctx(args)
    try:
        found = consent.consent_of(ctx, args.customer_id)
    finally:
        ctx.close()
    if args.json:
        print_json(asdict(found))
    else:
        print(f"marketing: {found.marketing}; source {found.source or '-'}; "
              f"opted out {found.opted_out_at or '-'}; prefers {found.preferred_channel or '-'}")
    return 0
