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
