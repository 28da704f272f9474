"""Everything the window shows for one customer, fast.

Same shape as `app.customers.customer_detail`, but the timeline comes from one narrow Core
query plus one for attachments and is turned into plain dicts without deep copies, so a
customer with 500 messages opens well inside the 100 ms budget.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.customers import CustomerNotFound
from shopinbox.app.inbox.intents import add_intents
from shopinbox.domain.chunks import chunked
from shopinbox.store import queries
from shopinbox.store.models import Account, Attachment, Customer, Message

__all__ = ["CustomerNotFound", "conversation_detail"]


def _survivor(session, customer_id: int) -> Customer:
    customer = queries.surviving_customer(session, customer_id)
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def _messages(session, customer_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Message.id, Message.channel, Account.name.label("account"), Message.direction,
               Message.sent_at, Message.sender_name, Message.sender_address, Message.subject,
               Message.body_text, Message.body_html, Message.is_read, Message.delivery_state,
               Message.delivery_error, Message.parse_error, Message.extra)
        .join(Account, Account.id == Message.account_id)
        .where(Message.customer_id == customer_id)
        .order_by(Message.sent_at, Message.id)
    ).all()
    attachments: dict[int, list[dict]] = defaultdict(list)
    ids = [row.id for row in rows]
    for chunk in chunked(ids, 900):
        for a in session.execute(
            select(Attachment.id, Attachment.message_id, Attachment.filename,
                   Attachment.mime_type, Attachment.size, Attachment.sha256, Attachment.note)
            .where(Attachment.message_id.in_(chunk)).order_by(Attachment.id)
        ):
            attachments[a.message_id].append({
                "id": a.id, "filename": a.filename, "mime_type": a.mime_type, "size": a.size,
                "sha256": a.sha256, "note": a.note})
    return [
        {"id": r.id, "channel": r.channel, "account": r.account, "direction": r.direction,
         "sent_at": r.sent_at, "sender": r.sender_name or r.sender_address,
         "sender_address": r.sender_address, "subject": r.subject, "text": r.body_text,
         "html": r.body_html, "is_read": r.is_read, "delivery_state": r.delivery_state,
         "delivery_error": r.delivery_error, "parse_error": r.parse_error,
         "extra": dict(r.extra or {}), "attachments": attachments.get(r.id, [])}
        for r in rows
    ]


def _shallow(item: Any) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in fields(item)}


def _with_intents(session, messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    add_intents(session, messages)  # the timeline's chips
    return messages


def conversation_detail(ctx: AppContext, customer_id: int) -> dict[str, Any]:
    with ctx.reader() as session:
        customer = _survivor(session, customer_id)
        row = queries.customer_rows(session, [customer.id])[0]
        return {
            "id": customer.id,
            "name": customer.display_name,
            "language": customer.language,
            "note": customer.note,
            "labels": row.labels,
            "status": row.status,
            "snoozed_until": row.snoozed_until,
            "identities": [_shallow(i) for i in row.identities],
            "messages": _with_intents(session, _messages(session, customer.id)),
            "orders": [asdict(o) for o in queries.customer_orders(session, customer.id)],
            "lifetime_value": queries.lifetime_value(session, customer.id),
        }
