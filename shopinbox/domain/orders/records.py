"""What an order source hands to the store: plain order records, no ORM objects.

Every source (CSV exports, WooCommerce, Shopify) turns its own layout into `OrderRecord`s;
`store.orders.upsert_orders` writes them by (source, external_id), so re-importing the same
data updates rows and never duplicates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from shopinbox.domain.messages import IdentityRef

# Statuses that do not count towards a customer's lifetime value (lower-cased, any source).
NOT_SPENT_STATUSES = frozenset(
    {"cancelled", "canceled", "refunded", "failed", "voided", "trash", "anulowane",
     "zwrócone", "отменён", "отменен"}
)


@dataclass
class OrderLineRecord:
    name: str
    quantity: int = 1
    unit_price: Decimal = Decimal("0")
    total: Decimal | None = None
    sku: str = ""

    def line_total(self) -> Decimal:
        return self.total if self.total is not None else self.unit_price * self.quantity


@dataclass
class OrderRecord:
    """One order as a source reports it. `external_id` is unique within the source."""

    external_id: str
    number: str
    placed_at: datetime
    status: str = ""
    total: Decimal = Decimal("0")
    currency: str = ""
    email: str | None = None
    phone: str | None = None
    customer_name: str = ""
    shipping_address: str = ""
    carrier: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    # Where the parcel waits to be picked up (a parcel locker, the shop's pickup location):
    # "name (id): address" as far as the source says it; None for a delivery to the door.
    pickup_point: str | None = None
    # When the source last changed the order (API sources); drives the incremental cursor.
    updated_at: datetime | None = None
    lines: list[OrderLineRecord] = field(default_factory=list)
    # The buyer's identities on a channel the source belongs to (a marketplace login): the
    # order goes to the customer who has one of them before email and phone are looked at.
    identities: list[IdentityRef] = field(default_factory=list)
    # Discount codes the order used (matched to campaign codes as redemptions).
    discount_codes: list[str] = field(default_factory=list)
    # The buyer's marketing consent where the shop's data says it (Shopify "Accepts
    # Marketing"); None: not said.
    accepts_marketing: bool | None = None


@dataclass
class BadRow:
    """A row that could not be read: its line number in the file and why — `reason` in English
    (CLI, log), and for a window to word it: the order it belongs to, the field that could not
    be read (`number`, `date`, `total`, `quantity`, `price`; "" when none) and its text
    (empty `value` with a field: the field is missing)."""

    line: int
    reason: str
    order: str = ""
    field: str = ""
    value: str = ""


def normalise_order_number(number: str) -> str:
    """The comparable form of an order number: no leading '#', no spaces, upper-cased."""
    return number.strip().lstrip("#№").strip().upper()


def shopify_status(financial: str, fulfillment: str, cancelled: bool) -> str:
    """One status word from Shopify's two (the CSV export and the API say the same things)."""
    financial, fulfillment = financial.lower(), fulfillment.lower()
    if cancelled:
        return "cancelled"
    if financial in ("refunded", "voided"):
        return financial
    if fulfillment in ("fulfilled", "partial", "partially_fulfilled"):
        return "partial" if fulfillment.startswith("partial") else "fulfilled"
    return financial or fulfillment or "open"
