"""SQLite copies of the whole database: taken with SQLite's online backup API (consistent while
a sync writes, WAL pages included), checked with `PRAGMA integrity_check`, restored by copying
back through the same API. PostgreSQL (team mode) is backed up with the server's own tools."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class NotADatabase(ValueError):
    """The file is not a readable shopinbox database (damaged, or not ours)."""


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` (created 0600) with the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.touch(mode=0o600)
    origin = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            with copy:
                origin.backup(copy)
        finally:
            copy.close()
    finally:
        origin.close()
    if os.name == "posix":
        os.chmod(target, 0o600)
    return target


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite finds wrong with the file ([] = healthy). Unreadable files say so."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def schema_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file, None when it has none (not a shopinbox file)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def check_restorable(path: Path) -> str:
    """Raise NotADatabase unless `path` is a healthy shopinbox database; returns its revision."""
    if not path.is_file():
        raise NotADatabase(f"{path} does not exist")
    problems = integrity_problems(path)
    if problems:
        raise NotADatabase(f"{path} is damaged: {problems[0]}")
    revision = schema_revision(path)
    if revision is None:
        raise NotADatabase(f"{path} is not a shopinbox database")
    return revision


def is_corruption(error: BaseException) -> bool:
    """True for the errors SQLite gives for a damaged or foreign file."""
    text = str(getattr(error, "orig", None) or error).lower()
    return any(words in text for words in (
        "file is not a database", "database disk image is malformed", "file is encrypted"))
