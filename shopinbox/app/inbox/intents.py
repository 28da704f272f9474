"""Intents of inbound messages for the app: the stored guesses (`store.intents`, made when a
message is stored), the owner's corrections winning for their own messages, recording a
correction, each conversation's current intents (stored on its row) and the counts per intent.

A message without a stored guess (stored before the table was filled, or by a path that does
not guess) is guessed here by the current model, once per process and model (cached).
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Executable, bindparam, func, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.domain.chunks import chunked
from shopinbox.domain.intents import INTENTS, with_correction
from shopinbox.domain.kinds import Direction
from shopinbox.store.conversation_intents import refresh_intents
from shopinbox.store.intents import current_model, intent_text, stored
from shopinbox.store.models import (
    Conversation,
    IntentCorrection,
    Message,
    MessageIntent,
    MessageIntentDay,
)
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
        message["intents"] = with_correction(list(guesses[message["id"]]),
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
        if message.customer_id is not None:  # the inbox row shows it if it is the newest
            session.flush()
            refresh_intents(session, [message.customer_id])


def latest_inbound_intents(session: Session, customer_ids: list[int]) -> dict[int, list[str]]:
    """Customer id -> the intents their conversation waits on (its newest inbound message's,
    a correction applied), for the inbox's chips: the stored `conversations.latest_intents`
    (`store.conversation_intents` keeps it). Customers without an inbound message are absent."""
    found: dict[int, list[str]] = {}
    for chunk in chunked(customer_ids):
        found.update((customer_id, intents.split()) for customer_id, intents in session.execute(
            select(Conversation.customer_id, Conversation.latest_intents)
            .where(Conversation.customer_id.in_(chunk), Conversation.latest_intents != "")))
    return found


def _whole_days(start: datetime, end: datetime) -> tuple[datetime, datetime] | None:
    """The first and last UTC midnights in [start, end) when at least one whole UTC day lies
    between them, else None."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    first = datetime.combine(start.date(), time(), UTC)
    if first < start:
        first += timedelta(days=1)
    last = datetime.combine(end.date(), time(), UTC)
    return (first, last) if first < last else None


@functools.cache
def _edge_counts(ranges: int, channel: bool, account: bool) -> Executable:
    """One row: per intent (in INTENTS order), the count of each of `ranges` sent_at ranges
    (:low0/:high0, …) of its index range, filtered by :channel / :account_id. Built once per
    shape: building the 24 subqueries each call cost as much as running them."""
    filters = []
    if channel:
        filters.append(MessageIntent.channel == bindparam("channel"))
    if account:
        filters.append(MessageIntent.account_id == bindparam("account_id"))
    return select(*[
        select(func.count()).select_from(MessageIntent)
        .where(MessageIntent.intent == intent, MessageIntent.sent_at >= bindparam(f"low{n}"),
               MessageIntent.sent_at < bindparam(f"high{n}"), *filters).scalar_subquery()
        for intent in INTENTS for n in range(ranges)])


@functools.cache
def _day_counts(channel: bool, account: bool) -> Executable:
    """One row: per intent (in INTENTS order), the sum over the days [:first, :last) of
    `message_intent_days`, filtered by :channel / :account_id (each one range of its key)."""
    filters = []
    if channel:
        filters.append(MessageIntentDay.channel == bindparam("channel"))
    if account:
        filters.append(MessageIntentDay.account_id == bindparam("account_id"))
    return select(*[
        select(func.coalesce(func.sum(MessageIntentDay.count), 0))
        .where(MessageIntentDay.intent == intent, MessageIntentDay.day >= bindparam("first"),
               MessageIntentDay.day < bindparam("last"), *filters).scalar_subquery()
        for intent in INTENTS])


def intent_counts(session: Session, start: datetime, end: datetime, *,
                  channel: str | None = None, account_id: int | None = None) -> dict[str, int]:
    """How many inbound messages in [start, end) want each intent (their most likely one, a
    correction instead where there is one; every intent present, zeros included), for the
    report's intent dimension.

    Whole UTC days are summed from `message_intent_days` (kept by the database's triggers,
    migration 0016_intent_days): a few rows per day instead of one index entry per message
    (42.7 ms for a year at 1,000,000 messages on SQLite). The partial days at the edges, or
    the whole range when it holds no whole day, are counted per intent from its range of the
    index (intent, sent_at, channel, account_id) of `message_intents`, which carries copies of
    those message columns: no message row is read and nothing is sorted. Every inbound
    message has a stored guess (each path that stores one guesses it: `store_messages`,
    logged calls, the migrations), so nothing is guessed here. Then the few corrections in
    range move their messages."""
    condition = [MessageIntent.sent_at >= start, MessageIntent.sent_at < end]
    if channel:
        condition.append(MessageIntent.channel == channel)
    if account_id:
        condition.append(MessageIntent.account_id == account_id)
    days = _whole_days(start, end)
    ranges = [(start, end)] if days is None else [(start, days[0]), (days[1], end)]
    ranges = [(low, high) for low, high in ranges if low < high]
    filters = {"channel": channel or None, "account_id": account_id or None}
    counts = dict.fromkeys(INTENTS, 0)
    if ranges:
        params = {f"{side}{n}": edge for n, pair in enumerate(ranges)
                  for side, edge in zip(("low", "high"), pair, strict=True)}
        found = session.execute(_edge_counts(len(ranges), bool(channel), bool(account_id)),
                                params | filters).one()
        for n, intent in enumerate(INTENTS):
            counts[intent] = sum(found[n * len(ranges):(n + 1) * len(ranges)])
    if days is not None:
        summed = session.execute(_day_counts(bool(channel), bool(account_id)),
                                 {"first": days[0].date(), "last": days[1].date()} | filters)
        for intent, count in zip(INTENTS, summed.one(), strict=True):
            counts[intent] += count
    # Corrections first (the owner makes tens, not thousands), then their guesses by primary
    # key: joined, SQLite's planner walked every guess in range to look for corrections.
    corrected = dict(session.execute(
        select(IntentCorrection.message_id, IntentCorrection.intent)).all())
    for chunk in chunked(list(corrected)):
        for message_id, guessed in session.execute(
            select(MessageIntent.message_id, MessageIntent.intent)
            .where(MessageIntent.message_id.in_(chunk), *condition)
        ):
            if guessed in counts:  # always: guesses are the model's INTENTS
                chosen = corrected[message_id]
                counts[guessed] -= 1
                counts[chosen if chosen in counts else "other"] += 1
    return counts
