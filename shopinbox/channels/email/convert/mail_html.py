"""Email HTML made safe to show (`domain/safe_html.py`: nh3, whose attribute filter is the one
switch for remote content) and its plain text for search and snippets.

The stored HTML keeps remote image addresses and knows it has them; the timeline hides them
unless the user allowed the sender, through the same filter.
"""

from __future__ import annotations

import html
import re

from shopinbox.domain.safe_html import clean


def sanitize_html(source: str) -> tuple[str, bool]:
    """(safe HTML, had remote images)."""
    return clean(source, remote=True)


_BLOCKS = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def html_to_text(source: str) -> str:
    """Plain text of an HTML body, for search and snippets of HTML-only mail."""
    text = _DROP.sub(" ", source)
    text = _BLOCKS.sub("\n", text)
    text = html.unescape(_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _LINES.sub("\n\n", text).strip()
