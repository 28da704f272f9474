"""Backups of the shop's SQLite database: a rolling automatic one (daily, the newest `KEEP`
kept), one before every migration (store/migrate.py), and by hand (`shopinbox backup`).
`restore` puts a backup back after checking it, keeping a copy of what it replaces, so a restore
can itself be undone. PostgreSQL team databases are backed up on the server (pg_dump)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from shopinbox.domain.errors import ShopError
from shopinbox.paths import ProfilePaths
from shopinbox.store.backups import NotADatabase, check_restorable, copy_database

log = logging.getLogger(__name__)

KEEP = 7
EVERY = timedelta(days=1)
DAILY = "daily"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    label: str
    taken_at: datetime
    size: int


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")


def _require_sqlite(paths: ProfilePaths) -> None:
    if not paths.database_url().startswith("sqlite"):
        raise ShopError("team_backup")


def take_backup(paths: ProfilePaths, label: str = "manual", now: datetime | None = None) -> Path:
    _require_sqlite(paths)
    if not paths.database.exists():
        raise ShopError("no_database", folder=str(paths.root))
    now = now or datetime.now(UTC)
    target = paths.backups / f"shopinbox-{label}-{_stamp(now)}.sqlite3"
    try:
        return copy_database(paths.database, target)
    except OSError as error:
        if error.errno == 28:  # ENOSPC
            raise ShopError("disk_full", folder=str(paths.backups)) from None
        raise


def list_backups(paths: ProfilePaths) -> list[BackupFile]:
    """Newest first: automatic, manual and pre-migration copies."""
    found = []
    for path in paths.backups.glob("*.sqlite3"):
        stat = path.stat()
        parts = path.stem.split("-")
        label = "-".join(parts[1:-1]) if len(parts) > 2 else "other"
        try:  # the time is in the name (`_stamp`): copying a folder keeps it, unlike mtime
            taken_at = datetime.strptime(parts[-1], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        except ValueError:
            taken_at = datetime.fromtimestamp(stat.st_mtime, UTC)
        found.append(BackupFile(path, label, taken_at, stat.st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rolling_backup(paths: ProfilePaths, now: datetime | None = None) -> Path | None:
    """Take the daily backup when the newest one is a day old (or missing); keep `KEEP`.
    Cheap when nothing is due, so the window and the sync service call it every round."""
    if not paths.database_url().startswith("sqlite") or not paths.database.exists():
        return None
    now = now or datetime.now(UTC)
    daily = [b for b in list_backups(paths) if b.label == DAILY]
    taken = None
    if not daily or now - daily[0].taken_at >= EVERY:
        taken = take_backup(paths, DAILY, now)
        log.info("daily backup %s", taken)
        daily = [b for b in list_backups(paths) if b.label == DAILY]
    for old in daily[KEEP:]:
        old.path.unlink(missing_ok=True)
    return taken


def restore_backup(paths: ProfilePaths, source: Path) -> Path:
    """Replace the profile's database with `source`; returns the copy of the replaced one.
    The app must not be running on this profile (the CLI says so)."""
    _require_sqlite(paths)
    try:
        check_restorable(source)
    except NotADatabase as error:
        raise ShopError("backup_unusable", file=str(source), detail=str(error)) from None
    kept = None
    if paths.database.exists():
        try:
            kept = take_backup(paths, "before-restore")
        except Exception:  # a damaged current file cannot be copied: move it aside instead
            kept = paths.backups / f"shopinbox-damaged-{_stamp(datetime.now(UTC))}.sqlite3"
            paths.database.replace(kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    copy_database(source, paths.database)
    return kept or paths.database
