"""The inbox's first page read with the standard library's sqlite3, for the window's start.

Importing SQLAlchemy and mapping the models costs more than half a second, longer than the
whole rest of the start; the list on screen needs none of it. So, on a SQLite profile that is
already at the newest schema (`app/core/context.py`), the window's first page is read here
with plain SQL over the same tables, in one short read transaction, and everything else loads
after the first paint. The statements mirror `app/inbox/listing.conversation_ids` and
`inbox_rows` for the plain filters (status, unread only); `tests/unit/test_first_page.py` checks
both give the same rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_IDS = """
SELECT conversations.customer_id FROM conversations
WHERE conversations.message_count > 0 {where}
ORDER BY conversations.last_activity DESC, conversations.customer_id DESC
"""
_MERGED = "SELECT id FROM customers WHERE merged_into_id IS NOT NULL"
_ROWS = """
SELECT customers.id, customers.display_name, conversations.last_message_id,
       conversations.last_activity, conversations.unread_count, conversations.status,
       conversations.snoozed_until, conversations.assignee, conversations.assignee_id
FROM customers JOIN conversations ON conversations.customer_id = customers.id
WHERE customers.id IN ({marks})
"""
_SNIPPETS = "SELECT id, body_text, subject FROM messages WHERE id IN ({marks})"
_CHANNELS = ("SELECT customer_id, channel FROM messages WHERE customer_id IN ({marks}) "
             "GROUP BY customer_id, channel")
_LABELS = ("SELECT customer_id, label FROM customer_labels WHERE customer_id IN ({marks}) "
           "ORDER BY label")


def stored_time(value: Any) -> datetime | None:
    """A datetime as `store.types.UTCDateTime` gives it back: aware, UTC."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _in(connection: sqlite3.Connection, statement: str, values: list[int]) -> Iterator[Any]:
    if not values:
        return iter(())
    return connection.execute(statement.format(marks=",".join("?" * len(values))), values)


def read_first_page(database: Path, status: str | None, unread_only: bool,
                    count: int) -> tuple[list[int], list[dict[str, Any]]]:
    """(every matching customer id, newest activity first; a row dict for each of the first
    `count`). `status` None means every status."""
    where, parameters = "", []
    if status is not None:
        where += " AND conversations.status = ?"
        parameters.append(status)
    if unread_only:
        where += " AND conversations.unread_count > 0"
    with closing(sqlite3.connect(str(database), timeout=30, isolation_level=None)) as connection:
        connection.execute("BEGIN")  # one snapshot for ids and rows (WAL: no waiting)
        ids = [row[0] for row in connection.execute(_IDS.format(where=where), parameters)]
        merged = {row[0] for row in connection.execute(_MERGED)}
        if merged:
            ids = [customer_id for customer_id in ids if customer_id not in merged]
        page = ids[:count]
        rows = [dict(zip(("id", "name", "last_message_id", "last_activity", "unread", "status",
                          "snoozed_until", "assignee", "assignee_id"), row, strict=True))
                for row in _in(connection, _ROWS, page)]
        snippets = {id_: body or subject or "" for id_, body, subject in _in(
            connection, _SNIPPETS, [r["last_message_id"] for r in rows if r["last_message_id"]])}
        channels: dict[int, set[str]] = {}
        for customer_id, channel in _in(connection, _CHANNELS, page):
            channels.setdefault(customer_id, set()).add(channel)
        labels: dict[int, list[str]] = {}
        for customer_id, label in _in(connection, _LABELS, page):
            labels.setdefault(customer_id, []).append(label)
        connection.rollback()
    for row in rows:
        row["snippet"] = snippets.get(row["last_message_id"] or 0, "")
        row["channels"] = sorted(channels.get(row["id"], set()))
        row["labels"] = labels.get(row["id"], [])
        row["last_activity"] = stored_time(row["last_activity"])
        row["snoozed_until"] = stored_time(row["snoozed_until"])
    return ids, rows


def read_accounts(database: Path) -> list[tuple[int, str, str, str | None]]:
    """(id, name, kind, last_error) of every account by name: the status bar's indicators and
    the welcome screen's check, at the window's start."""
    with closing(sqlite3.connect(str(database), timeout=30, isolation_level=None)) as connection:
        return [tuple(row) for row in connection.execute(
            "SELECT id, name, kind, last_error FROM accounts ORDER BY name")]
