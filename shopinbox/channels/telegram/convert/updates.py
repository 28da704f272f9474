"""Telegram Bot API updates (the documented JSON, as dicts) → what the store understands.

Pure functions, no I/O. One update becomes one `ConvertedUpdate`: a new message, an edit of an
earlier message, a change of the bot's membership in a private chat (the user blocked or
unblocked the bot), or nothing (group chats, channel posts, kinds the shop does not handle).
Files are described (file_id, size) but not fetched: the sync downloads them.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import phonenumbers

from shopinbox.channels.telegram.convert import KIND
from shopinbox.domain.kinds import Direction
from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage

PRIVATE = "private"
BLOCKED_STATUSES = {"kicked"}  # the user blocked the bot (ChatMemberBanned in a private chat)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_ORDER = re.compile(r"^(?:order|zamowienie|zakaz|nr)?[-_]?#?(\d{3,12})$", re.IGNORECASE)


@dataclass
class MessageEdit:
    """A later version of a message the store may already hold (`message` if it does not)."""

    external_id: str
    text: str
    edited_at: datetime
    message: IncomingMessage


@dataclass
class MembershipChange:
    """The user blocked (`blocked=True`) or unblocked the bot in their private chat."""

    identity: IdentityRef
    blocked: bool
    at: datetime


@dataclass
class ConvertedUpdate:
    update_id: int
    message: IncomingMessage | None = None
    edit: MessageEdit | None = None
    membership: MembershipChange | None = None
    # A phone number the user shared as their own contact (E.164), for a `phone` identity.
    phone: str | None = None
    ignored: str | None = None


def external_id(chat_id: int | str, message_id: int | str) -> str:
    return f"{chat_id}:{message_id}"


def user_identity(user: dict[str, Any]) -> tuple[IdentityRef, str]:
    """(identity, customer name): the user id is the key; names and @username are display."""
    name = " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p).strip()
    username = user.get("username")
    display = f"{name} (@{username})" if name and username else (name or
                                                                  (f"@{username}" if username else ""))
    return (IdentityRef(KIND, str(user["id"]), display),
            name or (f"@{username}" if username else f"Telegram user {user['id']}"))


def normalise_phone(number: str) -> str | None:
    """E.164 for a number Telegram shares (it often omits the '+'), or None when not a number."""
    digits = number.strip()
    if not digits.startswith("+"):
        digits = "+" + digits
    try:
        parsed = phonenumbers.parse(digits, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def parse_start_payload(payload: str) -> dict[str, str] | None:
    """What a `/start PAYLOAD` deep link may say about the customer: an email (plain or
    base64url, since deep-link payloads allow only A-Z a-z 0-9 _ -) or an order number."""
    candidates = [payload]
    try:
        padded = payload + "=" * (-len(payload) % 4)
        candidates.append(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    for candidate in candidates:
        if _EMAIL.match(candidate.strip()):
            return {"kind": "email", "value": candidate.strip().lower()}
    match = _ORDER.match(payload.strip())
    if match:
        return {"kind": "order", "value": match.group(1)}
    return None


def _timestamp(value: Any) -> datetime:
    return datetime.fromtimestamp(int(value or 0), UTC)


def _safe_timestamp(value: Any) -> datetime:
    try:
        return _timestamp(value)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(UTC)


def _duration(seconds: Any) -> str:
    seconds = int(seconds or 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def _file(obj: dict[str, Any], filename: str, mime: str) -> IncomingAttachment:
    return IncomingAttachment(
        filename=obj.get("file_name") or filename,
        mime_type=obj.get("mime_type") or mime,
        size=obj.get("file_size"),
        locator=obj.get("file_id"),
    )


def _content(message: dict[str, Any]) -> tuple[str, str, list[IncomingAttachment], dict[str, Any]]:
    """(kind, body text, attachments, extra) of one Message object."""
    mid = message["message_id"]
    text = message.get("text") or message.get("caption") or ""
    extra: dict[str, Any] = {}
    files: list[IncomingAttachment] = []
    if "photo" in message and message["photo"]:
        largest = max(message["photo"], key=lambda p: (p.get("width", 0) * p.get("height", 0),
                                                       p.get("file_size") or 0))
        files.append(_file(largest, f"photo_{mid}.jpg", "image/jpeg"))
        return "photo", text, files, extra
    if "document" in message:
        files.append(_file(message["document"], f"document_{mid}", "application/octet-stream"))
        return "document", text, files, extra
    if "voice" in message:
        voice = message["voice"]
        files.append(_file(voice, f"voice_{mid}.ogg", "audio/ogg"))
        label = f"[voice message {_duration(voice.get('duration'))}]"
        return "voice", f"{label}\n{text}".strip(), files, extra
    if "video" in message:
        files.append(_file(message["video"], f"video_{mid}.mp4", "video/mp4"))
        return "video", text, files, extra
    if "video_note" in message:
        files.append(_file(message["video_note"], f"video_note_{mid}.mp4", "video/mp4"))
        return "video_note", "[round video message]", files, extra
    if "audio" in message:
        files.append(_file(message["audio"], f"audio_{mid}.mp3", "audio/mpeg"))
        return "audio", text, files, extra
    if "animation" in message:
        files.append(_file(message["animation"], f"animation_{mid}.mp4", "video/mp4"))
        return "animation", text, files, extra
    if "sticker" in message:
        sticker = message["sticker"]
        emoji = sticker.get("emoji") or ""
        extra["sticker"] = {"emoji": emoji, "set_name": sticker.get("set_name"),
                            "file_id": sticker.get("file_id")}
        return "sticker", f"[sticker {emoji}]".replace(" ]", "]"), files, extra
    if "location" in message:
        location = message["location"]
        lat, lon = location.get("latitude"), location.get("longitude")
        extra["location"] = {"latitude": lat, "longitude": lon}
        return "location", f"[location {lat}, {lon}]", files, extra
    if "contact" in message:
        contact = message["contact"]
        name = " ".join(p for p in (contact.get("first_name"), contact.get("last_name")) if p)
        phone = normalise_phone(contact.get("phone_number") or "")
        extra["contact"] = {"name": name, "phone_number": contact.get("phone_number"),
                            "phone": phone, "user_id": contact.get("user_id")}
        return "contact", f"[contact {name} {phone or contact.get('phone_number') or ''}]".strip(
        ).replace(" ]", "]"), files, extra
    if "text" in message:
        return "text", text, files, extra
    known = sorted(k for k in message if k not in {"message_id", "from", "chat", "date"})
    extra["keys"] = known
    return "other", text or f"[a message shopinbox cannot show: {', '.join(known) or 'empty'}]", \
        files, extra


def convert_message(message: dict[str, Any], raw: bytes | None) -> tuple[IncomingMessage, str | None]:
    """One private-chat Message object → (IncomingMessage, own phone number if shared)."""
    chat_id = message["chat"]["id"]
    sender = message.get("from") or {"id": chat_id, "first_name": message["chat"].get(
        "first_name", ""), "last_name": message["chat"].get("last_name"),
        "username": message["chat"].get("username")}
    identity, name = user_identity(sender)
    kind, body, files, extra = _content(message)
    extra["kind"] = kind
    in_reply_to = None
    if message.get("reply_to_message"):
        in_reply_to = external_id(chat_id, message["reply_to_message"]["message_id"])
        extra["reply_to"] = in_reply_to
    text = message.get("text") or ""
    if text == "/start" or text.startswith("/start "):
        payload = text[len("/start"):].strip()
        if payload:
            extra["start_payload"] = payload
            hint = parse_start_payload(payload)
            if hint:
                extra["merge_hint"] = hint
    phone = None
    contact = extra.get("contact")
    # A contact is the customer's own number only when Telegram says so (user_id is the
    # sender), or leaves user_id out; someone else's card is kept as a message only.
    if contact and contact["phone"] and contact.get("user_id") in (None, sender["id"]):
        phone = contact["phone"]
    return IncomingMessage(
        channel=KIND,
        direction=Direction.INBOUND,
        external_id=external_id(chat_id, message["message_id"]),
        sent_at=_timestamp(message.get("date")),
        identity=identity,
        customer_name=name,
        sender_address=f"@{sender['username']}" if sender.get("username") else str(sender["id"]),
        sender_name=name,
        body_text=body,
        thread_key=f"telegram:{chat_id}",
        in_reply_to=in_reply_to,
        extra=extra,
        raw=raw,
        attachments=files,
    ), phone


def convert_update(update: dict[str, Any], raw: bytes | None = None, *,
                   include_groups: bool = False) -> ConvertedUpdate:
    """Convert one Update object. Never raises on odd content: an update it cannot read is kept
    as a message with `parse_error` (if it came from a chat) or reported as ignored."""
    update_id = int(update["update_id"])
    if raw is None:
        raw = json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    result = ConvertedUpdate(update_id)
    try:
        if "message" in update or "edited_message" in update:
            edited = "edited_message" in update
            message = update["edited_message" if edited else "message"]
            chat_type = message.get("chat", {}).get("type")
            if chat_type != PRIVATE and not include_groups:
                result.ignored = f"{chat_type} chat"
                return result
            incoming, phone = convert_message(message, raw)
            if edited:
                edited_at = _timestamp(message.get("edit_date") or message.get("date"))
                incoming.extra["edited"] = True
                result.edit = MessageEdit(incoming.external_id, incoming.body_text, edited_at,
                                          incoming)
            else:
                result.message, result.phone = incoming, phone
            return result
        if "my_chat_member" in update:
            change = update["my_chat_member"]
            if change.get("chat", {}).get("type") != PRIVATE:
                result.ignored = "membership outside a private chat"
                return result
            identity, _ = user_identity(change["from"])
            status = change.get("new_chat_member", {}).get("status")
            result.membership = MembershipChange(identity, status in BLOCKED_STATUSES,
                                                 _timestamp(change.get("date")))
            return result
        kinds = sorted(k for k in update if k != "update_id")
        result.ignored = ", ".join(kinds) or "empty update"
        return result
    except (KeyError, TypeError, ValueError) as error:
        return _unreadable(update, raw, error)


def _unreadable(update: dict[str, Any], raw: bytes, error: Exception) -> ConvertedUpdate:
    """Keep an update we could not read, so nothing is lost (raw JSON is stored with it)."""
    update_id = int(update["update_id"])
    message = update.get("message") or update.get("edited_message") or {}
    chat_id = (message.get("chat") or {}).get("id", "unknown")
    identity = None
    sender = message.get("from")
    if isinstance(sender, dict) and "id" in sender:
        identity, _ = user_identity(sender)
    return ConvertedUpdate(update_id, message=IncomingMessage(
        channel=KIND,
        direction=Direction.INBOUND,
        external_id=external_id(chat_id, message.get("message_id", f"update-{update_id}")),
        sent_at=_safe_timestamp(message.get("date")),
        identity=identity,
        body_text="[a Telegram update shopinbox could not read]",
        parse_error=f"{type(error).__name__}: {error}",
        extra={"kind": "unreadable"},
        raw=raw,
    ))


