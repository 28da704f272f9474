"""The values a promo template can use, built from plain facts about customer, order and shop.

Names (all optional; a missing one is listed before sending, never sent blank):
- `customer.first_name`, `customer.name`, `customer.email`
- `order.number`, `order.status` (in the reply's language), `order.total` (amount + currency,
  with the language's decimal separator), `order.tracking_url`, `order.tracking_number`,
  `order.carrier`, `order.pickup_point` (where the parcel waits: a parcel locker, a pickup
  shop), `order.date` (YYYY-MM-DD), `order.lines` (each: `name`, `sku`, `quantity`,
  `total`)
- `shop.name`
- `promo.code` (a placeholder until the message is sent; only when a code pool is attached),
  `promo.title`
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from shopinbox.domain.promos.render import CODE_PLACEHOLDER, Record

# Every value a template can name, in the order the editor lists them; `promo.code` only
# works when a code pool is attached to the promo.
PLACEHOLDERS: tuple[str, ...] = (
    "customer.first_name", "customer.name", "customer.email", "order.number", "order.status",
    "order.total", "order.date", "order.tracking_url", "order.tracking_number",
    "order.carrier", "order.pickup_point", "shop.name", "promo.title", "promo.code",
)

STATUS_LABELS: dict[str, dict[str, str]] = {
    "pl": {"pending": "oczekuje na płatność", "processing": "w realizacji", "on-hold": "wstrzymane",
           "shipped": "wysłane", "completed": "zrealizowane", "cancelled": "anulowane",
           "refunded": "zwrócone", "failed": "nieudane"},
    "ru": {"pending": "ожидает оплаты", "processing": "в обработке", "on-hold": "на удержании",
           "shipped": "отправлен", "completed": "выполнен", "cancelled": "отменён",
           "refunded": "возвращён", "failed": "не удался"},
    "en": {"pending": "pending payment", "processing": "being prepared", "on-hold": "on hold",
           "shipped": "shipped", "completed": "completed", "cancelled": "cancelled",
           "refunded": "refunded", "failed": "failed"},
}
_COMMA_DECIMAL = {"pl", "ru", "uk", "de", "fr", "cs", "es", "it"}


@dataclass
class CustomerFacts:
    display_name: str = ""
    email: str | None = None


@dataclass
class OrderLineFacts:
    name: str
    sku: str
    quantity: int
    total: Decimal


@dataclass
class OrderFacts:
    number: str
    status: str
    total: Decimal
    currency: str
    placed_at: datetime | None = None
    tracking_url: str | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    pickup_point: str | None = None
    lines: list[OrderLineFacts] = field(default_factory=list)


def first_name(display_name: str) -> str | None:
    """The first word of a real name; an address or @handle is not a name."""
    name = display_name.strip()
    if not name or "@" in name:
        return None
    return name.split()[0]


def status_label(status: str, language: str) -> str:
    labels = STATUS_LABELS.get(language, STATUS_LABELS["en"])
    return labels.get(status.strip().lower(), status)


def format_amount(amount: Decimal, currency: str, language: str) -> str:
    text = f"{amount:,.2f}"  # 1,234.50
    if language in _COMMA_DECIMAL:
        text = text.replace(",", "\u00a0").replace(".", ",")
    return f"{text} {currency}".strip()


def template_values(
    *,
    language: str,
    customer: CustomerFacts | None,
    order: OrderFacts | None,
    shop_name: str | None,
    promo_title: str = "",
    has_code_pool: bool = False,
) -> dict[str, Any]:
    """The template's top-level names; absent data is simply left out (and so reported)."""
    values: dict[str, Any] = {}
    if customer is not None:
        name = customer.display_name.strip()
        values["customer"] = Record("customer", {
            "name": name if name and "@" not in name else None,
            "first_name": first_name(name),
            "email": customer.email,
        })
    if order is not None:
        values["order"] = Record("order", {
            "number": order.number,
            "status": status_label(order.status, language) if order.status else None,
            "total": format_amount(order.total, order.currency, language),
            "tracking_url": order.tracking_url,
            "tracking_number": order.tracking_number,
            "carrier": order.carrier,
            "pickup_point": order.pickup_point,
            "date": order.placed_at.date().isoformat() if order.placed_at else None,
            "lines": [
                Record("order.lines", {"name": line.name, "sku": line.sku,
                                       "quantity": line.quantity,
                                       "total": format_amount(line.total, order.currency,
                                                              language)})
                for line in order.lines
            ],
        })
    values["shop"] = Record("shop", {"name": shop_name})
    values["promo"] = Record("promo", {"code": CODE_PLACEHOLDER if has_code_pool else None,
                                       "title": promo_title})
    return values
