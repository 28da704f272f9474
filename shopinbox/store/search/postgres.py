"""The newest matches of a search on PostgreSQL, with the columns a hit shows, in one statement.

Newest first over a GIN match is the hard part: the GIN index knows which documents match, not
their order, and reading a common word's whole posting list (a third of all messages, and
every completion of a prefix) costs 5–30 ms at 100,000 messages however few rows are wanted.
The planner's guess of how many documents a prefix query matches is no help either. So the
statement first walks the newest `RECENT_WINDOW` documents (message_search's own index on
(sent_at, message_id) newest first, migration 0017: the documents are read in index order, no
lookup per message) and checks each: a word that common has its 50 newest matches there
(about 1 ms). Only when that window holds fewer than `limit` matches does the second branch
run — the GIN index, every match, sorted — which is then cheap, since the word is rare. Both
branches are gated by the window's count (a one-time filter), so exactly one of them produces
rows, and the texts the snippets are cut from come back in the same round trip.

The query is handed to both branches through a materialised CTE, so the planner sees a
parameter, not the words: it never prices a prefix query as matching everything and picks a
sequential scan over the documents (which needed `SET LOCAL enable_seqscan = off`, a round
trip of its own, before 0017).

Results are the same as every match sorted by (sent_at, id) newest first: when the window has
`limit` matches, no message outside it is newer than the last of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sqlalchemy import Connection

from shopinbox.domain.search_query import SearchQuery, SearchTerm

# Messages walked newest first before falling back to the GIN index: a word in ≥ 1 message of
# 20 (50 matches in 1,000) is answered by the walk.
RECENT_WINDOW = 1000


def _has_number(term: SearchTerm) -> bool:
    return not term.exact and any(ch.isdigit() for ch in term.words[0])


def _walk_window(query: SearchQuery) -> int:
    """How many newest messages to walk first: none when a plain term is a number (an order,
    phone or tracking number, a customer's id in a name: rare in mail, so the GIN index is the
    cheap way — `Klient 4242` spent 1.3 ms walking for nothing); else `RECENT_WINDOW`."""
    return 0 if any(_has_number(term) for term in query.terms) else RECENT_WINDOW


def _driving(query: SearchQuery) -> SearchQuery:
    """The terms the GIN branch looks up: the numbers when there are any (rare, see
    `_walk_window`), else all. A prefix term's every completion is read into a bitmap in full,
    so `klient:* & 4242:*` cost 6 ms for `klient` (in every customer's name) where `4242:*`
    alone costs 0.1; the whole query is then checked on the few documents that has."""
    numbers = tuple(term for term in query.terms if _has_number(term))
    return replace(query, terms=numbers) if numbers else query


_NEWEST_TEXT = (
    "WITH q AS MATERIALIZED (SELECT to_tsquery('simple', :match) AS query,"
    " to_tsquery('simple', :drive) AS drive),"
    " recent AS MATERIALIZED ("
    " SELECT w.message_id AS id, w.sent_at FROM"
    " (SELECT message_id, sent_at, document FROM message_search"
    "  ORDER BY sent_at DESC, message_id DESC LIMIT :window) AS w"
    " WHERE w.document @@ (SELECT query FROM q)"
    " ORDER BY w.sent_at DESC, w.message_id DESC LIMIT :limit),"
    " found AS ("
    " SELECT id, sent_at FROM recent WHERE (SELECT count(*) FROM recent) >= :limit"
    " UNION ALL"
    # OFFSET 0 keeps the whole query out of the index condition (see `_driving`).
    " (SELECT message_id, sent_at FROM (SELECT message_id, sent_at, document FROM message_search"
    "  WHERE (SELECT count(*) FROM recent) < :limit AND document @@ (SELECT drive FROM q)"
    "  OFFSET 0) AS g WHERE g.document @@ (SELECT query FROM q)"
    "  ORDER BY sent_at DESC, message_id DESC LIMIT :limit))"
    " SELECT m.id, m.customer_id, m.channel, m.sent_at, m.subject, m.body_text,"
    " m.sender_name, m.sender_address, m.direction, c.display_name"
    " FROM found JOIN messages AS m ON m.id = found.id"
    " LEFT JOIN customers AS c ON c.id = m.customer_id"
    " ORDER BY found.sent_at DESC, found.id DESC"
)


# Run on the driver's cursor with its own placeholders: through `text()` SQLAlchemy's binding,
# result metadata and typed rows cost as much as the statement on the server (as on SQLite,
# `store.search._SQLITE_HITS`).
_NEWEST = re.sub(r"(?<!:):(\w+)", r"%(\1)s", _NEWEST_TEXT)


def newest_hits(connection: Connection, query: SearchQuery, limit: int) -> list[tuple]:
    """The `limit` newest messages matching `query`, newest first, with the columns of a
    `SearchHit` (id, customer_id, channel, sent_at, subject, body_text, sender_name,
    sender_address, direction, the customer's display_name) as the driver's rows."""
    return list(connection.exec_driver_sql(_NEWEST, {
        "match": query.to_tsquery(), "drive": _driving(query).to_tsquery(), "limit": limit,
        "window": _walk_window(query)}))
