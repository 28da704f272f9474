"""Intents of inbound messages for the app: the model trained from the stored corrections, the
intents of a list of messages, and recording a correction.

The model is rebuilt only when the corrections change (their count and newest time are the
key); a correction itself always wins for its own message.
"""

from __future__ import annotations

import re
import threading
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.domain.chunks import chunked
from shopinbox.domain.intents import INTENTS
from shopinbox.domain.intents.model import IntentModel
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Customer, IntentCorrection, Message
from shopinbox.store.types import utcnow

_lock = threading.Lock()
_models: dict[tuple[str, int, Any], IntentModel] = {}
# (model key, message id) -> guessed intents: opening a conversation again costs no predicting.
# A message's text does not change after it is stored except by an edit, which is rare; an
# edited message keeps its old guess until the next correction retrains the model.
_guesses: dict[tuple[tuple[str, int, Any], int], list[str]] = {}
MAX_GUESSES = 50_000
# A reply's subject repeats the question it answers ("Re: Where is my order?" over "Thanks, it
# came!"): such a subject says nothing about what this message wants.
_REPLY_SUBJECT = re.compile(r"^\s*(re|odp|aw|sv|ответ|отв|fw|fwd|pd)\s*(\[\d+\])?\s*:", re.I)


def intent_text(subject: str | None, text: str | None) -> str:
    """What the intent of a message is read from: its subject (unless a reply's) and text."""
    subject = subject or ""
    if _REPLY_SUBJECT.match(subject):
        subject = ""
    return f"{subject}\n{text or ''}"


def _model(session: Session) -> tuple[tuple[str, int, Any], IntentModel]:
    count, newest = session.execute(
        select(func.count(), func.max(IntentCorrection.created_at))).one()
    key = (str(session.connection().engine.url), count, newest)
    with _lock:
        model = _models.get(key)
    if model is None:
        examples = session.execute(
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


def add_intents(session: Session, messages: list[dict[str, Any]]) -> None:
    """Set `intents` on each message dict (inbound: list of names, most likely first; outbound:
    empty). Needs `id` and `direction` in each, and `subject` and `text` — or, without a
    `text` key, the texts of the messages not guessed yet are read here (a list shown again
    reads no text at all)."""
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
    key, model = _model(session)
    if len(_guesses) > MAX_GUESSES:
        _guesses.clear()
    texts: dict[int, tuple[str | None, str | None]] = {}
    unread = [m["id"] for m in inbound if "text" not in m and (key, m["id"]) not in _guesses]
    for chunk in chunked(unread):
        texts.update((r.id, (r.subject, r.body_text)) for r in session.execute(
            select(Message.id, Message.subject, Message.body_text).where(Message.id.in_(chunk))))
    for message in inbound:
        guessed = _guesses.get((key, message["id"]))
        if guessed is None:
            subject, text = texts.get(message["id"], (message.get("subject"),
                                                      message.get("text")))
            guessed = _guesses[(key, message["id"])] = model.predict(intent_text(subject, text))
        guessed = list(guessed)
        if message["id"] in corrected:
            chosen = corrected[message["id"]]
            guessed = [chosen] + [i for i in guessed if i not in (chosen, "other")]
        message["intents"] = guessed


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


def latest_inbound_intents(session: Session, customer_ids: list[int]) -> dict[int, list[str]]:
    """Customer id -> the intents of their newest inbound message (what the conversation is
    waiting on), for the inbox's chips and its intent filter. Customers without an inbound
    message are absent. Guesses are cached per model (`add_intents`), so a list read again
    costs one query."""
    found: dict[int, list[str]] = {}
    for chunk in chunked(customer_ids):
        # One index walk per customer (customer_id, sent_at): newest first, first inbound.
        newest = (select(Message.id)
                  .where(Message.customer_id == Customer.id,
                         Message.direction == Direction.INBOUND)
                  .order_by(Message.sent_at.desc(), Message.id.desc())
                  .limit(1).correlate(Customer).scalar_subquery())
        rows = [{"id": message_id, "customer_id": customer_id, "direction": Direction.INBOUND}
                for customer_id, message_id in session.execute(
                    select(Customer.id, newest).where(Customer.id.in_(chunk)))
                if message_id is not None]
        add_intents(session, rows)
        found.update((row["customer_id"], row["intents"]) for row in rows)
    return found


def intent_counts(session: Session, start: datetime, end: datetime, *,
                  channel: str | None = None, account_id: int | None = None) -> dict[str, int]:
    """How many inbound messages in [start, end) want each intent (their most likely one;
    every intent present, zeros included), for the report's intent dimension.

    Each message is read by the model once per process and model (cached); a first count over
    many thousands of messages costs about 0.2 ms a message with the shipped rules and about
    1 ms once corrections trained the model."""
    condition = [Message.direction == Direction.INBOUND, Message.sent_at >= start,
                 Message.sent_at < end]
    if channel:
        condition.append(Message.channel == channel)
    if account_id:
        condition.append(Message.account_id == account_id)
    rows: list[dict[str, Any]] = [
        {"id": message_id, "direction": Direction.INBOUND}
        for message_id in session.scalars(select(Message.id).where(*condition))]
    add_intents(session, rows)
    counts = dict.fromkeys(INTENTS, 0)
    for row in rows:
        counts[row["intents"][0] if row["intents"] else "other"] += 1
    return counts
