"""message_intent_days: the report's counts per intent kept per UTC day by triggers

Revision ID: 0016_intent_days
Revises: 0015_inbox_order_index
Create Date: 2026-12-02

Counting each intent's range of ix_message_intents_counts reads one index entry per inbound
message in range: 12 ms at 100,000 messages and 43 ms at 1,000,000 on SQLite for a year. This
table holds, per UTC calendar day of `sent_at`, intent, channel and account, how many guesses
there are, so `app.inbox.intents.intent_counts` sums whole days from it and counts only the
partial days at the edges from the index. Its key is (intent, day, channel, account_id),
on SQLite WITHOUT ROWID: each intent's days are one contiguous range of the key with the count
beside it (a sum per intent over 10,000 rows took 1.6 ms this way, 9 ms keyed by day first
through the rowid table).

Database triggers on `message_intents` keep it, so every path that writes a guess (the ORM,
Core inserts, the benchmark's INSERT … SELECT copies, ON DELETE CASCADE from `messages`, which
SQLite runs through triggers with foreign_keys on) counts without knowing of it: +1 after an
insert, -1 after a delete, -1 old and +1 new after an update of a counted column. A row whose
count reaches 0 stays (harmless to the sums; dropping it would cost a statement per delete).
Filled here by one INSERT … SELECT … GROUP BY before the triggers exist, in the migration's
transaction.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_intent_days"
down_revision = "0015_inbox_order_index"
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = {
    "message_intent_days_insert": """
        CREATE TRIGGER message_intent_days_insert AFTER INSERT ON message_intents BEGIN
            INSERT INTO message_intent_days (intent, day, channel, account_id, count)
            VALUES (NEW.intent, date(NEW.sent_at), NEW.channel, NEW.account_id, 1)
            ON CONFLICT (intent, day, channel, account_id) DO UPDATE SET count = count + 1;
        END""",
    "message_intent_days_delete": """
        CREATE TRIGGER message_intent_days_delete AFTER DELETE ON message_intents BEGIN
            UPDATE message_intent_days SET count = count - 1
            WHERE day = date(OLD.sent_at) AND intent = OLD.intent AND channel = OLD.channel
              AND account_id = OLD.account_id;
        END""",
    "message_intent_days_update": """
        CREATE TRIGGER message_intent_days_update
        AFTER UPDATE OF intent, sent_at, channel, account_id ON message_intents BEGIN
            UPDATE message_intent_days SET count = count - 1
            WHERE day = date(OLD.sent_at) AND intent = OLD.intent AND channel = OLD.channel
              AND account_id = OLD.account_id;
            INSERT INTO message_intent_days (intent, day, channel, account_id, count)
            VALUES (NEW.intent, date(NEW.sent_at), NEW.channel, NEW.account_id, 1)
            ON CONFLICT (intent, day, channel, account_id) DO UPDATE SET count = count + 1;
        END""",
}
# `sent_at` is timestamptz there (store.types.UTCDateTime): its day in UTC, whatever the
# session's time zone.
_PG_FUNCTION = """
    CREATE FUNCTION message_intent_days_count() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            UPDATE message_intent_days SET count = count - 1
            WHERE day = (OLD.sent_at AT TIME ZONE 'UTC')::date AND intent = OLD.intent
              AND channel = OLD.channel AND account_id = OLD.account_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO message_intent_days (intent, day, channel, account_id, count)
            VALUES (NEW.intent, (NEW.sent_at AT TIME ZONE 'UTC')::date, NEW.channel,
                    NEW.account_id, 1)
            ON CONFLICT (intent, day, channel, account_id)
            DO UPDATE SET count = message_intent_days.count + 1;
        END IF;
        RETURN NULL;
    END
    $$"""
_BACKFILL = """
    INSERT INTO message_intent_days (intent, day, channel, account_id, count)
    SELECT intent, DAY, channel, account_id, count(*) FROM message_intents
    GROUP BY intent, DAY, channel, account_id"""
_PG_TRIGGER = """
    CREATE TRIGGER message_intent_days_count
    AFTER INSERT OR DELETE OR UPDATE OF intent, sent_at, channel, account_id
    ON message_intents FOR EACH ROW EXECUTE FUNCTION message_intent_days_count()"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "message_intent_days",
        sa.Column("intent", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("intent", "day", "channel", "account_id"),
        sqlite_with_rowid=False,
    )
    day = "(sent_at AT TIME ZONE 'UTC')::date" if postgres else "date(sent_at)"
    op.execute(_BACKFILL.replace("DAY", day))
    if postgres:
        op.execute(_PG_FUNCTION)
        op.execute(_PG_TRIGGER)
    else:
        for statement in _SQLITE_TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS message_intent_days_count ON message_intents")
        op.execute("DROP FUNCTION IF EXISTS message_intent_days_count()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("message_intent_days")
