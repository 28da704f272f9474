"""Merge suggestions: pairs of customers who are likely one person, and the user's decisions.

Reasons (`domain.merge_reasons.SuggestionReason`), all between two *active* customers:

- `same_email` / `same_phone`: both have an identity with the same address (lower-cased) or the
  same phone number (E.164, so `601 234 567` and `+48 601-234-567` are one number);
- `order_email` / `order_phone`: an order of one has the email address or phone number of the
  other's identity;
- `written_email`: a Telegram customer wrote, in an inbound message, an email address that is
  another customer's identity or the email of another customer's order;
- `written_order`: a Telegram customer wrote the number of another customer's order (a known
  number from the `orders` table, matched by `domain.order_mentions`; an order not linked to a
  customer counts as the customer whose identity is its email or phone);
- `start_payload`: the same two hints in a Telegram `/start` payload
  (`Message.extra["start_payload"]`), which a bot link can carry;
- `same_name`: the same full name on customers reached on different channels (the weakest
  hint, `WEAK_REASONS`: shown as such and listed after the others).

`refresh_suggestions` recomputes the open ones from the data (`suggestion_rules`): new reasons
are added, open ones that no longer hold go away. A dismissed or accepted suggestion is kept,
keyed by the unordered pair and the reason, so the same pair is never suggested again for that
reason. Any merge of two customers (accepted here or done by hand) records the reasons that held
for the pair at that moment as accepted: after an undo, the pair is not suggested again for
them. The list groups the open reasons of one pair into one suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.merge_reasons import WEAK_REASONS, SuggestionStatus, describe
from shopinbox.domain.phones import DEFAULT_REGION
from shopinbox.store.identity.merges import MergeError, merge_customers
from shopinbox.store.identity.suggestion_rules import Key, find_candidates
from shopinbox.store.models import Customer, Identity, Merge, MergeSuggestion, Message, Order
from shopinbox.store.types import utcnow


class SuggestionError(MergeError):
    """A suggestion cannot be accepted or dismissed as asked; the message says why."""


@dataclass
class SuggestionReasonRow:
    id: int
    reason: str
    detail: dict[str, Any]
    # One English sentence; the window builds its own from `reason` and `detail`.
    text: str


@dataclass
class SuggestionRow:
    """One pair of customers who may be one person, with every open reason."""

    # Pass this to accept/dismiss (any of the reasons' ids works as well).
    id: int
    customer_a_id: int
    customer_a_name: str
    customer_b_id: int
    customer_b_name: str
    # Which way accepting merges by default: the customer with more orders (then an email
    # address, then more messages, then the older one) survives.
    source_id: int
    into_id: int
    created_at: datetime
    reasons: list[SuggestionReasonRow] = field(default_factory=list)


@dataclass
class RefreshResult:
    added: int = 0
    removed: int = 0
    open: int = 0


def refresh_suggestions(session: Session, default_region: str = DEFAULT_REGION) -> RefreshResult:
    """Bring the stored open suggestions in line with the data (in the caller's transaction)."""
    candidates = find_candidates(session, default_region)
    result = RefreshResult()
    existing: dict[Key, MergeSuggestion] = {
        (row.customer_a_id, row.customer_b_id, row.reason): row
        for row in session.scalars(select(MergeSuggestion))
    }
    for key, row in existing.items():
        if row.status == SuggestionStatus.OPEN and key not in candidates:
            session.delete(row)
            result.removed += 1
    for key in sorted(candidates):
        detail = candidates[key]
        found = existing.get(key)
        if found is None:
            session.add(
                MergeSuggestion(
                    customer_a_id=key[0], customer_b_id=key[1], reason=key[2], detail=detail,
                    status=SuggestionStatus.OPEN,
                )
            )
            result.added += 1
            result.open += 1
        elif found.status == SuggestionStatus.OPEN:
            if found.detail != detail:
                found.detail = detail
            result.open += 1
    session.flush()
    return result


def _suggested_direction(session: Session, a: int, b: int) -> tuple[int, int]:
    """(source, into): the customer with more orders, then an email identity, then more
    messages, then the older (lower id) one survives."""
    orders = dict(
        session.execute(
            select(Order.customer_id, func.count())
            .where(Order.customer_id.in_([a, b]))
            .group_by(Order.customer_id)
        ).all()
    )
    emails = set(
        session.scalars(
            select(Identity.customer_id).where(
                Identity.customer_id.in_([a, b]), Identity.kind == IdentityKind.EMAIL
            )
        )
    )
    messages = dict(
        session.execute(
            select(Message.customer_id, func.count())
            .where(Message.customer_id.in_([a, b]))
            .group_by(Message.customer_id)
        ).all()
    )

    def score(customer_id: int) -> tuple:
        return (orders.get(customer_id, 0), customer_id in emails,
                messages.get(customer_id, 0), -customer_id)

    into = max((a, b), key=score)
    return (b if into == a else a), into


def open_suggestions(session: Session, customer_id: int | None = None) -> list[SuggestionRow]:
    """The open suggestions between active customers, one per pair, oldest first (those
    with only a weak reason last)."""
    query = select(MergeSuggestion).where(MergeSuggestion.status == SuggestionStatus.OPEN)
    if customer_id is not None:
        query = query.where(
            or_(
                MergeSuggestion.customer_a_id == customer_id,
                MergeSuggestion.customer_b_id == customer_id,
            )
        )
    rows = session.scalars(query.order_by(MergeSuggestion.id)).all()
    ids = {r.customer_a_id for r in rows} | {r.customer_b_id for r in rows}
    customers = {
        c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids or [-1])))
    }
    pairs: dict[tuple[int, int], list[MergeSuggestion]] = {}
    for row in rows:
        a, b = customers.get(row.customer_a_id), customers.get(row.customer_b_id)
        if a is None or b is None or a.merged_into_id is not None or b.merged_into_id is not None:
            continue
        pairs.setdefault((row.customer_a_id, row.customer_b_id), []).append(row)
    result = []
    for (a_id, b_id), reasons in pairs.items():
        source, into = _suggested_direction(session, a_id, b_id)
        result.append(
            SuggestionRow(
                id=reasons[0].id,
                customer_a_id=a_id,
                customer_a_name=customers[a_id].display_name,
                customer_b_id=b_id,
                customer_b_name=customers[b_id].display_name,
                source_id=source,
                into_id=into,
                created_at=reasons[0].created_at,
                reasons=[
                    SuggestionReasonRow(r.id, r.reason, dict(r.detail or {}),
                                        describe(r.reason, r.detail or {}))
                    for r in reasons
                ],
            )
        )
    # Pairs with only the weak hint (the same name) after the others, each part oldest first.
    result.sort(key=lambda row: all(r.reason in WEAK_REASONS for r in row.reasons))
    return result


def _open_pair_rows(session: Session, suggestion_id: int) -> list[MergeSuggestion]:
    row = session.get(MergeSuggestion, suggestion_id)
    if row is None:
        raise SuggestionError(f"no merge suggestion with id {suggestion_id}")
    if row.status != SuggestionStatus.OPEN:
        raise SuggestionError(f"merge suggestion {suggestion_id} was already {row.status}")
    return list(
        session.scalars(
            select(MergeSuggestion)
            .where(
                MergeSuggestion.customer_a_id == row.customer_a_id,
                MergeSuggestion.customer_b_id == row.customer_b_id,
                MergeSuggestion.status == SuggestionStatus.OPEN,
            )
            .order_by(MergeSuggestion.id)
        )
    )


def accept(
    session: Session, suggestion_id: int, actor: str = "", into_id: int | None = None
) -> Merge:
    """Merge the pair of the suggestion (by default the way `open_suggestions` shows) and mark
    its open reasons accepted. Returns the merge record."""
    rows = _open_pair_rows(session, suggestion_id)
    a, b = rows[0].customer_a_id, rows[0].customer_b_id
    for customer_id in (a, b):
        customer = session.get(Customer, customer_id)
        if customer is None or customer.merged_into_id is not None:
            raise SuggestionError(
                f"merge suggestion {suggestion_id} no longer applies: customer {customer_id} "
                "was merged or removed"
            )
    if into_id is None:
        source_id, into_id = _suggested_direction(session, a, b)
    elif into_id in (a, b):
        source_id = b if into_id == a else a
    else:
        raise SuggestionError(
            f"merge suggestion {suggestion_id} is about customers {a} and {b}, not {into_id}"
        )
    reason = "suggested: " + "; ".join(describe(r.reason, r.detail or {}) for r in rows)
    # merge_customers marks the pair's open suggestions accepted.
    return merge_customers(session, source_id, into_id, actor=actor, reason=reason)


def dismiss(session: Session, suggestion_id: int) -> int:
    """Mark every open reason of the suggestion's pair dismissed; returns how many."""
    rows = _open_pair_rows(session, suggestion_id)
    now = utcnow()
    for row in rows:
        row.status = SuggestionStatus.DISMISSED
        row.decided_at = now
    session.flush()
    return len(rows)
