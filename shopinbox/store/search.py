"""Full-text search over messages behind one `search()` function.

SQLite: an FTS5 table `message_search` whose rowid is a time-ordered key (see `sort_key`). PostgreSQL: a `message_search` table
with a tsvector and a GIN index. Both are fed *folded* text (see `domain.text_fold`), so
`przesylka` finds `przesyłka` and `еще` finds `ещё`; queries come from `domain.search_query`,
which never lets user input through as engine syntax. Results are newest first; snippets are cut
in Python from the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.search_query import SearchQuery, parse_query
from shopinbox.domain.snippet import make_snippet
from shopinbox.domain.text_fold import fold, words
from shopinbox.store.models import Customer, Message


@dataclass(frozen=True)
class SearchHit:
    message_id: int
    customer_id: int | None
    channel: str
    sent_at: datetime
    subject: str
    sender: str
    snippet: str


@dataclass(frozen=True)
class IndexRow:
    """What the index holds of one message."""

    message_id: int
    sent_at: datetime
    subject: str
    body: str
    sender: str
    customer: str


KEY_SPACE = 1 << 24
PG_FEW_CANDIDATES = 200


def sort_key(sent_at: datetime, message_id: int) -> int:
    """The FTS5 rowid of a message: time-ordered, so newest-first needs no sort.

    Must equal the SQL in the delete trigger of the initial migration. Two messages collide
    only when sent in the same second with ids 16,777,216 apart; the later one then replaces
    the earlier in the index (search misses it; nothing is lost from the store).
    A message's sent_at is never changed after it is stored.
    """
    return max(0, int(sent_at.timestamp())) * KEY_SPACE + (message_id % KEY_SPACE)


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def index_rows(connection: Connection, rows: Sequence[IndexRow]) -> None:
    """Add or replace the index entries of these messages (in the caller's transaction)."""
    if not rows:
        return
    if _is_sqlite(connection):
        keys = [{"key": sort_key(row.sent_at, row.message_id)} for row in rows]
        connection.execute(text("DELETE FROM message_search WHERE rowid = :key"), keys)
        connection.execute(
            text(
                "INSERT INTO message_search (rowid, message_id, subject, body, sender, customer) "
                "VALUES (:key, :id, :subject, :body, :sender, :customer)"
            ),
            [
                {
                    "key": sort_key(row.sent_at, row.message_id),
                    "id": row.message_id,
                    "subject": fold(row.subject),
                    "body": fold(row.body),
                    "sender": fold(row.sender),
                    "customer": fold(row.customer),
                }
                for row in rows
            ],
        )
        return
    connection.execute(
        text(
            "INSERT INTO message_search (message_id, document) "
            "VALUES (:id, to_tsvector('simple', :document)) "
            "ON CONFLICT (message_id) DO UPDATE SET document = EXCLUDED.document"
        ),
        [
            {
                "id": row.message_id,
                "document": " ".join(
                    words(fold(" ".join((row.subject, row.body, row.sender, row.customer))))
                ),
            }
            for row in rows
        ],
    )


def reindex_messages(session: Session, message_ids: Iterable[int]) -> int:
    """Rebuild the index entries of the given messages from the store (after an edit, a rename
    of the customer or a merge). Returns how many were indexed."""
    ids = list(message_ids)
    count = 0
    for chunk in chunked(ids):
        result = session.execute(
            select(
                Message.id,
                Message.sent_at,
                Message.subject,
                Message.body_text,
                Message.sender_name,
                Message.sender_address,
                Customer.display_name,
            )
            .outerjoin(Customer, Customer.id == Message.customer_id)
            .where(Message.id.in_(chunk))
        ).all()
        index_rows(
            session.connection(),
            [
                IndexRow(r.id, r.sent_at, r.subject or "", r.body_text or "",
                         f"{r.sender_name} {r.sender_address}", r.display_name or "")
                for r in result
            ],
        )
        count += len(result)
    return count


def reindex_customer(session: Session, customer_id: int) -> int:
    ids = session.scalars(select(Message.id).where(Message.customer_id == customer_id)).all()
    return reindex_messages(session, ids)


def _matching_ids(connection: Connection, query: SearchQuery, limit: int) -> list[int]:
    if _is_sqlite(connection):
        sql = text(
            "SELECT message_id FROM message_search WHERE message_search MATCH :match "
            "ORDER BY rowid DESC LIMIT :limit"
        )
        params = {"match": query.to_fts5(), "limit": limit}
    else:
        match = query.to_tsquery()
        # The planner cannot guess how selective a prefix query is. Count candidates from the
        # GIN index (capped): few → take them all and sort; many → walk messages newest first
        # and stop at LIMIT.
        # Counting through the GIN index is cheap; a sequential scan of every document is not.
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        candidates = connection.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM message_search "
                "WHERE document @@ to_tsquery('simple', :match) LIMIT :cap) AS probe"
            ),
            {"match": match, "cap": PG_FEW_CANDIDATES},
        ).scalar_one()
        if candidates < PG_FEW_CANDIDATES:
            sql = text(
                "WITH hits AS MATERIALIZED (SELECT message_id FROM message_search "
                "WHERE document @@ to_tsquery('simple', :match)) "
                "SELECT m.id FROM hits JOIN messages AS m ON m.id = hits.message_id "
                "ORDER BY m.sent_at DESC, m.id DESC LIMIT :limit"
            )
        else:
            sql = text(
                "SELECT m.id FROM messages AS m JOIN message_search AS s ON s.message_id = m.id "
                "WHERE s.document @@ to_tsquery('simple', :match) "
                "ORDER BY m.sent_at DESC, m.id DESC LIMIT :limit"
            )
        params = {"match": match, "limit": limit}
    return [row[0] for row in connection.execute(sql, params)]


def search(session: Session, query_text: str, limit: int = 50) -> list[SearchHit]:
    """Messages matching what the user typed, newest first, each with a snippet."""
    query = parse_query(query_text)
    if query.is_empty or limit <= 0:
        return []
    ids = _matching_ids(session.connection(), query, limit)
    if not ids:
        return []
    rows = session.execute(
        select(
            Message.id,
            Message.customer_id,
            Message.channel,
            Message.sent_at,
            Message.subject,
            Message.body_text,
            Message.sender_name,
            Message.sender_address,
        ).where(Message.id.in_(bindparam("ids", expanding=True))),
        {"ids": ids},
    ).all()
    by_id = {row.id: row for row in rows}
    hits = []
    for message_id in ids:
        row = by_id[message_id]
        source = row.body_text or row.subject or ""
        hits.append(
            SearchHit(
                message_id=row.id,
                customer_id=row.customer_id,
                channel=row.channel,
                sent_at=row.sent_at,
                subject=row.subject or "",
                sender=row.sender_name or row.sender_address or "",
                snippet=make_snippet(source, query),
            )
        )
    return hits
