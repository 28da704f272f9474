"""The inbox's order as an index with what its filters read (ix_conversations_activity)

Revision ID: 0015_inbox_order_index
Revises: 0014_box_trigram_no_pending
Create Date: 2026-12-02

`app.inbox.listing.conversation_ids` lists conversations newest activity first. With only
(status, last_activity) indexed, a list of every status joined customers and sorted 10,000
rows on each call. This index is the order itself, with the message count and the current
intents the plain and intent filters read: walked backwards, no sort and no table row.
"""

from __future__ import annotations

from alembic import op

revision = "0015_inbox_order_index"
down_revision = "0014_box_trigram_no_pending"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conversations_activity", "conversations",
                    ["last_activity", "customer_id", "message_count", "latest_intents"])


def downgrade() -> None:
    op.drop_index("ix_conversations_activity", table_name="conversations")
