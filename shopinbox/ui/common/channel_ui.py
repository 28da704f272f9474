"""What the window shows of a channel, from the registry: its translated names (from the
channel's own form module, which carries its tr() texts), colour and glyph. Nothing in ui/
names a channel; every list of channels is built from `registry.channels()` through here."""

from __future__ import annotations

import importlib
from typing import Any

from shopinbox.channels import registry
from shopinbox.channels.base import Channel


def channels() -> list[Channel]:
    return registry.channels()


def messaging_channels() -> list[Channel]:
    """The channels with accounts, that pull and send (not log-only ones such as phone
    calls): what Settings → Add, the welcome screen and the promo preview offer."""
    return registry.messaging_channels()


def log_channels() -> list[Channel]:
    """The log-only channels, whose entries the user records by hand (a phone call)."""
    return [c for c in registry.channels() if c.capabilities.log_only]


def _form_texts(kind: str) -> dict[str, str]:
    channel = registry.find(kind)
    if channel is None or not (channel.names_module or channel.form_module):
        return {}
    module = importlib.import_module(channel.names_module or channel.form_module or "")
    texts = getattr(module, "texts", None)
    return dict(texts()) if texts is not None else {}  # asked each time: the language may change


def _text(kind: str, key: str) -> str:
    found = _form_texts(kind).get(key)
    if found:
        return found
    channel = registry.find(kind)
    return channel.title if channel is not None else kind


def title(kind: str) -> str:
    """"Email", "Telegram" in the UI language."""
    return _text(kind, "title")


def account_title(kind: str) -> str:
    """"Email account", "Telegram bot" (Settings → Add)."""
    return _text(kind, "account")


def add_title(kind: str) -> str:
    """"Add an email account" (the welcome screen)."""
    return _text(kind, "add")


def log_title(kind: str) -> str:
    """A log-only channel's button text ("Log a call…")."""
    return _text(kind, "log")


def open_entry_dialog(kind: str, parent: Any, ctx: Any, ops: Any, customer_id: int,
                      customer_name: str = "") -> Any:
    """Open a log-only channel's own dialog that records one entry for this customer
    (`Channel.entry_form_module`, imported only now); None when it has none."""
    channel = registry.find(kind)
    if channel is None or not channel.entry_form_module:
        return None
    module = importlib.import_module(channel.entry_form_module)
    return module.open_entry_dialog(parent, ctx, ops, customer_id, customer_name)


def entry_summary(kind: str, direction: str, extra: dict) -> str:
    """A log-only channel's header of one entry in the UI language ("Incoming call · 5 min ·
    Talked", from its names module's `entry_summary`); empty for other channels."""
    channel = registry.find(kind)
    if channel is None or not channel.capabilities.log_only or not channel.names_module:
        return ""
    summary = getattr(importlib.import_module(channel.names_module), "entry_summary", None)
    return str(summary(direction, extra)) if summary is not None else ""


def reply_warnings(kind: str | None, text: str) -> list[str]:
    """The channel's warnings about this reply text (`Channel.reply_warnings`), in the UI
    language (its names module words each code as `warning:<code>`)."""
    channel = registry.find(kind)
    if channel is None or not text.strip():
        return []
    codes = channel.reply_warnings(text)
    if not codes:
        return []
    texts = _form_texts(channel.kind)
    return [texts.get(f"warning:{code}") or code for code in codes]


def identity_title(kind: str) -> str | None:
    """The label of an identity of this kind, when a channel brings it (else None)."""
    channel = registry.channel_for_identity(kind)
    return _text(channel.kind, "identity") if channel is not None else None


def identity_text(kind: str, value: str, display: str | None) -> str:
    channel = registry.channel_for_identity(kind)
    return channel.identity_label(value, display) if channel is not None else (display or value)
