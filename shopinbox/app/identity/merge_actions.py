"""What the window's merge controls need beyond `app/merging.py`: the merge that "Undo merge"
takes back for a customer, and the customers offered in the merge dialog."""

from __future__ import annotations

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.identity.merging import list_merges
from shopinbox.store.models import Customer


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
