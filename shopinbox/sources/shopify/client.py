"""Shopify Admin GraphQL API orders (`POST /admin/api/2024-10/graphql.json`).

The access token goes in `X-Shopify-Access-Token`. Orders are read with cursor pagination
(`orders(first:, after:)` and `pageInfo { hasNextPage endCursor }`), sorted by `UPDATED_AT`,
filtered with the search syntax `updated_at:>='…'` for incremental syncs. Throttling is honoured:
a reply whose `errors[].extensions.code` is `THROTTLED` waits until the leaky bucket
(`extensions.cost.throttleStatus`) holds the requested cost, then retries; HTTP 429 waits for
`Retry-After`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from shopinbox.domain.orders.records import OrderLineRecord, OrderRecord, shopify_status
from shopinbox.domain.orders.values import parse_datetime
from shopinbox.sources.order_http import (
    OrderSourceError,
    check_base_url,
    raise_for_status,
    send,
)

API_VERSION = "2024-10"
# A query's requested cost is about first × (1 + lineItems first + a few objects); 20 orders of up
# to 25 lines stay near 560 points, under the 1,000-point single-query limit on every plan.
ORDERS_QUERY = """
query Orders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name email phone createdAt updatedAt cancelledAt
      displayFinancialStatus displayFulfillmentStatus currencyCode
      totalPriceSet { shopMoney { amount currencyCode } }
      discountCodes
      customer { firstName lastName email phone emailMarketingConsent { marketingState } }
      shippingAddress { name address1 address2 zip city country phone }
      shippingLine { title code deliveryCategory }
      lineItems(first: 25) {
        nodes { name sku quantity originalUnitPriceSet { shopMoney { amount } } }
      }
      fulfillments(first: 10) { trackingInfo(first: 5) { company number url } }
    }
  }
}
"""
SHOP_QUERY = "{ shop { name myshopifyDomain } }"


def _money(data: dict | None) -> Decimal:
    amount = ((data or {}).get("shopMoney") or {}).get("amount")
    try:
        return Decimal(str(amount if amount not in (None, "") else "0"))
    except InvalidOperation:
        raise OrderSourceError(f"unexpected amount in the shop's reply: {amount!r}") from None


def _pickup_point(node: dict, address: str) -> str | None:
    """A pick-up delivery (the shop's location, a pickup point): the shipping line's title
    (the location or locker) and the address it is sent to."""
    line = node.get("shippingLine") or {}
    category = str(line.get("deliveryCategory") or "").lower().replace("-", "").replace("_", "")
    if "pickup" not in category:
        return None
    return ": ".join(p for p in (str(line.get("title") or ""), address) if p) or None


def parse_order(node: dict) -> OrderRecord:
    """One `Order` node of the query above as an `OrderRecord`."""
    customer = node.get("customer") or {}
    address = node.get("shippingAddress") or {}
    name = address.get("name") or " ".join(
        filter(None, (customer.get("firstName"), customer.get("lastName")))
    )
    carrier = number = url = None
    for fulfillment in node.get("fulfillments") or []:
        for info in fulfillment.get("trackingInfo") or []:
            carrier, number, url = info.get("company"), info.get("number"), info.get("url")
    lines = [
        OrderLineRecord(
            name=str(item.get("name") or ""),
            quantity=int(item.get("quantity") or 0),
            unit_price=_money(item.get("originalUnitPriceSet")),
            sku=str(item.get("sku") or ""),
        )
        for item in ((node.get("lineItems") or {}).get("nodes") or [])
    ]
    total_set = node.get("totalPriceSet") or {}
    shipping_address = ", ".join(filter(None, (address.get("address1"), address.get("address2"),
                                               address.get("zip"), address.get("city"),
                                               address.get("country"))))
    return OrderRecord(
        external_id=str(node["id"]).rsplit("/", 1)[-1],
        number=str(node.get("name") or node["id"]),
        placed_at=parse_datetime(str(node["createdAt"]), UTC),
        status=shopify_status(node.get("displayFinancialStatus") or "",
                              node.get("displayFulfillmentStatus") or "",
                              bool(node.get("cancelledAt"))),
        total=_money(total_set),
        currency=str(node.get("currencyCode")
                     or (total_set.get("shopMoney") or {}).get("currencyCode") or ""),
        email=(node.get("email") or customer.get("email") or "").strip().lower() or None,
        phone=node.get("phone") or address.get("phone") or customer.get("phone"),
        customer_name=name or "",
        shipping_address=shipping_address,
        pickup_point=_pickup_point(node, shipping_address),
        carrier=carrier,
        tracking_number=number,
        tracking_url=url,
        updated_at=parse_datetime(str(node.get("updatedAt") or node["createdAt"]), UTC),
        lines=lines,
        discount_codes=[str(code) for code in node.get("discountCodes") or [] if code],
        accepts_marketing=_marketing(customer),
    )


def _marketing(customer: dict) -> bool | None:
    """`emailMarketingConsent.marketingState`: SUBSCRIBED is consent, UNSUBSCRIBED (and the
    other states) is not; absent: the shop did not say."""
    state = (customer.get("emailMarketingConsent") or {}).get("marketingState")
    return None if not state else state == "SUBSCRIBED"


class ShopifyClient:
    def __init__(
        self,
        shop_url: str,
        access_token: str,
        *,
        page_size: int = 20,
        timeout: float = 30.0,
        max_retries: int = 5,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = check_base_url(shop_url)
        self.endpoint = f"{base}/admin/api/{API_VERSION}/graphql.json"
        self.page_size = page_size
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.throttled = 0  # how many times the shop asked us to wait (shown in reports)
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=timeout, transport=transport,
            headers={"X-Shopify-Access-Token": access_token, "Content-Type": "application/json",
                     "Accept": "application/json", "User-Agent": "shopinbox"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ShopifyClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _wait_for(self, body: dict) -> float:
        cost = (body.get("extensions") or {}).get("cost") or {}
        status = cost.get("throttleStatus") or {}
        try:
            missing = float(cost.get("requestedQueryCost") or 0) - float(
                status.get("currentlyAvailable") or 0)
            rate = float(status.get("restoreRate") or 50)
        except (TypeError, ValueError):
            return 1.0
        return min(self.max_wait, max(0.05, missing / rate if rate > 0 else 1.0))

    def execute(self, query: str, variables: dict[str, Any] | None = None,
                what: str = "Shopify query") -> dict:
        """`data` of a GraphQL call, waiting out throttling; raises on any other error."""
        for _attempt in range(self.max_retries + 1):
            response = send(self._client, "POST", self.endpoint, what,
                            json={"query": query, "variables": variables or {}})
            if response.status_code == 429:
                self.throttled += 1
                try:
                    wait = float(response.headers.get("Retry-After", "1"))
                except ValueError:
                    wait = 1.0
                self._sleep(min(self.max_wait, wait))
                continue
            raise_for_status(response, what)
            try:
                body = response.json()
            except ValueError:
                raise OrderSourceError(f"{what}: the reply is not JSON") from None
            errors = body.get("errors") or []
            if isinstance(errors, list) and any(
                (e.get("extensions") or {}).get("code") == "THROTTLED" for e in errors
                if isinstance(e, dict)
            ):
                self.throttled += 1
                self._sleep(self._wait_for(body))
                continue
            if errors:
                messages = errors if isinstance(errors, str) else "; ".join(
                    str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)
                raise OrderSourceError(f"{what}: {messages}")
            return body.get("data") or {}
        raise OrderSourceError(f"{what}: still throttled after {self.max_retries} retries",
                               retryable=True)

    def iter_pages(self, updated_after: datetime | None = None) -> Iterator[list[OrderRecord]]:
        """Each page in turn, oldest change first (inclusive of `updated_after`)."""
        search = None
        if updated_after is not None:
            stamp = updated_after.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            search = f"updated_at:>='{stamp}'"
        after = None
        page = 1
        while True:
            data = self.execute(ORDERS_QUERY, {"first": self.page_size, "after": after,
                                               "query": search},
                                what=f"Shopify orders page {page}")
            orders = data.get("orders") or {}
            records = [parse_order(node) for node in orders.get("nodes") or []]
            if records:
                yield records
            info = orders.get("pageInfo") or {}
            if not info.get("hasNextPage") or not info.get("endCursor"):
                return
            after = info["endCursor"]
            page += 1

    def check(self) -> str:
        data = self.execute(SHOP_QUERY, what="Shopify connection test")
        shop = data.get("shop") or {}
        return f"shop {shop.get('name', '?')} ({shop.get('myshopifyDomain', self.endpoint)})"
