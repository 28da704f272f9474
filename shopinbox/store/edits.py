"""Edits of messages already in the store (Telegram lets users edit what they sent).

The message is updated in place, so the timeline shows the current text once, and every earlier
text is kept in `extra["previous_texts"]` (oldest first) so the shop can still see what the
customer first wrote.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.models import Message
from shopinbox.store.search import reindex_messages


def update_edited_message(session: Session, account_id: int, external_id: str, new_text: str,
                          edited_at: datetime, *, refresh: bool = True) -> Message | None:
    """Apply an edit in the caller's transaction. Returns the message, or None when the store
    does not hold it (the caller then stores the edited version as a new message).

    Re-applying the same edit (a re-fetched update) changes nothing. `refresh=False` leaves the
    search index and the conversation row to the caller (one refresh for a whole batch).
    """
    message = session.scalar(
        select(Message).where(Message.account_id == account_id,
                              Message.external_id == external_id)
    )
    if message is None:
        return None
    if message.body_text == new_text:
        if message.edited_at is None or message.edited_at < edited_at:
            message.edited_at = edited_at
        return message
    extra = dict(message.extra or {})
    previous = list(extra.get("previous_texts") or [])
    previous.append({"text": message.body_text,
                     "until": edited_at.isoformat()})
    extra["previous_texts"] = previous
    message.extra = extra
    message.body_text = new_text
    message.edited_at = edited_at
    session.flush()
    if not refresh:
        return message
    reindex_messages(session, [message.id])
    if message.customer_id is not None:
        refresh_conversations(session, [message.customer_id])
    return message
