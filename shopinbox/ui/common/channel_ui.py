"""What the window shows of a channel, from the registry: its translated names (from the
channel's own form module, which carries its tr() texts), colour and glyph. Nothing in ui/
names a channel; every list of channels is built from `registry.channels()` through here."""

from __future__ import annotations

import importlib

from shopinbox.channels import registry
from shopinbox.channels.base import Channel


def channels() -> list[Channel]:
    return registry.channels()


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
