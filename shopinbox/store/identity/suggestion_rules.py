"""The rules behind merge suggestions: which pairs of customers the data says may be one person.

See `shopinbox.store.identity.suggestions` for the reasons and what happens to them; this module only
finds them, for the whole shop or for a few customers (a merge records the reasons of its pair
as decided).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from shopinbox.domain.emails import find_emails, normalize_email
from shopinbox.domain.kinds import Direction, IdentityKind
from shopinbox.domain.merge_reasons import SuggestionReason
from shopinbox.domain.orders.mentions import OrderNumberMatcher, normalize_order_number
from shopinbox.domain.phones import DEFAULT_REGION, phone_key
from shopinbox.domain.text_fold import fold, words
from shopinbox.store.models import Customer, Identity, Message, Order

Key = tuple[int, int, str]


def _pair(x: int, y: int) -> tuple[int, int]:
    return (x, y) if x < y else (y, x)


def _email_key(value: str | None) -> str | None:
    if not value:
        return None
    return normalize_email(value) or value.strip().lower() or None


def find_candidates(
    session: Session,
    default_region: str = DEFAULT_REGION,
    only: Collection[int] | None = None,
) -> dict[Key, dict]:
    """Every (customer_a, customer_b, reason) the data supports now, with the first evidence;
    with `only`, just those between the given customers (cheap for a pair)."""
    customers = select(Customer.id).where(Customer.merged_into_id.is_(None))
    if only is not None:
        customers = customers.where(Customer.id.in_(list(only) or [-1]))
    active = set(session.scalars(customers))
    found: dict[Key, dict] = {}

    def add(x: int, y: int, reason: str, detail: dict) -> None:
        if x == y or x not in active or y not in active:
            return
        found.setdefault((*_pair(x, y), reason), detail)

    email_owners: dict[str, set[int]] = defaultdict(set)
    phone_owners: dict[str, set[int]] = defaultdict(set)
    identities = select(Identity.customer_id, Identity.kind, Identity.value).where(
        Identity.kind.in_([IdentityKind.EMAIL, IdentityKind.PHONE])
    )
    if only is not None:
        identities = identities.where(Identity.customer_id.in_(active or [-1]))
    for customer_id, kind, value in session.execute(identities.order_by(Identity.id)):
        if customer_id not in active:
            continue
        if kind == IdentityKind.EMAIL:
            key = _email_key(value)
            if key:
                email_owners[key].add(customer_id)
        else:
            key = phone_key(value, default_region)
            if key:
                phone_owners[key].add(customer_id)
    for owners_by_key, reason in (
        (email_owners, SuggestionReason.SAME_EMAIL),
        (phone_owners, SuggestionReason.SAME_PHONE),
    ):
        for key, owners in owners_by_key.items():
            ordered = sorted(owners)
            for i, x in enumerate(ordered):
                for y in ordered[i + 1 :]:
                    add(x, y, reason, {"value": key})

    # Orders: their email/phone against identities; and who claims each email and number.
    email_claims: dict[str, set[int]] = defaultdict(set)
    for key, owners in email_owners.items():
        email_claims[key].update(owners)
    number_claims: dict[str, set[int]] = defaultdict(set)
    number_shown: dict[str, str] = {}
    orders = select(Order.id, Order.number, Order.customer_id, Order.email, Order.phone)
    if only is not None:
        orders = orders.where(
            or_(Order.customer_id.in_(active or [-1]), Order.customer_id.is_(None))
        )
    for order_id, number, order_customer, email, phone in session.execute(
            orders.order_by(Order.id)):
        email = _email_key(email)
        phone = phone_key(phone, default_region) if phone else None
        owner = order_customer if order_customer in active else None
        normalised = normalize_order_number(number)
        if owner is not None:
            if email:
                email_claims[email].add(owner)
                for holder in sorted(email_owners.get(email, ())):
                    add(owner, holder, SuggestionReason.ORDER_EMAIL, {
                        "value": email, "order_id": order_id, "order_number": number,
                        "owner_id": owner, "holder_id": holder,
                    })
            if phone:
                for holder in sorted(phone_owners.get(phone, ())):
                    add(owner, holder, SuggestionReason.ORDER_PHONE, {
                        "value": phone, "order_id": order_id, "order_number": number,
                        "owner_id": owner, "holder_id": holder,
                    })
            claimants = {owner}
        elif order_customer is None:
            claimants = set(email_owners.get(email, ())) if email else set()
            if phone:
                claimants |= phone_owners.get(phone, set())
        else:
            claimants = set()
        if normalised and claimants:
            number_claims[normalised].update(claimants)
            number_shown.setdefault(normalised, number.strip())

    # What customers wrote on channels where they are not known by an email address (chats:
    # Telegram and the like), and the start payloads they came with.
    if not email_claims and not number_claims:
        return found
    known_numbers = set(number_claims)
    matcher = OrderNumberMatcher(known_numbers)
    written = (
        select(
            Message.id,
            Message.customer_id,
            Message.body_text,
            Message.extra["start_payload"].as_string(),
        )
        .join(Customer, Customer.id == Message.customer_id)
        .join(Identity, Identity.id == Message.identity_id)
        .where(
            Identity.kind != IdentityKind.EMAIL,
            Message.direction == Direction.INBOUND,
            Customer.merged_into_id.is_(None),
        )
    )
    if only is not None:
        written = written.where(Message.customer_id.in_(active or [-1]))
    messages = session.execute(written.order_by(Message.id))
    for message_id, writer, body, payload in messages:
        hints: list[tuple[SuggestionReason, str, str]] = []  # (reason, matched, value)
        for email in find_emails(body):
            hints.append((SuggestionReason.WRITTEN_EMAIL, "email", email))
        for number in matcher.find(body):
            hints.append((SuggestionReason.WRITTEN_ORDER, "order", number))
        if isinstance(payload, str) and payload.strip():
            for email in find_emails(payload):
                hints.append((SuggestionReason.START_PAYLOAD, "email", email))
            whole = normalize_order_number(payload)
            numbers = [whole] if whole in known_numbers else matcher.find(payload)
            for number in numbers:
                hints.append((SuggestionReason.START_PAYLOAD, "order", number))
        for reason, matched, value in hints:
            claims: dict[str, set[int]]
            claims = email_claims if matched == "email" else number_claims
            shown = value if matched == "email" else number_shown.get(value, value)
            for owner in sorted(claims.get(value, ())):
                add(writer, owner, reason, {
                    "value": shown, "matched": matched, "message_id": message_id,
                    "writer_id": writer, "owner_id": owner,
                })
    _same_name(session, active, add)
    return found


NAME_GROUP_LIMIT = 4  # a name that more customers share is too common to say anything


def _same_name(session: Session, active: set[int], add) -> None:
    """The weakest hint: the same full name (at least two words, compared folded: case and
    diacritics) on customers reached on different channels — one known only by email, the
    other only on a chat. Shown as weaker; never from one name word alone."""
    if not active:
        return
    channels: dict[int, set[str]] = defaultdict(set)
    for customer_id, kind in session.execute(
            select(Identity.customer_id, Identity.kind)
            .where(Identity.customer_id.in_(active), Identity.kind != IdentityKind.PHONE)):
        channels[customer_id].add(str(kind))
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for customer_id, name in session.execute(
            select(Customer.id, Customer.display_name).where(Customer.id.in_(active))):
        folded = " ".join(words(fold(name or "")))
        if len(folded.split()) >= 2:
            by_name[folded].append((customer_id, name))
    for group in by_name.values():
        if not 2 <= len(group) <= NAME_GROUP_LIMIT:
            continue
        for i, (x, name) in enumerate(group):
            for y, _other in group[i + 1:]:
                if channels[x] and channels[y] and not channels[x] & channels[y]:
                    add(x, y, SuggestionReason.SAME_NAME, {"value": name})
