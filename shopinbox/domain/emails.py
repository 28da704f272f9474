"""Email addresses: the normal form identities use, and addresses a customer writes in a message.

An address is compared lower-cased (as `email` identities are stored). In free text an address
is found wherever it stands — inside a sentence, in `<…>`, after `mailto:`, before a full stop —
and Unicode letters are allowed (`anna@почта.рф`). `@username` (a Telegram handle) and
`user@localhost` (no dot in the domain) are not addresses.
"""

from __future__ import annotations

import re

# Local part: letters, digits and the usual punctuation of real addresses; no leading, trailing
# or doubled dot (checked below). Domain: dot-separated labels of letters/digits/hyphens that
# neither start nor end with a hyphen, ending in a top-level domain of letters only.
_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_DOMAIN = rf"(?:{_LABEL}\.)+[^\W\d_]{{2,63}}"
_ADDRESS = re.compile(rf"(?<![\w.!#$%&'*+/=?^`{{|}}~-])(?P<address>{_LOCAL}@{_DOMAIN})(?![\w-]|\.[^\W_])")
_WHOLE = re.compile(rf"{_LOCAL}@{_DOMAIN}")


def normalize_email(value: str | None) -> str | None:
    """`value` as a stored email identity (trimmed, lower-cased), or None when it is not one
    address. Accepts the forms people paste: `<a@b.pl>`, `mailto:a@b.pl`, `Anna <a@b.pl>`."""
    if value is None:
        return None
    text = value.strip()
    if "<" in text and text.endswith(">"):
        text = text[text.rindex("<") + 1 : -1].strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :].strip()
    if len(text) > 320 or not _WHOLE.fullmatch(text):
        return None
    return text.lower()


def find_emails(text: str | None) -> list[str]:
    """Every address written in `text`, lower-cased, first occurrence first, no repeats."""
    if not text or "@" not in text:
        return []
    found: list[str] = []
    for match in _ADDRESS.finditer(text):
        address = match.group("address").lower()
        if len(address) <= 320 and address not in found:
            found.append(address)
    return found
