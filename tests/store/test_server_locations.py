"""0007: a message's server location (folder, UIDVALIDITY, UID) and a read state waiting to be
pushed move out of `messages.extra` JSON into the indexed `server_locations` table, and
`messages.server_deleted_at` appears — on SQLite and PostgreSQL, down and up again, and on
SQLite only after the profile was backed up."""

from __future__ import annotations

import json
import sqlite3

from alembic import command
from sqlalchemy import inspect, select, text

from shopinbox.app.core.context import AppContext
from shopinbox.store.migrate import alembic_config
from shopinbox.store.models import Account, Message, ServerLocation

BEFORE = "0006_intent_corrections"
LEGACY = [  # (external id, extra as 0006 wrote it)
    ("<a@klient.pl>", {"imap": {"folder": "INBOX", "uid": 7, "uidvalidity": 1700000000},
                       "imap_pending_seen": False, "remote_images": True}),
    ("<b@klient.pl>", {"imap": {"folder": "Sent", "uid": 3, "uidvalidity": 1700000001}}),
    ("chat:5", {"kind": "sticker"}),  # not on an IMAP server: no location
]


def _legacy_rows(ctx) -> int:
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        account_id = account.id
    command.downgrade(alembic_config(ctx.engine), BEFORE)
    with ctx.engine.begin() as connection:
        for external_id, extra in LEGACY:
            connection.execute(text(
                "INSERT INTO messages (account_id, channel, direction, external_id, folder, "
                "sent_at, sender_address, sender_name, recipients, subject, body_text, is_read, "
                "is_automated, send_attempts, extra, created_at) VALUES (:account, 'email', "
                "'in', :external, :folder, CURRENT_TIMESTAMP, '', '', '', '', '', false, "
                "false, 0, :extra, CURRENT_TIMESTAMP)"),
                {"account": account_id, "external": external_id,
                 "folder": (extra.get("imap") or {}).get("folder"),
                 "extra": json.dumps(extra)})
    return account_id


def test_locations_move_into_indexed_columns_and_back(ctx):
    account_id = _legacy_rows(ctx)
    with ctx.engine.begin() as connection:  # HTML as the older ingest stored it
        connection.execute(text(
            "UPDATE messages SET body_html = :html WHERE external_id = '<a@klient.pl>'"),
            {"html": '<p>Hi</p><img data-remote-src="https://cdn.example/logo.png" alt="x">'})
    config = alembic_config(ctx.engine)
    command.upgrade(config, "head")
    with ctx.reader() as session:
        ids = {m.external_id: m for m in session.scalars(select(Message))}
        places = {p.message_id: p for p in session.scalars(select(ServerLocation))}
    a, b = places[ids["<a@klient.pl>"].id], places[ids["<b@klient.pl>"].id]
    assert (a.account_id, a.folder, int(a.validity), int(a.uid), a.pending_read) == (
        account_id, "INBOX", 1700000000, 7, False)
    assert (b.folder, int(b.validity), int(b.uid), b.pending_read) == (
        "Sent", 1700000001, 3, None)
    assert ids["chat:5"].id not in places
    assert ids["<a@klient.pl>"].extra == {"imap": {"folder": "INBOX"}, "remote_images": True}
    assert ids["chat:5"].extra == {"kind": "sticker"}
    assert ids["<a@klient.pl>"].body_html == (
        '<p>Hi</p><img src="https://cdn.example/logo.png" alt="x">')  # its image can show again
    assert all(m.server_deleted_at is None for m in ids.values())
    with ctx.engine.connect() as connection:
        indexes = {i["name"] for i in inspect(connection).get_indexes("server_locations")}
    assert {"ix_server_locations_place", "ix_server_locations_pending"} <= indexes

    command.downgrade(config, BEFORE)
    with ctx.engine.connect() as connection:
        assert "server_locations" not in inspect(connection).get_table_names()
        extras = {row[0]: row[1] for row in connection.execute(
            text("SELECT external_id, extra FROM messages"))}
    restored = {k: v if isinstance(v, dict) else json.loads(v) for k, v in extras.items()}
    assert restored == dict(LEGACY)
    command.upgrade(config, "head")


def test_sqlite_profile_is_backed_up_before_0007(profile_dir):
    ctx = AppContext.open(str(profile_dir))
    _legacy_rows(ctx)
    ctx.close()
    ctx = AppContext.open(str(profile_dir))  # one revision behind: backup, then migrate
    try:
        with ctx.reader() as session:
            assert len(session.scalars(select(ServerLocation)).all()) == 2
    finally:
        ctx.close()
    [backup] = (profile_dir / "backups").iterdir()
    assert f"before-{BEFORE}" in backup.name
    copy = sqlite3.connect(backup)
    try:
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
        assert "server_locations" not in tables
        assert copy.execute("SELECT count(*) FROM messages").fetchone() == (3,)
    finally:
        copy.close()
