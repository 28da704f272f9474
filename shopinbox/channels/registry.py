"""Finds the channels: the packages under `shopinbox/channels/` (each exposes `CHANNEL`) and any
installed distribution's entry point in the group `shopinbox.channels` (a third-party channel is
a package with `[project.entry-points."shopinbox.channels"] mychannel = "pkg:CHANNEL"`).

Everything that needs "which channels are there" asks here: the inbox filter, channel icons, the
composer, Settings → Add account, the welcome screen, the status bar, doctor, the CLI and the
sync engine. `register()` adds one at run time (tests use it for a dummy channel).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from importlib.metadata import entry_points
from typing import Any

from shopinbox.channels.base import Channel
from shopinbox.domain.errors import ShopError

log = logging.getLogger(__name__)

GROUP = "shopinbox.channels"
DEMO_KIND = "demo"  # demo accounts stand in for a channel named in their settings
_found: dict[str, Channel] | None = None
_added: dict[str, Channel] = {}


def _discover() -> dict[str, Channel]:
    found: dict[str, Channel] = {}
    import shopinbox.channels as package

    for info in pkgutil.iter_modules(package.__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        channel = getattr(module, "CHANNEL", None)
        if isinstance(channel, Channel):
            found[channel.kind] = channel
    for point in entry_points(group=GROUP):
        try:
            channel = point.load()
        except Exception:  # a broken third-party package must not stop the app
            log.exception("channel entry point %s could not be loaded", point.name)
            continue
        if isinstance(channel, type):
            channel = channel()
        if isinstance(channel, Channel) and channel.kind not in found:
            found[channel.kind] = channel
    return found


def _all() -> dict[str, Channel]:
    global _found
    if _found is None:
        _found = _discover()
    return {**_found, **_added}


def channels() -> list[Channel]:
    """Every channel, in menu order."""
    return sorted(_all().values(), key=lambda c: (c.order, c.kind))


def kinds() -> list[str]:
    return [c.kind for c in channels()]


def find(kind: str | None) -> Channel | None:
    return _all().get(kind or "")


def channel(kind: str) -> Channel:
    found = find(kind)
    if found is None:
        raise ShopError("unsupported_account", kind=kind)
    return found


def for_account(kind: str, settings: dict[str, Any] | None = None) -> Channel | None:
    """The channel an account sends and receives on (a demo account names the one it stands in
    for); None for accounts that are not channels (order sources)."""
    if kind == DEMO_KIND:
        return find(str((settings or {}).get("channel") or ""))
    return find(kind)


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
    _added[new.kind] = new


def unregister(kind: str) -> None:
    _added.pop(kind, None)
