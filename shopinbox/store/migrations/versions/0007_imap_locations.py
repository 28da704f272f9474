"""server locations: IMAP folder / UIDVALIDITY / UID and pending read flags in indexed columns

Revision ID: 0007_imap_locations
Revises: 0006_intent_corrections
Create Date: 2026-12-01

Until now a message's IMAP address and a read state waiting to be pushed lived in
`messages.extra` (`{"imap": {"folder", "uid", "uidvalidity"}, "imap_pending_seen": …}`), and
flag sync found them with `LIKE` over the JSON. They move into `server_locations` (one row per
message, indexed by account + place and account + pending); `extra["imap"]` keeps only the
folder, as the mark that the message is on a server. `messages.server_deleted_at` records a
message expunged on the server (kept here). Stored HTML whose remote images an older ingest
had renamed to `data-remote-src` gets its `src` back: the timeline now hides remote images
itself until the sender is allowed (domain/safe_html.py). Runs on SQLite and PostgreSQL; the
profile is backed up before (store/migrate.py).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0007_imap_locations"
down_revision = "0006_intent_corrections"
branch_labels = None
depends_on = None

PENDING = "imap_pending_seen"


def _json(value):
    if value is None or isinstance(value, dict):
        return value or {}
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def upgrade() -> None:
    op.create_table(
        "server_locations",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("validity", sa.Numeric(precision=20, scale=0), nullable=False),
        sa.Column("uid", sa.Numeric(precision=20, scale=0), nullable=False),
        sa.Column("pending_read", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_server_locations_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"],
                                name=op.f("fk_server_locations_message_id_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_server_locations")),
    )
    op.create_index("ix_server_locations_place", "server_locations",
                    ["account_id", "folder", "validity", "uid"], unique=False)
    op.create_index("ix_server_locations_pending", "server_locations",
                    ["account_id", "pending_read"], unique=False)
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("server_deleted_at",
                                      shopinbox.store.types.UTCDateTime(timezone=True),
                                      nullable=True))
    bind = op.get_bind()
    bind.execute(sa.text(
        "UPDATE messages SET body_html = REPLACE(body_html, ' data-remote-src=\"', ' src=\"') "
        "WHERE body_html LIKE '% data-remote-src=%'"))
    rows = bind.execute(sa.text(
        "SELECT id, account_id, folder, extra FROM messages WHERE CAST(extra AS TEXT) LIKE '%\"imap\"%'")).all()
    for message_id, account_id, folder, value in rows:
        extra = _json(value)
        info = extra.get("imap")
        if not isinstance(info, dict) or info.get("uid") is None:
            continue
        pending = extra.pop(PENDING, None)
        place = str(info.get("folder") or folder or "INBOX")
        bind.execute(sa.text(
            "INSERT INTO server_locations (message_id, account_id, folder, validity, uid, "
            "pending_read) VALUES (:message, :account, :folder, :validity, :uid, :pending)"),
            {"message": message_id, "account": account_id, "folder": place,
             "validity": int(info.get("uidvalidity") or 0), "uid": int(info["uid"]),
             "pending": None if pending is None else bool(pending)})
        extra["imap"] = {"folder": place}
        bind.execute(sa.text("UPDATE messages SET extra = :extra WHERE id = :id"),
                     {"extra": json.dumps(extra), "id": message_id})


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT l.message_id, l.folder, l.validity, l.uid, l.pending_read, m.extra "
        "FROM server_locations l JOIN messages m ON m.id = l.message_id")).all()
    for message_id, folder, validity, uid, pending, value in rows:
        extra = _json(value)
        extra["imap"] = {"folder": folder, "uid": int(uid), "uidvalidity": int(validity)}
        if pending is not None:
            extra[PENDING] = bool(pending)
        bind.execute(sa.text("UPDATE messages SET extra = :extra WHERE id = :id"),
                     {"extra": json.dumps(extra), "id": message_id})
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("server_deleted_at")
    op.drop_index("ix_server_locations_pending", table_name="server_locations")
    op.drop_index("ix_server_locations_place", table_name="server_locations")
    op.drop_table("server_locations")
