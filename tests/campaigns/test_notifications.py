"""Order-status notifications from a WooCommerce sync (local REST v3 server): an order changed
to "completed" (WooCommerce's shipped) produces one notification — sent automatically, or
queued for review — and a re-sync, a re-import or a restart none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopinbox.app.campaigns import notifications
from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.manage import add_source_account
from shopinbox.app.orders.sync import sync_orders
from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.store.models import Message, OrderNotification, OrderStatusChange
from tests.fixtures.woocommerce_server import WooCommerceServer, wc_order

NOW = datetime.now(UTC).replace(microsecond=0)
SHIPPED = {"pl": ("Zamówienie {{ order.number }} wysłane",
                  "Paczka {{ order.number }} jest w drodze: {{ order.tracking_url }}"),
           "en": ("Order {{ order.number }} shipped",
                  "Parcel {{ order.number }} is on its way: {{ order.tracking_url }}")}


@pytest.fixture
def woo_server():
    server = WooCommerceServer().start()
    yield server
    server.stop()


class _Demo:
    """A shop whose email account is a demo account (delivers locally), so the test looks
    only at notifications, not at a mail server."""


def _order(status: str, minutes: int, tracking=None) -> dict:
    return wc_order(4100, email="anna@example.pl", first="Anna", last="Kowalska",
                    created=NOW - timedelta(hours=2), modified=NOW + timedelta(minutes=minutes),
                    status=status, items=[("CND-LAS", "Świeca „Las”", 1, "79.00")],
                    tracking=tracking)


def _shop(ctx, woo_server, mode: str) -> None:
    from shopinbox.store.models import Account

    with ctx.writer() as session, session.begin():
        session.add(Account(name="mail (demo)", kind="demo",
                            settings={"channel": "email", "email": "sklep@example.pl"}))
    save_promo(ctx, PromoDetail(title="Wysłane", shortcut="/wyslane", variants=dict(SHIPPED)))
    notifications.set_rule(ctx, "shipped", "/wyslane", mode=mode)
    add_source_account(ctx, "woocommerce", "Woo", url=woo_server.url, consumer_key="ck_test",
                       secret="cs_test")


def _count(ctx, model, *where) -> int:
    with ctx.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_shipped_by_a_woocommerce_sync_notifies_once(sqlite_ctx, woo_server, profile_dir):
    _shop(sqlite_ctx, woo_server, "auto")
    woo_server.orders.append(_order("processing", 0))
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and _count(sqlite_ctx, OrderNotification) == 0  # processing: nothing
    woo_server.orders[0] = _order("completed", 30, tracking=("InPost", "6200123",
                                                             "https://inpost.pl/6200123"))
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and report.counts["updated"] == 1
    with sqlite_ctx.reader() as session:
        [note] = session.scalars(select(OrderNotification)).all()
        message = session.get(Message, note.message_id)
        changes = [(c.previous, c.status) for c in session.scalars(
            select(OrderStatusChange).order_by(OrderStatusChange.id))]
    assert (note.event, note.status, note.state) == ("shipped", "completed", "queued")
    assert message.delivery_state == "sent" and message.channel == "email"
    assert message.subject == "Order 4100 shipped"  # no language known: the fallback chain
    assert "https://inpost.pl/6200123" in message.body_text
    assert changes == [(None, "processing"), ("processing", "completed")]

    # a re-sync (the boundary order comes again), a full re-sync and a restart: nothing new
    sync_orders(sqlite_ctx)
    with sqlite_ctx.writer() as session, session.begin():
        from shopinbox.store.models import SyncState
        session.query(SyncState).delete()
    sync_orders(sqlite_ctx)
    sqlite_ctx.close()
    reopened = AppContext.open(str(profile_dir))
    try:
        sync_orders(reopened)
        notifications.process(reopened)
        assert _count(reopened, OrderNotification) == 1
        assert _count(reopened, Message, Message.direction == "out") == 1
    finally:
        reopened.close()


def test_review_mode_waits_for_approval(sqlite_ctx, woo_server):
    _shop(sqlite_ctx, woo_server, "review")
    woo_server.orders.append(_order("processing", 0))
    sync_orders(sqlite_ctx)
    woo_server.orders[0] = _order("completed", 10, tracking=("DPD", "1", "https://dpd.pl/1"))
    woo_server.orders.append(wc_order(4101, email="old@example.pl", first="Old", last="Order",
                                      created=NOW - timedelta(days=400),
                                      modified=NOW - timedelta(days=390), status="completed"))
    sync_orders(sqlite_ctx)
    [pending] = notifications.listing(sqlite_ctx)  # history from before the rule: none
    assert (pending.order_number, pending.event, pending.customer_name) == \
        ("4100", "shipped", "Anna Kowalska")
    assert _count(sqlite_ctx, Message, Message.direction == "out") == 0
    assert notifications.decide(sqlite_ctx, [pending.id], approve=True) == 1
    assert notifications.process(sqlite_ctx) == {"sent": 1, "failed": 0}
    assert notifications.decide(sqlite_ctx, [pending.id], approve=True) == 0  # decided once
    assert notifications.process(sqlite_ctx) == {"sent": 0, "failed": 0}
    assert _count(sqlite_ctx, Message, Message.direction == "out") == 1
