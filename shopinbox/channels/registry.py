"""Finds the channels: the packages under `shopinbox/channels/` (each exposes `CHANNEL`) and any
installed distribution's entry point in the group `shopinbox.channels` (a third-party channel is
a package with `[project.entry-points."shopinbox.channels"] mychannel = "pkg:CHANNEL"`).

Everything that needs "which channels are there" asks here: the inbox filter, channel icons, the
composer, Settings → Add account, the welcome screen, the status bar, doctor, the CLI and the
sync engine. `register()` adds one at run time (tests use it for a dummy channel).
"""

from __future__ import annotations

from typing import Any

from shopinbox.channels.base import Channel
from shopinbox.domain.errors import ShopError
from shopinbox.plugins import PluginRegistry

GROUP = "shopinbox.channels"
DEMO_KIND = "demo"  # demo accounts stand in for a channel named in their settings
_plugins = PluginRegistry[Channel]("shopinbox.channels", "CHANNEL", GROUP, Channel)


def channels() -> list[Channel]:
    """Every channel, in menu order."""
    return _plugins.in_order()


def kinds() -> list[str]:
    return [c.kind for c in channels()]


def messaging_channels() -> list[Channel]:
    """The channels that have accounts, pull and send (not the log-only ones such as phone
    calls): Settings → Add account, the welcome screen, reply channels, promo previews and
    campaigns offer these."""
    return [c for c in channels() if not c.capabilities.log_only]


def messaging_kinds() -> list[str]:
    return [c.kind for c in messaging_channels()]


def is_log_only(kind: str | None) -> bool:
    """Entries of this kind are recorded by hand (`Capabilities.log_only`)."""
    found = find(kind)
    return found is not None and found.capabilities.log_only


def find(kind: str | None) -> Channel | None:
    return _plugins.find(kind)


def channel(kind: str) -> Channel:
    found = find(kind)
    if found is None:
        raise ShopError("unsupported_account", kind=kind)
    return found


def for_account(kind: str, settings: dict[str, Any] | None = None) -> Channel | None:
    """The channel an account sends and receives on (a demo account names the one it stands in
    for); None for accounts that are not channels (order sources) and for the account a
    log-only channel keeps its entries under (it neither sends nor receives)."""
    found = find(str((settings or {}).get("channel") or "")) if kind == DEMO_KIND else find(kind)
    return None if found is None or found.capabilities.log_only else found


def channel_for_identity(identity_kind: str) -> Channel | None:
    return next((c for c in channels() if c.identity_kind == identity_kind), None)


def identity_kinds() -> list[str]:
    """Every identity kind the channels bring, plus `phone` (shared by all)."""
    seen: list[str] = []
    for c in channels():
        for kind in (c.identity_kind, *c.identity_kinds):
            if kind not in seen:
                seen.append(kind)
    if "phone" not in seen:
        seen.append("phone")
    return seen


def register(new: Channel) -> None:
    """Add a channel at run time (tests, plug-ins loaded by hand)."""
    _plugins.register(new)


def unregister(kind: str) -> None:
    _plugins.unregister(kind)
