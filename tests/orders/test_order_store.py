"""Importing orders into the store on SQLite and PostgreSQL: linking, re-import, totals."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import func, select

from shopinbox.app.inbox.customers import customer_detail
from shopinbox.app.orders.manage import import_orders_file, list_orders, order_links
from shopinbox.domain.kinds import Direction, IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.identity.identities import resolve_customer
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Customer, Identity, Order, OrderLine
from tests.orders.conftest import DATA


def _customer(ctx, kind: str, value: str, name: str) -> int:
    with ctx.writer() as session, session.begin():
        identity, _ = resolve_customer(session, IdentityRef(kind, value, name), name)
        return identity.customer_id


def _orders_of(ctx, customer_id: int) -> list[str]:
    return sorted(o.number for o in list_orders(ctx, customer_id))


def test_shopify_import_links_by_any_email_and_phone(ctx):
    anna = _customer(ctx, IdentityKind.EMAIL, "anna.k.private@example.pl", "Anna")
    with ctx.writer() as session, session.begin():  # a second email of the same customer
        session.add(Identity(customer_id=anna, kind=IdentityKind.EMAIL,
                             value="anna.kowalska@example.pl"))
    olga = _customer(ctx, IdentityKind.PHONE, "+4930901820", "Olga (Telegram)")
    report = import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    assert (report.created, report.updated, report.unchanged, report.bad_rows) == (5, 0, 0, [])
    assert _orders_of(ctx, anna) == ["#1001", "#1004"]
    assert _orders_of(ctx, olga) == ["#1005"]  # no email: matched by E.164 phone
    assert report.new_customers == 2  # Ivan and Marta did not exist
    with ctx.reader() as session:
        ivan = session.scalar(select(Identity).where(Identity.value == "ivan.petrov@example.ru"))
        assert session.get(Customer, ivan.customer_id).display_name == "Иван Петров"
        assert session.scalar(select(func.count(OrderLine.id))) == 6


def test_reimport_updates_and_never_duplicates(ctx, tmp_path):
    import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    again = import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    text = (DATA / "shopify_orders_export.csv").read_text(encoding="utf-8-sig")
    changed = tmp_path / "changed.csv"
    # #1003 gets paid; the second line of #1001 goes away (the shop edited the order).
    text = text.replace("#1003,Marta.Nowak@Example.PL,pending,,", "#1003,Marta.Nowak@Example.PL,paid,,")
    lines = text.splitlines(keepends=True)
    lines = [ln for ln in lines if not (ln.startswith("#1001,") and "SOAP-LAV" in ln)]
    changed.write_text("".join(lines), encoding="utf-8")
    third = import_orders_file(ctx, changed, default_tz=UTC)
    assert (third.created, third.updated, third.unchanged) == (0, 2, 3)
    with ctx.reader() as session:
        assert session.scalar(select(func.count(Order.id))) == 5
        marta = session.scalar(select(Order).where(Order.number == "#1003"))
        assert marta.status == "paid"
        first = session.scalar(select(Order).where(Order.number == "#1001"))
        assert [(ln.sku, ln.quantity) for ln in first.lines] == [("CND-LAS", 1)]
        assert session.scalar(select(func.count(OrderLine.id))) == 5


def test_each_format_imports_with_counts_and_totals(ctx):
    woo = import_orders_file(ctx, DATA / "woocommerce_orders_export.csv", default_tz=UTC)
    presta = import_orders_file(ctx, DATA / "prestashop_orders_export.csv", default_tz=UTC)
    presta_pl = import_orders_file(ctx, DATA / "prestashop_orders_export_pl.csv",
                                   source="Sklep PrestaShop", default_tz=UTC)
    assert (woo.format, woo.created, woo.source) == ("woocommerce", 4, "woocommerce CSV")
    assert (presta.format, presta.created) == ("prestashop", 4)
    assert (presta_pl.created, presta_pl.source) == (2, "Sklep PrestaShop")
    rows = {o.number: o for o in list_orders(ctx)}
    assert len(rows) == 10
    assert rows["2102"].total == Decimal("2800.00") and rows["2102"].currency == "RUB"
    assert rows["FFATNOMMJ"].customer_id is None  # no email, no phone in that export
    # Piotr ordered with Anna's address (case differs): the order belongs to Anna's customer,
    # the same one the Polish PrestaShop export names.
    assert rows["2103"].customer_id == rows["PLASDFGHJ"].customer_id is not None


def test_lifetime_value_and_order_count_in_show(ctx):
    import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    import_orders_file(ctx, DATA / "woocommerce_orders_export.csv", default_tz=UTC)
    with ctx.reader() as session:
        anna_id = session.scalar(
            select(Identity.customer_id).where(Identity.value == "anna.kowalska@example.pl"))
    detail = customer_detail(ctx, anna_id)
    assert detail["order_count"] == 3  # #1001, #1004 (refunded), 2103
    # The refunded #1004 does not count: 203.99 + 65.00.
    assert detail["lifetime_value"] == {"PLN": Decimal("268.99")}
    numbers = [o["number"] for o in detail["orders"]]
    assert numbers == ["2103", "#1004", "#1001"]  # newest first
    first = detail["orders"][-1]
    assert first["status"] == "fulfilled" and len(first["lines"]) == 2
    assert first["lines"][1] == {"sku": "SOAP-LAV", "name": "Mydło lawendowe", "quantity": 2,
                                 "unit_price": Decimal("55.00"), "total": Decimal("110.00")}


def test_order_numbers_in_text_resolve_to_orders(ctx):
    import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    links = order_links(ctx, "Dzień dobry, zamówienie 1002 i #1003, a #9999 to pomyłka")
    with ctx.reader() as session:
        ids = dict(session.execute(select(Order.number, Order.id)).all())
    assert [(link.number, link.order_id) for link in links] == [
        ("1002", ids["#1002"]), ("1003", ids["#1003"]), ("9999", None)]


def test_show_marks_order_numbers_in_messages(ctx):
    import_orders_file(ctx, DATA / "shopify_orders_export.csv", default_tz=UTC)
    message = IncomingMessage(
        channel="telegram", direction=Direction.INBOUND, external_id="42:1",
        sent_at=datetime(2024, 3, 7, 9, 0, tzinfo=UTC),
        identity=IdentityRef("telegram", "42", "Marta"),
        body_text="Где мой заказ №1003? И ещё #5555", sender_name="Marta")
    with ctx.writer() as session, session.begin():
        account = Account(name="bot", kind="telegram", settings={})
        session.add(account)
        session.flush()
        result = store_messages(session, account.id, [message], ctx.blobs)
    customer_id = next(iter(result.changed_customer_ids))
    [shown] = customer_detail(ctx, customer_id)["messages"]
    refs = shown["order_refs"]
    assert [(r["number"], shown["text"][r["start"]:r["end"]]) for r in refs] == [
        ("1003", "1003"), ("5555", "#5555")]
    with ctx.reader() as session:
        assert refs[0]["order_id"] == session.scalar(select(Order.id).where(Order.number == "#1003"))
    assert refs[1]["order_id"] is None
