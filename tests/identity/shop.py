"""Small shops for the identity tests: customers on email, Telegram and phone, with messages,
orders, labels, notes, drafts and discount codes, and a snapshot of every row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.database import transaction
from shopinbox.store.identity.identities import find_identity
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import (
    Account,
    Conversation,
    Customer,
    CustomerLabel,
    DiscountCode,
    DiscountPool,
    Draft,
    Identity,
    Message,
    Order,
)

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SNAPSHOT_TABLES = (Customer, Identity, Message, Order, CustomerLabel, Conversation, Draft,
                   DiscountCode)


def accounts(ctx) -> dict[str, int]:
    """The mailbox and the bot of the test shop (created once per profile)."""
    with transaction(ctx.writer) as session:
        found = {a.kind: a.id for a in session.scalars(select(Account))}
        for kind, name in (("email", "mail"), ("telegram", "bot")):
            if kind not in found:
                account = Account(name=name, kind=kind)
                session.add(account)
                session.flush()
                found[kind] = account.id
        return found


def email(external_id: str, address: str, text: str, minutes: int, *, name: str = "",
          direction: str = "in", subject: str = "Order") -> IncomingMessage:
    return IncomingMessage(
        channel="email", direction=direction, external_id=external_id,
        sent_at=START + timedelta(minutes=minutes), identity=IdentityRef("email", address, name),
        customer_name=name, sender_address=address if direction == "in" else "shop@example.com",
        sender_name=name, subject=subject, body_text=text,
    )


def telegram(external_id: str, user_id: int, text: str, minutes: int, *, name: str = "",
             direction: str = "in", extra: dict[str, Any] | None = None) -> IncomingMessage:
    return IncomingMessage(
        channel="telegram", direction=direction, external_id=external_id,
        sent_at=START + timedelta(minutes=minutes),
        identity=IdentityRef("telegram", str(user_id), name), customer_name=name,
        sender_name=name, body_text=text, thread_key=str(user_id), extra=extra or {},
    )


def ingest(ctx, messages: list[IncomingMessage]) -> list[int]:
    ids = accounts(ctx)
    new: list[int] = []
    with transaction(ctx.writer) as session:
        for channel in ("email", "telegram"):
            batch = [m for m in messages if m.channel == channel]
            if batch:
                new += store_messages(session, ids[channel], batch, ctx.blobs).new_message_ids
    return new


def customer_of(ctx, kind: str, value: str) -> int:
    with ctx.reader() as session:
        identity = find_identity(session, kind, value)
        assert identity is not None, (kind, value)
        return identity.customer_id


def add_order(ctx, number: str, customer_id: int | None, *, email: str | None = None,
              phone: str | None = None, minutes: int = 0, total: str = "99.00") -> int:
    with transaction(ctx.writer) as session:
        order = Order(
            source="csv:test", external_id=f"ext-{number}", number=number,
            customer_id=customer_id, email=email, phone=phone, customer_name="",
            placed_at=START + timedelta(minutes=minutes), status="processing",
            total=Decimal(total), currency="PLN",
        )
        session.add(order)
        session.flush()
        return order.id


def add_phone(ctx, customer_id: int, value: str) -> int:
    with transaction(ctx.writer) as session:
        identity = Identity(customer_id=customer_id, kind="phone", value=value, display=value)
        session.add(identity)
        session.flush()
        return identity.id


def decorate(ctx, customer_id: int, *, note: str = "", language: str | None = None,
             labels: tuple[str, ...] = (), draft: str | None = None, status: str | None = None,
             code: str | None = None) -> None:
    """Give a customer the things a merge copies: note, language, labels, draft, conversation
    state, a discount code."""
    with transaction(ctx.writer) as session:
        customer = session.get(Customer, customer_id)
        customer.note = note
        if language is not None:
            customer.language = language
        for label in labels:
            session.add(CustomerLabel(customer_id=customer_id, label=label))
        if draft is not None:
            session.add(Draft(customer_id=customer_id, channel="email", text=draft))
        if status is not None:
            conversation = session.get(Conversation, customer_id)
            conversation.status = status
            if status == "snoozed":
                conversation.snoozed_until = START + timedelta(days=30)
        if code is not None:
            pool = session.scalar(select(DiscountPool).where(DiscountPool.name == "spring"))
            if pool is None:
                pool = DiscountPool(name="spring")
                session.add(pool)
                session.flush()
            session.add(DiscountCode(pool_id=pool.id, code=code, given_to_id=customer_id,
                                     channel="email", given_at=START))


def snapshot(ctx, *, skip_columns: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of the tables a merge touches, in primary-key order."""
    result = {}
    with ctx.reader() as session:
        for model in SNAPSHOT_TABLES:
            table = model.__table__
            columns = [c for c in table.columns if c.name not in skip_columns]
            rows = session.execute(
                select(*columns).order_by(*table.primary_key.columns)
            ).all()
            result[table.name] = [tuple(row) for row in rows]
    return result


def build_shop(ctx) -> dict[str, int]:
    """Anna writes by email and on Telegram (two customers), Boris by email with a phone;
    orders, labels, notes, drafts and codes on both sides of the Anna pair."""
    ingest(ctx, [
        email("<a1@x>", "anna@example.com", "Dzień dobry, gdzie paczka?", 0, name="Anna Nowak"),
        email("<a2@x>", "anna@example.com", "Dziękuję!", 10, name="Anna Nowak", direction="out"),
        email("<b1@x>", "boris@example.ru", "Здравствуйте", 20, name="Борис"),
        telegram("1:1", 5001, "Hi, it's Anna again", 30, name="Anna N."),
        telegram("1:2", 5001, "Thanks", 40, name="Anna N.", direction="out"),
        telegram("1:3", 5001, "Any news?", 50, name="Anna N."),
    ])
    anna_mail = customer_of(ctx, "email", "anna@example.com")
    anna_tg = customer_of(ctx, "telegram", "5001")
    boris = customer_of(ctx, "email", "boris@example.ru")
    add_phone(ctx, boris, "+79161234567")
    decorate(ctx, anna_mail, note="Likes green tea.", labels=("vip",), draft="Dear Anna,",
             status="done", code="SPRING-1")
    decorate(ctx, anna_tg, note="Writes on Telegram.", language="pl", labels=("vip", "tg"),
             draft="Cześć Anno", code="SPRING-2")
    add_order(ctx, "1042", anna_mail, email="anna@example.com", minutes=5)
    add_order(ctx, "1043", anna_tg, minutes=35)
    add_order(ctx, "2001", boris, email="boris@example.ru", minutes=25)
    return {"anna_mail": anna_mail, "anna_tg": anna_tg, "boris": boris}
