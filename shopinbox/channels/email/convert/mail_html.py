"""Email HTML made safe to show: nh3 (ammonia) removes scripts, handlers, forms, iframes …;
remote images are neutralised (their address moves to `data-remote-src`) so that opening a mail
does not tell a tracker it was read. The UI offers "show images" by moving it back
(`allow_remote_images`). `cid:` inline images and `data:` images stay.
"""

from __future__ import annotations

import html
import re

import nh3

_TAGS = set(nh3.ALLOWED_TAGS) | {"font", "center", "span", "div", "table", "thead", "tbody",
                                  "tfoot", "tr", "td", "th", "img", "hr", "br", "u", "s"}
_ATTRIBUTES = {
    "*": {"align", "valign", "width", "height", "title", "dir", "lang", "bgcolor", "color"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "data-remote-src"},
    "font": {"face", "size", "color"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
_SCHEMES = {"http", "https", "mailto", "cid", "data", "tel"}
_REMOTE_IMG = re.compile(r'(<img\b[^>]*?)\ssrc="((?:https?:)?//[^"]*)"', re.IGNORECASE)
_BLOCKED_IMG = re.compile(r'(<img\b[^>]*?)\sdata-remote-src="([^"]*)"', re.IGNORECASE)


def sanitize_html(source: str) -> tuple[str, bool]:
    """(safe HTML, had remote images). Links get rel=noopener noreferrer."""
    cleaned = nh3.clean(source, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES,
                        link_rel="noopener noreferrer", strip_comments=True)
    blocked, count = _REMOTE_IMG.subn(r'\1 data-remote-src="\2"', cleaned)
    return blocked, count > 0


def allow_remote_images(safe_html: str) -> str:
    """The sanitised HTML with remote images switched back on (the user asked for them)."""
    return _BLOCKED_IMG.sub(r'\1 src="\2"', safe_html)


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
