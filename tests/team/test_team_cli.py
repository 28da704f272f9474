"""`shopinbox team …` in-process on a single-desktop profile (users, notes and assignment work
on SQLite too)."""

from __future__ import annotations

import json

from shopinbox.app.core.context import AppContext
from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids
from shopinbox.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_notes_and_assignment_from_the_command_line(profile_dir, capsys):
    ctx = AppContext.open(str(profile_dir))
    load_demo_shop(ctx)
    customer_id = conversation_ids(ctx, InboxFilter(status="all"))[0]
    ctx.close()
    assert run(capsys, "team", "add-user", "Anna", "--language", "pl")[0] == 0
    code, out, _ = run(capsys, "team", "users", "--json")
    assert [u["name"] for u in json.loads(out)] == ["Anna"]
    assert run(capsys, "team", "note", str(customer_id), "Zadzwonić jutro", "--as", "anna")[0] == 0
    code, out, _ = run(capsys, "team", "notes", str(customer_id), "--json")
    assert [(n["author"], n["text"]) for n in json.loads(out)] == [("Anna", "Zadzwonić jutro")]
    code, out, _ = run(capsys, "team", "assign", str(customer_id), "Anna")
    assert code == 0 and "assigned to Anna" in out
    code, _out, err = run(capsys, "team", "assign", str(customer_id), "Zosia")
    assert code != 0 and "no user named" in err
    code, out, _ = run(capsys, "settings", "set", "auto_assign_on_reply", "false")
    assert code == 0 and "false" in out
