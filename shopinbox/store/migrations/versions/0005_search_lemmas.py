"""search by lemmas: an FTS5 `lemmas` column (SQLite) / weight-A lexemes (PostgreSQL), the
`search_forms` table, and the whole index rebuilt

Revision ID: 0005_search_lemmas
Revises: 0003_shop_settings
Create Date: 2026-12-01

The rebuild uses the app's indexing code (`store.search.rebuild_index`): what a lemma is comes
from the analysers, not from SQL. It takes about as long as indexing the messages during sync
(see benchmarks/search_latency.py); the SQLite file is backed up before migrating.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_search_lemmas"
down_revision = "0004_sync_cursor_json"
branch_labels = None
depends_on = None

_TRIGGER = (
    "CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN "
    "DELETE FROM message_search WHERE rowid = "
    "CAST(strftime('%s', old.sent_at) AS INTEGER) * 16777216 + (old.id & 16777215); END"
)


def _fts5(name: str, lemmas: bool) -> str:
    columns = "subject, body, sender, customer, " + ("lemmas, " if lemmas else "")
    return (f"CREATE VIRTUAL TABLE {name} USING fts5({columns}message_id UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5 6')")


def upgrade() -> None:
    from shopinbox.store.search import rebuild_index

    op.create_table(
        "search_forms",
        sa.Column("form", sa.String(length=200), nullable=False),
        sa.Column("lemmas", sa.String(length=600), nullable=False),
        sa.PrimaryKeyConstraint("form", name=op.f("pk_search_forms")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS messages_search_delete")
        op.execute("DROP TABLE IF EXISTS message_search")
        op.execute(_fts5("message_search", lemmas=True))
        op.execute(_TRIGGER)
    rebuild_index(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_fts5("message_search_old", lemmas=False))
        op.execute(
            "INSERT INTO message_search_old (rowid, message_id, subject, body, sender, customer) "
            "SELECT rowid, message_id, subject, body, sender, customer FROM message_search"
        )
        op.execute("DROP TRIGGER IF EXISTS messages_search_delete")
        op.execute("DROP TABLE message_search")
        op.execute("ALTER TABLE message_search_old RENAME TO message_search")
        op.execute(_TRIGGER)
    else:
        # Keep the words (weight D), drop the lemmas (weight A).
        op.execute("UPDATE message_search SET document = ts_filter(document, '{d}')")
    op.drop_table("search_forms")
