"""Each conversation's current intents (`conversations.latest_intents`): the intents of the
customer's newest inbound, not automated, message (the one the conversation waits on, as the
inbox counts unread), the owner's correction applied.

Stored on the conversation row so that the inbox's intent filter is one SQL condition and the
chips of a page one column, instead of finding every customer's newest inbound message and
its guess at each call (88 ms over 10,000 conversations). It changes only when that message
does, so it is recomputed wherever that can happen: `refresh_conversations` (merges, unmerge,
deletions, flag changes), `count_new_messages` (new mail, for the customers whose inbound mail
came), a correction (`app.inbox.intents.set_intent`), and migration 0013's backfill.

That newest message should have a stored guess (every path that stores an inbound message
makes one); if it has none, it is guessed and stored here, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.intents import with_correction
from shopinbox.domain.kinds import Direction
from shopinbox.store.intents import guess
from shopinbox.store.models import Conversation, Customer, IntentCorrection, Message, MessageIntent


def current_intents(where: Connection | Session, customer_ids: Iterable[int]) -> dict[int, str]:
    """Customer id -> the spaced intents their conversation waits on, from the messages ('' for
    a customer without an inbound message). One query per chunk: an index walk per customer
    (customer_id, sent_at) to the newest inbound message, its stored guess and correction."""
    connection = where.connection() if isinstance(where, Session) else where
    found: dict[int, str] = {}
    for chunk in chunked(sorted(set(customer_ids))):
        newest = (select(Message.id)
                  .where(Message.customer_id == Customer.id,
                         Message.direction == Direction.INBOUND,
                         Message.is_automated.is_(False))
                  .order_by(Message.sent_at.desc(), Message.id.desc())
                  .limit(1).correlate(Customer).scalar_subquery().label("newest"))
        latest = select(Customer.id.label("customer_id"), newest).where(
            Customer.id.in_(chunk)).subquery()
        rows = connection.execute(
            select(latest.c.customer_id, latest.c.newest, IntentCorrection.intent,
                   MessageIntent.intents)
            .outerjoin(IntentCorrection, IntentCorrection.message_id == latest.c.newest)
            .outerjoin(MessageIntent, MessageIntent.message_id == latest.c.newest)).all()
        unguessed = [row.newest for row in rows if row.newest is not None and row.intents is None]
        guessed: dict[int, str] = {}
        if unguessed:
            texts = connection.execute(select(Message.id, Message.subject, Message.body_text)
                                       .where(Message.id.in_(unguessed))).all()
            guess(connection, [(row.id, row.subject, row.body_text, None) for row in texts])
            guessed = dict(connection.execute(
                select(MessageIntent.message_id, MessageIntent.intents)
                .where(MessageIntent.message_id.in_(unguessed))).all())
        for customer_id, message_id, chosen, intents in rows:
            if message_id is None:
                found[customer_id] = ""
                continue
            stored = intents if intents is not None else guessed[message_id]
            found[customer_id] = " ".join(with_correction(stored.split(), chosen))
    return found


def refresh_intents(where: Connection | Session, customer_ids: Iterable[int]) -> None:
    """Recompute the stored current intents of these customers' conversation rows (rows that
    do not exist yet are left to `refresh_conversations`, which calls this after adding
    them). One executemany UPDATE per chunk, only for the rows that change; Core, so the caller
    expires any Conversation object its session holds (`conversations._expire_loaded`)."""
    connection = where.connection() if isinstance(where, Session) else where
    table = cast(Table, Conversation.__table__)
    for chunk in chunked(sorted(set(customer_ids))):
        wanted = current_intents(connection, chunk)
        stored = dict(connection.execute(
            select(table.c.customer_id, table.c.latest_intents)
            .where(table.c.customer_id.in_(chunk))).all())
        changed = [{"b_customer": customer_id, "b_intents": intents}
                   for customer_id, intents in wanted.items()
                   if customer_id in stored and stored[customer_id] != intents]
        if changed:
            connection.execute(
                update(table).where(table.c.customer_id == bindparam("b_customer"))
                .values(latest_intents=bindparam("b_intents")), changed)
