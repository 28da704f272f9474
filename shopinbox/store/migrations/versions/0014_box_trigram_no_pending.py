"""PostgreSQL: the one box's pg_trgm indexes without a pending list (fastupdate off)

Revision ID: 0014_box_trigram_no_pending
Revises: 0012_search_index
Create Date: 2026-12-02

A GIN index with `fastupdate` (the default) puts new entries in a pending list that every scan
reads from start to end until VACUUM merges it. Identities and orders arrive a few at a time,
so the list of the box's trigram indexes (migration 0012_search_index) grows to the 4 MB limit
between autovacuums: on a freshly filled store `Klient 4242` took 45 ms and `INP 6200 4242`
42 ms, against 8 and 4 ms once vacuumed. Written straight into the index, each insert of a
customer, identity or order costs a little more; every box query costs the same. The pending
lists there now are merged here. SQLite: nothing (FTS5 trigram tables have no such list).
"""

from __future__ import annotations

from alembic import op

revision = "0014_box_trigram_no_pending"
down_revision = "0013_intent_columns"
branch_labels = None
depends_on = None

_INDEXES = ("ix_box_search_customer_names", "ix_box_search_identity_values",
            "ix_box_search_identity_displays", "ix_box_search_order_numbers",
            "ix_box_search_order_tracking")


def _present() -> list[str]:
    """The indexes 0012 made (none where the role could not create pg_trgm)."""
    bind = op.get_bind()
    return [name for name in _INDEXES
            if bind.exec_driver_sql(f"SELECT to_regclass('{name}')").scalar() is not None]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _present():
        op.execute(f"ALTER INDEX {name} SET (fastupdate = off)")
        op.execute(f"SELECT gin_clean_pending_list('{name}'::regclass)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _present():
        op.execute(f"ALTER INDEX {name} RESET (fastupdate)")
