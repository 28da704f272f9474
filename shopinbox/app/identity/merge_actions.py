"""What the window's merge controls need beyond `app/merging.py`: the merge that "Undo merge"
takes back for a customer, the customers offered in the merge dialog, and merge / undo as
operations (they return what changed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from shopinbox.app.core.changes import Changes, OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.app.identity.merging import list_merges, merge, unmerge
from shopinbox.app.inbox.drafts import flush_drafts
from shopinbox.store.models import Customer, Identity, Message, Order


def last_undoable_merge(ctx: AppContext, into_id: int) -> int | None:
    """The newest merge into this customer that can be undone now, if any."""
    for row in list_merges(ctx, into_id):  # newest first
        if row.into_id == into_id and row.can_undo:
            return row.id
    return None


def merge_candidates(ctx: AppContext, exclude_id: int, text: str = "",
                     limit: int = 50) -> list[tuple[int, str]]:
    """Customers to merge with, by name (for the merge dialog's list)."""
    with ctx.reader() as session:
        query = (select(Customer.id, Customer.display_name)
                 .where(Customer.merged_into_id.is_(None), Customer.id != exclude_id)
                 .order_by(Customer.display_name).limit(limit))
        if text.strip():
            query = query.where(Customer.display_name.ilike(f"%{text.strip()}%"))
        return [(row[0], row[1]) for row in session.execute(query)]


@dataclass(frozen=True)
class MergePreview:
    """What a merge will move, for the question the window asks before merging."""

    remains: str  # the name of the customer that stays
    moves: str  # the name of the customer that is merged away
    messages: int
    identities: int
    orders: int


def merge_preview(ctx: AppContext, source_id: int, into_id: int) -> MergePreview:
    with ctx.reader() as session:
        def name(customer_id: int) -> str:
            return session.scalar(select(Customer.display_name)
                                  .where(Customer.id == customer_id)) or f"#{customer_id}"

        def count(model: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model)
                                      .where(model.customer_id == source_id)) or 0)

        return MergePreview(name(into_id), name(source_id), count(Message), count(Identity),
                            count(Order))


def merge_by_hand(ctx: AppContext, source_id: int, into_id: int) -> OpResult:
    """The window's merge: drafts still in the journal go into the table first, so the merge
    carries them along. Value: the merge id."""
    flush_drafts(ctx)
    from shopinbox.app.team.users import current_user

    user = current_user(ctx)  # team mode: who merged
    merge_id = merge(ctx, source_id, into_id, actor=user.name if user else "window",
                     reason="merged by hand")
    return OpResult(merge_id, Changes(customer_ids={source_id, into_id}))


def accept_suggestion_by_hand(ctx: AppContext, suggestion_id: int) -> int:
    """The window accepts a merge suggestion: recorded as merged by this desktop's user
    (team mode), else by "window". Returns the merge id."""
    from shopinbox.app.identity.suggestions import accept_suggestion
    from shopinbox.app.team.users import current_user

    flush_drafts(ctx)
    user = current_user(ctx)
    return accept_suggestion(ctx, suggestion_id, actor=user.name if user else "window")


def undo_merge_by_hand(ctx: AppContext, merge_id: int) -> OpResult:
    """Undo a merge from the window. Value: the UnmergeResult."""
    flush_drafts(ctx)
    undone = unmerge(ctx, merge_id)
    return OpResult(undone, Changes(customer_ids={undone.source_id, undone.into_id}))
