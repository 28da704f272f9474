"""The suggested answer to "where is my order?" on both engines: the order the message names
(else the newest), its status, carrier and tracking link filled in, in the language the
customer wrote in; none without the intent or without an order; the shop's own `/wismo` promo
reply wins over the shipped wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from shopinbox.app.inbox.wismo import suggest_reply
from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Identity, Order

START = datetime(2026, 3, 1, tzinfo=UTC)


def _customer(ctx, address: str, name: str, body: str, minutes: int = 0) -> int:
    with ctx.writer() as session, session.begin():
        account = session.query(Account).filter_by(name="mail").one_or_none()
        if account is None:
            account = Account(name="mail", kind="email")
            session.add(account)
            session.flush()
        store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="in", external_id=f"<{address}-{minutes}@x>",
            sent_at=START + timedelta(minutes=minutes),
            identity=IdentityRef("email", address, name), customer_name=name,
            subject="", body_text=body)], ctx.blobs)
        return session.query(Identity).filter_by(value=address).one().customer_id


def _order(ctx, customer_id: int, number: str, days: int, **shipping) -> None:
    with ctx.writer() as session, session.begin():
        session.add(Order(source="shop", external_id=number, number=number,
                          customer_id=customer_id, placed_at=START - timedelta(days=days),
                          total=Decimal("120.50"), currency="PLN",
                          customer_name="x", **{"status": "processing", **shipping}))


def test_polish_question_gets_the_named_order_with_tracking(ctx):
    customer = _customer(ctx, "ewa@example.pl", "Ewa Nowak",
                         "Dzień dobry, gdzie jest moja paczka? Zamówienie #2001, czekam już tydzień.")
    _order(ctx, customer, "#2001", days=9, status="shipped", carrier="InPost",
           tracking_number="620012345678",
           tracking_url="https://inpost.pl/sledzenie-przesylek?number=620012345678")
    _order(ctx, customer, "#2002", days=1)  # newer, but not the one she asks about
    reply = suggest_reply(ctx, customer, "email")
    assert reply is not None
    assert reply.order_number == "#2001" and reply.language == "pl"
    assert "Dzień dobry Ewa" in reply.text
    assert "status: wysłane" in reply.text
    assert "Przewoźnik: InPost" in reply.text
    assert "https://inpost.pl/sledzenie-przesylek?number=620012345678" in reply.text
    assert reply.subject == "Zamówienie #2001"
    assert "«" not in reply.text and reply.missing == []  # nothing left blank, nothing to add


def test_russian_question_without_naming_takes_the_newest_order_and_skips_missing_tracking(ctx):
    customer = _customer(ctx, "olga@example.ru", "Ольга", "Здравствуйте! Где мой заказ? Жду уже 2 недели")
    _order(ctx, customer, "#3001", days=20, status="completed")
    _order(ctx, customer, "#3002", days=3)  # processing: no carrier, no tracking yet
    reply = suggest_reply(ctx, customer, "telegram")
    assert reply is not None and reply.order_number == "#3002" and reply.language == "ru"
    assert "Статус заказа #3002: в обработке." in reply.text
    assert "Трек" not in reply.text and "«order" not in reply.text  # no hole where tracking is


def test_no_suggestion_for_other_intents_or_without_an_order(ctx):
    asking = _customer(ctx, "anna@example.com", "Anna Smith", "Where is my parcel? Order 4001")
    assert suggest_reply(ctx, asking, "email") is None  # no order known
    brewing = _customer(ctx, "tom@example.com", "Tom", "How do I brew the green tea?")
    _order(ctx, brewing, "#4002", days=2)
    assert suggest_reply(ctx, brewing, "email") is None


def test_the_shops_own_wismo_promo_reply_is_used(ctx):
    save_promo(ctx, PromoDetail(title="Where is my order", shortcut="/wismo", variants={
        "en": ("Order {{ order.number }}", "Dear {{ customer.first_name }}, {{ order.number }} "
               "is {{ order.status }} via {{ order.carrier }}: {{ order.tracking_url }}")}))
    customer = _customer(ctx, "jo@example.com", "Jo Black", "hi, when will my order arrive??")
    _order(ctx, customer, "#5001", days=4, status="shipped", carrier="DHL",
           tracking_url="https://dhl.example/t/77")
    reply = suggest_reply(ctx, customer)
    assert reply is not None and reply.shortcut == "/wismo"
    assert reply.text == "Dear Jo, #5001 is shipped via DHL: https://dhl.example/t/77"


def test_a_later_unrelated_message_withdraws_the_suggestion(sqlite_ctx):
    ctx = sqlite_ctx
    customer = _customer(ctx, "max@example.com", "Max", "Where is my order?")
    _order(ctx, customer, "#6001", days=4, status="shipped")
    assert suggest_reply(ctx, customer) is not None
    _customer(ctx, "max@example.com", "Max", "Got it, thank you!", minutes=5)
    assert suggest_reply(ctx, customer) is None


def test_a_thank_you_under_the_questions_subject_asks_nothing(sqlite_ctx):
    """"Re: Where is my parcel?" over "Thanks, it came": the reply's subject repeats the old
    question; the message itself wants nothing."""
    ctx = sqlite_ctx
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email")
        session.add(account)
        session.flush()
        store_messages(session, account.id, [IncomingMessage(
            channel="email", direction="in", external_id="<thanks@x>", sent_at=START,
            identity=IdentityRef("email", "zofia@example.pl", "Zofia"), customer_name="Zofia",
            subject="Re: Gdzie jest moja przesyłka?",
            body_text="Dziękuję, paczka dotarła. Herbata pachnie wspaniale!")], ctx.blobs)
        customer = session.query(Identity).filter_by(value="zofia@example.pl").one().customer_id
    _order(ctx, customer, "#7001", days=4, status="shipped")
    assert suggest_reply(ctx, customer) is None
