"""The small vocabularies shared by every layer (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    TELEGRAM = "telegram"


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class IdentityKind(StrEnum):
    EMAIL = "email"
    TELEGRAM = "telegram"
    PHONE = "phone"


class AccountKind(StrEnum):
    EMAIL = "email"
    TELEGRAM = "telegram"
    CSV = "csv"
    WOOCOMMERCE = "woocommerce"
    SHOPIFY = "shopify"
    DEMO = "demo"


class ConversationStatus(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    DONE = "done"


class DeliveryState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
