"""merge suggestions: why two customers may be one person, and the user's decision

Revision ID: 0002_merge_suggestions
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0002_merge_suggestions"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_a_id", sa.Integer(), nullable=False),
        sa.Column("customer_b_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_a_id"],
            ["customers.id"],
            name=op.f("fk_merge_suggestions_customer_a_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_b_id"],
            ["customers.id"],
            name=op.f("fk_merge_suggestions_customer_b_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["merges.id"],
            name=op.f("fk_merge_suggestions_merge_id_merges"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_suggestions")),
        sa.UniqueConstraint(
            "customer_a_id", "customer_b_id", "reason", name="uq_merge_suggestions_pair_reason"
        ),
    )
    with op.batch_alter_table("merge_suggestions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_merge_suggestions_customer_a_id"), ["customer_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_merge_suggestions_customer_b_id"), ["customer_b_id"], unique=False
        )
        batch_op.create_index("ix_merge_suggestions_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("merge_suggestions", schema=None) as batch_op:
        batch_op.drop_index("ix_merge_suggestions_status")
        batch_op.drop_index(batch_op.f("ix_merge_suggestions_customer_b_id"))
        batch_op.drop_index(batch_op.f("ix_merge_suggestions_customer_a_id"))
    op.drop_table("merge_suggestions")
