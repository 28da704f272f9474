"""Backups: `shopinbox backup` / `restore` round-trip a profile exactly, the daily rolling backup
keeps seven, and a damaged database is reported as damaged (with how to restore), never as raw
SQL or a traceback."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from shopinbox.app.core.backups import KEEP, list_backups, rolling_backup
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import run_checks
from shopinbox.cli import main
from shopinbox.paths import resolve_profile
from shopinbox.store.models import Customer, Message, Order
from shopinbox.store.search import search


def _counts(profile) -> tuple[int, int, int, int]:
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            counts = tuple(session.scalar(select(func.count()).select_from(model))
                           for model in (Customer, Message, Order))
            hits = len(search(session, "przesylka", limit=100))
    finally:
        ctx.close()
    return (*counts, hits)


def test_backup_and_restore_round_trip(tmp_path, capsys):
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "demo"]) == 0
    before = _counts(profile)
    assert before[1] > 50 and before[3] > 0
    assert main(["--profile", str(profile), "backup"]) == 0
    assert "Backed up the database to" in capsys.readouterr().out

    ctx = AppContext.open(str(profile))  # the shop goes on: a customer is deleted by mistake
    with ctx.writer() as session, session.begin():
        session.execute(Message.__table__.delete())
    ctx.close()
    assert _counts(profile)[1] == 0

    assert main(["--profile", str(profile), "restore", "--latest"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "is kept as" in out
    assert _counts(profile) == before
    assert main(["--profile", str(profile), "backup", "--list", "--json"]) == 0
    kinds = [b["kind"] for b in json.loads(capsys.readouterr().out)]
    assert "manual" in kinds and "before" in kinds[0]


def test_rolling_backup_is_daily_and_keeps_seven(tmp_path):
    paths = resolve_profile(tmp_path / "profile").ensure()
    AppContext.open(str(paths.root)).close()
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    taken = [rolling_backup(paths, start + timedelta(hours=12 * i)) for i in range(20)]
    assert sum(1 for t in taken if t is not None) == 10  # once a day, not every call
    assert len([b for b in list_backups(paths) if b.label == "daily"]) == KEEP


def test_a_damaged_database_is_reported_as_damaged(tmp_path, capsys):
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "demo"]) == 0
    assert main(["--profile", str(profile), "backup"]) == 0
    capsys.readouterr()
    database = resolve_profile(profile).database
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    data = bytearray(database.read_bytes())
    data[:16] = b"garbage garbage!"  # the header is gone: "file is not a database"
    database.write_bytes(bytes(data))

    assert main(["--profile", str(profile), "customers"]) == 2
    err = capsys.readouterr().err
    assert "The database file is damaged" in err and "shopinbox restore --latest" in err
    assert "Traceback" not in err and "DatabaseError" not in err and "SELECT" not in err
    check = next(c for c in run_checks(str(profile)) if c.name == "database")
    assert not check.ok and "damaged" in check.detail and "restore" in check.fix

    assert main(["--profile", str(profile), "restore", "--latest"]) == 0
    assert _counts(profile)[1] > 50


def test_a_sync_round_takes_the_daily_backup(tmp_path, capsys):
    """The daily backup is taken by the sync engine (every `sync --once`, and hourly while
    the window or the sync service runs), not only by hand."""
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "demo"]) == 0
    paths = resolve_profile(profile)
    assert [b for b in list_backups(paths) if b.label == "daily"] == []
    assert main(["--profile", str(profile), "sync", "--once"]) == 0
    daily = [b for b in list_backups(paths) if b.label == "daily"]
    assert len(daily) == 1 and daily[0].size > 0
    assert main(["--profile", str(profile), "sync", "--once"]) == 0  # not due again today
    assert len([b for b in list_backups(paths) if b.label == "daily"]) == 1
