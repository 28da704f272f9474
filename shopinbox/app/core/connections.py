"""One sign-in for messages and orders: an order source whose account is also a channel's
account (a marketplace) asks here for that channel's API client (`Channel.api_client`), so both
use the same tokens and refresh them in one place. Knows no channel by name."""

from __future__ import annotations

from typing import Any

from shopinbox.channels import registry
from shopinbox.store.models import Account


def channel_client(account: Account) -> Any:
    """The API client the channel of `account.kind` shares, or None."""
    channel = registry.for_account(account.kind, account.settings)
    return channel.api_client(account) if channel is not None else None
