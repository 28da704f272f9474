"""VK Bots Long Poll events (the documented JSON, API 5.199, as dicts) → what the store takes.

Pure functions, no I/O. One event becomes one `ConvertedEvent`:

- `message_new` (`object.message`, `object.client_info`): a customer wrote to the community;
- `message_reply` (`object` is the message): what the shop wrote — from VK's own interface, or
  the echo of a reply this app sent (recognised by its `random_id`, see `send.py`);
- `message_edit` (`object` is the message): a later text of a message; earlier texts are kept;
- `message_deny` / `message_allow` (`object.user_id`): the customer forbade (or allowed again)
  the community's messages — replies there cannot arrive until they allow them;
- anything else (chats, other event types) is reported as ignored.

Photos, documents and voice messages are described (their URL) but not fetched: the sync
downloads them. Names come from `users.get` (the `names` argument), which the sync asks for
only for senders the store does not know yet.
"""

from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from shopinbox.channels.vk.convert import CHAT_PEER_START, KIND
from shopinbox.domain.kinds import DeliveryState, Direction
from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage
from shopinbox.domain.phones import find_phones

# Photo size letters from the largest to the smallest (vk.com/dev/objects/photo_sizes).
_SIZE_ORDER = "wzyrqpxoms"


@dataclass(frozen=True)
class VkUser:
    """What `users.get(fields=screen_name)` says about one user."""

    id: int
    first_name: str = ""
    last_name: str = ""
    screen_name: str = ""

    @classmethod
    def of(cls, data: dict[str, Any]) -> VkUser:
        return cls(int(data["id"]), str(data.get("first_name") or ""),
                   str(data.get("last_name") or ""), str(data.get("screen_name") or ""))

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()


@dataclass
class MessageEdit:
    """A later version of a message the store may already hold (`message` if it does not)."""

    external_id: str
    text: str
    edited_at: datetime
    message: IncomingMessage


@dataclass
class ConvertedEvent:
    event_id: str
    message: IncomingMessage | None = None
    edit: MessageEdit | None = None
    # `message_reply` of a reply this app sent: its random_id, so the sync can skip the echo.
    echo_random_id: int | None = None
    # Phone numbers (E.164) the customer wrote in the message: they feed merge suggestions.
    phones: list[str] = field(default_factory=list)
    # message_deny (True) / message_allow (False): (the customer's identity value, denied)
    permission: tuple[str, bool] | None = None
    ignored: str | None = None


def external_id(peer_id: int | str, message_id: int | str) -> str:
    return f"{peer_id}:{message_id}"


def user_identity(user_id: int, user: VkUser | None) -> tuple[IdentityRef, str]:
    """(identity, customer name): the user id is the key; names and screen name are display."""
    name = user.name if user is not None else ""
    screen = user.screen_name if user is not None else ""
    display = f"{name} (@{screen})" if name and screen else (name or (f"@{screen}" if screen
                                                                      else ""))
    return IdentityRef(KIND, str(user_id), display), name or (f"@{screen}" if screen
                                                               else f"VK user {user_id}")


def _timestamp(value: Any) -> datetime:
    try:
        return datetime.fromtimestamp(int(value or 0), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(UTC)


def largest_photo_url(photo: dict[str, Any]) -> tuple[str | None, int, int]:
    """(url, width, height) of the largest size of a photo object."""
    original = photo.get("orig_photo")
    if isinstance(original, dict) and original.get("url"):
        return original["url"], int(original.get("width") or 0), int(original.get("height") or 0)
    sizes = [s for s in photo.get("sizes") or [] if isinstance(s, dict) and s.get("url")]
    if not sizes:
        return None, 0, 0

    def rank(size: dict[str, Any]) -> tuple[int, int]:
        letter = str(size.get("type") or "")
        order = len(_SIZE_ORDER) - _SIZE_ORDER.index(letter) if letter in _SIZE_ORDER else 0
        return int(size.get("width") or 0) * int(size.get("height") or 0), order

    best = max(sizes, key=rank)
    return best["url"], int(best.get("width") or 0), int(best.get("height") or 0)


def _doc_filename(doc: dict[str, Any]) -> str:
    title = str(doc.get("title") or f"document_{doc.get('id', '')}")
    ext = str(doc.get("ext") or "")
    if ext and not title.lower().endswith("." + ext.lower()):
        title = f"{title}.{ext}"
    return title


def _attachments(message: dict[str, Any]) -> tuple[list[IncomingAttachment], list[str], dict]:
    """(files to download, text labels for what cannot be downloaded, extra)."""
    files: list[IncomingAttachment] = []
    labels: list[str] = []
    extra: dict[str, Any] = {}
    mid = message.get("id", 0)
    for index, item in enumerate(message.get("attachments") or []):
        kind = item.get("type")
        body = item.get(kind) if isinstance(kind, str) else None
        if not isinstance(body, dict):
            continue
        if kind == "photo":
            url, _w, _h = largest_photo_url(body)
            if url:
                files.append(IncomingAttachment(filename=f"photo_{mid}_{index + 1}.jpg",
                                                mime_type="image/jpeg", locator=url))
        elif kind == "doc":
            name = _doc_filename(body)
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            size = body.get("size")
            if body.get("url"):
                files.append(IncomingAttachment(filename=name, mime_type=mime,
                                                size=int(size) if size else None,
                                                locator=body["url"]))
            else:
                labels.append(f"[document {name}]")
        elif kind == "audio_message":
            url = body.get("link_ogg") or body.get("link_mp3")
            seconds = int(body.get("duration") or 0)
            labels.append(f"[voice message {seconds // 60}:{seconds % 60:02d}]")
            if url:
                ogg = bool(body.get("link_ogg"))
                files.append(IncomingAttachment(
                    filename=f"voice_{mid}.{'ogg' if ogg else 'mp3'}",
                    mime_type="audio/ogg" if ogg else "audio/mpeg", locator=url))
        elif kind == "sticker":
            extra["sticker"] = {"sticker_id": body.get("sticker_id"),
                                "product_id": body.get("product_id")}
            labels.append("[sticker]")
        elif kind == "link":
            labels.append(f"[link {body.get('url', '')}]".replace(" ]", "]"))
        else:  # video, wall post, market item, audio …: shown as a note, kept in the raw JSON
            labels.append(f"[{kind}]")
    return files, labels, extra


def convert_message(message: dict[str, Any], raw: bytes | None, names: dict[int, VkUser], *,
                    outbound: bool = False, shop_name: str = "") -> IncomingMessage:
    """One private-conversation message object → IncomingMessage (customer = the peer)."""
    peer_id = int(message["peer_id"])
    identity, name = user_identity(peer_id, names.get(peer_id))
    files, labels, extra = _attachments(message)
    text = str(message.get("text") or "")
    body = "\n".join([*labels, text] if labels and not text else [text, *labels]).strip()
    geo = message.get("geo")
    if isinstance(geo, dict) and isinstance(geo.get("coordinates"), dict):
        lat, lon = geo["coordinates"].get("latitude"), geo["coordinates"].get("longitude")
        extra["location"] = {"latitude": lat, "longitude": lon}
        body = (body + "\n" if body else "") + f"[location {lat}, {lon}]"
    in_reply_to = None
    reply = message.get("reply_message")
    if isinstance(reply, dict) and reply.get("id"):
        in_reply_to = external_id(peer_id, reply["id"])
        extra["reply_to"] = in_reply_to
    if message.get("fwd_messages"):
        extra["forwarded"] = len(message["fwd_messages"])
    if message.get("ref"):
        extra["ref"] = message["ref"]  # a vk.me/club?ref=… link the customer came through
    if message.get("conversation_message_id") is not None:
        extra["conversation_message_id"] = message["conversation_message_id"]
    sender_user = names.get(peer_id)
    if outbound:
        admin = message.get("admin_author_id")
        if admin:
            extra["admin_author_id"] = admin
        sender_name, sender_address = shop_name, f"club{abs(int(message.get('from_id') or 0))}"
    else:
        sender_name = name
        sender_address = (f"@{sender_user.screen_name}" if sender_user and sender_user.screen_name
                          else f"id{peer_id}")
    return IncomingMessage(
        channel=KIND,
        direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
        external_id=external_id(peer_id, message["id"]),
        sent_at=_timestamp(message.get("date")),
        identity=identity,
        customer_name=name,
        sender_address=sender_address,
        sender_name=sender_name,
        recipients=str(peer_id) if outbound else "",
        body_text=body,
        thread_key=f"vk:{peer_id}",
        in_reply_to=in_reply_to,
        is_read=outbound,
        delivery_state=DeliveryState.SENT if outbound else None,
        extra=extra,
        raw=raw,
        attachments=files,
    )


def written_phones(text: str, default_region: str = "PL") -> list[str]:
    """Numbers (E.164) in a message: read in the shop's region, then as Russian numbers — VK's
    customers write `8 (916) 123-45-67` without a country code."""
    found = find_phones(text, default_region)
    if default_region.upper() != "RU":
        found += [p for p in find_phones(text, "RU") if p not in found]
    return found


def raw_json(event: dict[str, Any]) -> bytes:
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _message_of(event: dict[str, Any]) -> dict[str, Any]:
    obj = event.get("object") or {}
    if event.get("type") == "message_new" and isinstance(obj.get("message"), dict):
        return obj["message"]  # since 5.103: {"message": …, "client_info": …}
    return obj


def peers_of(events: list[dict[str, Any]]) -> set[int]:
    """The user ids of the private conversations in these events (to ask `users.get`)."""
    found = set()
    for event in events:
        try:
            peer = int(_message_of(event).get("peer_id") or 0)
        except (TypeError, ValueError, AttributeError):
            continue
        if 0 < peer < CHAT_PEER_START:
            found.add(peer)
    return found


def convert_event(event: dict[str, Any], raw: bytes | None = None,
                  names: dict[int, VkUser] | None = None, *, shop_name: str = "",
                  default_region: str = "PL") -> ConvertedEvent:
    """Convert one event. Never raises on odd content: a message event it cannot read is kept
    as a message with `parse_error` (raw JSON stored with it); anything else is ignored."""
    names = names or {}
    if raw is None:
        raw = raw_json(event)
    kind = str(event.get("type") or "")
    result = ConvertedEvent(str(event.get("event_id") or ""))
    if kind in ("message_deny", "message_allow"):
        user_id = (event.get("object") or {}).get("user_id")
        if isinstance(user_id, int | str) and str(user_id).isdigit():
            result.permission = (str(user_id), kind == "message_deny")
        else:
            result.ignored = kind
        return result
    if kind not in ("message_new", "message_reply", "message_edit"):
        result.ignored = kind or "empty event"
        return result
    try:
        message = _message_of(event)
        peer = int(message["peer_id"])
        if peer >= CHAT_PEER_START or peer <= 0:
            result.ignored = "chat" if peer > 0 else "community conversation"
            return result
        outbound = kind == "message_reply" or bool(message.get("out"))
        incoming = convert_message(message, raw, names, outbound=outbound, shop_name=shop_name)
        if kind == "message_edit":
            edited_at = _timestamp(message.get("update_time") or message.get("date"))
            incoming.extra["edited"] = True
            result.edit = MessageEdit(incoming.external_id, incoming.body_text, edited_at,
                                      incoming)
            return result
        result.message = incoming
        if kind == "message_reply" and int(message.get("random_id") or 0):
            result.echo_random_id = int(message["random_id"])
        text = str(message.get("text") or "")
        if not outbound and sum(c.isdigit() for c in text) >= 7:  # a number has 7+ digits
            result.phones = written_phones(text, default_region)
        return result
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return _unreadable(event, raw, error)


def _unreadable(event: dict[str, Any], raw: bytes, error: Exception) -> ConvertedEvent:
    message = _message_of(event) if isinstance(event.get("object"), dict) else {}
    peer = message.get("peer_id", "unknown") if isinstance(message, dict) else "unknown"
    event_id = str(event.get("event_id") or "")
    mid = message.get("id") if isinstance(message, dict) else None
    return ConvertedEvent(event_id, message=IncomingMessage(
        channel=KIND,
        direction=Direction.INBOUND,
        external_id=external_id(peer, mid if mid is not None else f"event-{event_id}"),
        sent_at=_timestamp(message.get("date") if isinstance(message, dict) else None),
        identity=None,
        body_text="[a VK event shopinbox could not read]",
        parse_error=f"{type(error).__name__}: {error}",
        extra={"kind": "unreadable"},
        raw=raw,
    ))


def split_text(text: str, limit: int = 4096) -> list[str]:
    """A reply as VK messages of at most `limit` characters, split at line or word ends."""
    text = text.strip()
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        parts.append(text)
    return parts
