"""Turn a parsed email into the `IncomingMessage` the store takes (pure: no I/O).

Who is the customer: the sender for received mail, the first recipient that is not us for
mail found in Sent. Automated mail (lists, no-reply, Auto-Submitted, bulk) is kept but gets no
customer unless the user opted in (`automated_as_customers`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from shopinbox.channels.email.convert import KIND
from shopinbox.channels.email.convert.mail_parse import ParsedMail, external_id_for, parse_many
from shopinbox.domain.intents.model import IntentModel, intent_text
from shopinbox.domain.kinds import DeliveryState, Direction, IdentityKind
from shopinbox.domain.lemmas import index_text
from shopinbox.domain.messages import (
    IdentityRef,
    IncomingAttachment,
    IncomingMessage,
    index_source,
    one_line,
)

MAX_ADDRESS = 320
MAX_NAME = 255


def thread_key(parsed: ParsedMail) -> str | None:
    """The root of the thread: first References id, else In-Reply-To, else own Message-ID."""
    if parsed.references:
        return parsed.references[0]
    return parsed.in_reply_to or parsed.message_id


def format_addresses(addresses: list[tuple[str, str]]) -> str:
    return ", ".join(f"{name} <{address}>" if name else address for name, address in addresses)


# (key, model) of the intent model a parse process was given (`use_intent_model`).
_intent_model: tuple[Any, IntentModel] | None = None


def use_intent_model(key: Any, model: IntentModel | None) -> None:
    """Give this (parse) process the store's current intent model, so `parse_and_index`
    guesses intents too; the writer keeps a guess only while `key` is still current."""
    global _intent_model
    _intent_model = (key, model) if model is not None else None


def parse_and_index(raws: list[bytes]) -> list[ParsedMail]:
    """Parse a chunk of messages and work out their search index text and, with a model
    given (`use_intent_model`), their intents (the unit of work of a parse process: the
    store's writer then only writes them)."""
    parsed = parse_many(raws)
    for mail in parsed:
        mail.index = index_text(*index_source(mail.subject, mail.body_text,
                                              mail.sender_name[:MAX_NAME],
                                              mail.sender_address[:MAX_ADDRESS]))
        if _intent_model is not None:
            key, model = _intent_model
            mail.intents = (key, model.predict(intent_text(one_line(mail.subject),
                                                           mail.body_text)))
    return parsed


def mail_to_incoming(parsed: ParsedMail, raw: bytes, *, folder: str, uid: int, uidvalidity: int,
                     seen: bool, outgoing: bool, own_addresses: set[str],
                     automated_as_customers: bool = False,
                     internal_date: datetime | None = None) -> IncomingMessage:
    direction = Direction.OUTBOUND if outgoing else Direction.INBOUND
    identity = None
    customer_name = ""
    if outgoing:
        for name, address in parsed.to + parsed.cc:
            if address and address not in own_addresses:
                identity = IdentityRef(IdentityKind.EMAIL, address, name)
                customer_name = name
                break
    elif parsed.sender_address and (automated_as_customers or not parsed.is_automated):
        identity = IdentityRef(IdentityKind.EMAIL, parsed.sender_address, parsed.sender_name)
        customer_name = parsed.sender_name
    extra: dict = {"imap": {"folder": folder, "uid": uid, "uidvalidity": uidvalidity}}
    if parsed.has_remote_images:
        extra["remote_images"] = True
    if parsed.automated_reason:
        extra["automated_reason"] = parsed.automated_reason
    if parsed.defects:
        extra["mime_defects"] = parsed.defects
    return IncomingMessage(
        channel=KIND,
        direction=direction,
        external_id=external_id_for(parsed, raw)[:512],
        sent_at=parsed.date or internal_date or datetime.now(UTC),
        identity=identity,
        customer_name=customer_name,
        sender_address=parsed.sender_address[:MAX_ADDRESS],
        sender_name=parsed.sender_name[:MAX_NAME],
        recipients=format_addresses(parsed.to + parsed.cc),
        subject=parsed.subject,
        body_text=parsed.body_text,
        body_html=parsed.body_html,
        folder=folder,
        thread_key=(thread_key(parsed) or "")[:512] or None,
        in_reply_to=(parsed.in_reply_to or "")[:512] or None,
        references=" ".join(parsed.references) or None,
        is_read=seen or outgoing,
        is_automated=parsed.is_automated and not outgoing and not automated_as_customers,
        parse_error=parsed.parse_error,
        delivery_state=DeliveryState.SENT if outgoing else None,
        extra=extra,
        raw=raw,
        index=parsed.index,
        intents=None if outgoing else parsed.intents,
        attachments=[
            IncomingAttachment(filename=a.filename, mime_type=a.mime_type, size=a.size,
                               content_id=a.content_id, is_inline=a.is_inline,
                               locator=a.locator)
            for a in parsed.attachments
        ],
    )
