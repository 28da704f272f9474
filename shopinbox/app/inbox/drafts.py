"""The composer's unsent text per customer, kept in the `drafts` table so it survives switching
customers and restarting the app."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete

from shopinbox.app.core.context import AppContext
from shopinbox.store.models import Draft


@dataclass
class DraftText:
    text: str
    channel: str | None
    account_id: int | None


def load_draft(ctx: AppContext, customer_id: int) -> DraftText | None:
    with ctx.reader() as session:
        draft = session.get(Draft, customer_id)
        if draft is None:
            return None
        return DraftText(draft.text, draft.channel, draft.account_id)


def save_draft(ctx: AppContext, customer_id: int, text: str, channel: str | None = None,
               account_id: int | None = None) -> None:
    """An empty text removes the draft."""
    with ctx.writer() as session, session.begin():
        if not text.strip():
            session.execute(delete(Draft).where(Draft.customer_id == customer_id))
            return
        draft = session.get(Draft, customer_id)
        if draft is None:
            draft = Draft(customer_id=customer_id)
            session.add(draft)
        draft.text, draft.channel, draft.account_id = text, channel, account_id


def clear_draft(ctx: AppContext, customer_id: int) -> None:
    save_draft(ctx, customer_id, "")
