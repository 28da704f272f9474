"""The command line words error codes in English with what to do: `shopinbox: error: …` and
`shopinbox: what to do: …` on stderr with a non-zero exit; `account list` shows a stored code
as its English sentence, and an old free-text error as it was written."""

from __future__ import annotations

import json

from shopinbox.app.core.accounts import add_account
from shopinbox.app.core.context import AppContext
from shopinbox.domain.errors import ShopError, throttled
from shopinbox.store.models import Account
from tests.cli.test_cli import shopinbox


def test_unknown_account_prints_english_and_the_hint(tmp_path):
    result = shopinbox("account", "remove", "nobody", profile=tmp_path / "p")
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert "shopinbox: error: There is no account named nobody." in lines
    assert "shopinbox: what to do: see `shopinbox account list`" in lines


def test_a_shop_error_reaching_main_is_worded_with_its_hint(tmp_path, monkeypatch, capsys):
    from shopinbox import cli
    from shopinbox.commands import accounts

    def broken(ctx):
        raise ShopError("db_corrupt", detail="sqlite3.DatabaseError: file is not a database")

    monkeypatch.setattr(accounts, "list_accounts", broken)
    code = cli.main(["--profile", str(tmp_path / "p"), "account", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "shopinbox: error: The database file is damaged.\n" in err
    assert "shopinbox: what to do: Restore the latest backup" in err
    assert "sqlite3" not in err  # the driver's words go to the log


def test_account_list_describes_stored_errors(tmp_path):
    profile = tmp_path / "p"
    ctx = AppContext.open(str(profile))
    try:
        add_account(ctx, "mail", "email", {"email": "a@b.pl"}, "keyring")
        add_account(ctx, "bot", "telegram", {"username": "@b"}, "keyring")
        add_account(ctx, "old", "email", {"email": "o@b.pl"}, "keyring")
        errors = {"mail": ShopError("auth_failed", protocol="IMAP").stored(),
                  "bot": throttled(600).stored(),
                  "old": "sync failed: the IMAP server rejected the password"}
        with ctx.writer() as session, session.begin():
            for account in session.query(Account):
                account.last_error = errors[account.name]
    finally:
        ctx.close()
    listed = shopinbox("account", "list", profile=profile)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert rows["mail"].endswith("error: The server did not accept the user name or password.")
    assert "error: The service asks to wait until " in rows["bot"]
    assert rows["old"].endswith("error: sync failed: the IMAP server rejected the password")
    assert '"code"' not in listed.stdout
    as_json = {a["name"]: a for a in json.loads(
        shopinbox("account", "list", "--json", profile=profile).stdout)}
    assert as_json["mail"]["last_error_code"] == "auth_failed"
    assert as_json["mail"]["last_error"].startswith("The server did not accept")
    assert as_json["old"]["last_error_code"] == "internal"
