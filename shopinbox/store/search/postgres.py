"""The newest matches of a search on PostgreSQL, with the columns a hit shows, in one statement.

Newest first over a GIN match is the hard part: the GIN index knows which documents match, not
their order, and reading a common word's whole posting list (a third of all messages, and
every completion of a prefix) costs 5–14 ms at 100,000 messages however few rows are wanted.
The planner's guess of how many documents a prefix query matches is no help either. So the
statement first walks the newest `RECENT_WINDOW` messages (the `sent_at` index) and checks
each document: a word that common has its 50 newest matches there (0.3–2 ms). Only when that
window holds fewer than `limit` matches does the second branch run — the GIN index, every
match, sorted — which is then cheap, since the word is rare. Both branches are gated by the
window's count (a one-time filter), so exactly one of them produces rows, and the texts the
snippets are cut from come back in the same round trip.

Results are the same as every match sorted by (sent_at, id) newest first: when the window has
`limit` matches, no message outside it is newer than the last of them.
"""

from __future__ import annotations

from sqlalchemy import Connection, Row, text

from shopinbox.domain.search_query import SearchQuery

# Messages walked newest first before falling back to the GIN index: a word in ≥ 1 message of
# 20 (50 matches in 1,000) is answered by the walk.
RECENT_WINDOW = 1000


def _walk_window(query: SearchQuery) -> int:
    """How many newest messages to walk first: none when a plain term is a number (an order,
    phone or tracking number, a customer's id in a name: rare in mail, so the GIN index is the
    cheap way — `Klient 4242` spent 1.3 ms walking for nothing); else `RECENT_WINDOW`."""
    if any(not term.exact and any(ch.isdigit() for ch in term.words[0])
           for term in query.terms):
        return 0
    return RECENT_WINDOW

_NEWEST = text(
    "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', :match) AS query),"
    # The window's documents are checked one by one (a scalar subquery per message: never
    # turned into a join that reads the GIN index, which is what this branch avoids).
    " recent AS MATERIALIZED ("
    " SELECT w.id, w.sent_at FROM"
    " (SELECT id, sent_at FROM messages ORDER BY sent_at DESC, id DESC LIMIT :window) AS w"
    " WHERE (SELECT s.document @@ (SELECT query FROM q) FROM message_search AS s"
    "        WHERE s.message_id = w.id)"
    " ORDER BY w.sent_at DESC, w.id DESC LIMIT :limit),"
    " matches AS MATERIALIZED ("
    " SELECT message_id FROM message_search WHERE document @@ (SELECT query FROM q)),"
    " found AS ("
    " SELECT id, sent_at FROM recent WHERE (SELECT count(*) FROM recent) >= :limit"
    " UNION ALL"
    " (SELECT m.id, m.sent_at FROM matches JOIN messages AS m ON m.id = matches.message_id"
    "  WHERE (SELECT count(*) FROM recent) < :limit"
    "  ORDER BY m.sent_at DESC, m.id DESC LIMIT :limit))"
    " SELECT m.id, m.customer_id, m.channel, m.sent_at, m.subject, m.body_text,"
    " m.sender_name, m.sender_address, m.direction"
    " FROM found JOIN messages AS m ON m.id = found.id"
    " ORDER BY found.sent_at DESC, found.id DESC"
)


def newest_hits(connection: Connection, query: SearchQuery, limit: int) -> list[Row]:
    """The `limit` newest messages matching `query`, newest first, with the columns of a
    `SearchHit` (id, customer_id, channel, sent_at, subject, body_text, sender_name,
    sender_address, direction)."""
    # A sequential scan of every document is never the cheaper way to find the matches (the
    # planner's estimate for a prefix query can say so): keep it to the indexes.
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    return list(connection.execute(_NEWEST, {"match": query.to_tsquery(), "limit": limit,
                                             "window": _walk_window(query)}))
