"""The outbox's sender for Telegram bot accounts.

A reply becomes one or more Bot API messages: the text split at 4096 characters on word
boundaries (sent with parse_mode HTML, escaped), then each attachment (images as photos, other
files as documents). Each part is a step of the outbox (app/outbox/sending.py): recorded in
flight before it is sent and done, with its Telegram message id, as soon as the server answered —
so a retry, or a resume after kill -9, sends only what is missing and never a part twice. (Only a
part in flight at a crash is unknown: the outbox shows that reply as "may have been sent".)

Parts go out on the bot's client kept open between sends (`bot_sessions`: one `getMe` per
bot and run, not per message).

A 403 means the customer blocked the bot: the identity is marked unreachable (the composer then
offers the customer's other channels) and the message fails without retry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret
from shopinbox.app.outbox.sending import PermanentSendError, begin_step, done_steps, end_step
from shopinbox.channels.base import SendOutcome
from shopinbox.channels.telegram.bot_client import BotBlocked, TelegramClient
from shopinbox.channels.telegram.bot_sessions import SESSIONS
from shopinbox.channels.telegram.convert.text_format import html_parts
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import DeliveryState, Direction
from shopinbox.store.database import require
from shopinbox.store.models import Account, Identity, Message

# `Identity.unreachable_reason` of a customer who blocked the bot: a stored error code, so
# the customer panel and the composer word it in the user's language.
BLOCKED_REASON = ShopError("recipient_blocked").stored()
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp"}
PHOTO_LIMIT = 10 * 1024 * 1024
# Flood control while sending: one wait of up to this many seconds is taken in the call; a
# longer one, or more waiting in all, ends the send as `throttled(until)` (the reply fails
# with "Telegram asks to wait until HH:MM" and the outbox goes on with the next one).
SEND_INLINE_WAIT = 5.0
SEND_TOTAL_WAIT = 5.0  # sendPhoto takes photos up to 10 MB; larger go as documents


@dataclass
class _Part:
    key: str
    text: str | None = None
    content: bytes | None = None
    filename: str = ""
    photo: bool = False


def _reply_target(session, message: Message) -> int | None:
    """Quote the customer's message only when something was said after it: right after their
    message a plain answer is clear; later, the quote says what we answer."""
    target_id = (message.extra or {}).get("reply_to_message_id")
    target = session.get(Message, target_id) if target_id else None
    if target is None or target.channel != "telegram" or ":" not in target.external_id:
        return None
    later = session.scalar(
        select(Message.id).where(
            Message.thread_key == target.thread_key, Message.id != message.id,
            Message.id != target.id, Message.sent_at >= target.sent_at,
            (Message.direction == Direction.INBOUND)
            | (Message.delivery_state == DeliveryState.SENT),
        ).limit(1)
    )
    if later is None:
        return None
    try:
        return int(target.external_id.rsplit(":", 1)[1])
    except ValueError:
        return None


def send_telegram_message(ctx: AppContext, message_id: int) -> SendOutcome:
    with ctx.reader() as session:
        message = require(session, Message, message_id)
        account = require(session, Account, message.account_id)
        identity = session.get(Identity, message.identity_id) if message.identity_id else None
        if identity is None:
            raise PermanentSendError("recipient_missing")
        chat_id = identity.value
        reply_to = _reply_target(session, message)
        parts = [_Part(f"text{i}", text=t) for i, t in enumerate(html_parts(message.body_text))]
        for index, attachment in enumerate(message.attachments):
            content = ctx.blobs.read(attachment.sha256) if attachment.sha256 else b""
            parts.append(_Part(f"file{index}", content=content, filename=attachment.filename,
                               photo=attachment.mime_type in PHOTO_TYPES
                               and len(content) <= PHOTO_LIMIT))
        done: dict[str, int] = {**dict((message.extra or {}).get("telegram_sent_parts") or {}),
                                **done_steps(message)}
    token = load_secret(account.name, account.secret_ref)
    try:
        _send(ctx, message_id, token, (account.settings or {}).get("api_url"), chat_id, parts,
              done, reply_to)
    except BotBlocked as error:
        _mark_blocked(ctx, identity.id)
        raise PermanentSendError("recipient_blocked", detail=error.detail) from None
    ids = [done[p.key] for p in parts if p.key in done]
    return SendOutcome(external_id=f"{chat_id}:{ids[0]}" if ids else None,
                       extra={"telegram_message_ids": ids})


def _send(ctx: AppContext, message_id: int, token: str, api_url: str | None, chat_id: str,
          parts: list[_Part], done: dict[str, int], reply_to: int | None) -> None:
    """Each missing part on the bot's kept client (`bot_sessions`); its steps are recorded
    from this thread, before and after the part's call (the last one's with the outcome)."""
    missing = [part for part in parts if part.key not in done]
    for number, part in enumerate(missing, 1):
        quote = reply_to if not done else None  # only the first part quotes
        begin_step(ctx, message_id, part.key)
        sent = SESSIONS.call(token, api_url, partial(_send_part, part, chat_id, quote),
                             max_wait=SEND_INLINE_WAIT, max_total_wait=SEND_TOTAL_WAIT)
        done[part.key] = sent
        # the last part's step is recorded with the outcome, in the same commit
        end_step(ctx, message_id, part.key, sent, last=number == len(missing))


async def _send_part(part: _Part, chat_id: str, quote: int | None,
                     client: TelegramClient) -> int:
    if part.text is not None:
        return await client.send_text(chat_id, part.text, reply_to=quote)
    return await client.send_file(chat_id, part.content or b"", part.filename,
                                  photo=part.photo, reply_to=quote)


def _mark_blocked(ctx: AppContext, identity_id: int) -> None:
    with ctx.writer() as session, session.begin():
        identity = session.get(Identity, identity_id)
        if identity is not None:
            identity.unreachable_reason = BLOCKED_REASON
