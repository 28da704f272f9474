"""What a connector hands to the store: plain data, no ORM objects.

A connector (or the demo shop) builds `IncomingMessage`s; `store.ingest.store_messages` finds
the customer by `identity`, writes message, raw source, attachments and index in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from shopinbox.domain.lemmas import IndexText, index_text


@dataclass(frozen=True)
class IdentityRef:
    """How the other side is known on this channel: (kind, value) plus a display name."""

    kind: str
    value: str
    display: str = ""


@dataclass
class IncomingAttachment:
    filename: str
    mime_type: str = "application/octet-stream"
    content: bytes | None = None
    size: int | None = None
    content_id: str | None = None
    is_inline: bool = False
    note: str | None = None
    locator: str | None = None


@dataclass
class IncomingMessage:
    channel: str
    direction: str
    external_id: str
    sent_at: datetime
    identity: IdentityRef | None
    customer_name: str = ""
    sender_address: str = ""
    sender_name: str = ""
    recipients: str = ""
    subject: str = ""
    body_text: str = ""
    body_html: str | None = None
    folder: str | None = None
    thread_key: str | None = None
    in_reply_to: str | None = None
    references: str | None = None
    is_read: bool = False
    is_automated: bool = False
    parse_error: str | None = None
    delivery_state: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    raw: bytes | None = None
    attachments: list[IncomingAttachment] = field(default_factory=list)
    # The search index's text, prepared off the store's writer (`prepare_index`); None: the
    # writer works it out itself.
    index: IndexText | None = None
    # Intents guessed off the writer (`PreparedIntents`); None: the writer guesses them.
    intents: tuple[Any, list[str]] | None = None

    def index_source(self) -> tuple[str, str, str]:
        """(subject, body, sender) as the search index takes them (`index_source`)."""
        return index_source(self.subject, self.body_text, self.sender_name, self.sender_address)


# `extra` key a channel sets when its service says which order a message is about (a
# marketplace thread about one purchase): the order's number as the shop's orders know it. The
# timeline shows it as a link to that order.
ABOUT_ORDER = "about_order"

_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def one_line(text: str | None) -> str:
    """A header-like value (a subject, a name) on one line: a customer's encoded Subject may
    decode to CR/LF, which would break the reply's headers (or inject new ones)."""
    return " ".join(_LINE_BREAKS.sub(" ", text or "").split())


def index_source(subject: str | None, body_text: str, sender_name: str, sender_address: str
                 ) -> tuple[str, str, str]:
    """The texts of a message the search index holds besides its customer's name: the one
    definition, used where they are prepared and where they are written."""
    return one_line(subject), body_text, f"{sender_name} {sender_address}"


def prepare_index(messages: list[IncomingMessage]) -> None:
    """Work out the index text of messages that have none yet — in the converting thread or
    process, so the store's writer only writes (folding and lemmas are most of a message's CPU
    in the store)."""
    for message in messages:
        if message.index is None:
            message.index = index_text(*message.index_source())
