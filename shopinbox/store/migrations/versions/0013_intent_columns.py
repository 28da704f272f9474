"""intent columns: each conversation's current intents, and the copies the intent counts read

- `conversations.latest_intents`: the intents of the customer's newest inbound, not automated,
  message, a correction applied (`store.conversation_intents`), so the inbox's intent filter
  is one SQL condition instead of a lookup per conversation and a pass in Python (88 ms over
  10,000 conversations at 100,000 messages).
- `message_intents.sent_at`, `channel`, `account_id`: copies of the message's columns, with
  the index (intent, sent_at, channel, account_id), so the report's counts per intent read one
  index range per intent instead of joining every message in range (47 ms at 100,000).

Filled here in batches of message ids / customers; inbound messages without a stored guess
(logged calls before this revision) are guessed first, so every inbound message has one.

Revision ID: 0013_intent_columns
Revises: 0012_search_index
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from shopinbox.store.types import UTCDateTime

revision = "0013_intent_columns"
down_revision = "0012_search_index"
branch_labels = None
depends_on = None

BATCH = 20_000
COPIED = ("sent_at", "channel", "account_id")


def _copy_message_columns(bind: sa.Connection) -> None:
    """Fill the copies from messages, one range of message ids per statement (UPDATE … FROM:
    SQLite 3.33+ and PostgreSQL)."""
    top = bind.execute(sa.text("SELECT max(message_id) FROM message_intents")).scalar() or 0
    for low in range(0, top, BATCH):
        bind.execute(sa.text(
            "UPDATE message_intents SET sent_at = m.sent_at, channel = m.channel, "
            "account_id = m.account_id FROM messages AS m "
            "WHERE m.id = message_intents.message_id "
            "AND message_intents.message_id > :low AND message_intents.message_id <= :high"),
            {"low": low, "high": low + BATCH})


def _fill_latest_intents(bind: sa.Connection) -> None:
    from shopinbox.store.conversation_intents import refresh_intents

    last = 0
    while True:
        customers = list(bind.execute(sa.text(
            "SELECT customer_id FROM conversations WHERE customer_id > :last "
            "ORDER BY customer_id LIMIT :batch"), {"last": last, "batch": BATCH // 4}).scalars())
        if not customers:
            return
        refresh_intents(bind, customers)
        last = customers[-1]


def upgrade() -> None:
    from shopinbox.store.intents import guess_missing

    bind = op.get_bind()
    op.add_column("message_intents", sa.Column("sent_at", UTCDateTime(), nullable=True))
    op.add_column("message_intents", sa.Column("channel", sa.String(length=16), nullable=True))
    op.add_column("message_intents", sa.Column("account_id", sa.Integer(), nullable=True))
    _copy_message_columns(bind)
    guess_missing(bind)
    with op.batch_alter_table("message_intents") as batch:
        batch.alter_column("sent_at", existing_type=UTCDateTime(), nullable=False)
        batch.alter_column("channel", existing_type=sa.String(length=16), nullable=False)
        batch.alter_column("account_id", existing_type=sa.Integer(), nullable=False)
    op.create_index("ix_message_intents_counts", "message_intents",
                    ["intent", "sent_at", "channel", "account_id"])
    op.add_column("conversations", sa.Column("latest_intents", sa.String(length=200),
                                             nullable=False, server_default=""))
    _fill_latest_intents(bind)


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("latest_intents")
    op.drop_index("ix_message_intents_counts", table_name="message_intents")
    with op.batch_alter_table("message_intents") as batch:
        for column in COPIED:
            batch.drop_column(column)
