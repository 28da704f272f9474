"""The one search box on both engines: customers by name (any case, no diacritics), email,
phone in any format and username; orders by number and tracking number; messages; groups best
first; `--kind` narrowing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from shopinbox.app.inbox.one_box import find
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Customer, Identity, Order

START = datetime(2026, 2, 1, tzinfo=UTC)


@pytest.fixture
def shop(ctx):
    with ctx.writer() as session, session.begin():
        mail = Account(name="mail", kind="email")
        session.add(mail)
        session.flush()
        store_messages(session, mail.id, [
            IncomingMessage(channel="email", direction="in", external_id="<a@x>", sent_at=START,
                            identity=IdentityRef("email", "lukasz@example.pl", "Łukasz Żak"),
                            customer_name="Łukasz Żak", subject="Paczka",
                            body_text="Gdzie jest moja paczka z zamówienia 1042?"),
            IncomingMessage(channel="email", direction="in", external_id="<b@x>",
                            sent_at=START + timedelta(days=1),
                            identity=IdentityRef("email", "olga@example.ru", "Ольга Петрова"),
                            customer_name="Ольга Петрова", subject="Заказ",
                            body_text="Когда придёт посылка?"),
        ], ctx.blobs)
        lukasz = session.query(Identity).filter_by(value="lukasz@example.pl").one().customer_id
        olga = session.query(Identity).filter_by(value="olga@example.ru").one().customer_id
        session.add(Identity(customer_id=lukasz, kind="phone", value="+48601234567",
                             display="+48 601 234 567"))
        session.add(Identity(customer_id=olga, kind="chat", value="555",
                             display="Ольга (@tea_lover)"))
        session.add_all([
            Order(source="shop", external_id="1", number="#1042", customer_id=lukasz,
                  placed_at=START, status="shipped", total=Decimal("10"), currency="PLN",
                  tracking_number="INP 6200 1234", customer_name="Łukasz Żak"),
            Order(source="shop", external_id="2", number="#1043", customer_id=olga,
                  placed_at=START + timedelta(days=1), status="processing",
                  total=Decimal("20"), currency="PLN", phone="+79161234567",
                  customer_name="Ольга Петрова"),
        ])
        gone = Customer(display_name="Łukasz Old", merged_into_id=lukasz)
        session.add(gone)
    return ctx, lukasz, olga


@pytest.mark.parametrize("query", ["lukasz", "ŁUKASZ", "zak", "lukasz@example.pl",
                                   "601 234 567", "+48 601-234-567", "0048601234567",
                                   "601234567"])
def test_customer_by_name_email_phone(shop, query):
    ctx, lukasz, _olga = shop
    result = find(ctx, query, kind="customer")
    assert [c.customer_id for c in result.customers] == [lukasz]  # never the merged-away one


@pytest.mark.parametrize("query", ["@tea_lover", "tea_lover", "ольга", "ПЕТРОВА"])
def test_customer_by_username_and_cyrillic_name(shop, query):
    ctx, _lukasz, olga = shop
    assert [c.customer_id for c in find(ctx, query, kind="customer").customers] == [olga]


@pytest.mark.parametrize(("query", "number"), [
    ("#1042", "#1042"), ("1042", "#1042"), ("INP 6200 1234", "#1042"), ("inp62001234", "#1042"),
    ("8 (916) 123-45-67", "#1043"),
])
def test_orders_by_number_tracking_and_phone(shop, query, number):
    ctx, *_ = shop
    assert [o.number for o in find(ctx, query, kind="order").orders] == [number]


def test_groups_best_first(shop):
    ctx, lukasz, _olga = shop
    by_number = find(ctx, "1042")  # the order number exactly, and a message mentioning it
    assert [kind for kind, _ in by_number.groups()] == ["order", "message"]
    assert by_number.orders[0].customer_id == lukasz
    by_name = find(ctx, "lukasz")  # the customer by name first, then the mail they sent
    assert [kind for kind, _ in by_name.groups()] == ["customer", "message"]
    by_word = find(ctx, "посылку")  # a word form in a message only
    assert [kind for kind, _ in by_word.groups()] == ["message"]
    assert by_word.names[by_word.messages[0].customer_id] == "Ольга Петрова"


def test_kind_narrows_and_empty_finds_nothing(shop):
    ctx, *_ = shop
    assert find(ctx, "1042", kind="message").orders == []
    assert find(ctx, "1042", kind="order").messages == []
    assert find(ctx, "   ").count == 0
    with pytest.raises(ValueError):
        find(ctx, "x", kind="parcel")
