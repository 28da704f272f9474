"""The schema: migrations equal the models, unique keys hold, SQLite runs WAL with FKs on, and
the SQLite file is backed up before a migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from shopinbox.app.core.context import AppContext
from shopinbox.store.migrate import current_revision, head_revision
from shopinbox.store.models import Account, Base, Customer, Identity, Message


def test_migrations_match_models(ctx):
    with ctx.engine.connect() as connection:
        migration = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(migration, Base.metadata)
    # The search index (its forms and terms tables) and the one box's trigram tables / indexes
    # are made by the migrations and have no model.
    diff = [d for d in diff if not any(name in repr(d) for name in (
        "message_search", "search_forms", "box_search"))]
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


def test_sync_columns_move_into_the_json_cursor(ctx):
    """0004 moves IMAP UIDVALIDITY / last UID / HIGHESTMODSEQ and the Telegram offset into
    `cursor` and drops the columns; an order source's plain-text cursor stays as it was."""
    from alembic import command

    from shopinbox.store.cursors import load_cursor
    from shopinbox.store.migrate import alembic_config
    from shopinbox.store.models import SyncState

    with ctx.writer() as session, session.begin():
        mail, bot, shop = (Account(name=n, kind=k) for n, k in
                           (("mail", "email"), ("bot", "telegram"), ("shop", "woocommerce")))
        session.add_all([mail, bot, shop])
        session.flush()
        ids = mail.id, bot.id, shop.id
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0003_shop_settings")
    with ctx.engine.begin() as connection:
        for account_id, folder, uidvalidity, last_uid, modseq, offset, cursor in (
                (ids[0], "INBOX", 1700000000, 42, 9876543210123, None, None),
                (ids[0], "Sent", 1700000001, 7, None, None, None),
                (ids[1], "", None, None, None, 151, None),
                (ids[2], "orders", None, None, None, None, "2024-05-03T12:00:00+00:00")):
            connection.execute(text(
                "INSERT INTO sync_states (account_id, folder, uidvalidity, last_uid, "
                "highest_modseq, update_offset, cursor, updated_at) VALUES (:account, :folder, "
                ":uidvalidity, :last_uid, :modseq, :offset, :cursor, CURRENT_TIMESTAMP)"),
                {"account": account_id, "folder": folder, "uidvalidity": uidvalidity,
                 "last_uid": last_uid, "modseq": modseq, "offset": offset, "cursor": cursor})
    command.upgrade(config, "head")
    with ctx.reader() as session:
        assert load_cursor(session, ids[0], "INBOX") == {
            "uidvalidity": 1700000000, "last_uid": 42, "highest_modseq": 9876543210123}
        assert load_cursor(session, ids[0], "Sent") == {
            "uidvalidity": 1700000001, "last_uid": 7, "highest_modseq": None}
        assert load_cursor(session, ids[1], "") == {"offset": 151}
        assert session.scalar(select(SyncState.cursor).where(SyncState.account_id == ids[2])) \
            == "2024-05-03T12:00:00+00:00"
    with ctx.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("sync_states")}
    assert not columns & {"uidvalidity", "last_uid", "highest_modseq", "update_offset"}
