"""The small vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class IdentityKind(StrEnum):
    """Contact kinds every layer knows (orders carry emails and phones); each channel brings its
    own identity kind too (`Channel.identity_kind`)."""

    EMAIL = "email"
    PHONE = "phone"


class AccountKind(StrEnum):
    """Account kinds that are neither a channel nor an order source. Those come from their
    registries (channels/registry.py, sources/registry.py): an account's kind is the `kind`
    of its channel or source."""

    DEMO = "demo"  # the demo shop's accounts stand in for a channel named in their settings


class ConversationStatus(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    DONE = "done"


class DeliveryState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
