"""The suggested answer to "where is my order?": one key fills the composer with the order's
status, carrier and tracking link, in the customer's language, ready to edit before sending.

It is offered when the customer's newest inbound message has the intent `where_is_my_order`
(the shipped rules, or the model learned from the owner's corrections, `app.inbox.intents`) and
the shop knows an order of theirs: the one the message names (`#1042`), else their newest.

The text comes from the promo template engine (`app.promos.reply.render_variants`: sandboxed,
missing values shown as `«order.tracking_url»`, never blank). A promo reply with the shortcut
`/wismo` in the library is used when the shop wrote one (its wording wins); otherwise the
templates below. They mention a carrier and a tracking link only when the order has them, so an
order not shipped yet gets a plain status answer rather than a hole.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.intents import add_intents, intent_text
from shopinbox.app.promos.lookup import PromoNotFound, find_promo
from shopinbox.app.promos.reply import render_variants, resolve_customer
from shopinbox.domain.kinds import Direction
from shopinbox.domain.language_detect import detect_language
from shopinbox.domain.orders.mentions import find_known_order_numbers, normalize_order_number
from shopinbox.store.models import Message, Order

SHORTCUT = "/wismo"
INTENT = "where_is_my_order"

_TRACKING = {
    "pl": ("{% if order.carrier %} Przewoźnik: {{ order.carrier }}.{% endif %}"
           "{% if order.tracking_number %} Numer przesyłki: {{ order.tracking_number }}.{% endif %}"
           "{% if order.tracking_url %}\nPrzesyłkę można śledzić tutaj: {{ order.tracking_url }}"
           "{% endif %}"),
    "ru": ("{% if order.carrier %} Служба доставки: {{ order.carrier }}.{% endif %}"
           "{% if order.tracking_number %} Трек-номер: {{ order.tracking_number }}.{% endif %}"
           "{% if order.tracking_url %}\nОтследить посылку: {{ order.tracking_url }}{% endif %}"),
    "en": ("{% if order.carrier %} Carrier: {{ order.carrier }}.{% endif %}"
           "{% if order.tracking_number %} Tracking number: {{ order.tracking_number }}.{% endif %}"
           "{% if order.tracking_url %}\nTrack it here: {{ order.tracking_url }}{% endif %}"),
}
TEMPLATES: dict[str, tuple[str, str]] = {
    "pl": ("Zamówienie {{ order.number }}",
           "Dzień dobry{% if customer.first_name %} {{ customer.first_name }}{% endif %},\n\n"
           "zamówienie {{ order.number }} ma status: {{ order.status }}." + _TRACKING["pl"]
           + "\n\nPozdrawiamy,{% if shop.name %}\n{{ shop.name }}{% endif %}"),
    "ru": ("Заказ {{ order.number }}",
           "Здравствуйте{% if customer.first_name %}, {{ customer.first_name }}{% endif %}!\n\n"
           "Статус заказа {{ order.number }}: {{ order.status }}." + _TRACKING["ru"]
           + "\n\nС уважением,{% if shop.name %}\n{{ shop.name }}{% endif %}"),
    "en": ("Your order {{ order.number }}",
           "Hi{% if customer.first_name %} {{ customer.first_name }}{% endif %},\n\n"
           "your order {{ order.number }} is {{ order.status }}." + _TRACKING["en"]
           + "\n\nBest wishes,{% if shop.name %}\n{{ shop.name }}{% endif %}"),
}


@dataclass(frozen=True)
class SuggestedReply:
    customer_id: int
    message_id: int  # the question it answers
    order_id: int
    order_number: str
    language: str
    subject: str
    text: str
    missing: list[str]  # values the shop still has to fill in by hand (e.g. the shop's name)
    shortcut: str | None  # the library's promo reply used, or None for the shipped wording


def _question(session, customer_id: int) -> Message | None:
    """The customer's newest inbound message, when it asks where the order is."""
    message = session.scalar(
        select(Message).where(Message.customer_id == customer_id,
                              Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1))
    if message is None:
        return None
    rows = [{"id": message.id, "direction": message.direction, "subject": message.subject,
             "text": message.body_text}]
    add_intents(session, rows)
    return message if INTENT in rows[0]["intents"] else None


def _order(session, customer_id: int, text: str) -> Order | None:
    """The order the message names, else the customer's newest."""
    orders = list(session.scalars(select(Order).where(Order.customer_id == customer_id)
                                  .order_by(Order.placed_at.desc(), Order.id.desc())))
    if not orders:
        return None
    named = find_known_order_numbers(text, [normalize_order_number(o.number) for o in orders])
    for number in named:
        for order in orders:
            if normalize_order_number(order.number) == number:
                return order
    return orders[0]


def suggest_reply(ctx: AppContext, customer_id: int, channel: str | None = None
                  ) -> SuggestedReply | None:
    """The suggested answer for this customer's open "where is my order?" question, rendered
    for `channel` (None: with a subject), or None when there is no such question or no order."""
    with ctx.reader() as session:
        customer = resolve_customer(session, customer_id)
        question = _question(session, customer.id)
        if question is None:
            return None
        text = intent_text(question.subject, question.body_text)
        order = _order(session, customer.id, text)
        if order is None:
            return None
        try:
            promo = find_promo(session, SHORTCUT)
            variants = {v.language: (v.subject, v.body) for v in promo.variants} or TEMPLATES
        except PromoNotFound:
            promo, variants = None, TEMPLATES
        asked = detect_language(question.body_text or question.subject or "")
        language = None if customer.language or asked not in variants else asked
        rendered = render_variants(session, ctx, variants, customer_id=customer.id,
                                   channel=channel, language=language, order_id=order.id,
                                   promo=promo)
        return SuggestedReply(
            customer_id=customer.id, message_id=question.id, order_id=order.id,
            order_number=order.number, language=rendered.language, subject=rendered.subject,
            text=rendered.text, missing=rendered.missing,
            shortcut=promo.shortcut if promo is not None else None)
