"""The identity commands: JSON on stdout, errors on stderr with a non-zero exit."""

from __future__ import annotations

import json

import pytest

from shopinbox.cli import main
from tests.identity.shop import build_shop, customer_of, ingest, telegram


@pytest.fixture
def shop(sqlite_ctx):
    people = build_shop(sqlite_ctx)
    ingest(sqlite_ctx, [telegram("1:7", 5001, "it's me, anna@example.com", 400)])
    return people


def _json(capsys, argv):
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def _fails(capsys, argv, *needles):
    assert main(argv) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    for needle in needles:
        assert needle in captured.err
    return captured.err


def test_merge_merges_and_unmerge(shop, capsys):
    tg, mail = shop["anna_tg"], shop["anna_mail"]
    result = _json(capsys, ["merge", str(tg), str(mail), "--json", "--reason", "same"])
    assert result["source_id"] == tg and result["into_id"] == mail
    assert result["moved"]["messages"] == 4 and result["moved"]["identities"] == 1
    merge_id = result["merge_id"]
    shown = _json(capsys, ["show", str(tg), "--json"])
    assert shown["id"] == mail and {o["number"] for o in shown["orders"]} == {"1042", "1043"}

    (row,) = _json(capsys, ["merges", "--json"])
    assert row["id"] == merge_id and row["can_undo"] and row["reason"] == "same"
    assert row["actor"] == "cli"
    assert _json(capsys, ["merges", "--json", "--customer", str(shop["boris"])]) == []

    undone = _json(capsys, ["unmerge", str(merge_id), "--json"])
    assert undone["source_id"] == tg and undone["counts"]["messages"] == 4
    _fails(capsys, ["unmerge", str(merge_id)], "already undone")
    assert _json(capsys, ["show", str(tg), "--json"])["id"] == tg


def test_merge_errors(shop, capsys):
    _fails(capsys, ["merge", "1", "1"], "itself")
    _fails(capsys, ["merge", "1", "999"], "no customer with id 999")
    _fails(capsys, ["unmerge", "77"], "no merge with id 77")
    first = _json(capsys, ["merge", str(shop["anna_tg"]), str(shop["anna_mail"]), "--json"])
    second = _json(capsys, ["merge", str(shop["anna_mail"]), str(shop["boris"]), "--json"])
    err = _fails(capsys, ["unmerge", str(first["merge_id"])], "undo merge")
    assert f"shopinbox unmerge {second['merge_id']}" in err
    _fails(capsys, ["merge", str(shop["anna_tg"]), str(shop["boris"])], "was merged into")


def test_text_output(shop, capsys):
    assert main(["merges"]) == 0
    assert "No merges yet." in capsys.readouterr().out
    assert main(["merge", str(shop["anna_tg"]), str(shop["anna_mail"])]) == 0
    out = capsys.readouterr().out
    assert "Merged customer" in out and "shopinbox unmerge 1" in out
    assert main(["merges"]) == 0
    assert "can be undone" in capsys.readouterr().out
    assert main(["unmerge", "1"]) == 0
    assert "Undid merge 1" in capsys.readouterr().out
    assert main(["suggestions"]) == 0
    assert "No merge suggestions." in capsys.readouterr().out  # decided by the merge


def test_suggestions_accept_and_dismiss(shop, sqlite_ctx, capsys):
    (row,) = _json(capsys, ["suggestions", "--json"])
    assert row["reasons"][0]["reason"] == "written_email"
    assert (row["source_id"], row["into_id"]) == (shop["anna_tg"], shop["anna_mail"])
    assert main(["suggestions"]) == 0
    out = capsys.readouterr().out
    assert "anna@example.com" in out and "suggestions accept" in out
    accepted = _json(capsys, ["suggestions", "accept", str(row["id"]), "--json"])
    assert accepted["into_id"] == shop["anna_mail"]
    assert _json(capsys, ["suggestions", "--json"]) == []
    _fails(capsys, ["suggestions", "accept", str(row["id"])], "already accepted")

    ingest(sqlite_ctx, [telegram("3:1", 7001, "boris@example.ru", 500, name="B")])
    (row,) = _json(capsys, ["suggestions", "--json"])
    assert _json(capsys, ["suggestions", "dismiss", str(row["id"]), "--json"]) == {
        "suggestion_id": row["id"], "dismissed": 1}
    assert _json(capsys, ["suggestions", "--json"]) == []
    _fails(capsys, ["suggestions", "dismiss", "999"], "no merge suggestion")
    assert main(["suggestions", "--json", "dismiss", str(row["id"])]) == 1
    assert "already dismissed" in capsys.readouterr().err


def test_identity_add(shop, sqlite_ctx, capsys):
    tg = shop["anna_tg"]
    added = _json(capsys, ["identity", "add", str(tg), "--phone", "601 234 567", "--json"])
    assert added == {"customer_id": tg, "identity_id": added["identity_id"], "kind": "phone",
                     "value": "+48601234567"}
    assert customer_of(sqlite_ctx, "phone", "+48601234567") == tg
    assert main(["identity", "add", str(tg), "--email", "Anna.Work@example.com"]) == 0
    assert "anna.work@example.com" in capsys.readouterr().out
    err = _fails(capsys, ["identity", "add", str(tg), "--email", "anna@example.com"],
                 "already belongs to customer")
    assert f"shopinbox merge {tg} {shop['anna_mail']}" in err
    _fails(capsys, ["identity", "add", str(tg), "--phone", "12"], "not a phone number")
    _fails(capsys, ["identity", "add", "999", "--email", "x@example.com"], "no customer")


def test_identity_add_needs_one_value(shop, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["identity", "add", "1"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit):
        main(["identity", "add", "1", "--email", "a@b.pl", "--phone", "601234567"])
    capsys.readouterr()
