"""Render a promo reply for one customer and channel, prepare it for the outbox, finish it at send.

The contract with the outbox (app/outbox.py):

1. Composer/CLI: `prepare_promo_reply(ctx, customer_id, shortcut, channel, …)` renders the
   variant, refuses when values are missing (`MissingValues`) or the code pool cannot serve
   (`PoolEmpty`), and returns a `PreparedPromoReply`: subject, body_text, body_html (email HTML,
   or Telegram HTML for Telegram: send it with parse_mode=HTML), attachments (blob sha256s) and
   `extra` to merge into `Message.extra` of the queued message. The code is NOT taken yet: the
   texts hold `CODE_PLACEHOLDER` (`«code»`).
2. Outbox, in the write transaction that claims a queued message for sending (before the
   network call): `finalize_codes_on_send(session, message_id)`. It takes the customer's code
   from the pool (`store.discounts.assign_code`: never one code for two customers), puts it in
   subject/body_text/body_html, marks the message finalized, counts one use of the promo, and
   returns the code (None when the message carries no code). Calling it again is harmless.
   `PoolEmpty` here means the pool ran dry since queueing: mark the message failed with the error.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.lookup import find_promo, promo_pool
from shopinbox.app.promos.settings import fallback_chain, shop_name
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import Direction
from shopinbox.domain.language_detect import choose_language, detect_from_messages
from shopinbox.domain.promos.formats import to_email_html, to_plain_text
from shopinbox.domain.promos.render import CODE_PLACEHOLDER, render_template, unfilled_markers
from shopinbox.domain.promos.values import (
    CustomerFacts,
    OrderFacts,
    OrderLineFacts,
    template_values,
)
from shopinbox.store.discounts import PoolStatus, assign_code, check_can_serve, pool_status
from shopinbox.store.models import (
    AttachmentContent,
    Customer,
    Identity,
    Message,
    Order,
    PromoAttachment,
    PromoReply,
)
from shopinbox.store.queries import surviving_customer


class MissingValues(ShopError, ValueError):
    """The reply still needs values (no order, unanswered fields …); `missing` names them
    (code `missing_values(names)`)."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__("missing_values", names=", ".join(missing))


@dataclass
class RenderedAttachment:
    id: int
    filename: str
    mime_type: str
    sha256: str
    size: int


@dataclass
class RenderedPromo:
    """A rendered variant. `missing` non-empty means: show it to the user, do not send."""

    promo_id: int | None
    shortcut: str
    language: str
    available_languages: list[str]
    subject: str
    text: str
    html: str  # the HTML of a channel with subjects (email-like), for previews without one
    markup: dict[str, str] = field(default_factory=dict)  # channel kind -> its HTML body
    attachments: list[RenderedAttachment] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    pool_id: int | None = None
    pool_name: str | None = None
    code_placeholder: str = CODE_PLACEHOLDER

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def uses_code(self) -> bool:
        return self.pool_id is not None and CODE_PLACEHOLDER in self.subject + self.text


@dataclass
class PreparedPromoReply:
    """What to queue in the outbox for one promo reply."""

    customer_id: int
    channel: str
    subject: str
    body_text: str
    body_html: str
    attachments: list[RenderedAttachment]
    extra: dict[str, Any]
    rendered: RenderedPromo


def resolve_customer(session: Session, customer_id: int) -> Customer:
    """The customer, following merges to the survivor; LookupError when unknown."""
    customer = surviving_customer(session, customer_id)
    if customer is None:
        raise LookupError(f"no customer with id {customer_id}")
    return customer


def _customer_facts(session: Session, customer: Customer) -> CustomerFacts:
    email = session.scalar(select(Identity.value).where(
        Identity.customer_id == customer.id, Identity.kind == "email").order_by(Identity.id))
    return CustomerFacts(customer.display_name or "", email)


def _detected_language(session: Session, customer_id: int) -> str | None:
    texts = session.scalars(
        select(Message.body_text)
        .where(Message.customer_id == customer_id, Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc()).limit(30)
    ).all()
    return detect_from_messages(texts)


def _order_facts(session: Session, customer_id: int | None, order_id: int | None
                 ) -> OrderFacts | None:
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None:
            raise LookupError(f"no order with id {order_id}")
    elif customer_id is not None:
        order = session.scalar(select(Order).where(Order.customer_id == customer_id)
                               .order_by(Order.placed_at.desc(), Order.id.desc()).limit(1))
    else:
        order = None
    if order is None:
        return None
    return OrderFacts(
        number=order.number, status=order.status, total=order.total, currency=order.currency,
        placed_at=order.placed_at, tracking_url=order.tracking_url,
        tracking_number=order.tracking_number, carrier=order.carrier,
        pickup_point=order.pickup_point,
        lines=[OrderLineFacts(line.name, line.sku, line.quantity, line.total)
               for line in order.lines],
    )


def _has_subjects(channel: str | None) -> bool:
    """A preview (no channel) shows the subject; a channel without subjects drops it."""
    found = registry.find(channel) if channel else None
    return channel is None or (found is not None and found.capabilities.subjects)


def _markup(text: str) -> dict[str, str]:
    found = {}
    for channel in registry.channels():
        markup = channel.render_markup(text)
        if markup is not None:
            found[channel.kind] = markup
    return found


def _attachments(session: Session, promo_id: int) -> list[RenderedAttachment]:
    rows = session.execute(
        select(PromoAttachment, AttachmentContent.size)
        .join(AttachmentContent, AttachmentContent.sha256 == PromoAttachment.sha256)
        .where(PromoAttachment.promo_id == promo_id).order_by(PromoAttachment.id)
    ).all()
    return [
        RenderedAttachment(
            a.id, a.filename, a.mime_type, a.sha256, size,
        )
        for a, size in rows
    ]


def render_variants(
    session: Session,
    ctx: AppContext,
    variants: dict[str, tuple[str, str]],
    *,
    customer_id: int | None,
    channel: str | None,
    language: str | None = None,
    order_id: int | None = None,
    answers: dict[str, str] | None = None,
    promo: PromoReply | None = None,
) -> RenderedPromo:
    """Render one of `variants` (language -> (subject, body)) for a customer. Channel None
    (preview) or "email" counts the subject's missing values; Telegram has no subject."""
    customer = resolve_customer(session, customer_id) if customer_id is not None else None
    customer_language = customer.language if customer else None
    detected = (_detected_language(session, customer.id)
                if customer is not None and not customer_language else None)
    chosen = choose_language(list(variants), explicit=language,
                             customer_language=customer_language, detected=detected,
                             fallback=fallback_chain(ctx, session))
    pool = promo_pool(session, promo.id) if promo is not None and promo.id else None
    values = template_values(
        language=chosen,
        customer=_customer_facts(session, customer) if customer else None,
        order=_order_facts(session, customer.id if customer else None, order_id),
        shop_name=shop_name(ctx, session),
        promo_title=promo.title if promo else "",
        has_code_pool=pool is not None,
    )
    subject_source, body_source = variants[chosen]
    subject = render_template(subject_source, values, answers)
    body = render_template(body_source, values, answers)
    missing = list(body.missing)
    if _has_subjects(channel):
        missing = list(dict.fromkeys(subject.missing + missing))
    subject_text = " ".join(to_plain_text(subject.text).split())
    return RenderedPromo(
        promo_id=promo.id if promo else None,
        shortcut=promo.shortcut if promo else "",
        language=chosen,
        available_languages=sorted(variants),
        subject=subject_text,
        text=to_plain_text(body.text).strip(),
        html=to_email_html(body.text),
        markup=_markup(body.text),
        attachments=_attachments(session, promo.id) if promo is not None and promo.id else [],
        missing=missing,
        asked=list(dict.fromkeys(subject.asked + body.asked)),
        pool_id=pool.id if pool else None,
        pool_name=pool.name if pool else None,
    )


def render_promo(
    ctx: AppContext,
    promo: int | str,
    customer_id: int | None,
    channel: str | None = None,
    language: str | None = None,
    order_id: int | None = None,
    answers: dict[str, str] | None = None,
) -> RenderedPromo:
    """Render a saved promo (id or shortcut) for a customer (None: no customer, a preview).

    Raises PromoNotFound, LookupError (customer/order), VariantNotFound (explicit language
    without variant) and PromoTemplateError (the template is not allowed / cannot render)."""
    with ctx.reader() as session:
        row = find_promo(session, promo)
        variants = {v.language: (v.subject, v.body) for v in row.variants}
        return render_variants(session, ctx, variants, customer_id=customer_id, channel=channel,
                               language=language, order_id=order_id, answers=answers, promo=row)


def preview_template(
    ctx: AppContext,
    subject: str,
    body: str,
    customer_id: int | None,
    channel: str | None = None,
    *,
    language: str = "en",
    promo: int | str | None = None,
    order_id: int | None = None,
    answers: dict[str, str] | None = None,
) -> RenderedPromo:
    """Live preview for the editor: render unsaved text as `language`'s variant of `promo`."""
    with ctx.reader() as session:
        row = find_promo(session, promo) if promo is not None else None
        return render_variants(session, ctx, {language: (subject, body)},
                               customer_id=customer_id, channel=channel, language=language,
                               order_id=order_id, answers=answers, promo=row)


def check_before_send(ctx: AppContext, promo: int | str, customer_id: int,
                      *, new_code: bool = False) -> PoolStatus | None:
    """Raise PoolEmpty when the promo's code pool could not give this customer a code now.
    Returns the pool's status (None when the promo has no pool) for the UI to show."""
    with ctx.reader() as session:
        row = find_promo(session, promo)
        pool = promo_pool(session, row.id)
        if pool is None:
            return None
        customer = resolve_customer(session, customer_id)
        check_can_serve(session, pool.id, customer.id, new=new_code)
        return pool_status(session, pool.id)


def prepare_promo_reply(
    ctx: AppContext,
    customer_id: int,
    promo: int | str,
    channel: str,
    *,
    language: str | None = None,
    order_id: int | None = None,
    answers: dict[str, str] | None = None,
    new_code: bool = False,
) -> PreparedPromoReply:
    """Render for sending: raises MissingValues or PoolEmpty instead of queueing a bad reply."""
    rendered = render_promo(ctx, promo, customer_id, channel, language, order_id, answers)
    if rendered.missing:
        raise MissingValues(rendered.missing)
    with ctx.reader() as session:
        customer = resolve_customer(session, customer_id)
        if rendered.uses_code and rendered.pool_id is not None:
            check_can_serve(session, rendered.pool_id, customer.id, new=new_code)
    subjects = _has_subjects(channel)
    extra: dict[str, Any] = {"promo": {
        "promo_id": rendered.promo_id, "shortcut": rendered.shortcut,
        "language": rendered.language, "pool_id": rendered.pool_id if rendered.uses_code else None,
        "new_code": new_code, "placeholder": CODE_PLACEHOLDER, "finalized": False,
    }}
    return PreparedPromoReply(
        customer_id=customer.id, channel=channel,
        subject=rendered.subject if subjects else "",
        body_text=rendered.text,
        body_html=(rendered.markup.get(channel) or "") if channel else rendered.html,
        attachments=rendered.attachments, extra=extra, rendered=rendered,
    )


def reformat_edited(prepared: PreparedPromoReply, text: str,
                    subject: str | None = None) -> PreparedPromoReply:
    """The composer let the user edit the inserted text: rebuild the channel forms from the
    edited text (same escaping rules) and refuse when a `«missing»` marker is still in it.
    The code placeholder may stay (or be deleted: then no code is taken)."""
    subject = prepared.subject if subject is None else subject
    left = unfilled_markers(f"{subject}\n{text}")
    if left:
        raise MissingValues(left)
    channel = registry.find(prepared.channel)
    return PreparedPromoReply(
        customer_id=prepared.customer_id, channel=prepared.channel,
        subject=" ".join(to_plain_text(subject).split()) if _has_subjects(prepared.channel)
        else "",
        body_text=to_plain_text(text).strip(),
        body_html=(channel.render_markup(text) or "") if channel is not None else to_email_html(text),
        attachments=prepared.attachments, extra=prepared.extra, rendered=prepared.rendered,
    )


def finalize_codes_on_send(session: Session, message_id: int) -> str | None:
    """At send time, inside the outbox's write transaction: put the real code in the message.

    Idempotent (a retried send keeps its code). Returns the code, or None without one."""
    message = session.get(Message, message_id)
    if message is None:
        raise LookupError(f"no message with id {message_id}")
    info = dict((message.extra or {}).get("promo") or {})
    if not info:
        return None
    if info.get("finalized"):
        return info.get("code")
    placeholder = info.get("placeholder") or CODE_PLACEHOLDER
    code = None
    texts = (message.subject or "", message.body_text or "", message.body_html or "")
    if info.get("pool_id") and any(placeholder in part for part in texts):
        if message.customer_id is None:
            raise LookupError("a message carrying a discount code needs a customer")
        code = assign_code(session, int(info["pool_id"]), message.customer_id, message.id,
                           message.channel, new=bool(info.get("new_code")))
        message.subject = texts[0].replace(placeholder, code)
        message.body_text = texts[1].replace(placeholder, code)
        if message.body_html is not None:
            message.body_html = texts[2].replace(placeholder, html.escape(code, quote=False))
    info.update(finalized=True, code=code)
    message.extra = {**(message.extra or {}), "promo": info}
    if info.get("promo_id"):
        session.execute(update(PromoReply).where(PromoReply.id == int(info["promo_id"]))
                        .values(usage_count=PromoReply.usage_count + 1)
                        .execution_options(synchronize_session=False))
    session.flush()
    return code
