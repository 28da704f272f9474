"""`shopinbox promo …`: the promo-reply library and its discount-code pools from the shell.

    promo list [--json]                     the library, with usage and free codes
    promo export FILE / promo import FILE   the library as JSON (format: domain/promo_exchange.py)
    promo render SHORTCUT CUSTOMER_ID [--channel KIND] [--language xx] [--order ID]
                 [--answer "field=value"]… [--json]   preview (the code stays «code»)
    promo codes list                        pools with total / given / free
    promo codes import POOL FILE [--promo SHORTCUT]
    promo codes generate POOL PATTERN --count N [--promo SHORTCUT]
    promo codes export POOL FILE [--all]    who got which code (CSV)
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos import discounts
from shopinbox.app.promos import exchange as promo_exchange
from shopinbox.app.promos import library as promos
from shopinbox.channels import registry
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.language_detect import VariantNotFound
from shopinbox.domain.promos.code_pattern import CodePatternError
from shopinbox.domain.promos.exchange import PromoFormatError
from shopinbox.domain.promos.render import PromoTemplateError


def register(subparsers: argparse._SubParsersAction) -> None:
    promo = subparsers.add_parser("promo", help="promo replies and discount codes")
    commands = promo.add_subparsers(dest="promo_command", metavar="PROMO_COMMAND", required=True)

    listing = commands.add_parser("list", help="list the promo replies")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    export = commands.add_parser("export", help="write the library to a JSON file")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=run_export)

    imp = commands.add_parser("import", help="add/update promo replies from a JSON file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=run_import)

    render = commands.add_parser("render", help="preview a promo reply for a customer")
    render.add_argument("shortcut", metavar="SHORTCUT")
    render.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    render.add_argument("--channel", choices=registry.messaging_kinds(),
                        default=registry.messaging_kinds()[0])
    render.add_argument("--language", metavar="xx", help="use this variant")
    render.add_argument("--order", type=int, metavar="ORDER_ID", help="use this order")
    render.add_argument("--answer", action="append", default=[], metavar="FIELD=VALUE",
                        help='fill an ask("FIELD") field (repeatable)')
    render.add_argument("--json", action="store_true", help="print JSON")
    render.set_defaults(handler=run_render)

    codes = commands.add_parser("codes", help="discount-code pools")
    pool_commands = codes.add_subparsers(dest="codes_command", metavar="CODES_COMMAND",
                                         required=True)
    pools = pool_commands.add_parser("list", help="list the pools")
    pools.add_argument("--json", action="store_true", help="print JSON")
    pools.set_defaults(handler=run_pools)

    code_import = pool_commands.add_parser("import", help="add codes from a CSV/text file")
    code_import.add_argument("pool", metavar="POOL")
    code_import.add_argument("file", type=Path, metavar="FILE")
    code_import.add_argument("--promo", metavar="SHORTCUT", help="attach a new pool to a promo")
    code_import.set_defaults(handler=run_codes_import)

    generate = pool_commands.add_parser("generate", help="add codes made from a pattern")
    generate.add_argument("pool", metavar="POOL")
    generate.add_argument("pattern", metavar="PATTERN",
                          help="# digit, ? letter, * either, e.g. SPRING-####-??")
    generate.add_argument("--count", type=int, required=True, metavar="N")
    generate.add_argument("--promo", metavar="SHORTCUT", help="attach a new pool to a promo")
    generate.set_defaults(handler=run_codes_generate)

    code_export = pool_commands.add_parser("export", help="who got which code, as CSV")
    code_export.add_argument("pool", metavar="POOL")
    code_export.add_argument("file", type=Path, metavar="FILE", help="CSV file, - for stdout")
    code_export.add_argument("--all", action="store_true", help="include codes not given yet")
    code_export.set_defaults(handler=run_codes_export)


def _with_context(args: argparse.Namespace, action):  # noqa: ANN001, ANN202
    ctx: AppContext = open_context(args)
    try:
        return action(ctx)
    except promos.PromoNotFound as error:
        raise CliError(str(error), hint="see the shortcuts with `shopinbox promo list`") from None
    except discounts.PoolNotFound as error:
        raise CliError(str(error), hint="see the pools with `shopinbox promo codes list`") from None
    except (PromoFormatError, PromoTemplateError, promos.PromoInvalid, CodePatternError,
            VariantNotFound, discounts.PoolEmpty, ValueError, LookupError, OSError) as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()


def run_list(args: argparse.Namespace) -> int:
    rows = _with_context(args, promos.list_promos)
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        print("No promo replies yet. Import a library with `shopinbox promo import FILE`.")
        return 0
    for row in rows:
        codes = f"  codes {row.pool_name}: {row.codes_free} free" if row.pool_name else ""
        print(f"{row.shortcut:<14} {row.title[:36]:<36} {row.category[:14]:<14} "
              f"{','.join(row.languages):<10} sent {row.usage_count:>3}{codes}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    count = _with_context(args, lambda ctx: promo_exchange.export_library_file(ctx, args.file))
    print(f"Exported {count} promo replies to {args.file}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    summary = _with_context(args, lambda ctx: promo_exchange.import_library_file(ctx, args.file))
    print(f"Imported {len(summary.created)} new and {len(summary.updated)} updated promo replies"
          + (f"; new code pools: {', '.join(summary.pools_created)}"
             if summary.pools_created else ""))
    return 0


def _answers(pairs: list[str]) -> dict[str, str]:
    answers = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise CliError(f"--answer {pair!r}: expected FIELD=VALUE")
        answers[field.strip()] = value
    return answers


def run_render(args: argparse.Namespace) -> int:
    answers = _answers(args.answer)
    rendered = _with_context(args, lambda ctx: promos.render_promo(
        ctx, args.shortcut, args.customer_id, args.channel, args.language, args.order, answers))
    if args.json:
        print_json(asdict(rendered) | {"ready": rendered.ready})
        return 0
    print(f"[{rendered.shortcut} · {rendered.language} · {args.channel}; variants: "
          f"{', '.join(rendered.available_languages)}]")
    if registry.channel(args.channel).capabilities.subjects:
        print(f"Subject: {rendered.subject}")
        print()
        print(rendered.text)
    else:
        print(rendered.markup.get(args.channel, rendered.text))
    for attachment in rendered.attachments:
        print(f"  + {attachment.filename} ({attachment.mime_type}, {attachment.size} bytes)")
    if rendered.asked:
        print(f"\nFields to fill in: {', '.join(rendered.asked)} (use --answer FIELD=VALUE)")
    if rendered.missing:
        print(f"\nNot ready to send, missing: {', '.join(rendered.missing)}")
        return 3
    return 0


def run_pools(args: argparse.Namespace) -> int:
    rows = _with_context(args, discounts.list_pools)
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        print("No code pools yet. Add one with `shopinbox promo codes import POOL FILE`.")
    for row in rows:
        print(f"{row.name:<20} total {row.total:>5}  given {row.given:>5}  free {row.free:>5}")
    return 0


def _print_added(result: discounts.CodesAdded) -> None:
    created = " (new pool)" if result.created_pool else ""
    print(f"Pool {result.pool_name}{created}: added {result.added} codes, "
          f"ignored {result.duplicates} duplicates or unusable lines")


def run_codes_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"no such file: {args.file}")
    _print_added(_with_context(args, lambda ctx: discounts.import_codes_file(
        ctx, args.pool, args.file, promo=args.promo)))
    return 0


def run_codes_generate(args: argparse.Namespace) -> int:
    _print_added(_with_context(args, lambda ctx: discounts.generate_pool_codes(
        ctx, args.pool, args.pattern, args.count, promo=args.promo)))
    return 0


def run_codes_export(args: argparse.Namespace) -> int:
    text = _with_context(args, lambda ctx: discounts.export_given_codes(
        ctx, args.pool, include_free=args.all))
    if str(args.file) == "-":
        print(text, end="")
    else:
        args.file.write_text(text, encoding="utf-8")
        print(f"Wrote {text.count(chr(10)) - 1} codes to {args.file}")
    return 0
