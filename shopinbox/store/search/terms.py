"""The words of the SQLite message index, so long prefixes become lists of words (SQLite only).

FTS5 answers a prefix query from its prefix indexes when the prefix has 2–6 characters
(`prefix = '2 3 4 5 6'`); a longer one (`zamowieni*`, `отправили*`) is answered by merging
the whole posting list of every word that starts with it — about 5 ms at 100,000 messages
whatever the LIMIT. The same words listed (`zamowienie OR zamowienia OR zamowieniu`) are
read newest first and stop at the LIMIT: 0.1 ms. `message_search_terms` holds every word the
index holds, so `expansions` can list them.

The words are the index's own tokens: `record_terms` runs the indexed text through the same
FTS5 tokenizer (a scratch table on the writer's connection) instead of guessing them in
Python, whose idea of a letter differs from unicode61's for tens of thousands of code points.
A word is never removed (a word no message holds any more only costs its list entry).
PostgreSQL needs none of this: its GIN index finds prefixes in its own term tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, text

PREFIX_INDEXED = 6  # the longest prefix the FTS5 table indexes (migration 0005)
MAX_EXPANSION = 32  # more completions than this: the prefix query is the cheaper one
_SCRATCH = "message_search_terms_scratch"
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 0'"  # as message_search's
# Words the tokenizer keeps exactly as folded (checked by tests/store/test_search_index.py):
# the folded letters of the shop's languages and digits. Any other word stays a prefix query.
_PLAIN_WORD = re.compile("[a-z0-9\u0430-\u044f]+")


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def backfill_terms(connection: Connection) -> int:
    """Fill the table from the FTS5 index (the migration; seconds at 100,000 messages)."""
    connection.exec_driver_sql(
        "CREATE VIRTUAL TABLE temp.message_search_vocab USING fts5vocab(main, message_search, row)")
    try:
        return connection.exec_driver_sql(
            "INSERT OR IGNORE INTO message_search_terms (term) "
            "SELECT term FROM temp.message_search_vocab").rowcount
    finally:
        connection.exec_driver_sql("DROP TABLE temp.message_search_vocab")


def record_terms(connection: Connection, texts: Iterable[str]) -> None:
    """Add the words of these texts (as indexed: folded) to the table, in the caller's
    transaction — the one that indexes them, so a rollback forgets both.

    Whitespace separates words for the tokenizer too, so each distinct whitespace-separated
    piece is tokenized once per call, however many messages repeat it."""
    if not _is_sqlite(connection):
        return
    pieces: set[str] = set()
    for content in texts:
        pieces.update(content.split())
    if not pieces:
        return
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH} USING fts5(words, content='', {_TOKENIZER})")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH}_vocab "
        f"USING fts5vocab(temp, {_SCRATCH}, row)")
    connection.execute(text(f"INSERT INTO temp.{_SCRATCH} (words) VALUES (:words)"),  # noqa: S608
                       {"words": " ".join(pieces)})
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO message_search_terms (term) "  # noqa: S608
        f"SELECT term FROM temp.{_SCRATCH}_vocab")
    connection.exec_driver_sql(f"INSERT INTO temp.{_SCRATCH} ({_SCRATCH}) VALUES ('delete-all')")  # noqa: S608 (constant fragments only)


def _upper_bound(prefix: str) -> str:
    return prefix + "\U0010ffff"


def expansions(connection: Connection, words: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Word -> every indexed word it is a prefix of, for the typed words longer than the
    prefix indexes whose completions are few (`MAX_EXPANSION`); the others are left out and
    stay prefix queries (a word without completions too: its prefix query reads nothing). SQLite only (empty on PostgreSQL)."""
    found: dict[str, tuple[str, ...]] = {}
    if not _is_sqlite(connection):
        return found
    for word in dict.fromkeys(w for w in words
                              if len(w) > PREFIX_INDEXED and _PLAIN_WORD.fullmatch(w)):
        terms = tuple(connection.execute(
            text("SELECT term FROM message_search_terms WHERE term >= :low AND term < :high "
                 "ORDER BY term LIMIT :cap"),
            {"low": word, "high": _upper_bound(word), "cap": MAX_EXPANSION + 1}).scalars())
        if 0 < len(terms) <= MAX_EXPANSION:
            found[word] = terms
    return found
