"""Find the customer behind an identity, or make a new one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.messages import IdentityRef
from shopinbox.store.models import Conversation, Customer, Identity


def normalise_value(kind: str, value: str) -> str:
    """Email addresses are compared lower-cased; other kinds arrive normalised."""
    value = value.strip()
    return value.lower() if kind == IdentityKind.EMAIL else value


def find_identity(session: Session, kind: str, value: str) -> Identity | None:
    return session.scalar(
        select(Identity).where(Identity.kind == kind, Identity.value == normalise_value(kind, value))
    )


def resolve_customer(
    session: Session, ref: IdentityRef, customer_name: str = ""
) -> tuple[Identity, bool]:
    """The identity (and so the customer) for `ref`; a new address makes a new customer.

    Returns (identity, created). The display of an existing identity is refreshed when the
    channel tells a newer one (a Telegram user renamed themselves).
    """
    identity = find_identity(session, ref.kind, ref.value)
    if identity is not None:
        if ref.display and identity.display != ref.display:
            identity.display = ref.display
        return identity, False
    name = customer_name or ref.display or ref.value
    customer = Customer(display_name=name[:255])
    customer.conversation = Conversation(status="open")
    session.add(customer)
    session.flush()
    identity = Identity(
        customer_id=customer.id,
        kind=ref.kind,
        value=normalise_value(ref.kind, ref.value),
        display=ref.display,
    )
    session.add(identity)
    session.flush()
    return identity, True


class IdentityError(ValueError):
    """An identity cannot be added as asked; the message says why."""


class IdentityTaken(IdentityError):
    """The identity already belongs to another customer: merge the two instead."""

    def __init__(self, kind: str, value: str, owner_id: int, owner_name: str) -> None:
        super().__init__(
            f"{kind} {value} already belongs to customer {owner_id} ({owner_name}); "
            "merge the two customers instead"
        )
        self.kind = kind
        self.value = value
        self.owner_id = owner_id
        self.owner_name = owner_name


def attach_identity(
    session: Session, customer_id: int, kind: str, value: str, display: str = ""
) -> tuple[Identity, bool]:
    """Give an active customer one more identity (`value` already normalised by the caller).

    Returns (identity, created); adding an identity the customer already has is harmless.
    Raises IdentityError when the customer is missing or merged away, and IdentityTaken when
    another customer has the identity. Future messages from it land on this customer, because
    ingest finds customers by identity.
    """
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise IdentityError(f"no customer with id {customer_id}")
    if customer.merged_into_id is not None:
        raise IdentityError(
            f"customer {customer_id} was merged into customer {customer.merged_into_id}; "
            f"add the identity to {customer.merged_into_id}"
        )
    value = normalise_value(kind, value)
    existing = find_identity(session, kind, value)
    if existing is not None:
        if existing.customer_id == customer_id:
            return existing, False
        owner = session.get(Customer, existing.customer_id)
        raise IdentityTaken(kind, value, existing.customer_id, owner.display_name if owner else "")
    identity = Identity(customer_id=customer_id, kind=kind, value=value, display=display)
    session.add(identity)
    session.flush()
    return identity, True
