"""The open profile: paths, database engine (migrated), session factories, attachment store."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from shopinbox.domain.errors import ShopError
from shopinbox.logs import setup_logging
from shopinbox.paths import ProfilePaths, resolve_profile
from shopinbox.store.backups import is_corruption
from shopinbox.store.blobs import BlobStore
from shopinbox.store.database import make_engine, session_factory
from shopinbox.store.migrate import upgrade

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a use-case needs; one per process and profile."""

    paths: ProfilePaths
    engine: Engine
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    blobs: BlobStore
    # Called with (name, value) after a shop setting is committed (app/core/settings.py).
    setting_listeners: list[Callable[[str, Any], None]] = field(default_factory=list)
    # Team mode (app/team): the user working at this desktop, and the live link to the other
    # desktops (LISTEN/NOTIFY on PostgreSQL); both None on a single desktop.
    user_id: int | None = None
    live: Any = None

    @property
    def shared(self) -> bool:
        """True on a team database (PostgreSQL), where several desktops work at once."""
        return self.engine.dialect.name == "postgresql"

    @classmethod
    def open(cls, profile: str | None = None, *, migrate: bool = True) -> AppContext:
        """Open (creating when new) the profile and bring its database to the current schema."""
        paths = resolve_profile(profile).ensure()
        setup_logging(paths.log_file)
        engine = make_engine(paths.database_url())
        if migrate:
            sqlite_file = paths.database if engine.dialect.name == "sqlite" else None
            try:
                upgrade(engine, sqlite_file=sqlite_file, backups=paths.backups)
            except DatabaseError as error:
                engine.dispose()
                if is_corruption(error):
                    log.error("the database %s is damaged: %s", paths.database, error)
                    raise ShopError("db_corrupt", file=str(paths.database)) from None
                raise
        log.info("opened profile %s (%s)", paths.root, engine.dialect.name)
        ctx = cls(
            paths=paths,
            engine=engine,
            reader=session_factory(engine),
            writer=session_factory(engine, writer=True),
            blobs=BlobStore(paths.attachments),
        )
        if migrate:
            from shopinbox.app.core.settings import import_legacy_settings

            import_legacy_settings(ctx)  # the old settings.json, once
        return ctx

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        self.engine.dispose()
