"""team mode: users of a shop, internal notes, assignment and reply authors

Revision ID: 0008_team
Revises: 0007_imap_locations
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0008_team"
down_revision = "0007_imap_locations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_users")),
        sa.UniqueConstraint("name", name=op.f("uq_team_users_name")),
    )
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"],
                                name=op.f("fk_notes_customer_id_customers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["team_users.id"],
                                name=op.f("fk_notes_author_id_team_users"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index("ix_notes_customer_created", "notes", ["customer_id", "created_at"])
    # Plain columns (no foreign key): SQLite adds them without rebuilding the tables.
    op.add_column("messages", sa.Column("author_id", sa.Integer(), nullable=True))
    op.add_column("conversations", sa.Column("assignee_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_conversations_assignee_id"), "conversations", ["assignee_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_conversations_assignee_id"), table_name="conversations")
    _drop_column("conversations", "assignee_id")
    _drop_column("messages", "author_id")
    op.drop_index("ix_notes_customer_created", table_name="notes")
    op.drop_table("notes")
    op.drop_table("team_users")


def _drop_column(table: str, column: str) -> None:
    """In place on SQLite (3.35+ drops a plain column itself): a batch copy of `messages`
    would drop the old table, and with it — ON DELETE CASCADE — every row that points at a
    message (server locations, attachments)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)
