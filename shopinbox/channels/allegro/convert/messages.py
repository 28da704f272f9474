"""Allegro message-centre JSON (`GET /messaging/threads/{id}/messages`, as dicts) → messages.

Pure, no I/O. A message's identity is the thread's interlocutor (the buyer's login), whoever
wrote it: the seller's own messages (written here or on allegro.pl) are outbound messages to
that buyer. `relatesTo.order.id` (the checkout form the thread is about) is kept in `extra` so
the thread links to the order. Attachments are described by their download URL; the sync
fetches them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from shopinbox.channels.allegro.convert import KIND
from shopinbox.domain.kinds import DeliveryState, Direction
from shopinbox.domain.messages import ABOUT_ORDER, IdentityRef, IncomingAttachment, IncomingMessage


def parse_time(value: str | None) -> datetime:
    """Allegro's ISO 8601 times (`2026-11-02T09:00:01.000Z`) as aware UTC datetimes."""
    if not value:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _raw(item: dict[str, Any]) -> bytes:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def order_of(message: dict[str, Any]) -> str | None:
    """The checkout form id a message is about, if any."""
    relates = message.get("relatesTo") or {}
    order = relates.get("order") or {}
    return str(order["id"]) if order.get("id") else None


def convert_message(message: dict[str, Any], thread: dict[str, Any]) -> IncomingMessage:
    """One message of one thread. `thread` is the thread as `GET /messaging/threads` lists it."""
    interlocutor = (thread.get("interlocutor") or {}).get("login") or ""
    author = message.get("author") or {}
    inbound = bool(author.get("isInterlocutor", author.get("login") == interlocutor))
    extra: dict[str, Any] = {"allegro_thread_id": thread["id"]}
    order_id = order_of(message)
    if order_id:
        extra["allegro_order_id"] = order_id
        extra[ABOUT_ORDER] = order_id  # the checkout form id is the order's number here
    offer = ((message.get("relatesTo") or {}).get("offer") or {}).get("id")
    if offer:
        extra["allegro_offer_id"] = str(offer)
    if message.get("status") and message["status"] != "DELIVERED":
        extra["allegro_status"] = message["status"]
    attachments = [
        IncomingAttachment(filename=a.get("fileName") or "attachment",
                           mime_type=a.get("mimeType") or "application/octet-stream",
                           locator=a.get("url"))
        for a in message.get("attachments") or [] if a.get("url")
    ]
    sender = str(author.get("login") or interlocutor)
    return IncomingMessage(
        channel=KIND,
        direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
        external_id=str(message["id"]),
        sent_at=parse_time(message.get("createdAt")),
        identity=IdentityRef(KIND, interlocutor, interlocutor) if interlocutor else None,
        customer_name=interlocutor,
        sender_address=sender,
        sender_name=sender,
        subject=str(message.get("subject") or ""),
        body_text=str(message.get("text") or ""),
        thread_key=f"allegro:{thread['id']}",
        # A thread read on allegro.pl counts as read here too; the seller's own are read.
        is_read=not inbound or bool(thread.get("read")),
        delivery_state=None if inbound else DeliveryState.SENT,
        extra=extra,
        raw=_raw(message),
        attachments=attachments,
    )
