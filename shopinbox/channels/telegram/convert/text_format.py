"""Text going out through the Telegram Bot API: splitting at the 4096-character limit and HTML
escaping.

Telegram counts the limit on the text *after* entity parsing, and measures entity offsets in
UTF-16 code units; counting UTF-16 units here is the safe reading (an emoji costs two). The text
is split first and each part escaped afterwards, so an escape such as `&amp;` can never be cut in
half and the escaping does not eat into the limit.
"""

from __future__ import annotations

import html

MESSAGE_LIMIT = 4096


def utf16_length(text: str) -> int:
    return sum(2 if ord(char) > 0xFFFF else 1 for char in text)


def _prefix_fitting(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split `text` into parts of at most `limit` UTF-16 units, on word boundaries.

    A part ends at the last paragraph break, else line break, else space that fits; only a word
    longer than the limit (a long link) is cut inside. The whitespace at a cut is dropped, no
    other character is lost or changed.
    """
    if limit < 2:
        raise ValueError("limit too small")
    parts: list[str] = []
    rest = text.strip()
    while rest:
        fit = _prefix_fitting(rest, limit)
        if fit >= len(rest):
            parts.append(rest)
            break
        window = rest[: fit + 1]  # the character just after the window may be the break
        cut = -1
        for separator in ("\n\n", "\n", " ", "\t"):
            position = window.rfind(separator)
            if position > 0:
                cut = position
                break
        if cut <= 0:
            cut = fit
        part = rest[:cut].rstrip()
        if not part:  # only whitespace before the break: cut hard instead
            part, cut = rest[:fit], fit
        parts.append(part)
        rest = rest[cut:].lstrip()
    return parts


def escape_html(text: str) -> str:
    """Escape for `parse_mode=HTML`: Telegram needs only <, > and & escaped."""
    return html.escape(text, quote=False)


def html_parts(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """The plain `text` as HTML-mode message parts, each within the limit once parsed."""
    return [escape_html(part) for part in split_message(text, limit)]
