"""intent corrections: the owner's word on what an inbound message wants

Revision ID: 0006_intent_corrections
Revises: 0005_search_lemmas
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0006_intent_corrections"
down_revision = "0005_search_lemmas"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intent_corrections",
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("intent", sa.String(length=32), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"],
                                name=op.f("fk_intent_corrections_message_id_messages"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_intent_corrections")),
    )


def downgrade() -> None:
    op.drop_table("intent_corrections")
