"""The pickup point of an order (issue 16: "Variables: … pickup point"): read from WooCommerce
shipping lines (Local Pickup's meta, a parcel-locker plugin's), Shopify's shipping line of a
pick-up delivery, a CSV column and Allegro's pickupPoint; usable as `{{ order.pickup_point }}`,
and sent by a "ready for pickup" notification after a WooCommerce sync through the local REST
server — once, however often the order is synced again."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from shopinbox.app.campaigns import notifications
from shopinbox.app.orders.sync import sync_orders
from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.sources.allegro.convert import pickup_point_of
from shopinbox.sources.csv_file.parse import parse_orders_csv
from shopinbox.sources.shopify.client import parse_order as shopify_order_record
from shopinbox.sources.woocommerce.client import parse_order as woo_order_record
from shopinbox.store.models import Message, Order, OrderNotification
from tests.campaigns.test_notifications import NOW, _count, _shop, woo_server  # noqa: F401
from tests.fixtures.shopify_server import shopify_order
from tests.fixtures.woocommerce_server import wc_order

LOCAL_PICKUP = [{"id": 7, "method_title": "Odbiór osobisty", "method_id": "pickup_location",
                 "instance_id": "0", "total": "0.00", "total_tax": "0.00", "taxes": [],
                 "meta_data": [
                     {"id": 71, "key": "pickup_location", "value": "Sklep na Jeżycach",
                      "display_key": "Pickup location", "display_value": "Sklep na Jeżycach"},
                     {"id": 72, "key": "pickup_address", "value": "ul. Dąbrowskiego 12, Poznań",
                      "display_key": "Pickup address",
                      "display_value": "ul. Dąbrowskiego 12, Poznań"}]}]
LOCKER = [{"id": 8, "method_title": "Paczkomat InPost", "method_id": "flexible_shipping_single",
           "instance_id": "3", "total": "12.99", "total_tax": "0.00", "taxes": [],
           "meta_data": [{"id": 81, "key": "_paczkomat_id", "value": "POZ08A"}]}]
READY = {"pl": ("Zamówienie {{ order.number }} czeka na odbiór",
                "Paczka czeka w punkcie: {{ order.pickup_point }}."),
         "en": ("Order {{ order.number }} is ready for pickup",
                "Your parcel waits at {{ order.pickup_point }}.")}


def _woo(status: str, minutes: int, lines=LOCAL_PICKUP) -> dict:
    return wc_order(4200, email="anna@example.pl", first="Anna", last="Kowalska",
                    created=NOW - timedelta(hours=3), modified=NOW + timedelta(minutes=minutes),
                    status=status, items=[("CND-LAS", "Świeca „Las”", 1, "79.00")],
                    shipping_lines=lines)


def test_sources_read_the_pickup_point():
    assert woo_order_record(_woo("processing", 0)).pickup_point == \
        "Sklep na Jeżycach: ul. Dąbrowskiego 12, Poznań"
    assert woo_order_record(_woo("processing", 0, LOCKER)).pickup_point == \
        "Paczkomat InPost POZ08A"
    assert woo_order_record(_woo("processing", 0, [])).pickup_point is None  # to the door

    node = shopify_order(5001, name="#5001", email="a@example.pl", created=NOW,
                         items=[("S", "Świeca", 1, "10.00")],
                         shipping_line={"title": "Sklep Kraków", "code": "Pickup",
                                        "deliveryCategory": "pick-up"})
    assert shopify_order_record(node).pickup_point == \
        "Sklep Kraków: ul. Długa 5, 31-147, Kraków, Poland"
    node["shippingLine"] = {"title": "Kurier", "code": "Standard", "deliveryCategory": "shipping"}
    assert shopify_order_record(node).pickup_point is None

    text = ("Order Number,Order Date,Order Status,Billing Email,Order Total,Item Name,"
            "Pickup Point\n"
            "W-1,2026-11-30 10:00,ready-for-pickup,ola@example.pl,79.00,Świeca,Paczkomat KRA01M\n")
    [order] = parse_orders_csv(text.encode()).orders
    assert order.pickup_point == "Paczkomat KRA01M"

    point = pickup_point_of({"pickupPoint": {"id": "WAW123", "name": "Paczkomat WAW123",
                                             "address": {"street": "Prosta 1", "zipCode": "00-001",
                                                         "city": "Warszawa"}}})
    assert point == "Paczkomat WAW123 (WAW123): Prosta 1, 00-001 Warszawa"


def test_ready_for_pickup_notification_names_the_pickup_point(sqlite_ctx, woo_server):  # noqa: F811
    _shop(sqlite_ctx, woo_server, "auto")
    save_promo(sqlite_ctx, PromoDetail(title="Do odbioru", shortcut="/do-odbioru",
                                       variants=dict(READY)))
    notifications.set_rule(sqlite_ctx, "ready_for_pickup", "/do-odbioru", mode="auto")
    woo_server.orders.append(_woo("processing", 0))
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and _count(sqlite_ctx, OrderNotification) == 0
    with sqlite_ctx.reader() as session:
        stored = session.scalar(select(Order.pickup_point).where(Order.number == "4200"))
    assert stored == "Sklep na Jeżycach: ul. Dąbrowskiego 12, Poznań"

    woo_server.orders[0] = _woo("ready-for-pickup", 20)
    [report] = sync_orders(sqlite_ctx)
    assert report.ok
    with sqlite_ctx.reader() as session:
        [note] = session.scalars(select(OrderNotification)).all()
        message = session.get(Message, note.message_id)
    assert (note.event, note.status) == ("ready_for_pickup", "ready-for-pickup")
    assert message.delivery_state == "sent" and message.subject == \
        "Order 4200 is ready for pickup"
    assert message.body_text.startswith(
        "Your parcel waits at Sklep na Jeżycach: ul. Dąbrowskiego 12, Poznań.")

    sync_orders(sqlite_ctx)  # again: the same order and status notify nobody twice
    notifications.process(sqlite_ctx)
    assert _count(sqlite_ctx, OrderNotification) == 1
    assert _count(sqlite_ctx, Message, Message.direction == "out") == 1
