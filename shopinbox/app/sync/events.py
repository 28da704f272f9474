"""What a sync run means for the window: which new inbound messages arrived (for the tray's
notification), and pushing a conversation's "read" to the mail server.

`sync_service.sync_accounts` reports changed customers only; the window also wants the new
inbound messages, so it notes the highest message id before a run and asks for the unread
inbound ones above it afterwards (ids only grow).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from shopinbox.app.core.context import AppContext
from shopinbox.domain.kinds import Channel, Direction
from shopinbox.store.models import Message


def latest_message_id(ctx: AppContext) -> int:
    with ctx.reader() as session:
        return session.scalar(select(func.max(Message.id))) or 0


def inbound_since(ctx: AppContext, after_id: int, limit: int = 5) -> list[tuple[int, int]]:
    """(customer id, message id) of the newest `limit` unread inbound messages stored after
    `after_id`, oldest first.

    Automated mail (newsletters, no-reply) is left out: it is not a customer writing."""
    with ctx.reader() as session:
        rows = session.execute(
            select(Message.customer_id, Message.id)
            .where(Message.id > after_id, Message.direction == Direction.INBOUND,
                   Message.is_read.is_(False), Message.is_automated.is_(False),
                   Message.customer_id.is_not(None))
            .order_by(Message.id.desc()).limit(limit)).all()
    return [(int(c), int(m)) for c, m in reversed(rows)]


def push_read(ctx: AppContext, message_ids: Iterable[int]) -> int:
    """Mark these messages read and set \\Seen on the mail server (email ones; the others are
    only marked locally). Runs in the background: it may talk to the network."""
    from shopinbox.channels.email.flags import mark_read

    with ctx.reader() as session:  # the user may have marked one unread again meanwhile
        ids = list(session.scalars(select(Message.id).where(
            Message.id.in_(list(message_ids)), Message.is_read.is_(True))))
    return mark_read(ctx, ids, True) if ids else 0


def unread_email_ids(messages: Iterable[dict]) -> list[int]:
    """The unread inbound email messages among a conversation's messages (as the window holds
    them), i.e. those whose \\Seen flag should follow when the user reads them."""
    return [m["id"] for m in messages
            if m["direction"] == Direction.INBOUND and not m["is_read"]
            and m["channel"] == Channel.EMAIL and (m.get("extra") or {}).get("imap")]
