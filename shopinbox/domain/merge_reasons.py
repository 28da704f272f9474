"""Why two customers may be one person: the reasons a merge suggestion gives, and their text.

Each suggestion stores a reason code and a small `detail` dict (the email, phone or order number
that links the two, and where it was seen). Detail keys: `value` always (the email, E.164 phone
or order number); for the written/start reasons `writer_id` (the Telegram customer), `owner_id`
(whose address or order it is), `message_id`, `matched` ("email" or "order"); for the order
reasons `order_id`, `order_number`, `owner_id` (the order's customer) and `holder_id` (whose
identity the order's email/phone is). `describe()` turns them into one English sentence
for the command line; the window builds its own translated sentence from the same code and
detail keys.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class SuggestionReason(StrEnum):
    # Two customers have the same email address (compared lower-cased).
    SAME_EMAIL = "same_email"
    # Two customers have the same phone number (compared in E.164).
    SAME_PHONE = "same_phone"
    # A Telegram customer wrote an email address that is another customer's (identity or order).
    WRITTEN_EMAIL = "written_email"
    # A Telegram customer wrote the number of another customer's order.
    WRITTEN_ORDER = "written_order"
    # A Telegram customer opened the bot with a /start link carrying another customer's email
    # address or order number.
    START_PAYLOAD = "start_payload"
    # An order's email address is another customer's identity.
    ORDER_EMAIL = "order_email"
    # An order's phone number is another customer's identity.
    ORDER_PHONE = "order_phone"
    # The same full name on customers reached on different channels: a weaker hint (people
    # share names), shown as such.
    SAME_NAME = "same_name"


WEAK_REASONS = frozenset({SuggestionReason.SAME_NAME})


class SuggestionStatus(StrEnum):
    OPEN = "open"
    # The user said these are different people: the same pair and reason never comes back.
    DISMISSED = "dismissed"
    # The user merged the pair through this suggestion.
    ACCEPTED = "accepted"


def describe(reason: str, detail: dict[str, Any]) -> str:
    """One sentence saying why, e.g. `#12 wrote anna@example.com, an address of #7`."""
    writer = f"#{detail.get('writer_id', '?')}"
    owner = f"#{detail.get('owner_id', '?')}"
    holder = f"#{detail.get('holder_id', '?')}"
    value = detail.get("value", "")
    if reason == SuggestionReason.SAME_EMAIL:
        return f"both have the email address {value}"
    if reason == SuggestionReason.SAME_PHONE:
        return f"both have the phone number {value}"
    if reason == SuggestionReason.WRITTEN_EMAIL:
        return f"{writer} wrote {value} on Telegram, an email address of {owner}"
    if reason == SuggestionReason.WRITTEN_ORDER:
        return f"{writer} wrote order number {value} on Telegram, an order of {owner}"
    if reason == SuggestionReason.START_PAYLOAD:
        what = "order" if detail.get("matched") == "order" else "email address"
        return f"{writer} opened the Telegram bot with {value}, an {what} of {owner}"
    if reason == SuggestionReason.ORDER_EMAIL:
        return (f"order {detail.get('order_number', '?')} of {owner} has the email address "
                f"{value} of {holder}")
    if reason == SuggestionReason.SAME_NAME:
        return f"both are called {value}, on different channels (a weaker hint)"
    if reason == SuggestionReason.ORDER_PHONE:
        return (f"order {detail.get('order_number', '?')} of {owner} has the phone number "
                f"{value} of {holder}")
    return reason
