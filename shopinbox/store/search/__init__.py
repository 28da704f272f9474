"""Full-text search over messages behind one `search()` function.

SQLite: an FTS5 table `message_search` whose rowid is a time-ordered key (see `sort_key`).
PostgreSQL: a `message_search` table with a tsvector and a GIN index, and the message's `sent_at`
(copied by a trigger, migration 0017) with an index newest first (see `store.search.postgres`). Both are fed *folded* text
(see `domain.text_fold`), so `przesylka` finds `przesyłka` and `еще` finds `ещё`, plus the folded
lemmas of the words in the message's detected language (`domain.lemmas`): the FTS5 column
`lemmas`, tsvector weight A (words keep the default weight D). A plain query word matches as a
prefix or by its lemmas, so `заказов` finds `заказ`; a quoted word or phrase matches exact forms
only. `search_forms` maps folded forms seen *with* diacritics to their lemmas, so `zamowieniu`
(typed without them) finds `zamówienie` as `zamówieniu` does. Queries come from
`domain.search_query`, which never lets user input through as engine syntax. Results are newest
first; snippets are cut in Python from the original text.

Writing is the store's single writer's job, so it only writes: a message's folded texts and lemmas
come prepared (`IndexRow.prepared`, from `domain.messages.prepare_index` in a channel's pull or an
email parse process); only rows without them are worked out here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.lemmas import IndexText, index_text, query_lemmas
from shopinbox.domain.search_query import (
    SearchQuery,
    SearchTerm,
    parse_query,
    with_completions,
    with_lemmas,
)
from shopinbox.domain.snippet import highlight_spans, snippet_with_spans
from shopinbox.domain.text_fold import fold, words
from shopinbox.store.models import Customer, Message
from shopinbox.store.search.postgres import newest_hits
from shopinbox.store.search.terms import expansions, record_terms


@dataclass(frozen=True)
class SearchHit:
    message_id: int
    customer_id: int | None
    channel: str
    sent_at: datetime
    subject: str
    sender: str
    snippet: str
    direction: str = "in"
    highlights: tuple[tuple[int, int], ...] = ()  # spans of `snippet` the query matched
    subject_highlights: tuple[tuple[int, int], ...] = ()  # … and of `subject`
    customer_name: str = ""  # the customer's display name ("" when none), read with the hit


@dataclass(frozen=True)
class IndexRow:
    """What the index holds of one message."""

    message_id: int
    sent_at: datetime
    subject: str
    body: str
    sender: str
    customer: str
    # Folded texts and lemmas worked out before the writer (`domain.messages.prepare_index`);
    # used when they fit these texts, else the writer works them out.
    prepared: IndexText | None = None

    def index_text(self, lemmatise: bool = True) -> IndexText:
        prepared = self.prepared
        if prepared is not None and prepared.fits(self.subject, self.body, self.sender) and (
                lemmatise or not prepared.lemmas):
            return prepared
        return index_text(self.subject, self.body, self.sender, lemmatise=lemmatise)


KEY_SPACE = 1 << 24
# Forms this process has already written to `search_forms`, per database (the table only ever
# grows; if a transaction that wrote one rolls back, only the no-diacritics lookup of that form
# is lost until it is seen again in another process).
_written_forms: dict[str, set[str]] = {}
MAX_REMEMBERED_FORMS = 500_000


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


def _folded_names(rows: Sequence[IndexRow]) -> list[str]:
    """The folded customer name of each row (a batch names few customers: folded once each)."""
    folded: dict[str, str] = {}
    found = []
    for row in rows:
        name = folded.get(row.customer)
        if name is None:
            name = folded[row.customer] = fold(row.customer)
        found.append(name)
    return found


def _write_forms(connection: Connection, forms: dict[str, str], written: set[str]) -> None:
    if not forms:
        return
    conflict = "" if _is_sqlite(connection) else " ON CONFLICT (form) DO NOTHING"
    verb = "INSERT OR IGNORE" if _is_sqlite(connection) else "INSERT"
    connection.execute(
        text(f"{verb} INTO search_forms (form, lemmas) VALUES (:form, :lemmas){conflict}"),
        [{"form": form, "lemmas": lemmas} for form, lemmas in sorted(forms.items())],
    )
    if len(written) > MAX_REMEMBERED_FORMS:
        written.clear()
    written.update(forms)


def index_rows(connection: Connection, rows: Sequence[IndexRow], *, lemmatise: bool = True) -> None:
    """Add or replace the index entries of these messages (in the caller's transaction).

    `lemmatise=False` leaves the lemmas out: only for the benchmark that measures their cost."""
    if not rows:
        return
    written = _written_forms.setdefault(str(connection.engine.url), set())
    texts = [row.index_text(lemmatise) for row in rows]
    forms = {form: lemmas for text_ in texts for form, lemmas in text_.forms
             if form not in written}
    customers = _folded_names(rows)
    if _is_sqlite(connection):
        keys = [{"key": sort_key(row.sent_at, row.message_id)} for row in rows]
        connection.execute(text("DELETE FROM message_search WHERE rowid = :key"), keys)
        entries: list[dict[str, object]] = [
            {
                "key": key["key"],
                "id": row.message_id,
                "subject": text_.subject,
                "body": text_.body,
                "sender": text_.sender,
                "customer": customer,
                "lemmas": text_.lemmas,
            }
            for row, key, text_, customer in zip(rows, keys, texts, customers, strict=True)
        ]
        connection.execute(
            text(
                "INSERT INTO message_search "
                "(rowid, message_id, subject, body, sender, customer, lemmas) "
                "VALUES (:key, :id, :subject, :body, :sender, :customer, :lemmas)"
            ),
            entries,
        )
        # The one hook of issue 19's search index: the words just indexed (store.search.terms).
        record_terms(connection, (str(entry[column]) for entry in entries for column in
                                  ("subject", "body", "sender", "customer", "lemmas")))
    else:
        connection.execute(
            text(
                "INSERT INTO message_search (message_id, document) "
                "VALUES (:id, to_tsvector('simple', :document) "
                "|| setweight(to_tsvector('simple', :lemmas), 'A')) "
                "ON CONFLICT (message_id) DO UPDATE SET document = EXCLUDED.document"
            ),
            [
                {
                    "id": row.message_id,
                    "document": " ".join(words(" ".join(
                        (text_.subject, text_.body, text_.sender, customer)))),
                    "lemmas": text_.lemmas,
                }
                for row, text_, customer in zip(rows, texts, customers, strict=True)
            ],
        )
    _write_forms(connection, forms, written)


def _index_rows_of(connection: Connection, condition, limit: int | None = None) -> list[IndexRow]:
    statement = (
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
        .where(condition)
        .order_by(Message.id)
    )
    if limit is not None:
        statement = statement.limit(limit)
    return [
        IndexRow(r.id, r.sent_at, r.subject or "", r.body_text or "",
                 f"{r.sender_name} {r.sender_address}", r.display_name or "")
        for r in connection.execute(statement)
    ]


def rebuild_index(connection: Connection, batch: int = 2000) -> int:
    """Index every message again (the migration that changed what the index holds calls it).
    Returns how many messages were indexed."""
    last, count = 0, 0
    while True:
        rows = _index_rows_of(connection, Message.id > last, limit=batch)
        if not rows:
            return count
        index_rows(connection, rows)
        last, count = rows[-1].message_id, count + len(rows)


def reindex_messages(session: Session, message_ids: Iterable[int]) -> int:
    """Rebuild the index entries of the given messages from the store (after an edit, a rename
    of the customer or a merge). Returns how many were indexed."""
    ids = list(message_ids)
    count = 0
    for chunk in chunked(ids):
        rows = _index_rows_of(session.connection(), Message.id.in_(chunk))
        index_rows(session.connection(), rows)
        count += len(rows)
    return count


def reindex_customer(session: Session, customer_id: int) -> int:
    ids = session.scalars(select(Message.id).where(Message.customer_id == customer_id)).all()
    return reindex_messages(session, ids)


# The newest matches with the columns of a hit, in one statement at the driver's level: FTS5's
# rowid is time-ordered, so its newest `limit` are the hits. Through SQLAlchemy's typed rows the
# 50 rows cost 2.0 ms of a 7 ms search on a 100,000-message store, here 0.9 ms (`sent_at` is
# made aware UTC as `store.types.UTCDateTime` would).
_SQLITE_HITS = (
    "SELECT m.id, m.customer_id, m.channel, m.sent_at, m.subject, m.body_text, m.sender_name, "
    "m.sender_address, m.direction, c.display_name FROM (SELECT message_id, rowid AS place "
    "FROM message_search WHERE message_search MATCH ? ORDER BY rowid DESC LIMIT ?) AS h "
    "JOIN messages AS m ON m.id = h.message_id LEFT JOIN customers AS c ON c.id = m.customer_id "
    "ORDER BY h.place DESC")


class _Hit(NamedTuple):
    id: int
    customer_id: int | None
    channel: str
    sent_at: datetime
    subject: str | None
    body_text: str | None
    sender_name: str | None
    sender_address: str | None
    direction: str
    display_name: str | None


def _sqlite_hits(session: Session, query: SearchQuery, limit: int) -> list[_Hit]:
    """The newest matches with the columns of a hit (`_SQLITE_HITS`)."""
    rows = session.connection().exec_driver_sql(_SQLITE_HITS, (query.to_fts5(), limit))
    return [_Hit(row[0], row[1], row[2], _aware_utc(row[3]), *row[4:]) for row in rows]


def _aware_utc(value: str | datetime) -> datetime:
    """A stored SQLite time as `UTCDateTime` gives it back."""
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def lemmatised(connection: Connection, query: SearchQuery) -> SearchQuery:
    """The query with the lemmas of each plain word: from the analysers (of the word as typed,
    and folded) and from the forms the index has seen with diacritics; on SQLite also with
    the listed completions of long words (`store.search.terms`: the same hits, read faster)."""
    plain = [term.words[0] for term in query.terms if not term.exact]
    if not plain:
        return query
    query = with_completions(query, expansions(connection, plain))
    seen: dict[str, list[str]] = {}
    for form, lemmas in connection.execute(
        text("SELECT form, lemmas FROM search_forms WHERE form IN :forms").bindparams(
            bindparam("forms", expanding=True)),
        {"forms": plain},
    ):
        seen[form] = lemmas.split()

    def lemmas_of(term: SearchTerm) -> tuple[str, ...]:
        found: list[str] = []
        for lemma in (*query_lemmas(term.original or term.words[0]),
                      *query_lemmas(term.words[0]), *seen.get(term.words[0], ())):
            if lemma not in found:
                found.append(lemma)
        return tuple(found)

    return with_lemmas(query, lemmas_of)


def search(session: Session, query_text: str, limit: int = 50) -> list[SearchHit]:
    """Messages matching what the user typed, newest first, each with a snippet."""
    query = parse_query(query_text)
    if query.is_empty or limit <= 0:
        return []
    query = lemmatised(session.connection(), query)
    rows: Sequence[Any] = (_sqlite_hits(session, query, limit)
                           if _is_sqlite(session.connection())
                           else [_Hit(row[0], row[1], row[2], _aware_utc(row[3]), *row[4:])
                                 for row in newest_hits(session.connection(), query, limit)])
    hits = []
    for row in rows:
        source = row.body_text or row.subject or ""
        snippet, spans = snippet_with_spans(source, query)
        hits.append(
            SearchHit(
                message_id=row.id,
                customer_id=row.customer_id,
                channel=row.channel,
                sent_at=row.sent_at,
                subject=row.subject or "",
                sender=row.sender_name or row.sender_address or "",
                snippet=snippet,
                direction=row.direction,
                highlights=tuple(spans),
                subject_highlights=tuple(highlight_spans(row.subject or "", query)),
                customer_name=row.display_name or "",
            )
        )
    return hits
