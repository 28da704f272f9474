"""Identity and merging on the command line.

    shopinbox merge SOURCE_ID INTO_ID [--reason TEXT] [--actor NAME] [--json]
    shopinbox unmerge MERGE_ID [--json]
    shopinbox merges [--customer ID] [--json]
    shopinbox suggestions [--customer ID] [--json]
    shopinbox suggestions accept SUGGESTION_ID [--into CUSTOMER_ID] [--actor NAME] [--json]
    shopinbox suggestions dismiss SUGGESTION_ID [--json]
    shopinbox identity add CUSTOMER_ID (--email ADDRESS | --phone NUMBER) [--region PL] [--json]
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from shopinbox.app.identity.merging import (
    IdentityError,
    IdentityTaken,
    MergeError,
    add_identity,
    list_merges,
    merge,
    normalise_identity,
    unmerge,
)
from shopinbox.app.identity.suggestions import (
    accept_suggestion,
    dismiss_suggestion,
    list_suggestions,
)
from shopinbox.commands.common import CliError, format_time, open_context, print_json
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.phones import DEFAULT_REGION

DEFAULT_ACTOR = "cli"


def _json_flag(parser: argparse.ArgumentParser, nested: bool = False) -> None:
    # A sub-command's flag must not reset the value its parent command already parsed.
    parser.add_argument(
        "--json", action="store_true", help="print JSON",
        **({"default": argparse.SUPPRESS} if nested else {}),
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    merging = subparsers.add_parser(
        "merge", help="merge one customer into another (undo with `unmerge`)"
    )
    merging.add_argument("source_id", type=int, metavar="SOURCE_ID",
                         help="the customer that goes away")
    merging.add_argument("into_id", type=int, metavar="INTO_ID", help="the customer that stays")
    merging.add_argument("--reason", default="", help="why (kept with the merge)")
    merging.add_argument("--actor", default=DEFAULT_ACTOR, help="who merges (kept with the merge)")
    _json_flag(merging)
    merging.set_defaults(handler=run_merge)

    undo = subparsers.add_parser("unmerge", help="undo a merge exactly")
    undo.add_argument("merge_id", type=int, metavar="MERGE_ID")
    _json_flag(undo)
    undo.set_defaults(handler=run_unmerge)

    listing = subparsers.add_parser("merges", help="list merges, newest first")
    listing.add_argument("--customer", type=int, metavar="ID",
                         help="only merges this customer took part in")
    _json_flag(listing)
    listing.set_defaults(handler=run_merges)

    suggestions = subparsers.add_parser(
        "suggestions", help="customers who may be one person: list, accept, dismiss"
    )
    suggestions.add_argument("--customer", type=int, metavar="ID",
                             help="only suggestions about this customer")
    _json_flag(suggestions)
    suggestions.set_defaults(handler=run_suggestions)
    actions = suggestions.add_subparsers(dest="suggestion_action", metavar="ACTION")
    accept = actions.add_parser("accept", help="merge the two customers of a suggestion")
    accept.add_argument("suggestion_id", type=int, metavar="SUGGESTION_ID")
    accept.add_argument("--into", type=int, metavar="CUSTOMER_ID",
                        help="which of the two stays (default: the one the list shows)")
    accept.add_argument("--actor", default=DEFAULT_ACTOR, help="who merges")
    _json_flag(accept, nested=True)
    accept.set_defaults(handler=run_accept)
    dismiss = actions.add_parser("dismiss", help="never suggest these two for these reasons")
    dismiss.add_argument("suggestion_id", type=int, metavar="SUGGESTION_ID")
    _json_flag(dismiss, nested=True)
    dismiss.set_defaults(handler=run_dismiss)

    identity = subparsers.add_parser("identity", help="a customer's email addresses and phones")
    identity_actions = identity.add_subparsers(dest="identity_action", metavar="ACTION",
                                               required=True)
    add = identity_actions.add_parser(
        "add", help="give a customer an email address or phone number (future messages from it "
                    "land on this customer)"
    )
    add.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    which = add.add_mutually_exclusive_group(required=True)
    which.add_argument("--email", metavar="ADDRESS")
    which.add_argument("--phone", metavar="NUMBER")
    add.add_argument("--region", default=DEFAULT_REGION, metavar="CC",
                     help=f"country of a phone number written without +code (default {DEFAULT_REGION})")
    _json_flag(add)
    add.set_defaults(handler=run_identity_add)


def _merge_error(error: MergeError) -> CliError:
    blocking = getattr(error, "blocking_merge_id", None)
    survivor = getattr(error, "survivor_id", None)
    if blocking:
        hint = f"run `shopinbox unmerge {blocking}` first"
    elif survivor:
        hint = f"see `shopinbox show {survivor}` and `shopinbox merges --customer {survivor}`"
    else:
        hint = "list customers with `shopinbox customers` and merges with `shopinbox merges`"
    return CliError(str(error), hint=hint)


def run_merge(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        merge_id = merge(ctx, args.source_id, args.into_id, actor=args.actor, reason=args.reason)
        (row,) = [m for m in list_merges(ctx, args.into_id) if m.id == merge_id]
    except MergeError as error:
        raise _merge_error(error) from None
    finally:
        ctx.close()
    if args.json:
        print_json({"merge_id": merge_id, "source_id": row.source_id, "into_id": row.into_id,
                    "moved": row.counts})
        return 0
    counts = row.counts
    print(f"Merged customer {row.source_id} ({row.source_name}) into {row.into_id} "
          f"({row.into_name}): merge {merge_id}, moved {counts['identities']} identities, "
          f"{counts['messages']} messages, {counts['orders']} orders.")
    print(f"Undo with `shopinbox unmerge {merge_id}`.")
    return 0


def run_unmerge(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        result = unmerge(ctx, args.merge_id)
    except MergeError as error:
        raise _merge_error(error) from None
    finally:
        ctx.close()
    if args.json:
        print_json(asdict(result))
        return 0
    print(f"Undid merge {result.merge_id}: customer {result.source_id} is back with "
          f"{result.counts['identities']} identities, {result.counts['messages']} messages and "
          f"{result.counts['orders']} orders.")
    return 0


def run_merges(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_merges(ctx, args.customer)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        print("No merges yet.")
    for row in rows:
        state = f"undone {format_time(row.undone_at)}" if row.undone_at else (
            "can be undone" if row.can_undo else row.blocked_reason)
        print(f"{row.id:>5}  {format_time(row.created_at)}  {row.source_id} ({row.source_name}) "
              f"-> {row.into_id} ({row.into_name})  by {row.actor or '-'}  "
              f"{row.counts['messages']} msg {row.counts['orders']} orders  [{state}]")
        if row.reason:
            print(f"       {row.reason}")
    return 0


def run_suggestions(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        rows = list_suggestions(ctx, customer_id=args.customer)
    finally:
        ctx.close()
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        print("No merge suggestions.")
    for row in rows:
        names = {row.customer_a_id: row.customer_a_name, row.customer_b_id: row.customer_b_name}
        print(f"{row.id:>5}  merge {row.source_id} ({names[row.source_id]}) into "
              f"{row.into_id} ({names[row.into_id]})")
        for reason in row.reasons:
            print(f"       - {reason.text}")
    if rows:
        print("Accept with `shopinbox suggestions accept ID`, dismiss with "
              "`shopinbox suggestions dismiss ID`.")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        merge_id = accept_suggestion(ctx, args.suggestion_id, actor=args.actor, into_id=args.into)
        (row,) = [m for m in list_merges(ctx) if m.id == merge_id]
    except MergeError as error:
        raise CliError(str(error), hint="list open suggestions with `shopinbox suggestions`") \
            from None
    finally:
        ctx.close()
    if args.json:
        print_json({"suggestion_id": args.suggestion_id, "merge_id": merge_id,
                    "source_id": row.source_id, "into_id": row.into_id, "moved": row.counts})
        return 0
    print(f"Merged customer {row.source_id} ({row.source_name}) into {row.into_id} "
          f"({row.into_name}): merge {merge_id}. Undo with `shopinbox unmerge {merge_id}`.")
    return 0


def run_dismiss(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        count = dismiss_suggestion(ctx, args.suggestion_id)
    except MergeError as error:
        raise CliError(str(error), hint="list open suggestions with `shopinbox suggestions`") \
            from None
    finally:
        ctx.close()
    if args.json:
        print_json({"suggestion_id": args.suggestion_id, "dismissed": count})
        return 0
    print(f"Dismissed suggestion {args.suggestion_id}; it will not come back.")
    return 0


def run_identity_add(args: argparse.Namespace) -> int:
    kind, value = (
        (IdentityKind.EMAIL, args.email) if args.email is not None else (IdentityKind.PHONE, args.phone)
    )
    ctx = open_context(args)
    try:
        stored = normalise_identity(kind, value, default_region=args.region)
        identity_id = add_identity(ctx, args.customer_id, kind, value, default_region=args.region)
    except IdentityTaken as error:
        raise CliError(
            str(error),
            hint=f"merge them: `shopinbox merge {args.customer_id} {error.owner_id}` "
                 f"(or `shopinbox merge {error.owner_id} {args.customer_id}`)",
        ) from None
    except IdentityError as error:
        raise CliError(str(error), hint="see `shopinbox show CUSTOMER_ID`") from None
    finally:
        ctx.close()
    if args.json:
        print_json({"customer_id": args.customer_id, "identity_id": identity_id,
                    "kind": str(kind), "value": stored})
        return 0
    print(f"Customer {args.customer_id} now has {kind} {stored}.")
    return 0
