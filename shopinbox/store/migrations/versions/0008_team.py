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
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_column("assignee_id")
    with op.batch_alter_table("messages") as batch_op:
        batch_op.drop_column("author_id")
    op.drop_index("ix_notes_customer_created", table_name="notes")
    op.drop_table("notes")
    op.drop_table("team_users")
