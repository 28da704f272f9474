"""`shopinbox team users|add-user|note|notes|assign`: the people of a shop (team mode) from the
command line. `--as NAME` says who acts (notes carry their name); there are no passwords — the
PostgreSQL role of SHOPINBOX_DATABASE_URL is the access control."""

from __future__ import annotations

import argparse

from shopinbox.app.team import work
from shopinbox.app.team.users import add_user, list_users, use_user
from shopinbox.commands.common import CliError, open_context, print_json
from shopinbox.domain.errors import ShopError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("team", help="users of the shop, notes and assignment")
    actions = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    users = actions.add_parser("users", help="list the users of the shop")
    users.add_argument("--json", action="store_true")
    users.set_defaults(handler=run_users)
    add = actions.add_parser("add-user", help="add a user (name, language, colour)")
    add.add_argument("name")
    add.add_argument("--language", default="en", choices=["en", "pl", "ru"])
    add.add_argument("--colour", default=None, help="e.g. #2563eb")
    add.set_defaults(handler=run_add_user)
    note = actions.add_parser("note", help="add an internal note to a conversation (never sent)")
    note.add_argument("customer_id", type=int)
    note.add_argument("text")
    note.add_argument("--as", dest="user", metavar="NAME", help="who writes it")
    note.set_defaults(handler=run_note)
    notes = actions.add_parser("notes", help="the internal notes of a conversation")
    notes.add_argument("customer_id", type=int)
    notes.add_argument("--json", action="store_true")
    notes.set_defaults(handler=run_notes)
    assign = actions.add_parser("assign", help="assign a conversation to a user (or --nobody)")
    assign.add_argument("customer_id", type=int)
    assign.add_argument("user", nargs="?", metavar="NAME")
    assign.add_argument("--nobody", action="store_true", help="unassign it")
    assign.set_defaults(handler=run_assign)


def _user_id(ctx, name: str | None) -> int | None:
    if not name:
        return None
    for user in list_users(ctx):
        if user.name.casefold() == name.casefold():
            return user.id
    raise CliError(f"no user named {name!r}", hint="see `shopinbox team users`")


def run_users(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        users = list_users(ctx)
    finally:
        ctx.close()
    if args.json:
        print_json([{"id": u.id, "name": u.name, "language": u.language, "colour": u.colour}
                    for u in users])
        return 0
    for user in users:
        print(f"{user.id:>4}  {user.name:<24} {user.language}  {user.colour}")
    return 0


def run_add_user(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        user = add_user(ctx, args.name, language=args.language, colour=args.colour)
    except ShopError as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    print(f"user {user.id}: {user.name}")
    return 0


def run_note(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        use_user(ctx, _user_id(ctx, args.user))
        work.add_note(ctx, args.customer_id, args.text)
    except ShopError as error:
        raise CliError(str(error)) from None
    finally:
        ctx.close()
    print(f"note added to customer {args.customer_id}")
    return 0


def run_notes(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        notes = work.notes_of(ctx, args.customer_id)
    finally:
        ctx.close()
    if args.json:
        print_json([{"id": n.id, "author": n.author, "text": n.text,
                     "created_at": n.created_at} for n in notes])
        return 0
    for note in notes:
        print(f"{note.created_at:%Y-%m-%d %H:%M}  {note.author or '-'}: {note.text}")
    return 0


def run_assign(args: argparse.Namespace) -> int:
    if not args.nobody and not args.user:
        raise CliError("name a user or pass --nobody")
    ctx = open_context(args)
    try:
        user_id = None if args.nobody else _user_id(ctx, args.user)
        work.assign(ctx, args.customer_id, user_id)
    finally:
        ctx.close()
    print(f"customer {args.customer_id}: " + (f"assigned to {args.user}" if user_id
                                              else "unassigned"))
    return 0
