"""Alembic migrations run at start-up, with a backup of the SQLite file taken first."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str:
    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads; merge them: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(database: Path, backups: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API (safe while WAL holds pages)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{database.stem}-before-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, *, sqlite_file: Path | None = None, backups: Path | None = None) -> bool:
    """Bring the schema to head. Returns True when a migration ran.

    An existing SQLite file that is behind head is backed up before anything changes, so a
    failed or unwanted migration can be undone by copying the file back.
    """
    head = head_revision(engine)
    current = current_revision(engine)
    if current == head:
        return False
    if (
        current is not None  # an unversioned database is a new, empty one
        and sqlite_file is not None
        and backups is not None
        and sqlite_file.exists()
        and sqlite_file.stat().st_size > 0
    ):
        path = backup_sqlite(sqlite_file, backups, current)
        log.info("backed up %s to %s before migrating", sqlite_file, path)
    log.info("migrating database from %s to %s", current, head)
    command.upgrade(alembic_config(engine), "head")
    return True
