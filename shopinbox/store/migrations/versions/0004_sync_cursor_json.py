"""sync cursors: one opaque JSON cursor per (account, folder) instead of per-channel columns

Revision ID: 0004_sync_cursor_json
Revises: 0003_shop_settings
Create Date: 2026-12-01

`uidvalidity`, `last_uid`, `highest_modseq` (IMAP) and `update_offset` (Telegram) move into
`cursor` as JSON (`{"uidvalidity": …, "last_uid": …, "highest_modseq": …}` / `{"offset": …}`),
then the columns go. Rows that already hold a cursor (order sources) are left as they are.
Runs on SQLite (batch mode rebuilds the table) and PostgreSQL.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004_sync_cursor_json"
down_revision = "0003_shop_settings"
branch_labels = None
depends_on = None

IMAP = ("uidvalidity", "last_uid", "highest_modseq")


def _int(value) -> int | None:
    return None if value is None else int(value)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT id, uidvalidity, last_uid, highest_modseq, update_offset FROM sync_states "
        "WHERE cursor IS NULL")).all()
    for row_id, uidvalidity, last_uid, modseq, offset in rows:
        cursor: dict = {}
        if offset is not None:
            cursor["offset"] = _int(offset)
        if uidvalidity is not None or last_uid is not None or modseq is not None:
            cursor.update({"uidvalidity": _int(uidvalidity), "last_uid": _int(last_uid),
                           "highest_modseq": _int(modseq)})
        if cursor:
            bind.execute(sa.text("UPDATE sync_states SET cursor = :cursor WHERE id = :id"),
                         {"cursor": json.dumps(cursor, sort_keys=True), "id": row_id})
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        for column in (*IMAP, "update_offset"):
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("sync_states", schema=None) as batch_op:
        for column in (*IMAP, "update_offset"):
            batch_op.add_column(sa.Column(column, sa.Numeric(precision=20, scale=0),
                                          nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, cursor FROM sync_states "
                                "WHERE cursor LIKE '{%'")).all()
    for row_id, value in rows:
        try:
            cursor = json.loads(value)
        except ValueError:
            continue
        if not isinstance(cursor, dict):
            continue
        values = {name: cursor.get(name) for name in IMAP}
        values["update_offset"] = cursor.get("offset")
        bind.execute(sa.text(
            "UPDATE sync_states SET uidvalidity = :uidvalidity, last_uid = :last_uid, "
            "highest_modseq = :highest_modseq, update_offset = :update_offset, cursor = NULL "
            "WHERE id = :id"), {**values, "id": row_id})
