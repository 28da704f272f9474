"""Allegro checkout forms (`GET /order/checkout-forms`, the documented JSON as dicts) → order
records. Pure, no I/O.

The buyer's login becomes an `allegro` identity of the order (the customer who writes in the
message centre), email and phone the order's contacts. The status is one word: the checkout
form's own status until the buyer paid (`bought`, `filled_in`, `cancelled`), then the seller's
fulfillment status (`new`, `processing`, `ready_for_shipment`, `sent`, `picked_up`, `returned`
…), lower-cased. The delivery method and the pickup point (a parcel locker) are kept with the
shipping address."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from shopinbox.domain.messages import IdentityRef
from shopinbox.domain.orders.records import OrderLineRecord, OrderRecord

IDENTITY_KIND = "allegro"  # the allegro channel's identity kind (the buyer's login)
PAID = "READY_FOR_PROCESSING"


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _money(value: dict[str, Any] | None) -> tuple[Decimal, str]:
    value = value or {}
    try:
        return Decimal(str(value.get("amount") or "0")), str(value.get("currency") or "")
    except InvalidOperation:
        return Decimal("0"), str(value.get("currency") or "")


def status_of(form: dict[str, Any]) -> str:
    status = str(form.get("status") or "")
    if status == PAID:
        fulfillment = (form.get("fulfillment") or {}).get("status")
        return str(fulfillment or "new").lower()
    return status.lower()


def _address(address: dict[str, Any] | None) -> str:
    address = address or {}
    person = " ".join(p for p in (address.get("firstName"), address.get("lastName")) if p)
    lines = [address.get("companyName"), person, address.get("street"),
             " ".join(p for p in (address.get("zipCode"), address.get("city")) if p),
             address.get("countryCode")]
    return "\n".join(str(p) for p in lines if p)


def pickup_point_of(delivery: dict[str, Any]) -> str | None:
    """The parcel locker or pickup point the buyer chose: "name (id): address"."""
    point = delivery.get("pickupPoint") or None
    if not point:
        return None
    where = _address(point.get("address")).replace("\n", ", ")
    name = point.get("name") or point.get("id")
    return f"{name} ({point.get('id')})" + (f": {where}" if where else "")


def shipping_of(delivery: dict[str, Any]) -> str:
    parts = []
    method = (delivery.get("method") or {}).get("name")
    if method:
        parts.append(str(method))
    point = pickup_point_of(delivery)
    if point:
        parts.append(point)
    address = _address(delivery.get("address"))
    if address:
        parts.append(address)
    return "\n".join(parts)


def convert_checkout_form(form: dict[str, Any]) -> OrderRecord:
    buyer = form.get("buyer") or {}
    delivery = form.get("delivery") or {}
    items = form.get("lineItems") or []
    total, currency = _money((form.get("summary") or {}).get("totalToPay"))
    lines = []
    for item in items:
        price, currency_of_line = _money(item.get("price"))
        offer = item.get("offer") or {}
        quantity = int(item.get("quantity") or 1)
        lines.append(OrderLineRecord(
            name=str(offer.get("name") or ""), quantity=quantity, unit_price=price,
            total=price * quantity,
            sku=str((offer.get("external") or {}).get("id") or offer.get("id") or "")))
        currency = currency or currency_of_line
    bought = _time(items[0].get("boughtAt")) if items else None
    updated = _time(form.get("updatedAt"))
    login = str(buyer.get("login") or "")
    name = " ".join(p for p in (buyer.get("firstName"), buyer.get("lastName")) if p) or login
    phone = buyer.get("phoneNumber") or (delivery.get("address") or {}).get("phoneNumber")
    return OrderRecord(
        external_id=str(form["id"]), number=str(form["id"]),
        placed_at=bought or updated or datetime.now(UTC), status=status_of(form), total=total,
        currency=currency, email=buyer.get("email") or None, phone=phone or None,
        customer_name=name, shipping_address=shipping_of(delivery),
        carrier=(delivery.get("method") or {}).get("name"), updated_at=updated, lines=lines,
        pickup_point=pickup_point_of(delivery),
        identities=[IdentityRef(IDENTITY_KIND, login, login)] if login else [])
