"""The MIME tree of a well-formed message, built without reading its bodies line by line.

`email.message_from_bytes` (the feed parser) handles every line of a message in Python: a
200 KB attachment is ~2,700 lines, and reading them was most of the parse time of a first sync.
Here only the header blocks go through the email package (`headersonly`); a multipart body is
cut at its boundary lines by one regular expression search (in C), and each part's body is kept
as the same string the feed parser would have stored. The result is the same tree of
`email.message.Message` objects, so everything that reads it is unchanged.

Anything this does not reproduce exactly — a header defect, a missing or doubled boundary, a
bare CR line ending, `message/*` or `multipart/digest` parts, an encoded multipart — answers
None, and the caller parses with the email package as before.
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import Parser

from shopinbox.channels.email.convert.mail_headers import RAW_POLICY

MAX_DEPTH = 8
_HEADER_END = re.compile(r"\n\r?\n")
_PARSER = Parser(policy=RAW_POLICY)


class _Irregular(Exception):
    """The message needs the email package's own parser."""


def fast_message_from_bytes(raw: bytes) -> Message | None:
    """The tree `email.message_from_bytes(raw, policy=RAW_POLICY)` builds, or None."""
    text = raw.decode("ascii", "surrogateescape")
    if text.count("\r") != text.count("\r\n"):
        return None  # bare CR: the feed parser counts it as a line end
    try:
        message, _ = _part(text, 0)
    except _Irregular:
        return None
    return message


def _part(text: str, depth: int) -> tuple[Message, str]:
    """(the part, its body) for `text` = header block, blank line, body."""
    if depth > MAX_DEPTH or not text or text[0] in "\r\n":
        raise _Irregular
    found = _HEADER_END.search(text)
    if found is None:
        raise _Irregular  # headers only, or no blank line after them
    head, body = text[:found.start() + 1], text[found.end():]
    message = _PARSER.parsestr(head, headersonly=True)
    if message.defects or message.get_payload():
        raise _Irregular
    maintype = message.get_content_maintype()
    if maintype == "message" or message.get_content_type() == "multipart/digest":
        raise _Irregular
    if maintype != "multipart":
        message._payload = body  # type: ignore[attr-defined]  # what the feed parser stores
        return message, body
    boundary = message.get_boundary()
    encoding = (message.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    if not boundary or encoding not in ("7bit", "8bit", "binary"):
        raise _Irregular
    message._payload = _children(message, body, boundary, depth)  # type: ignore[attr-defined]
    return message, body


def _children(message: Message, body: str, boundary: str, depth: int) -> list[Message]:
    """Cut a multipart body at its boundary lines (RFC 2046: the line break before a boundary
    belongs to it) and parse each part."""
    lines = _boundary_lines(body, "--" + boundary)
    if len(lines) < 2 or not lines[-1][2] or any(close for _s, _e, close in lines[:-1]):
        raise _Irregular  # no start, no close, or a close boundary before the end
    first = lines[0][0]
    message.preamble = _strip_eol(body[:first]) if first else None
    children = []
    for this, following in zip(lines, lines[1:], strict=False):
        start, stop = this[1], following[0]
        if start >= stop:
            raise _Irregular  # two boundary lines in a row
        child, child_body = _part(body[start:stop], depth + 1)
        if child.get_content_maintype() == "multipart":
            child.epilogue = _strip_eol(child.epilogue or "") or None
        else:
            child._payload = _strip_eol(child_body)  # type: ignore[attr-defined]
        children.append(child)
    message.epilogue = body[lines[-1][1]:] or None
    return children


def _boundary_lines(body: str, marker: str) -> list[tuple[int, int, bool]]:
    """(start, end after its line break, is the close boundary) of each line that is the
    boundary: `--b`, or `--b--`, then blanks, at the start of a line (found by `str.find`, in
    C: a regular expression anchored at line starts tries every position of a 200 KB part)."""
    found = []
    position = 0 if body.startswith(marker) else body.find("\n" + marker)
    while position != -1:
        start = position + (body[position] == "\n")
        end = start + len(marker)
        close = body.startswith("--", end)
        if close:
            end += 2
        while end < len(body) and body[end] in " \t":
            end += 1
        if body.startswith("\r\n", end):
            end += 2
        elif body.startswith("\n", end):
            end += 1
        elif end != len(body):
            end = -1  # `--bX…`: only starts like the boundary
        if end != -1:
            found.append((start, end, close))
        position = body.find("\n" + marker, start + 1)
    return found


def _strip_eol(text: str) -> str:
    """Without its last line break (a regular expression for `…\\Z` would scan it all)."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n"):
        return text[:-1]
    return text
