"""Candidates for the one box from the SQLite trigram tables (migration 0012_search_index).

`box_search_names`, `box_search_identities` and `box_search_orders` hold customer names,
identity values and displays, and order and tracking numbers (without spaces or dashes),
folded (`domain.text_fold`), under the row's id, kept by triggers. A folded text of three
characters or more is then found inside them through the trigram index instead of a LIKE over
every row: "Klient 4242" took 37 ms at 10,000 customers, "INP 6200 4242" 33 ms at 10,000
orders. The rows come in id order, as the scans they replace returned them, so the same
`limit` keeps the same candidates. Shorter texts, and PostgreSQL (pg_trgm indexes serve its
ILIKE), use the scans in `app.inbox.one_box`.
"""

from __future__ import annotations

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import IdentityKind

MIN_TRIGRAM = 3


def usable(session: Session, folded: str) -> bool:
    """Whether the trigram tables can answer for this folded text."""
    return session.get_bind().dialect.name == "sqlite" and len(folded) >= MIN_TRIGRAM


def _phrase(folded: str) -> str:
    return '"' + folded.replace('"', '""') + '"'


def customer_names(session: Session, folded: str, *, prefix: bool, limit: int
                   ) -> list[Row]:
    """(id, display_name) of customers not merged away whose folded name contains `folded`
    (`prefix`: starts with it)."""
    starts = " AND substr(s.name, 1, :length) = :text" if prefix else ""
    return list(session.execute(text(
        "SELECT c.id, c.display_name FROM box_search_names AS s "  # noqa: S608 (constant fragments only)
        "JOIN customers AS c ON c.id = s.rowid "
        "WHERE box_search_names MATCH :match AND c.merged_into_id IS NULL" + starts +
        " ORDER BY s.rowid LIMIT :limit"),
        {"match": _phrase(folded), "text": folded, "length": len(folded), "limit": limit}))


def identities(session: Session, folded: str, digits: str, phone: str | None, *,
               prefix: bool, limit: int) -> list[Row]:
    """(customer_id, kind, value, display) of identities whose folded value or display
    contains `folded` (`prefix`: starts with it), whose value contains `digits` (six or more,
    else ignored), or that are the phone number `phone`."""
    match = "{value display} : " + _phrase(folded)
    wanted = "(substr(s.value, 1, :length) = :text OR substr(s.display, 1, :length) = :text"
    if len(digits) >= 6:
        match = f"({match}) OR (value : {_phrase(digits)})"
        wanted += " OR instr(s.value, :digits) > 0"
    rows = list(session.execute(text(
        "SELECT i.customer_id, i.kind, i.value, i.display FROM box_search_identities AS s "  # noqa: S608 (constant fragments only)
        "JOIN identities AS i ON i.id = s.rowid WHERE box_search_identities MATCH :match" +
        (f" AND {wanted})" if prefix else "") + " ORDER BY s.rowid LIMIT :limit"),
        {"match": match, "text": folded, "length": len(folded), "digits": digits,
         "limit": limit}))
    if phone:  # the unique (kind, value) index
        rows += session.execute(text(
            "SELECT customer_id, kind, value, display FROM identities "
            "WHERE kind = :kind AND value = :phone"),
            {"kind": IdentityKind.PHONE, "phone": phone}).all()
    return rows


def order_ids(session: Session, code: str, limit: int) -> list[int]:
    """Ids of orders whose number (no spaces or dashes, folded) contains `code` or whose
    tracking number starts with it (`code` folded, without spaces)."""
    return list(session.execute(text(
        "SELECT rowid FROM box_search_orders "
        "WHERE box_search_orders MATCH :match "
        "AND (instr(number, :code) > 0 OR substr(tracking, 1, :length) = :code) "
        "ORDER BY rowid LIMIT :limit"),
        {"match": f"(number : {_phrase(code)}) OR (tracking : {_phrase(code)})",
         "code": code, "length": len(code), "limit": limit}).scalars())
