"""Intents guessed once per inbound message and stored (`message_intents`), and the model that
guesses them (the shipped rules plus what the owner's corrections taught it).

Guessing costs ~0.2 ms a message with the rules and ~1 ms once corrections trained the model:
done at query time, the first inbox filter or report count over 100,000 messages took tens of
seconds. So a message is guessed when it is stored (`guess`, called by `store_messages`), the
migration that added the table guessed the ones already stored (`guess_missing`), and reads
take the stored guess (`stored`). Every inbound message has one — `store_messages`, logged
calls (`channels/phone/log.py`) and the migrations guess them, and a conversation's refresh
guesses its newest inbound message if that has none — so the report's counts need no pass
over messages to find unguessed ones.

A stored guess is the one the model made when the message arrived: a later correction
retrains the model for the messages that arrive after it (and wins for its own message, see
`app.inbox.intents`), it does not re-guess the whole history.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from shopinbox.domain.chunks import chunked
from shopinbox.domain.intents.model import IntentModel, PreparedIntents, intent_text
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import IntentCorrection, Message, MessageIntent

_lock = threading.Lock()
_models: dict[tuple[str, int, Any], IntentModel] = {}
def _connection(where: Connection | Session) -> Connection:
    return where.connection() if isinstance(where, Session) else where


def current_model(where: Connection | Session) -> tuple[tuple[str, int, Any], IntentModel]:
    """(key, model): the model trained from the stored corrections, rebuilt only when they
    change (their count and newest time are the key)."""
    connection = _connection(where)
    count, newest = connection.execute(
        select(func.count(), func.max(IntentCorrection.created_at))).one()
    key = (str(connection.engine.url), count, newest)
    with _lock:
        model = _models.get(key)
    if model is None:
        examples = connection.execute(
            select(Message.subject, Message.body_text, IntentCorrection.intent)
            .join(Message, Message.id == IntentCorrection.message_id)
            .order_by(IntentCorrection.created_at)
        ).all()
        model = IntentModel.trained(
            (intent_text(subject, body), intent) for subject, body, intent in examples)
        with _lock:
            _models.clear()  # one database per process in practice: keep only the newest
            _models[key] = model
    return key, model


def guess(where: Connection | Session,
          messages: Sequence[tuple[int, str | None, str | None, PreparedIntents | None]],
          *, copied_columns: bool = True) -> None:
    """Guess and store the intents of these inbound messages: (id, subject, text, prepared)
    each, in the caller's transaction (the one that stores them). A guess prepared off the
    writer by the current model is kept as it is (guessing costs ~0.2 ms a message: 2 s of
    the writer's time in a 10,000-message first sync).

    The row carries copies of the message's `sent_at`, `channel` and `account_id` (read here,
    one query per chunk) for the report's counts; `copied_columns=False` is for migration
    0012 only, which runs before the columns exist."""
    if not messages:
        return
    connection = _connection(where)
    _key, model = current_model(connection)
    rows: list[dict[str, Any]] = []
    for message_id, subject, text, prepared in messages:
        if prepared is not None and prepared[0] == _key and prepared[1]:
            intents = prepared[1]
        else:
            intents = model.predict(intent_text(subject, text))
        rows.append({"message_id": message_id, "intent": intents[0],
                     "intents": " ".join(intents)})
    if copied_columns:
        copies: dict[int, Any] = {}
        for chunk in chunked([message_id for message_id, *_rest in messages]):
            copies.update((found.id, found) for found in connection.execute(
                select(Message.id, Message.sent_at, Message.channel, Message.account_id)
                .where(Message.id.in_(chunk))))
        for row in rows:
            copy = copies[row["message_id"]]
            row.update(sent_at=copy.sent_at, channel=copy.channel, account_id=copy.account_id)
    connection.execute(insert(MessageIntent), rows)  # Core: the columns the rows name


def guess_missing(connection: Connection, batch: int = 2000, *,
                  copied_columns: bool = True) -> int:
    """Guess every inbound message that has no stored guess yet (the migrations' backfill).
    Returns how many were guessed."""
    last, count = 0, 0
    while True:
        found = connection.execute(
            select(Message.id, Message.subject, Message.body_text)
            .outerjoin(MessageIntent, MessageIntent.message_id == Message.id)
            .where(Message.id > last, Message.direction == Direction.INBOUND,
                   MessageIntent.message_id.is_(None))
            .order_by(Message.id).limit(batch)).all()
        if not found:
            return count
        guess(connection, [(row.id, row.subject, row.body_text, None) for row in found],
              copied_columns=copied_columns)
        last, count = found[-1].id, count + len(found)


def stored(session: Session, message_ids: Sequence[int]) -> dict[int, list[str]]:
    """Message id -> its stored intents, most likely first (messages without one: absent)."""
    found: dict[int, list[str]] = {}
    for chunk in chunked(list(message_ids)):
        found.update((message_id, intents.split()) for message_id, intents in session.execute(
            select(MessageIntent.message_id, MessageIntent.intents)
            .where(MessageIntent.message_id.in_(chunk))))
    return found
