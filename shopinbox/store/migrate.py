"""Alembic migrations run at start-up, with a backup of the SQLite file taken first."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from shopinbox.store.backups import copy_database

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# Alembic (with Mako and every dialect) costs ~0.3 s to import; it is only loaded when the
# quick check below says a migration may be needed, so an up-to-date profile opens fast.
_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*["']?([\w.-]+|None)["']?""",
                       re.MULTILINE)


log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def quick_head() -> str | None:
    """The single head read straight from the revision files, or None when unsure."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text("utf-8")))
        if "revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_at_head(database: Path) -> bool:
    """Whether this SQLite file is already at the newest revision, read with the standard
    library only (the window's start does not wait for SQLAlchemy, see app/core/context.py).
    Any doubt (no file, no version table, a damaged file) answers False: the full path
    decides, with its backup and its error handling."""
    import sqlite3

    head = quick_head()
    if head is None or not database.exists():
        return False
    try:
        connection = sqlite3.connect(str(database))
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == head


def quick_current(engine: Engine) -> str | None:
    from sqlalchemy import text

    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # no table yet, or another problem: let Alembic decide
        return None


def head_revision(engine: Engine) -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads; merge them: {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(database: Path, backups: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup API (safe while WAL holds pages)."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{database.stem}-before-{label}-{stamp}.sqlite3"
    return copy_database(database, target)


def upgrade(engine: Engine, *, sqlite_file: Path | None = None, backups: Path | None = None) -> bool:
    """Bring the schema to head. Returns True when a migration ran.

    An existing SQLite file that is behind head is backed up before anything changes, so a
    failed or unwanted migration can be undone by copying the file back.
    """
    quick = quick_head()
    if quick is not None and quick_current(engine) == quick:
        return False
    from alembic import command

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
