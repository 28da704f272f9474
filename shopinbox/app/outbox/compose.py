"""The composer's actions as operations: queue what was written (a plain reply or an inserted
promo reply), retry a failed message, send one in the background. Each returns what changed
(`Changes`), so the window refreshes the customer's row and timeline from one signal."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.core.changes import Changes, OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.drafts import DraftText, clear_draft, load_draft
from shopinbox.app.outbox.sending import StoredAttachment, queue_reply, retry, send_message
from shopinbox.app.outbox.targets import ReplyOptions, reply_options
from shopinbox.app.promos.reply import prepare_promo_reply, reformat_edited
from shopinbox.store.models import Message


@dataclass
class PromoChoice:
    """A promo reply inserted into the text: its code is taken when the message is sent."""

    shortcut: str
    language: str
    answers: dict[str, str] = field(default_factory=dict)


@dataclass
class ComposedReply:
    customer_id: int
    text: str
    channel: str | None
    account_name: str | None
    subject: str | None
    attachments: list[Path] = field(default_factory=list)
    promo: PromoChoice | None = None


@dataclass
class ComposerState:
    """What the composer shows when a customer opens: where it can reply, and the draft."""

    customer_id: int
    options: ReplyOptions
    draft: DraftText | None


def composer_state(ctx: AppContext, customer_id: int) -> ComposerState:
    return ComposerState(customer_id, reply_options(ctx, customer_id),
                         load_draft(ctx, customer_id))


def queue_composed(ctx: AppContext, reply: ComposedReply) -> OpResult:
    """Queue the reply (nothing is sent here) and drop the customer's draft. Value: the new
    message id. Raises OutboxError, MissingValues, PoolEmpty, LookupError, OSError."""
    if reply.promo is not None:
        channel = reply.channel or reply_options(ctx, reply.customer_id).default_channel or ""
        prepared = prepare_promo_reply(ctx, reply.customer_id, reply.promo.shortcut, channel,
                                       language=reply.promo.language,
                                       answers=reply.promo.answers)
        # The user may have edited the text around the promo: keep their words.
        prepared = reformat_edited(prepared, reply.text, reply.subject)
        message_id = queue_reply(
            ctx, reply.customer_id, prepared.body_text, channel=channel,
            account_name=reply.account_name, subject=prepared.subject or None,
            html=prepared.body_html, attachments=list(reply.attachments),
            stored_attachments=[StoredAttachment(a.filename, a.mime_type, a.sha256, a.size)
                                for a in prepared.attachments],
            extra=prepared.extra)
    else:
        message_id = queue_reply(
            ctx, reply.customer_id, reply.text, channel=reply.channel,
            account_name=reply.account_name, subject=reply.subject,
            attachments=list(reply.attachments))
    clear_draft(ctx, reply.customer_id)
    return OpResult(message_id, Changes(customer_ids={reply.customer_id},
                                        messages={message_id}))


def _customer_of(ctx: AppContext, message_id: int) -> set[int]:
    with ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id).where(Message.id == message_id))
    return {customer_id} if customer_id is not None else set()


def retry_message(ctx: AppContext, message_id: int) -> Changes:
    """Failed → queued again (the window then sends it in the background)."""
    retry(ctx, message_id)
    return Changes(customer_ids=_customer_of(ctx, message_id), messages={message_id})


def send_now(ctx: AppContext, message_id: int) -> OpResult:
    """Send one queued message (network: runs on the network pool, not the writes thread).
    Value: (state, error)."""
    result = send_message(ctx, message_id)
    return OpResult(result, Changes(customer_ids=_customer_of(ctx, message_id),
                                    messages={message_id}))
