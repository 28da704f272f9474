"""`shopinbox demo`: a believable, deterministic demo shop in the profile.

About 40 customers writing in Polish, Russian and English over email and Telegram (some on both,
already one customer), threads with replies, an attachment or two, orders with lines and
tracking, and a few promo replies with a discount-code pool. The same seed gives the same shop;
times are laid out backwards from `anchor` (default: today, 00:00 UTC) so the demo looks fresh.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update

from shopinbox.app.core.context import AppContext
from shopinbox.app.demo import content
from shopinbox.domain.kinds import AccountKind, DeliveryState, Direction, IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingAttachment, IncomingMessage
from shopinbox.store.identity.identities import find_identity
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import (
    Account,
    Customer,
    DiscountCode,
    DiscountPool,
    Identity,
    Order,
    OrderLine,
    PromoReply,
    PromoVariant,
)

# The demo shop's content is a mailbox and a bot: the two channels it fakes, by kind (its demo
# accounts "send" locally, see app/outbox/sending.py, and are never pulled).
DEMO_EMAIL, DEMO_CHAT = "email", "telegram"

SHOP_EMAIL = "sklep@lesna-herbaciarnia.pl"
SHOP_BOT = "LesnaHerbaciarniaBot"


class DemoAlreadyLoaded(Exception):
    """The profile already holds the demo shop."""


@dataclass
class DemoSummary:
    customers: int
    messages: int
    orders: int
    promos: int


@dataclass
class _Person:
    index: int
    language: str
    first: str
    last: str
    email: str | None
    telegram_id: int | None
    telegram_username: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def _tiny_png(seed: int) -> bytes:
    """A small valid PNG (a coloured square), so the demo's photo attachment opens anywhere."""
    width = height = 16
    colour = bytes(((seed * 53) % 256, (seed * 97) % 256, (seed * 31) % 256))
    raw = b"".join(b"\x00" + colour * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(
        b"IDAT", zlib.compress(raw)
    ) + chunk(b"IEND", b"")


def _invoice_pdf(number: str) -> bytes:
    text = f"Invoice for order {number}".encode()
    stream = b"BT /F1 18 Tf 40 760 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number_, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number_} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


UNJOINED = (3, 19)  # customers on both channels that the demo leaves for the owner to merge


def _people(rng: random.Random) -> list[_Person]:
    languages = ["pl"] * 16 + ["ru"] * 12 + ["en"] * 12
    used: dict[str, int] = {"pl": 0, "ru": 0, "en": 0}
    people = []
    for index, language in enumerate(languages):
        slot = used[language]
        used[language] += 1
        first = content.FIRST_NAMES[language][slot % len(content.FIRST_NAMES[language])]
        last = content.LAST_NAMES[language][(slot * 7) % len(content.LAST_NAMES[language])]
        # Channels: 0-1 email only, 2 telegram only, 3 both (a quarter of the customers).
        channel_kind = index % 4
        latin_first = first.lower().translate(content.LATIN)
        latin_last = last.lower().translate(content.LATIN)
        domain = rng.choice(content.EMAIL_DOMAINS[language])
        email = f"{latin_first}.{latin_last}@{domain}" if channel_kind != 2 else None
        telegram_id = 100_000_000 + index * 7919 if channel_kind >= 2 else None
        username = f"{latin_first}_{latin_last[:3]}{index}" if telegram_id else None
        people.append(_Person(index, language, first, last, email, telegram_id, username))
    return people


def load_demo_shop(ctx: AppContext, *, anchor: datetime | None = None, seed: int = 7) -> DemoSummary:
    """Fill the profile with the demo shop. Refuses when it is already there."""
    anchor = anchor or datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    rng = random.Random(seed)
    people = _people(rng)
    with ctx.writer() as session, session.begin():
        if session.scalar(select(Account.id).where(Account.name == "Demo mailbox")):
            raise DemoAlreadyLoaded("the demo shop is already in this profile")
        mailbox = Account(name="Demo mailbox", kind=AccountKind.DEMO,
                          settings={"channel": DEMO_EMAIL, "email": SHOP_EMAIL,
                                    "shop_name": content.SHOP_NAME})
        bot = Account(name="Demo bot", kind=AccountKind.DEMO,
                      settings={"channel": DEMO_CHAT, "username": SHOP_BOT})
        shop = Account(name="Demo shop orders", kind=AccountKind.DEMO,
                       settings={"source": "demo"})
        session.add_all([mailbox, bot, shop])
        session.flush()

        order_numbers: dict[int, list[str]] = {}
        order_counter = 1040
        for person in people:
            order_numbers[person.index] = []
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                order_counter += rng.randint(1, 9)
                order_numbers[person.index].append(f"#{order_counter}")

        email_messages: list[IncomingMessage] = []
        telegram_messages: list[IncomingMessage] = []
        for person in people:
            numbers = order_numbers[person.index] or ["#1000"]
            start = anchor - timedelta(days=rng.randint(2, 40), minutes=rng.randint(0, 600))
            if person.email:
                email_messages.extend(_email_threads(person, numbers, start, rng))
            if person.telegram_id:
                telegram_messages.extend(_telegram_chat(person, numbers, start, rng))
        # The newest activity lands today, so the inbox starts with fresh unread rows.
        store_messages(session, mailbox.id, email_messages, ctx.blobs)
        store_messages(session, bot.id, telegram_messages, ctx.blobs)

        for person in people:
            # Two of them are left as two customers each (the same name by email and on
            # Telegram): the merge suggestions show what they are for.
            if person.email and person.telegram_id and person.index not in UNJOINED:
                _join_channels(session, person)
        for person in people:
            _set_customer_details(session, person)
        order_count = _orders(session, shop.id, people, order_numbers, anchor, rng)
        promo_count = _promos(session)
        customers = session.scalar(
            select(func.count()).select_from(Customer).where(Customer.merged_into_id.is_(None))
        )
        messages = len(email_messages) + len(telegram_messages)
    return DemoSummary(int(customers or 0), messages, order_count, promo_count)


def _email_threads(person: _Person, numbers: list[str], start: datetime,
                   rng: random.Random) -> list[IncomingMessage]:
    threads = content.THREADS[person.language]
    picked = rng.sample(range(len(threads)), k=rng.choice([1, 1, 2]))
    result: list[IncomingMessage] = []
    when = start
    for thread_number, thread_index in enumerate(picked):
        subject, turns = threads[thread_index]
        root_id = f"<demo-{person.index}-{thread_index}-0@demo.shopinbox>"
        previous: list[str] = []
        for turn_number, (direction, text) in enumerate(turns):
            when += timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
            message_id = f"<demo-{person.index}-{thread_index}-{turn_number}@demo.shopinbox>"
            inbound = direction == Direction.INBOUND
            body = text.format(order=numbers[thread_number % len(numbers)])
            attachments = []
            if inbound and "zdjęcie" in body:
                attachments.append(IncomingAttachment("paczka.png", "image/png",
                                                      _tiny_png(person.index)))
            if not inbound and "invoice is attached" in body:
                number = numbers[0]
                attachments.append(IncomingAttachment(f"invoice-{number.strip('#')}.pdf",
                                                      "application/pdf", _invoice_pdf(number)))
            is_last = thread_number == len(picked) - 1 and turn_number == len(turns) - 1
            result.append(
                IncomingMessage(
                    channel=DEMO_EMAIL,
                    direction=direction,
                    external_id=message_id,
                    sent_at=when,
                    identity=IdentityRef(IdentityKind.EMAIL, person.email or "", person.name),
                    customer_name=person.name,
                    sender_address=(person.email or "") if inbound else SHOP_EMAIL,
                    sender_name=person.name if inbound else content.SHOP_NAME,
                    recipients=SHOP_EMAIL if inbound else person.email or "",
                    subject=subject if turn_number == 0 else f"Re: {subject}",
                    body_text=body,
                    thread_key=root_id,
                    in_reply_to=previous[-1] if previous else None,
                    references=" ".join(previous) or None,
                    is_read=not (inbound and is_last and person.index % 3 != 0),
                    delivery_state=None if inbound else DeliveryState.SENT,
                    attachments=attachments,
                )
            )
            previous.append(message_id)
    return result


def _telegram_chat(person: _Person, numbers: list[str], start: datetime,
                   rng: random.Random) -> list[IncomingMessage]:
    chats = content.TELEGRAM_THREADS[person.language]
    turns = chats[person.index % len(chats)]
    when = start + timedelta(days=rng.randint(1, 3))
    result = []
    for number, (direction, text) in enumerate(turns):
        when += timedelta(minutes=rng.randint(2, 180))
        inbound = direction == Direction.INBOUND
        result.append(
            IncomingMessage(
                channel=DEMO_CHAT,
                direction=direction,
                external_id=f"{person.telegram_id}:{number + 1}",
                sent_at=when,
                identity=IdentityRef(DEMO_CHAT, str(person.telegram_id),
                                     f"@{person.telegram_username}"),
                customer_name=person.name,
                sender_address=f"@{person.telegram_username}" if inbound else f"@{SHOP_BOT}",
                sender_name=person.name if inbound else content.SHOP_NAME,
                body_text=text.format(order=numbers[0]),
                thread_key=str(person.telegram_id),
                is_read=not (inbound and number == len(turns) - 1),
                delivery_state=None if inbound else DeliveryState.SENT,
            )
        )
    return result


def _join_channels(session, person: _Person) -> None:
    """Demo customers on both channels are already one customer (as after a merge)."""
    email = find_identity(session, IdentityKind.EMAIL, person.email or "")
    telegram = find_identity(session, DEMO_CHAT, str(person.telegram_id))
    if email is None or telegram is None or email.customer_id == telegram.customer_id:
        return
    from shopinbox.store.conversations import refresh_conversations
    from shopinbox.store.models import Message
    from shopinbox.store.search import reindex_customer

    gone = telegram.customer_id
    session.execute(
        update(Message)
        .where(Message.customer_id == gone)
        .values(customer_id=email.customer_id)
    )
    telegram.customer_id = email.customer_id
    session.flush()
    session.delete(session.get(Customer, gone))
    session.flush()
    refresh_conversations(session, [email.customer_id])
    reindex_customer(session, email.customer_id)


def _set_customer_details(session, person: _Person) -> None:
    kind, value = (
        (IdentityKind.EMAIL, person.email) if person.email
        else (DEMO_CHAT, str(person.telegram_id))
    )
    identity = find_identity(session, kind, value or "")
    if identity is None:
        return
    customer = session.get(Customer, identity.customer_id)
    customer.language = person.language
    if person.index % 5 == 0:
        phone = {"pl": "+48 601 {:03d} {:03d}", "ru": "+7 916 {:03d}-{:02d}-11",
                 "en": "+44 7700 {:03d}{:03d}"}[person.language]
        number = phone.format(100 + person.index, 10 + person.index % 90)
        digits = "+" + "".join(c for c in number if c.isdigit())
        session.add(Identity(customer_id=customer.id, kind=IdentityKind.PHONE, value=digits,
                             display=number))
    if person.index % 6 == 1:
        customer.note = {"pl": "Stała klientka, lubi zielone herbaty.",
                         "ru": "Постоянный покупатель, просит упаковывать бережно.",
                         "en": "Wholesale enquiry last spring."}[person.language]
    if person.index % 7 == 2:
        from shopinbox.store.models import CustomerLabel

        customer.labels.append(CustomerLabel(label="VIP"))


def _orders(session, account_id: int, people: list[_Person], numbers: dict[int, list[str]],
            anchor: datetime, rng: random.Random) -> int:
    count = 0
    for person in people:
        kind, value = (
            (IdentityKind.EMAIL, person.email) if person.email
            else (DEMO_CHAT, str(person.telegram_id))
        )
        identity = find_identity(session, kind, value or "")
        for position, number in enumerate(numbers[person.index]):
            carrier, url = content.CARRIERS[person.language]
            tracking = f"{rng.randint(10**11, 10**12 - 1)}"
            status = content.STATUSES[(person.index + position) % len(content.STATUSES)]
            order = Order(
                account_id=account_id,
                source="demo",
                external_id=number.strip("#"),
                number=number,
                customer_id=identity.customer_id if identity else None,
                email=person.email,
                customer_name=person.name,
                placed_at=anchor - timedelta(days=rng.randint(5, 120)),
                status=status,
                currency=content.CURRENCY[person.language],
                shipping_address=f"{person.name}",
                carrier=carrier if status in ("shipped", "completed") else None,
                tracking_number=tracking if status in ("shipped", "completed") else None,
                tracking_url=url.format(n=tracking) if status in ("shipped", "completed") else None,
            )
            total = Decimal("0")
            for line_position, (sku, name, price) in enumerate(
                rng.sample(content.PRODUCTS, k=rng.randint(1, 3))
            ):
                quantity = rng.randint(1, 3)
                line_total = Decimal(price) * quantity
                total += line_total
                order.lines.append(OrderLine(position=line_position, sku=sku, name=name,
                                             quantity=quantity, unit_price=Decimal(price),
                                             total=line_total))
            order.total = total
            session.add(order)
            count += 1
    session.flush()
    return count


def _promos(session) -> int:
    for spec in content.PROMOS:
        promo = PromoReply(title=spec["title"], shortcut=spec["shortcut"],
                           category=spec["category"])
        variants: dict[str, tuple[str, str]] = spec["variants"]  # type: ignore[assignment]
        for language, (subject, body) in variants.items():
            promo.variants.append(PromoVariant(language=language, subject=subject, body=body))
        session.add(promo)
        session.flush()
        if spec.get("pool"):
            pool = DiscountPool(name=spec["pool"], promo_id=promo.id)
            session.add(pool)
            session.flush()
            session.add_all(
                DiscountCode(pool_id=pool.id, code=f"HERB-{n:03d}{'KQZXW'[n % 5]}")
                for n in range(1, 21)
            )
    session.flush()
    return len(content.PROMOS)
