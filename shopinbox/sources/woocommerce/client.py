"""WooCommerce REST API v3 orders (`GET /wp-json/wc/v3/orders`).

Authentication with the consumer key/secret: HTTP Basic auth over https (the documented way),
or as `consumer_key`/`consumer_secret` query parameters for servers that drop the Authorization
header (`auth="query"`). Pages are walked with `page`/`per_page` up to the `X-WP-TotalPages`
header, sorted by modification time (`orderby=modified&order=asc`), and `modified_after` (with
`dates_are_gmt=true`) fetches only what changed since the last sync. Returns plain
`OrderRecord`s; the caller stores each page and its cursor together.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from shopinbox.domain.orders.records import OrderLineRecord, OrderRecord
from shopinbox.domain.orders.values import parse_datetime
from shopinbox.sources.order_http import (
    OrderSourceError,
    check_base_url,
    raise_for_status,
    send,
)

API_PATH = "/wp-json/wc/v3/orders"


def _decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise OrderSourceError(f"unexpected amount in the shop's reply: {value!r}") from None


def _gmt(data: dict, key: str) -> datetime | None:
    """`date_*_gmt` fields are UTC without an offset; the plain ones are the site's local time."""
    if data.get(f"{key}_gmt"):
        return parse_datetime(str(data[f"{key}_gmt"]), UTC)
    if data.get(key):
        return parse_datetime(str(data[key]), UTC)
    return None


def _tracking(meta: list[dict]) -> tuple[str | None, str | None, str | None]:
    """The Shipment Tracking extension keeps its items in `_wc_shipment_tracking_items`."""
    for entry in meta or []:
        if entry.get("key") == "_wc_shipment_tracking_items" and entry.get("value"):
            item = entry["value"][-1]
            return (item.get("tracking_provider") or item.get("custom_tracking_provider") or None,
                    item.get("tracking_number") or None,
                    item.get("custom_tracking_link") or None)
    return None, None, None


# WooCommerce's own Local Pickup (the block checkout) writes the chosen location into the
# shipping line's meta; parcel-locker plugins keep the locker in the line's or the order's meta.
PICKUP_METHODS = frozenset({"local_pickup", "pickup_location"})
PICKUP_META = ("pickup_location", "pickup_address")
LOCKER_META = ("pickup_point", "_paczkomat_id", "paczkomat_id", "parcel_locker", "_inpost_point")


def _meta(entries: list[dict] | None) -> dict[str, str]:
    return {str(e.get("key")): str(e.get("value")) for e in entries or []
            if e.get("key") and isinstance(e.get("value"), str | int) and str(e.get("value"))}


def _pickup_point(data: dict) -> str | None:
    """Where the parcel waits: the Local Pickup location, or the parcel locker."""
    for line in data.get("shipping_lines") or []:
        meta = _meta(line.get("meta_data"))
        place = ": ".join(meta[k] for k in PICKUP_META if meta.get(k))
        if place:
            return place
        locker = next((meta[k] for k in LOCKER_META if meta.get(k)), None)
        if locker:
            return f"{line.get('method_title')} {locker}".strip() if line.get(
                "method_title") else locker
        if line.get("method_id") in PICKUP_METHODS and line.get("method_title"):
            return str(line["method_title"])
    order_meta = _meta(data.get("meta_data"))
    return next((order_meta[k] for k in LOCKER_META if order_meta.get(k)), None)


def parse_order(data: dict) -> OrderRecord:
    """One order object of the v3 API as an `OrderRecord`."""
    billing = data.get("billing") or {}
    shipping = data.get("shipping") or {}
    name = " ".join(filter(None, (billing.get("first_name"), billing.get("last_name"))))
    address = ", ".join(filter(None, (shipping.get("address_1"), shipping.get("address_2"),
                                      shipping.get("postcode"), shipping.get("city"),
                                      shipping.get("country"))))
    carrier, tracking_number, tracking_url = _tracking(data.get("meta_data") or [])
    placed = _gmt(data, "date_created")
    if placed is None:
        raise OrderSourceError(f"order {data.get('id')} has no date_created")
    lines = [
        OrderLineRecord(
            name=str(item.get("name") or ""),
            quantity=int(item.get("quantity") or 0),
            unit_price=_decimal(item.get("price")),
            total=_decimal(item.get("total")),
            sku=str(item.get("sku") or ""),
        )
        for item in data.get("line_items") or []
    ]
    return OrderRecord(
        external_id=str(data["id"]),
        number=str(data.get("number") or data["id"]),
        placed_at=placed,
        status=str(data.get("status") or ""),
        total=_decimal(data.get("total")),
        currency=str(data.get("currency") or ""),
        email=(billing.get("email") or "").strip().lower() or None,
        phone=(billing.get("phone") or shipping.get("phone") or None),
        customer_name=name,
        shipping_address=address,
        carrier=carrier,
        tracking_number=tracking_number,
        tracking_url=tracking_url,
        pickup_point=_pickup_point(data),
        updated_at=_gmt(data, "date_modified") or placed,
        lines=lines,
        discount_codes=[str(c.get("code") or "") for c in data.get("coupon_lines") or []
                        if c.get("code")],
    )


class WooCommerceClient:
    def __init__(
        self,
        base_url: str,
        consumer_key: str,
        consumer_secret: str,
        *,
        auth: str = "basic",
        per_page: int = 50,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.per_page = per_page
        self._auth_params: dict[str, str] = {}
        basic = None
        if auth == "query":
            self._auth_params = {"consumer_key": consumer_key, "consumer_secret": consumer_secret}
        else:
            basic = httpx.BasicAuth(consumer_key, consumer_secret)
        self._client = httpx.Client(auth=basic, timeout=timeout, transport=transport,
                                    headers={"Accept": "application/json",
                                             "User-Agent": "shopinbox"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WooCommerceClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch_page(
        self, page: int, modified_after: datetime | None = None
    ) -> tuple[list[OrderRecord], int]:
        """(orders of that page, total pages)."""
        params: dict[str, Any] = {
            "page": page, "per_page": self.per_page, "orderby": "modified", "order": "asc",
            **self._auth_params,
        }
        if modified_after is not None:
            params["modified_after"] = modified_after.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
            params["dates_are_gmt"] = "true"
        what = f"WooCommerce orders page {page}"
        response = send(self._client, "GET", self.base_url + API_PATH, what, params=params)
        raise_for_status(response, what)
        try:
            body = response.json()
        except ValueError:
            raise OrderSourceError(f"{what}: the reply is not JSON (is the URL the shop's?)") \
                from None
        if not isinstance(body, list):
            raise OrderSourceError(f"{what}: expected a list of orders")
        try:
            total_pages = int(response.headers.get("X-WP-TotalPages", "1") or 1)
        except ValueError:
            total_pages = 1
        return [parse_order(item) for item in body], total_pages

    def iter_pages(self, modified_after: datetime | None = None) -> Iterator[list[OrderRecord]]:
        """Each page in turn, oldest change first; an error stops the walk where it happened."""
        page, total_pages = 1, 1
        while page <= total_pages:
            orders, total_pages = self.fetch_page(page, modified_after)
            if orders:
                yield orders
            page += 1

    def check(self) -> str:
        """A cheap authenticated call for `doctor`."""
        what = "WooCommerce connection test"
        response = send(self._client, "GET", self.base_url + API_PATH, what,
                        params={"per_page": 1, **self._auth_params})
        raise_for_status(response, what)
        return f"{response.headers.get('X-WP-Total', '?')} orders at {self.base_url}"
