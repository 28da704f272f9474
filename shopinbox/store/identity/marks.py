"""Small changes to identities that channels learn about: a customer blocked the bot (so replies
there cannot arrive), or shared their phone number (a `phone` identity of the same customer)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from shopinbox.domain.messages import IdentityRef
from shopinbox.store.identity.identities import find_identity, normalise_value
from shopinbox.store.models import Identity


def set_unreachable(session: Session, kind: str, value: str, reason: str | None) -> Identity | None:
    """Mark (reason) or clear (None) why an identity cannot be replied to. Unknown identities
    are left alone: someone who blocked the bot before ever writing is not a customer."""
    identity = find_identity(session, kind, value)
    if identity is not None and identity.unreachable_reason != reason:
        identity.unreachable_reason = reason
        session.flush()
    return identity


def attach_identity(session: Session, customer_id: int, ref: IdentityRef) -> tuple[Identity, bool]:
    """Give the customer this identity. Returns (identity, attached).

    When the identity already belongs to another customer it is not moved (that is a merge,
    which the user decides): `attached` is False and the caller can offer a merge hint.
    """
    identity = find_identity(session, ref.kind, ref.value)
    if identity is not None:
        return identity, identity.customer_id == customer_id
    identity = Identity(customer_id=customer_id, kind=ref.kind,
                        value=normalise_value(ref.kind, ref.value), display=ref.display)
    session.add(identity)
    session.flush()
    return identity, True
