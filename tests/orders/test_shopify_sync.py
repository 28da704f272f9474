"""Shopify Admin GraphQL sync against the local server: cursors, throttling, auth, errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopinbox.app.core.doctor import run_checks
from shopinbox.app.orders.manage import add_source_account, list_orders
from shopinbox.app.orders.sync import sync_orders
from shopinbox.domain.kinds import IdentityKind
from shopinbox.domain.messages import IdentityRef
from shopinbox.sources.order_http import OrderSourceError
from shopinbox.sources.shopify.client import ShopifyClient
from shopinbox.store.identity.identities import resolve_customer
from shopinbox.store.models import Account, Order, SyncState
from tests.fixtures.shopify_server import shopify_order
from tests.fixtures.woocommerce_server import wc_order

T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def fill(server, count: int = 5) -> None:
    names = [("Anna", "Kowalska"), ("Иван", "Петров"), ("Marta", "Nowak"), ("Ольга", "Смирнова"),
             ("Jan", "Wiśniewski")]
    for i in range(count):
        server.orders.append(shopify_order(
            5500 + i, name=f"#{1100 + i}", email=f"klient{i}@example.pl",
            created=T0 + timedelta(hours=i), updated=T0 + timedelta(hours=i, minutes=1),
            customer=names[i % len(names)],
            items=[("CND-PINE", "Ароматическая свеча «Сосна»", 1, "1400.00"),
                   ("SOAP-LAV", "Mydło lawendowe", 2, "55.00")][: 1 + i % 2],
            currency="RUB" if i == 1 else "PLN",
            fulfillment="FULFILLED" if i == 0 else "UNFULFILLED",
            tracking=("InPost", "6200001112223", "https://inpost.pl/sledzenie?n=6200001112223")
            if i == 0 else None))


def add_account(ctx, server, token="shpat_test", page_size=2, name="Sklep Shopify"):
    add_source_account(ctx, "shopify", name, shop_url=server.url, token=token)
    with ctx.writer() as session, session.begin():
        account = session.scalar(select(Account).where(Account.name == name))
        account.settings = {**account.settings, "page_size": page_size}


def count_orders(ctx) -> int:
    with ctx.reader() as session:
        return session.scalar(select(func.count(Order.id)))


def test_cursor_pagination_and_throttling(ctx, shopify_server):
    fill(shopify_server)
    with ctx.writer() as session, session.begin():  # a Telegram-era customer with that email
        identity, _ = resolve_customer(session, IdentityRef(IdentityKind.EMAIL,
                                                            "klient0@example.pl", "Ania"), "Ania")
        anna_id = identity.customer_id
    add_account(ctx, shopify_server)
    shopify_server.throttle_next = 1
    [report] = sync_orders(ctx)
    assert report.ok and (report.counts["pages"], report.counts["created"], report.counts["throttled"]) == (3, 5, 1)
    afters = [r.get("after") for r in shopify_server.order_requests]
    assert afters[0] is None and all(afters[1:]) and len(afters) == 3
    assert count_orders(ctx) == 5
    orders = {o.number: o for o in list_orders(ctx)}
    assert orders["#1100"].customer_id == anna_id
    assert orders["#1100"].status == "fulfilled" and orders["#1100"].tracking_number == "6200001112223"
    assert orders["#1101"].currency == "RUB" and orders["#1101"].total == 1510
    assert [ln.quantity for ln in orders["#1101"].lines] == [1, 2]


def test_auth_failure(sqlite_ctx, shopify_server):
    fill(shopify_server, 1)
    add_account(sqlite_ctx, shopify_server, token="shpat_wrong_token_1234")
    [report] = sync_orders(sqlite_ctx)
    assert report.failure.code == "key_refused" and "401" in report.error
    assert "shpat_wrong_token_1234" not in report.error
    assert count_orders(sqlite_ctx) == 0


def test_empty_shop(sqlite_ctx, shopify_server):
    add_account(sqlite_ctx, shopify_server)
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and report.counts["pages"] == 0 and count_orders(sqlite_ctx) == 0


def test_error_mid_way_then_resume_incrementally(sqlite_ctx, shopify_server):
    fill(shopify_server)
    add_account(sqlite_ctx, shopify_server)
    shopify_server.fail_requests = {2}
    [first] = sync_orders(sqlite_ctx)
    assert not first.ok and "500" in first.error
    assert (first.counts["pages"], count_orders(sqlite_ctx)) == (1, 2)
    shopify_server.order_requests.clear()
    [second] = sync_orders(sqlite_ctx)
    assert second.ok
    assert shopify_server.order_requests[0]["query"] == "updated_at:>='2024-05-01T09:01:00Z'"
    assert (second.counts["created"], second.counts["unchanged"]) == (3, 1)
    assert count_orders(sqlite_ctx) == 5
    # Later, one order is refunded: only it comes back.
    shopify_server.orders[2]["displayFinancialStatus"] = "REFUNDED"
    shopify_server.orders[2]["updatedAt"] = "2024-05-03T12:00:00Z"
    shopify_server.order_requests.clear()
    [third] = sync_orders(sqlite_ctx)
    assert shopify_server.order_requests[0]["query"] == "updated_at:>='2024-05-01T12:01:00Z'"
    assert third.counts["updated"] == 1 and third.counts["unchanged"] == 1
    assert {o.number: o.status for o in list_orders(sqlite_ctx)}["#1102"] == "refunded"
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(SyncState.cursor)) == "2024-05-03T12:00:00+00:00"


def test_throttled_for_too_long_gives_up(shopify_server):
    shopify_server.throttle_next = 10
    waits: list[float] = []
    with ShopifyClient(shopify_server.url, "shpat_test", max_retries=2,
                       sleep=waits.append) as client, pytest.raises(OrderSourceError,
                                                                     match="throttled"):
        list(client.iter_pages())
    assert len(waits) == 3 and all(0 < w <= 1 for w in waits)


def test_several_stores_in_one_sync(sqlite_ctx, shopify_server, woo_server):
    fill(shopify_server, 2)
    woo_server.orders.append(wc_order(77, email="klient0@example.pl", first="Anna",
                                      last="Kowalska", created=T0, items=[("X", "Świeca", 1, "10")]))
    add_account(sqlite_ctx, shopify_server)
    add_source_account(sqlite_ctx, "woocommerce", "Sklep Woo", url=woo_server.url,
                       consumer_key="ck_test", secret="cs_test")
    reports = sync_orders(sqlite_ctx)
    assert [(r.account, r.counts["created"]) for r in reports] == [("Sklep Shopify", 2), ("Sklep Woo", 1)]
    by_number = {o.number: o for o in list_orders(sqlite_ctx)}
    assert by_number["77"].customer_id == by_number["#1100"].customer_id  # same email


def test_doctor_tests_the_connections(profile_dir, sqlite_ctx, shopify_server, woo_server):
    add_account(sqlite_ctx, shopify_server)
    add_source_account(sqlite_ctx, "woocommerce", "Zły Woo", url=woo_server.url,
                       consumer_key="ck_test", secret="nope")
    checks = {c.name: c for c in run_checks(str(profile_dir))}
    assert checks["account Sklep Shopify"].ok
    assert "Leśna Świeca" in checks["account Sklep Shopify"].detail
    assert not checks["account Zły Woo"].ok and "401" in checks["account Zły Woo"].detail
