"""The open profile: paths, database engine (migrated), session factories, attachment store.

SQLAlchemy costs about half a second to import, more than everything else the window needs for
its first paint. A SQLite profile that is already at the newest schema (checked with the
standard library's sqlite3 and the revision files, `store.migrate.sqlite_at_head`) therefore
opens without it: the engine and the session factories are made on first use, by whichever
thread asks first (a background query, usually). A profile that needs migrating, a team
database, or an unreadable file takes the full path at once, as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shopinbox.domain.errors import ShopError
from shopinbox.logs import setup_logging
from shopinbox.paths import ProfilePaths, resolve_profile
from shopinbox.store.backups import is_corruption
from shopinbox.store.blobs import BlobStore
from shopinbox.store.migrate import sqlite_at_head

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class AppContext:
    """Everything a use-case needs; one per process and profile."""

    def __init__(self, paths: ProfilePaths, blobs: BlobStore, url: str,
                 engine: Engine | None = None) -> None:
        self.paths, self.blobs, self.url = paths, blobs, url
        # Called with (name, value) after a shop setting is committed (app/core/settings.py).
        self.setting_listeners: list[Callable[[str, Any], None]] = []
        # Team mode (app/team): the user working at this desktop, and the live link to the other
        # desktops (LISTEN/NOTIFY on PostgreSQL); both None on a single desktop.
        self.user_id: int | None = None
        self.live: Any = None
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._reader: sessionmaker[Session] | None = None
        self._writer: sessionmaker[Session] | None = None
        if engine is not None:
            self._connect(engine)

    def _connect(self, engine: Engine) -> None:
        from shopinbox.store.database import session_factory

        self._reader = session_factory(engine)
        self._writer = session_factory(engine, writer=True)
        self._engine = engine  # last: another thread sees a ready engine only when all are set

    def _ensure(self) -> None:
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    from shopinbox.store.database import make_engine

                    self._connect(make_engine(self.url))

    @property
    def engine(self) -> Engine:
        self._ensure()
        assert self._engine is not None
        return self._engine

    @property
    def reader(self) -> sessionmaker[Session]:
        self._ensure()
        assert self._reader is not None
        return self._reader

    @property
    def writer(self) -> sessionmaker[Session]:
        self._ensure()
        assert self._writer is not None
        return self._writer

    @property
    def connected(self) -> bool:
        """Whether the engine exists yet (False right after a quick open, until first use)."""
        return self._engine is not None

    @property
    def dialect(self) -> str:
        """"sqlite" or "postgresql", read from the URL (no engine needed)."""
        return self.url.split(":", 1)[0].split("+", 1)[0]

    @property
    def own_sqlite_file(self) -> Path | None:
        """The profile's own SQLite file when that is the database (not team mode, not a
        SHOPINBOX_DATABASE_URL naming another file): what the plain-sqlite3 reads may open."""
        return self.paths.database if self.url == f"sqlite:///{self.paths.database}" else None

    @property
    def shared(self) -> bool:
        """True on a team database (PostgreSQL), where several desktops work at once."""
        return self.dialect == "postgresql"

    @classmethod
    def open(cls, profile: str | None = None, *, migrate: bool = True) -> AppContext:
        """Open (creating when new) the profile and bring its database to the current schema."""
        paths = resolve_profile(profile).ensure()
        setup_logging(paths.log_file)
        url = paths.database_url()
        own_file = url == f"sqlite:///{paths.database}"
        if not migrate or (own_file and sqlite_at_head(paths.database)):
            log.info("opened profile %s (sqlite, at the newest schema)", paths.root)
            ctx = cls(paths, BlobStore(paths.attachments), url)
        else:
            ctx = cls(paths, BlobStore(paths.attachments), url, cls._migrated_engine(paths, url))
            log.info("opened profile %s (%s)", paths.root, ctx.dialect)
        if migrate and paths.legacy_settings_file.exists():
            from shopinbox.app.core.settings import import_legacy_settings

            import_legacy_settings(ctx)  # the old settings.json, once
        return ctx

    @staticmethod
    def _migrated_engine(paths: ProfilePaths, url: str) -> Engine:
        from sqlalchemy.exc import DatabaseError

        from shopinbox.store.database import make_engine
        from shopinbox.store.migrate import upgrade

        engine = make_engine(url)
        sqlite_file = paths.database if engine.dialect.name == "sqlite" else None
        try:
            upgrade(engine, sqlite_file=sqlite_file, backups=paths.backups)
        except DatabaseError as error:
            engine.dispose()
            if is_corruption(error):
                log.error("the database %s is damaged: %s", paths.database, error)
                raise ShopError("db_corrupt", file=str(paths.database)) from None
            raise
        return engine

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        if self._engine is not None:
            self._engine.dispose()
