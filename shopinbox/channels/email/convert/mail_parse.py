"""Parse one RFC 822 message into plain data, fast, and never fail.

compat32 + explicit decoding (see `mail_headers`) instead of `policy.default`. Headers and the
text/HTML bodies are decoded eagerly (they are listed, shown and indexed); attachments are only
described (decoded safe name, type, estimated size, and a `locator` = the part's position), and
their bytes are taken from the stored raw source when the user opens one (`attachment_content`).

A message that still cannot be parsed comes back with `parse_error` set and a fallback subject:
the caller stores it with its raw source, so it is shown and never dropped.
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message as MimePart
from typing import Any

from shopinbox.channels.email.convert.mail_headers import (
    RAW_POLICY,
    decode_bytes,
    decode_header_value,
    message_ids,
    parse_address_list,
)
from shopinbox.channels.email.convert.mail_html import html_to_text, sanitize_html
from shopinbox.channels.email.convert.mime_split import fast_message_from_bytes
from shopinbox.domain.filenames import safe_filename
from shopinbox.domain.lemmas import IndexText

FALLBACK_SUBJECT = "(message could not be read)"
_NO_REPLY = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer-daemon|"
                       r"postmaster|bounces?|notifications?)([-+_.].*)?@", re.IGNORECASE)


@dataclass
class ParsedAttachment:
    filename: str
    mime_type: str
    size: int
    locator: str
    content_id: str | None = None
    is_inline: bool = False


@dataclass
class ParsedMail:
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    subject: str = ""
    sender_address: str = ""
    sender_name: str = ""
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    date: datetime | None = None
    body_text: str = ""
    body_html: str | None = None
    has_remote_images: bool = False
    attachments: list[ParsedAttachment] = field(default_factory=list)
    automated_reason: str | None = None
    parse_error: str | None = None
    defects: list[str] = field(default_factory=list)
    index: IndexText | None = None  # set by `mail_incoming.parse_and_index`
    intents: tuple[Any, list[str]] | None = None  # likewise, when it was given the model

    @property
    def is_automated(self) -> bool:
        return self.automated_reason is not None


def raw_hash_id(raw: bytes) -> str:
    """A stable external id for a message without Message-ID: the hash of its source."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def external_id_for(parsed: ParsedMail, raw: bytes) -> str:
    return parsed.message_id or raw_hash_id(raw)


def parse_mail(raw: bytes) -> ParsedMail:
    """Everything the app needs from a message; never raises."""
    try:
        return _parse(raw)
    except Exception as error:  # a hostile or broken message must not stop a sync
        return _fallback(raw, f"{type(error).__name__}: {error}")


def _fallback(raw: bytes, error: str) -> ParsedMail:
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    subject = re.search(rb"(?im)^subject:[ \t]*(.*)$", head)
    sender = re.search(rb"(?im)^from:[ \t]*(.*)$", head)
    parsed = ParsedMail(parse_error=error[:500])
    try:
        parsed.subject = decode_header_value(decode_bytes(subject.group(1))) if subject else ""
        if sender:
            found = parse_address_list(decode_bytes(sender.group(1)))
            if found:
                parsed.sender_name, parsed.sender_address = found[0]
    except Exception:
        pass
    parsed.subject = parsed.subject or FALLBACK_SUBJECT
    parsed.body_text = decode_bytes(raw[:20000])
    return parsed


def _parse(raw: bytes, fast: bool = True) -> ParsedMail:
    message = (fast_message_from_bytes(raw) if fast else None) \
        or email.message_from_bytes(raw, policy=RAW_POLICY)
    # Headers without a declared charset: guess from the first text part (often right for
    # old Polish/Russian clients that put raw 8-bit bytes in headers).
    guess = message.get_content_charset() or _first_text_charset(message)
    parsed = ParsedMail()
    parsed.subject = decode_header_value(message.get("Subject"), guess)
    senders = parse_address_list(message.get("From"), guess) or \
        parse_address_list(message.get("Sender"), guess)
    if senders:
        parsed.sender_name, parsed.sender_address = senders[0]
    parsed.to = parse_address_list(", ".join(message.get_all("To") or []), guess)
    parsed.cc = parse_address_list(", ".join(message.get_all("Cc") or []), guess)
    ids = message_ids(message.get("Message-ID"))
    parsed.message_id = ids[0] if ids else None
    replies = message_ids(message.get("In-Reply-To"))
    parsed.in_reply_to = replies[0] if replies else None
    parsed.references = message_ids(message.get("References"))
    parsed.date = _date(message.get("Date"))
    parsed.automated_reason = _automated(message, parsed.sender_address)
    _walk(message, "", parsed, guess)
    if parsed.body_html is not None and not parsed.body_text.strip():
        parsed.body_text = html_to_text(parsed.body_html)
    parsed.defects = sorted({type(d).__name__ for part in message.walk() for d in part.defects})
    return parsed


def _first_text_charset(message: MimePart) -> str | None:
    for part in message.walk():
        charset = part.get_param("charset")
        if isinstance(charset, str) and charset:
            return charset
    return None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(decode_header_value(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _automated(message: MimePart, sender: str) -> str | None:
    """Why this looks like machine mail (newsletters, notifications, bounces), or None."""
    if message.get("List-Id") or message.get("List-Unsubscribe"):
        return "mailing list"
    auto = (message.get("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    precedence = (message.get("Precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return f"Precedence: {precedence}"
    if sender and _NO_REPLY.match(sender):
        return "no-reply sender"
    return None


def _walk(part: MimePart, path: str, parsed: ParsedMail, guess: str | None) -> None:
    """Depth-first over the MIME tree; `path` is the IMAP-style part number ("1.2")."""
    maintype = part.get_content_maintype()
    if part.is_multipart() and maintype in ("multipart", "message") \
            and part.get_content_type() != "message/rfc822":
        for number, child in enumerate(part.get_payload(), start=1):
            _walk(child, f"{path}.{number}" if path else str(number), parsed, guess)
        return
    content_type = part.get_content_type()
    disposition = (part.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
    filename = _filename(part, guess)
    locator = path or "1"
    if maintype == "multipart":  # declared multipart but no boundary found: show it as text
        content_type = "text/plain"
    if content_type in ("text/plain", "text/html") and disposition != "attachment" \
            and filename is None:
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = str(part.get_payload()).encode("ascii", "surrogateescape")
        text = decode_bytes(payload, part.get_content_charset() or guess)
        if content_type == "text/plain" and not parsed.body_text:
            parsed.body_text = text.replace("\r\n", "\n")
            return
        if content_type == "text/html" and parsed.body_html is None:
            parsed.body_html, parsed.has_remote_images = sanitize_html(text)
            return
    parsed.attachments.append(ParsedAttachment(
        filename=safe_filename(filename, fallback=_fallback_name(content_type, locator)),
        mime_type=content_type,
        size=_estimated_size(part),
        locator=locator,
        content_id=(part.get("Content-ID") or "").strip().strip("<>") or None,
        is_inline=disposition == "inline",
    ))


def _filename(part: MimePart, guess: str | None) -> str | None:
    """The decoded attachment name: RFC 2231 (`filename*=`), RFC 2047 words (what Outlook and
    Thunderbird send), or raw 8-bit."""
    name: Any
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is None:
        name = part.get_param("name")
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
    if not name:
        return None
    return decode_header_value(str(name), guess)


def _fallback_name(content_type: str, locator: str) -> str:
    extension = {"message/rfc822": ".eml", "text/plain": ".txt", "text/html": ".html",
                 "image/jpeg": ".jpg", "image/png": ".png", "application/pdf": ".pdf"}
    return f"part-{locator}{extension.get(content_type, '.bin')}"


def _estimated_size(part: Any) -> int:
    payload = part.get_payload()
    if isinstance(payload, list):
        return sum(int(_estimated_size(p)) for p in payload)
    length = len(payload) if isinstance(payload, str) else 0
    encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
    if encoding == "base64":
        return length * 3 // 4 - length // 38  # line breaks every 76 characters
    return length


def attachment_content(raw: bytes, locator: str) -> bytes:
    """The bytes of the part at `locator` (see `ParsedAttachment.locator`)."""
    part: Any = email.message_from_bytes(raw, policy=RAW_POLICY)
    for number in locator.split("."):
        if not part.is_multipart() or part.get_content_type() == "message/rfc822":
            if locator == "1":
                break
            raise KeyError(f"no MIME part {locator}")
        children = part.get_payload()
        index = int(number) - 1
        if not 0 <= index < len(children):
            raise KeyError(f"no MIME part {locator}")
        part = children[index]
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            return inner[0].as_bytes()
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload
    return str(part.get_payload()).encode("utf-8", "surrogateescape")


def parse_many(raws: list[bytes]) -> list[ParsedMail]:
    """A chunk of messages (the unit of work sent to a parsing process)."""
    return [parse_mail(raw) for raw in raws]
