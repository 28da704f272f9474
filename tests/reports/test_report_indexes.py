"""Migration 0009_report_indexes: the two message time indexes carry the report columns, the
figures read them without touching message rows, and the migration goes down and up again
(SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from shopinbox.store.migrate import alembic_config

REPORT = ["direction", "is_automated", "delivery_state", "channel", "account_id"]


def _columns(ctx) -> dict[str, list[str]]:
    found = inspect(ctx.engine).get_indexes("messages")
    return {i["name"]: list(i["column_names"]) for i in found
            if i["name"] in ("ix_messages_sent_at", "ix_messages_customer_sent")}


def test_report_indexes_go_down_and_up(ctx):
    assert _columns(ctx) == {"ix_messages_sent_at": ["sent_at", "customer_id", *REPORT],
                             "ix_messages_customer_sent": ["customer_id", "sent_at", *REPORT]}
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0008_team")
    assert _columns(ctx) == {"ix_messages_sent_at": ["sent_at"],
                             "ix_messages_customer_sent": ["customer_id", "sent_at"]}
    command.upgrade(config, "head")
    assert _columns(ctx)["ix_messages_sent_at"] == ["sent_at", "customer_id", *REPORT]


def test_range_scan_reads_the_index_alone(sqlite_ctx):
    """The statement shape of volume / heatmap / episodes: SQLite answers from the index."""
    with sqlite_ctx.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT channel, account_id, direction, count(*) FROM messages "
            "WHERE is_automated = 0 AND customer_id IS NOT NULL AND sent_at >= :a AND "
            "sent_at < :b GROUP BY channel, account_id, direction"),
            {"a": "2026-11-01", "b": "2026-12-01"}))
    assert "COVERING INDEX ix_messages_sent_at" in plan
