"""Promo replies for the composer's picker: list them and render one for a customer.

A small stand-in for the promo engineer's `app/promos.py` (same shape:
`render_promo(ctx, shortcut, customer_id, channel) -> subject/text/missing`) so the window works
end to end on the demo. Rendering uses Jinja2's sandbox; `{{ promo.code }}` is shown as a
placeholder here because the real code is only taken from the pool at send time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from shopinbox.app.context import AppContext
from shopinbox.store.models import Customer, Order, PromoReply

SHOP_NAME_FALLBACK = "Leśna Herbaciarnia"


@dataclass
class PromoChoice:
    shortcut: str
    title: str
    category: str
    languages: list[str]


@dataclass
class RenderedPromo:
    subject: str
    text: str
    language: str
    missing: list[str] = field(default_factory=list)


def list_promos(ctx: AppContext) -> list[PromoChoice]:
    with ctx.reader() as session:
        promos = session.scalars(select(PromoReply).options(selectinload(PromoReply.variants))
                                 .order_by(PromoReply.usage_count.desc(), PromoReply.title))
        return [PromoChoice(p.shortcut, p.title, p.category,
                            [v.language for v in p.variants]) for p in promos]


def _missing_class():
    """An Undefined that renders a visible gap and remembers the name, instead of failing the
    whole template (jinja2 is imported on first use: it is not needed to start the window)."""
    from jinja2 import ChainableUndefined

    class Missing(ChainableUndefined):
        seen: list[str] = []

        def __str__(self) -> str:
            Missing.seen.append(self._undefined_name or "?")
            return "[?]"

    return Missing


def render_promo(ctx: AppContext, shortcut: str, customer_id: int, channel: str = "email",
                 shop_name: str = SHOP_NAME_FALLBACK) -> RenderedPromo:
    with ctx.reader() as session:
        promo = session.scalar(select(PromoReply).options(selectinload(PromoReply.variants))
                               .where(PromoReply.shortcut == shortcut))
        if promo is None:
            raise LookupError(shortcut)
        customer = session.get(Customer, customer_id)
        order = session.scalar(select(Order).where(Order.customer_id == customer_id)
                               .order_by(Order.placed_at.desc()).limit(1))
        language = (customer.language if customer else None) or "en"
        variants = {v.language: v for v in promo.variants}
        variant = variants.get(language) or variants.get("en") or next(iter(variants.values()))
        name = customer.display_name if customer else ""
        values = {
            "customer": {"name": name, "first_name": name.split(" ")[0] if name else ""},
            "shop": {"name": shop_name},
            "promo": {"code": "{{ promo.code }}"},
            "channel": channel,
        }
        if order is not None:
            values["order"] = {"number": order.number, "status": order.status,
                               "tracking_url": order.tracking_url or "",
                               "total": f"{order.total} {order.currency}"}
        from jinja2 import UndefinedError
        from jinja2.sandbox import SandboxedEnvironment

        missing = _missing_class()
        environment = SandboxedEnvironment(undefined=missing, autoescape=False)
        try:
            subject = environment.from_string(variant.subject).render(values)
            text = environment.from_string(variant.body).render(values)
        except UndefinedError as error:
            return RenderedPromo("", "", variant.language, [str(error)])
        return RenderedPromo(subject, text, variant.language, sorted(set(missing.seen)))
