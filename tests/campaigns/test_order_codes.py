"""Orders carry their discount codes and the buyer's marketing consent from every source
(WooCommerce `coupon_lines`, Shopify `discountCodes` / `emailMarketingConsent`, the Shopify CSV
"Discount Code" and "Accepts Marketing" columns); codes handed out per pool are matched to the
orders that used them (what the Reports view reads)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from shopinbox.app.campaigns.consent import consent_of, set_consent
from shopinbox.app.orders.manage import import_orders_file
from shopinbox.sources.shopify.client import parse_order as shopify_order
from shopinbox.sources.woocommerce.client import parse_order as woo_order
from shopinbox.store.campaigns import code_redemptions
from shopinbox.store.discounts import add_codes, assign_code
from shopinbox.store.models import DiscountPool, Identity
from tests.fixtures.woocommerce_server import wc_order

CSV_HEADER = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Accepts Marketing,"
              "Currency,Total,Discount Code,Created at,Lineitem quantity,Lineitem name,"
              "Lineitem price,Lineitem sku\n")


def test_sources_read_codes_and_consent():
    data = wc_order(7, email="a@example.pl", first="A", last="B",
                    created=datetime(2026, 11, 1, tzinfo=UTC), items=[("S", "Świeca", 1, "10")])
    data["coupon_lines"] = [{"id": 1, "code": "wiosna-0001", "discount": "5.00"}]
    assert woo_order(data).discount_codes == ["wiosna-0001"]
    node = {"id": "gid://shopify/Order/5", "name": "#1005", "createdAt": "2026-11-01T10:00:00Z",
            "displayFinancialStatus": "PAID", "displayFulfillmentStatus": "UNFULFILLED",
            "discountCodes": ["LATO10"], "lineItems": {"nodes": []},
            "customer": {"firstName": "Ola", "emailMarketingConsent":
                         {"marketingState": "SUBSCRIBED"}}}
    record = shopify_order(node)
    assert (record.discount_codes, record.accepts_marketing) == (["LATO10"], True)
    node["customer"]["emailMarketingConsent"]["marketingState"] = "UNSUBSCRIBED"
    assert shopify_order(node).accepts_marketing is False


def test_csv_import_brings_consent_and_redemptions(sqlite_ctx, tmp_path):
    export = tmp_path / "orders_export.csv"
    export.write_text(CSV_HEADER + (
        "#1,ola@example.pl,paid,,,yes,PLN,100.00,WIOSNA-1,2026-11-02 10:00:00 +0100,1,A,100,A\n"
        "#2,jan@example.pl,paid,,,no,PLN,40.00,\"wiosna-2, LATO\",2026-11-03 10:00:00 +0100,1,"
        "B,40,B\n"
        "#3,ewa@example.pl,refunded,,,,PLN,70.00,WIOSNA-1,2026-11-04 10:00:00 +0100,1,C,70,C\n"),
        encoding="utf-8")
    import_orders_file(sqlite_ctx, export, "csv")
    with sqlite_ctx.reader() as session:
        people = {i.value: i.customer_id for i in session.query(Identity)}
    assert consent_of(sqlite_ctx, people["ola@example.pl"]).marketing is True
    assert consent_of(sqlite_ctx, people["jan@example.pl"]).marketing is False
    assert consent_of(sqlite_ctx, people["ewa@example.pl"]).marketing is None
    set_consent(sqlite_ctx, people["jan@example.pl"], True)  # by hand: an import never undoes it
    import_orders_file(sqlite_ctx, export, "csv")
    assert consent_of(sqlite_ctx, people["jan@example.pl"]).marketing is True
    with sqlite_ctx.writer() as session, session.begin():
        pool = DiscountPool(name="WIOSNA")
        session.add(pool)
        session.flush()
        add_codes(session, pool.id, ["WIOSNA-1", "WIOSNA-2", "WIOSNA-3"])
        for code_owner in ("ola@example.pl", "jan@example.pl", "ewa@example.pl"):
            assign_code(session, pool.id, people[code_owner], None, "email")
        pool_id = pool.id
    with sqlite_ctx.reader() as session:
        [found] = code_redemptions(session, pool_id=pool_id)
    # #1 and #2 used codes of the pool (case does not matter); #3 was refunded: not revenue
    assert (found.given, found.redeemed_codes, found.orders) == (3, 2, 2)
    assert found.revenue == {"PLN": Decimal("140.00")}
