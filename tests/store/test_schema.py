"""The schema: migrations equal the models, unique keys hold, SQLite runs WAL with FKs on, and
the SQLite file is backed up before a migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from shopinbox.app.core.context import AppContext
from shopinbox.store.migrate import current_revision, head_revision
from shopinbox.store.models import Account, Base, Customer, Identity, Message


def test_migrations_match_models(ctx):
    with ctx.engine.connect() as connection:
        migration = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(migration, Base.metadata)
    # The search index (and its forms table) is made by the migrations and has no model.
    diff = [d for d in diff if "message_search" not in repr(d) and "search_forms" not in repr(d)]
    assert diff == []
    assert current_revision(ctx.engine) == head_revision(ctx.engine)


def test_identity_kind_value_is_unique(ctx):
    with ctx.writer() as session, session.begin():
        first, second = Customer(display_name="A"), Customer(display_name="B")
        session.add_all([first, second])
        session.flush()
        session.add(Identity(customer_id=first.id, kind="email", value="a@x.pl"))
    with pytest.raises(IntegrityError), ctx.writer() as session, session.begin():
        session.add(Identity(customer_id=second.id, kind="email", value="a@x.pl"))
    with ctx.writer() as session, session.begin():
        # The same value under another kind is a different identity.
        session.add(Identity(customer_id=second.id, kind="phone", value="a@x.pl"))


def test_message_account_external_id_is_unique(ctx):
    sent = datetime(2026, 3, 1, tzinfo=UTC)
    with ctx.writer() as session, session.begin():
        one, two = Account(name="one", kind="email"), Account(name="two", kind="email")
        session.add_all([one, two])
        session.flush()
        for account in (one, two):  # the same id on two accounts is fine
            session.add(Message(account_id=account.id, channel="email", direction="in",
                                external_id="<x@y>", sent_at=sent))
    with pytest.raises(IntegrityError), ctx.writer() as session, session.begin():
        session.add(Message(account_id=one.id, channel="email", direction="in",
                            external_id="<x@y>", sent_at=sent))


def test_datetimes_come_back_aware_utc(ctx):
    sent = datetime(2026, 3, 1, 12, 30, tzinfo=UTC)
    with ctx.writer() as session, session.begin():
        account = Account(name="a", kind="email")
        session.add(account)
        session.flush()
        session.add(Message(account_id=account.id, channel="email", direction="in",
                            external_id="1", sent_at=sent))
    with ctx.reader() as session:
        message = session.query(Message).one()
    assert message.sent_at == sent and message.sent_at.tzinfo is not None


def test_sqlite_runs_wal_with_foreign_keys(sqlite_ctx):
    with sqlite_ctx.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(IntegrityError), sqlite_ctx.writer() as session, session.begin():
        session.add(Identity(customer_id=9999, kind="email", value="ghost@x.pl"))


def test_sqlite_is_backed_up_before_a_migration(profile_dir):
    ctx = AppContext.open(str(profile_dir))
    with ctx.writer() as session, session.begin():
        session.add(Customer(display_name="Zofia Łęcka"))
    ctx.close()
    assert list((profile_dir / "backups").iterdir()) == []  # a new file needs no backup
    # Pretend the database is one revision behind: the next start must back it up first.
    connection = sqlite3.connect(profile_dir / "shopinbox.sqlite3")
    connection.execute("UPDATE alembic_version SET version_num = 'older'")
    connection.commit()
    connection.close()
    with pytest.raises(Exception, match="older"):
        AppContext.open(str(profile_dir))
    (backup,) = (profile_dir / "backups").iterdir()
    assert "before-older" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT display_name FROM customers").fetchall() == [("Zofia Łęcka",)]
    copy.close()
