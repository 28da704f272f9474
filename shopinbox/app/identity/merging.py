"""Use-cases for identities and merging, shared by the window and the command line.

Every function opens its own write transaction on `ctx` and returns plain values:

- `merge(ctx, source_id, into_id, actor="", reason="") -> int` merges customer `source_id` into
  `into_id` (the survivor) and returns the merge id;
- `unmerge(ctx, merge_id) -> UnmergeResult` undoes it exactly, including what reached the
  survivor since through the source's identities;
- `list_merges(ctx, customer_id=None) -> list[MergeRow]`, newest first, each saying whether it
  can be undone now and, if not, why;
- `add_identity(ctx, customer_id, kind, value) -> int` gives a customer one more email address
  or phone number (normalised) so future messages from it land on that customer.

What moves and what an undo restores is described in `shopinbox.store.identity.merges`. Failures raise
`MergeError` (merge/undo) or `IdentityError` (adding an identity) with a message to show as is;
`IdentityTaken.owner_id` tells which customer to offer a merge with.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopinbox.app.core.context import AppContext
from shopinbox.domain.emails import normalize_email
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.phones import DEFAULT_REGION, normalize_phone
from shopinbox.store.database import transaction
from shopinbox.store.identity.identities import IdentityError, IdentityTaken, attach_identity
from shopinbox.store.identity.merges import (
    AlreadyUndone,
    CustomerMergedAway,
    CustomerMissing,
    MergeError,
    MergeMissing,
    MergeRow,
    UndoBlocked,
    merge_customers,
)
from shopinbox.store.identity.merges import list_merges as store_list_merges
from shopinbox.store.identity.unmerge import undo_merge

__all__ = [
    "AlreadyUndone",
    "CustomerMergedAway",
    "CustomerMissing",
    "IdentityError",
    "IdentityTaken",
    "MergeError",
    "MergeMissing",
    "MergeRow",
    "UndoBlocked",
    "UnmergeResult",
    "add_identity",
    "list_merges",
    "merge",
    "unmerge",
]


@dataclass
class UnmergeResult:
    merge_id: int
    # The customer brought back, and the survivor it was merged into: refresh both.
    source_id: int
    into_id: int
    # How many rows went back to the source (identities, messages, orders, discount_codes).
    counts: dict[str, int]


def merge(ctx: AppContext, source_id: int, into_id: int, actor: str = "", reason: str = "") -> int:
    """Merge customer `source_id` into `into_id`; returns the merge id (for `unmerge`)."""
    with transaction(ctx.writer) as session:
        return merge_customers(session, source_id, into_id, actor=actor, reason=reason).id


def unmerge(ctx: AppContext, merge_id: int) -> UnmergeResult:
    """Undo merge `merge_id`. Raises AlreadyUndone, UndoBlocked (undo `blocking_merge_id`
    first) or MergeMissing."""
    with transaction(ctx.writer) as session:
        record = undo_merge(session, merge_id)
        undo = (record.moved or {}).get("undo", {})
        return UnmergeResult(
            merge_id=record.id,
            source_id=record.source_customer_id,
            into_id=record.into_customer_id,
            counts={
                "identities": len((record.moved or {}).get("identities", [])),
                "messages": len(undo.get("messages", [])),
                "orders": len(undo.get("orders", [])),
                "discount_codes": len(undo.get("discount_codes", [])),
            },
        )


def list_merges(ctx: AppContext, customer_id: int | None = None) -> list[MergeRow]:
    """Recorded merges, newest first (only those `customer_id` took part in, when given)."""
    with ctx.reader() as session:
        return store_list_merges(session, customer_id)


def normalise_identity(kind: str, value: str, default_region: str = DEFAULT_REGION) -> str:
    """The stored form of an email address or phone number typed by the user; IdentityError
    when it is not one."""
    if kind == IdentityKind.EMAIL:
        normalised = normalize_email(value)
        if normalised is None:
            raise IdentityError(f"{value!r} is not an email address")
        return normalised
    if kind == IdentityKind.PHONE:
        normalised = normalize_phone(value, default_region)
        if normalised is None:
            raise IdentityError(
                f"{value!r} is not a phone number (write it with the country code, e.g. +48 …)"
            )
        return normalised
    raise IdentityError(f"identities of kind {kind!r} cannot be added by hand (email or phone)")


def add_identity(
    ctx: AppContext,
    customer_id: int,
    kind: str,
    value: str,
    default_region: str = DEFAULT_REGION,
) -> int:
    """Give customer `customer_id` an email address or phone number; returns the identity id.

    Adding one the customer already has is harmless. Raises IdentityTaken (with `owner_id`)
    when another customer has it: offer to merge the two instead.
    """
    normalised = normalise_identity(kind, value, default_region)
    with transaction(ctx.writer) as session:
        identity, _ = attach_identity(session, customer_id, kind, normalised)
        return identity.id
