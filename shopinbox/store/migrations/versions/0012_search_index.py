"""search index: terms of the message index, trigram tables for the one box, stored intents

Revision ID: 0012_search_index
Revises: 0011_campaign_ui
Create Date: 2026-12-02

SQLite:
- `message_search_terms`: every word the FTS5 index holds, filled here from the index itself
  (fts5vocab) and from then on by `store.search.terms.record_terms`. A typed word longer than
  the index's prefix lengths (2–6) is looked up as the list of its completions instead of an
  FTS5 prefix query, which merges the whole posting lists of every completion (5 ms for
  `zamowieni*` at 100,000 messages against 0.1 ms for the same words listed).
- `box_search_names` / `_identities` / `_orders`: FTS5 trigram tables of customer names,
  identity values and displays, order and tracking numbers, folded like the box's queries
  (the SQL function `shopinbox_fold`, registered by `store.database` on every connection) and
  kept by triggers, so "Klient 4242" or "INP 6200 4242" no longer scans the tables.
PostgreSQL: pg_trgm GIN indexes on the columns the box compares with ILIKE (skipped, with a
log line, where the role may not create the extension: the box then scans as before), and
nothing for the terms (a GIN index answers prefix queries from its own term tree).
Both: `message_intents`, each inbound message's guessed intents, filled here for the messages
already stored (`store.intents.guess_missing`).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0012_search_index"
down_revision = "0011_campaign_ui"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# table -> (trigram table, {column: SQL of its folded value})
_COMPACT = "replace(replace(shopinbox_fold(coalesce({}, '')), ' ', ''), '-', '')"
_BOX_TABLES = {
    "customers": ("box_search_names", {"name": "shopinbox_fold(coalesce({row}.display_name, ''))"}),
    "identities": ("box_search_identities", {
        "value": "shopinbox_fold(coalesce({row}.value, ''))",
        "display": "shopinbox_fold(coalesce({row}.display, ''))"}),
    "orders": ("box_search_orders", {"number": _COMPACT.format("{row}.number"),
                                     "tracking": _COMPACT.format("{row}.tracking_number")}),
}
_WATCHED = {"customers": "display_name", "identities": "value, display",
            "orders": "number, tracking_number"}
# PostgreSQL: the expressions `app.inbox.one_box` compares with ILIKE.
_PG_TRIGRAM_INDEXES = {
    "ix_box_search_customer_names": ("customers", "display_name"),
    "ix_box_search_identity_values": ("identities", "value"),
    "ix_box_search_identity_displays": ("identities", "display"),
    "ix_box_search_order_numbers": ("orders", "replace(replace(number, ' ', ''), '-', '')"),
    "ix_box_search_order_tracking": (
        "orders", "replace(replace(tracking_number, ' ', ''), '-', '')"),
}


def _sqlite_box_tables() -> None:
    for table, (box, columns) in _BOX_TABLES.items():
        names = ", ".join(columns)
        op.execute(f"CREATE VIRTUAL TABLE {box} USING fts5({names}, tokenize = 'trigram')")
        values = ", ".join(sql.format(row="new") for sql in columns.values())
        insert = f"INSERT INTO {box} (rowid, {names}) VALUES (new.id, {values});"  # noqa: S608 (constant fragments only)
        delete = f"DELETE FROM {box} WHERE rowid = old.id;"  # noqa: S608 (constant fragments only)
        op.execute(f"CREATE TRIGGER {box}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {box}_update AFTER UPDATE OF {_WATCHED[table]} ON {table} "
                   f"BEGIN {delete} {insert} END")
        op.execute(f"CREATE TRIGGER {box}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        selected = ", ".join(sql.format(row=table) for sql in columns.values())
        op.execute(f"INSERT INTO {box} (rowid, {names}) SELECT {table}.id, {selected} "  # noqa: S608
                   f"FROM {table}")


def _postgres_trigram_indexes() -> None:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as error:  # not allowed for this role: the box scans as before
        log.warning("pg_trgm is not available (%s); the one box keeps scanning",
                    type(error).__name__)
        return
    for name, (table, expression) in _PG_TRIGRAM_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expression}) gin_trgm_ops)")


def upgrade() -> None:
    from shopinbox.store.intents import guess_missing
    from shopinbox.store.search.terms import backfill_terms

    op.create_table(
        "message_intents",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("intent", sa.String(length=32), nullable=False),
        sa.Column("intents", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"],
                                name=op.f("fk_message_intents_message_id_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_intents")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE message_search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID")
        backfill_terms(op.get_bind())
        _sqlite_box_tables()
    else:
        _postgres_trigram_indexes()
    guess_missing(op.get_bind(), copied_columns=False)  # 0013 adds and fills the copies


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for box, _columns in _BOX_TABLES.values():
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {box}_{event}")
            op.execute(f"DROP TABLE IF EXISTS {box}")
        op.execute("DROP TABLE IF EXISTS message_search_terms")
    else:
        for name in _PG_TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_table("message_intents")
