"""report indexes: the two message indexes by time carry the columns the Reports figures read

The Reports figures scan messages by time (a date range) and per customer (episodes, first
message ever, waiting since). With direction, automated flag, delivery state, channel and account
in the index, SQLite and PostgreSQL answer them from the index alone instead of reading every
(wide) message row: the same two indexes, wider, so a write still updates as many indexes.

Revision ID: 0009_report_indexes
Revises: 0008_team
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0009_report_indexes"
down_revision = "0008_team"
branch_labels = None
depends_on = None

REPORT_COLUMNS = ["direction", "is_automated", "delivery_state", "channel", "account_id"]


def upgrade() -> None:
    op.drop_index("ix_messages_sent_at", table_name="messages")
    op.create_index("ix_messages_sent_at", "messages",
                    ["sent_at", "customer_id", *REPORT_COLUMNS])
    op.drop_index("ix_messages_customer_sent", table_name="messages")
    op.create_index("ix_messages_customer_sent", "messages",
                    ["customer_id", "sent_at", *REPORT_COLUMNS])


def downgrade() -> None:
    op.drop_index("ix_messages_customer_sent", table_name="messages")
    op.create_index("ix_messages_customer_sent", "messages", ["customer_id", "sent_at"])
    op.drop_index("ix_messages_sent_at", table_name="messages")
    op.create_index("ix_messages_sent_at", "messages", ["sent_at"])
