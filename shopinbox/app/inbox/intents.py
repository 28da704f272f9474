"""Intents of inbound messages for the app: the stored guesses (`store.intents`, made when a
message is stored), the owner's corrections winning for their own messages, and recording a
correction.

A message without a stored guess (stored before the table was filled, or by a path that does
not guess) is guessed here by the current model, once per process and model (cached).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.domain.chunks import chunked
from shopinbox.domain.intents import INTENTS
from shopinbox.domain.kinds import Direction
from shopinbox.store.intents import current_model, intent_text, stored
from shopinbox.store.models import Customer, IntentCorrection, Message, MessageIntent
from shopinbox.store.types import utcnow

__all__ = ["add_intents", "intent_counts", "intent_text", "latest_inbound_intents",
           "set_intent"]

# (model key, message id) -> guessed intents, for messages without a stored guess.
_guesses: dict[tuple[tuple[str, int, Any], int], list[str]] = {}
MAX_GUESSES = 50_000


def _guessed_here(session: Session, messages: list[dict[str, Any]]) -> dict[int, list[str]]:
    """Intents of messages that have no stored guess, by the current model (cached)."""
    key, model = current_model(session)
    if len(_guesses) > MAX_GUESSES:
        _guesses.clear()
    texts: dict[int, tuple[str | None, str | None]] = {}
    unread = [m["id"] for m in messages if "text" not in m and (key, m["id"]) not in _guesses]
    for chunk in chunked(unread):
        texts.update((r.id, (r.subject, r.body_text)) for r in session.execute(
            select(Message.id, Message.subject, Message.body_text).where(Message.id.in_(chunk))))
    found = {}
    for message in messages:
        guessed = _guesses.get((key, message["id"]))
        if guessed is None:
            subject, text = texts.get(message["id"], (message.get("subject"),
                                                      message.get("text")))
            guessed = _guesses[(key, message["id"])] = model.predict(intent_text(subject, text))
        found[message["id"]] = guessed
    return found


def add_intents(session: Session, messages: list[dict[str, Any]]) -> None:
    """Set `intents` on each message dict (inbound: list of names, most likely first; outbound:
    empty). Needs `id` and `direction` in each; `subject` and `text` are used only for a
    message without a stored guess (without a `text` key its text is read here)."""
    inbound = [m for m in messages if m.get("direction") == Direction.INBOUND]
    for message in messages:
        message["intents"] = []
    if not inbound:
        return
    corrected: dict[int, str] = {}
    for chunk in chunked([m["id"] for m in inbound]):
        corrected.update(session.execute(
            select(IntentCorrection.message_id, IntentCorrection.intent)
            .where(IntentCorrection.message_id.in_(chunk))).all())
    guesses = stored(session, [m["id"] for m in inbound])
    missing = [m for m in inbound if m["id"] not in guesses]
    if missing:
        guesses.update(_guessed_here(session, missing))
    for message in inbound:
        message["intents"] = _with_correction(list(guesses[message["id"]]),
                                              corrected.get(message["id"]))


def set_intent(ctx: AppContext, message_id: int, intent: str) -> None:
    """Record the owner's correction (replacing an earlier one for the message). Raises
    ValueError for an unknown intent and LookupError for an unknown message (the CLI words
    them; the window offers only known intents of shown messages)."""
    if intent not in INTENTS:
        raise ValueError(f"unknown intent {intent!r}; one of {', '.join(INTENTS)}")
    with ctx.writer() as session, session.begin():
        message = session.get(Message, message_id)
        if message is None:
            raise LookupError(f"there is no message {message_id}")
        existing = session.get(IntentCorrection, message_id)
        if existing is None:
            session.add(IntentCorrection(message_id=message_id, intent=intent))
        else:
            existing.intent = intent
            existing.created_at = utcnow()


def _with_correction(guessed: list[str], chosen: str | None) -> list[str]:
    if chosen is None:
        return guessed
    return [chosen] + [i for i in guessed if i not in (chosen, "other")]


def latest_inbound_intents(session: Session, customer_ids: list[int]) -> dict[int, list[str]]:
    """Customer id -> the intents of their newest inbound message (what the conversation is
    waiting on), for the inbox's chips and its intent filter. Customers without an inbound
    message are absent. One query per chunk of customers reads the newest inbound message's
    stored guess and correction together; no model runs unless a guess is missing."""
    found: dict[int, list[str]] = {}
    for chunk in chunked(customer_ids, 5000):
        # One index walk per customer (customer_id, sent_at): newest first, first inbound.
        newest = (select(Message.id)
                  .where(Message.customer_id == Customer.id,
                         Message.direction == Direction.INBOUND)
                  .order_by(Message.sent_at.desc(), Message.id.desc())
                  .limit(1).correlate(Customer).scalar_subquery().label("newest"))
        latest = select(Customer.id.label("customer_id"), newest).where(
            Customer.id.in_(chunk)).subquery()
        missing: list[dict[str, Any]] = []
        for customer_id, message_id, chosen, intents in session.execute(
            select(latest.c.customer_id, latest.c.newest, IntentCorrection.intent,
                   MessageIntent.intents)
            .outerjoin(IntentCorrection, IntentCorrection.message_id == latest.c.newest)
            .outerjoin(MessageIntent, MessageIntent.message_id == latest.c.newest)
            .where(latest.c.newest.is_not(None))
        ):
            if intents is None:
                missing.append({"id": message_id, "customer_id": customer_id,
                                "direction": Direction.INBOUND})
            else:
                found[customer_id] = _with_correction(intents.split(), chosen)
        add_intents(session, missing)
        found.update((row["customer_id"], row["intents"]) for row in missing)
    return found


def intent_counts(session: Session, start: datetime, end: datetime, *,
                  channel: str | None = None, account_id: int | None = None) -> dict[str, int]:
    """How many inbound messages in [start, end) want each intent (their most likely one, a
    correction instead where there is one; every intent present, zeros included), for the
    report's intent dimension. One grouped pass over the stored guesses, then the few
    corrections; only messages without a stored guess are guessed here."""
    condition = [Message.direction == Direction.INBOUND, Message.sent_at >= start,
                 Message.sent_at < end]
    if channel:
        condition.append(Message.channel == channel)
    if account_id:
        condition.append(Message.account_id == account_id)
    counts = dict.fromkeys(INTENTS, 0)

    def add(intent: str, count: int) -> None:
        counts[intent if intent in counts else "other"] += count

    for intent, count in session.execute(
        select(MessageIntent.intent, func.count())
        .join(Message, Message.id == MessageIntent.message_id)
        .where(*condition).group_by(MessageIntent.intent)
    ):
        add(intent, count)
    for chosen, guessed in session.execute(
        select(IntentCorrection.intent, MessageIntent.intent)
        .join(Message, Message.id == IntentCorrection.message_id)
        .join(MessageIntent, MessageIntent.message_id == Message.id)
        .where(*condition)
    ):
        add(guessed, -1)
        add(chosen, 1)
    total = session.scalar(select(func.count()).select_from(Message).where(*condition)) or 0
    if total > sum(counts.values()):  # some have no stored guess: guess those here
        unguessed: list[dict[str, Any]] = [
            {"id": message_id, "direction": Direction.INBOUND}
            for message_id in session.scalars(
                select(Message.id)
                .outerjoin(MessageIntent, MessageIntent.message_id == Message.id)
                .where(*condition, MessageIntent.message_id.is_(None)))]
        add_intents(session, unguessed)
        for row in unguessed:
            add(row["intents"][0] if row["intents"] else "other", 1)
    return counts
