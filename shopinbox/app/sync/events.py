"""What a sync run means for the window: which new inbound messages arrived (for the tray's
notification), and pushing a conversation's "read" to the mail server.

The sync engine (engine.py) reports changed customers only; the window also wants the new
inbound messages, so it notes the highest message id it has notified and, after a committed
batch, asks for the unread inbound ones above it (ids only grow).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.kinds import Direction
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
    return [(int(c), int(m)) for c, m in reversed(rows) if c is not None]


def push_read(ctx: AppContext, message_ids: Iterable[int]) -> int:
    """Tell the servers of channels with read receipts (email's \\Seen) that these messages
    were read; the others are only marked locally. Runs in the background: it may talk to the
    network."""
    with ctx.reader() as session:  # the user may have marked one unread again meanwhile
        rows = session.execute(select(Message.id, Message.channel).where(
            Message.id.in_(list(message_ids)), Message.is_read.is_(True))).all()
    by_channel: dict[str, list[int]] = {}
    for message_id, channel in rows:
        by_channel.setdefault(channel, []).append(message_id)
    pushed = 0
    for kind, ids in by_channel.items():
        found = registry.find(kind)
        if found is not None and found.capabilities.read_receipts:
            pushed += found.mark_read(ctx, ids, True)
    return pushed


def push_unread(ctx: AppContext, customer_id: int) -> int:
    """"Mark unread" reaches the server too (email: \\Seen cleared) for the customer's
    inbound messages that are unread now and whose channel keeps a read flag there."""
    with ctx.reader() as session:
        rows = session.execute(select(Message.id, Message.channel, Message.extra).where(
            Message.customer_id == customer_id, Message.direction == Direction.INBOUND,
            Message.is_read.is_(False))).all()
    by_channel: dict[str, list[int]] = {}
    for message_id, channel, extra in rows:
        if _has_receipts(channel, dict(extra or {})):
            by_channel.setdefault(channel, []).append(message_id)
    pushed = 0
    for kind, ids in by_channel.items():
        found = registry.find(kind)
        if found is not None:
            pushed += found.mark_read(ctx, ids, False)
    return pushed


def unread_receipt_ids(messages: Iterable[dict]) -> list[int]:
    """The unread inbound messages among a conversation's messages (as the window holds them)
    whose channel tells its server when they are read (email's \\Seen)."""
    return [m["id"] for m in messages
            if m["direction"] == Direction.INBOUND and not m["is_read"]
            and _has_receipts(m["channel"], m.get("extra") or {})]


def _has_receipts(kind: str, extra: dict) -> bool:
    channel = registry.find(kind)
    return (channel is not None and channel.capabilities.read_receipts
            and channel.on_server(extra))
