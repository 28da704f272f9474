"""WooCommerce REST API v3 sync against the local server: pages, auth, errors, incremental."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from shopinbox.app.inbox.customers import customer_detail
from shopinbox.app.orders.manage import add_source_account, list_orders
from shopinbox.app.orders.sync import sync_orders
from shopinbox.store.models import Account, Order, SyncState
from tests.fixtures.woocommerce_server import wc_order

T0 = datetime(2024, 4, 1, 8, 0, tzinfo=UTC)
PEOPLE = [("Anna", "Kowalska"), ("Иван", "Петров"), ("Marta", "Nowak"), ("Ольга", "Смирнова"),
          ("Piotr", "Zieliński"), ("Дмитрий", "Соколов"), ("Ewa", "Lewandowska")]


def fill(server, count: int = 7) -> None:
    for i in range(count):
        first, last = PEOPLE[i % len(PEOPLE)]
        server.orders.append(wc_order(
            3000 + i, email=f"buyer{i}@example.pl", first=first, last=last,
            created=T0 + timedelta(hours=i), modified=T0 + timedelta(hours=i, minutes=5),
            items=[("CND-LAS", "Świeca sojowa „Las”", 1 + i % 2, "79.00")],
            phone="601 234 567" if i == 0 else ""))


def add_account(ctx, server, name="Sklep Woo", secret="cs_test", per_page=3, auth="basic"):
    add_source_account(ctx, "woocommerce", name, url=server.url, consumer_key="ck_test",
                       secret=secret, auth=auth)
    with ctx.writer() as session, session.begin():
        account = session.scalar(select(Account).where(Account.name == name))
        account.settings = {**account.settings, "per_page": per_page}


def count_orders(ctx) -> int:
    with ctx.reader() as session:
        return session.scalar(select(func.count(Order.id)))


def cursor(ctx) -> str | None:
    with ctx.reader() as session:
        return session.scalar(select(SyncState.cursor))


def test_pagination_over_several_pages(sqlite_ctx, woo_server):
    fill(woo_server)
    add_account(sqlite_ctx, woo_server)
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and (report.counts["pages"], report.counts["created"]) == (3, 7)
    assert [r["page"] for r in woo_server.requests] == ["1", "2", "3"]
    assert all(r["orderby"] == "modified" and r["order"] == "asc" and r["per_page"] == "3"
               for r in woo_server.requests)
    assert "consumer_secret" not in woo_server.requests[0]  # Basic auth, not query parameters
    assert count_orders(sqlite_ctx) == 7
    assert cursor(sqlite_ctx) == (T0 + timedelta(hours=6, minutes=5)).isoformat()
    orders = {o.number: o for o in list_orders(sqlite_ctx)}
    assert orders["3001"].customer_name == "Иван Петров" and orders["3001"].total == 158


def test_auth_failure_is_reported_without_the_secret(sqlite_ctx, woo_server):
    fill(woo_server, 2)
    add_account(sqlite_ctx, woo_server, secret="cs_wrong_secret_value")
    [report] = sync_orders(sqlite_ctx)
    assert report.failure.code == "key_refused" and "refused" in report.error
    assert not report.failure.retryable  # a refused key needs the user, not a retry
    assert "cs_wrong_secret_value" not in report.error
    assert count_orders(sqlite_ctx) == 0
    with sqlite_ctx.reader() as session:
        assert "key_refused" in session.scalar(select(Account.last_error))


def test_empty_shop(sqlite_ctx, woo_server):
    add_account(sqlite_ctx, woo_server)
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and report.counts["pages"] == 0 and report.counts["created"] == 0
    assert cursor(sqlite_ctx) is None


def test_server_error_mid_way_then_resume_without_duplicates(ctx, woo_server):
    fill(woo_server)
    add_account(ctx, woo_server)
    woo_server.fail_pages = {2}
    [first] = sync_orders(ctx)
    assert not first.ok and "500" in first.error and "page 2" in first.error
    assert first.failure.retryable  # HTTP 5xx passes by itself
    assert (first.counts["pages"], first.counts["created"]) == (1, 3)
    assert count_orders(ctx) == 3
    assert cursor(ctx) == (T0 + timedelta(hours=2, minutes=5)).isoformat()
    woo_server.requests.clear()
    [second] = sync_orders(ctx)
    assert second.ok
    # Resumed from the stored cursor (one second earlier, so the boundary order comes again).
    assert woo_server.requests[0]["modified_after"] == "2024-04-01T10:04:59"
    assert woo_server.requests[0]["dates_are_gmt"] == "true"
    assert (second.counts["created"], second.counts["unchanged"]) == (4, 1)
    assert count_orders(ctx) == 7
    with ctx.reader() as session:
        assert session.scalar(select(Account.last_error)) is None


def test_incremental_sync_fetches_only_changes(sqlite_ctx, woo_server):
    fill(woo_server, 4)
    add_account(sqlite_ctx, woo_server)
    sync_orders(sqlite_ctx)
    changed = woo_server.orders[1]
    changed["status"] = "completed"
    changed["date_modified_gmt"] = changed["date_modified"] = "2024-04-02T09:00:00"
    changed["meta_data"] = [{"id": 9, "key": "_wc_shipment_tracking_items", "value": [
        {"tracking_provider": "InPost", "tracking_number": "620000111222333444555666",
         "custom_tracking_link": "https://inpost.pl/sledzenie-przesylek?number=620000111222333444555666"}]}]
    woo_server.orders.append(wc_order(4000, email="nowa@example.pl", first="Zofia", last="Nowa",
                                      created=datetime(2024, 4, 2, 10, 0, tzinfo=UTC)))
    woo_server.requests.clear()
    [report] = sync_orders(sqlite_ctx)
    assert woo_server.requests[0]["modified_after"] == "2024-04-01T11:04:59"
    assert (report.counts["created"], report.counts["updated"]) == (1, 1)
    orders = {o.number: o for o in list_orders(sqlite_ctx)}
    assert orders["3001"].status == "completed"
    detail = customer_detail(sqlite_ctx, orders["3001"].customer_id)
    assert detail["orders"][0]["tracking_number"] == "620000111222333444555666"
    assert detail["orders"][0]["carrier"] == "InPost"
    assert detail["order_count"] == 1 and detail["lifetime_value"] == {"PLN": 158}


def test_query_parameter_auth(sqlite_ctx, woo_server):
    fill(woo_server, 1)
    add_account(sqlite_ctx, woo_server, auth="query")
    [report] = sync_orders(sqlite_ctx)
    assert report.ok and report.counts["created"] == 1
    assert woo_server.requests[0]["consumer_key"] == "ck_test"


def test_phone_is_stored_in_e164(sqlite_ctx, woo_server):
    fill(woo_server, 1)
    add_account(sqlite_ctx, woo_server)
    sync_orders(sqlite_ctx)
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(Order.phone)) == "+48601234567"


def test_the_sync_engine_runs_order_sources_with_the_channels(sqlite_ctx, woo_server):
    """`shopinbox sync --once` and the window's engine sync order sources too: same worker,
    same report shape, same error codes on the account."""
    from shopinbox.app.sync.engine import SyncEngine
    from shopinbox.app.sync.state import SyncStatus

    fill(woo_server, 4)
    add_account(sqlite_ctx, woo_server)
    add_account(sqlite_ctx, woo_server, name="Sklep zły klucz", secret="cs_wrong_secret_value")
    reports = {r.account: r for r in SyncEngine(sqlite_ctx, retries=0).run_once()}
    good, bad = reports["Sklep Woo"], reports["Sklep zły klucz"]
    assert good.ok and good.counts["created"] == 4 and good.changed_customer_ids
    assert "4 new" in good.summary()
    assert bad.state.status == SyncStatus.ERROR and bad.state.code == "key_refused"
    assert count_orders(sqlite_ctx) == 4
    with sqlite_ctx.reader() as session:
        stored = session.scalar(select(Account.last_error).where(Account.name == "Sklep zły klucz"))
    assert "key_refused" in stored and "cs_wrong" not in stored
