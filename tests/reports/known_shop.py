"""A hand-built shop whose report figures are worked out by hand (in the comments), not by the
code under test. All times UTC; the range is 2026-11-02 (Monday) .. 2026-11-29, "now" is
2026-11-30 12:00 (Monday).

Email episodes (first response, minutes): c1 10 (last reply 50, conversation done), c2 30
(done), c3 42 (open), c4 60 then, a day later, 120 (open), c5 unanswered (a queued reply does
not count). Sorted 10 30 42 60 120: median 42, p90 (rank 5) 120.
Telegram: c6 5, c7 15, c8 300: median 15, p90 300.
All eight: 5 10 15 30 42 60 120 300: median (30+42)/2 = 36, p90 (rank 8) 300.
Time to done (email): c1 50, c2 30, c4's first episode 60 (a later one exists): median 50,
p90 (rank 3) 60. Telegram conversations are open: no done times.

Orders #1042 (c1, November), #1043 (c13, never wrote), #1044 (c2, October). Named in messages:
c1 writes "order 1042", c2 "#1044" (and "10440 beads", which is no order); c6 names #1042, not
an order of theirs. November: 2 messages naming 2 orders.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.models import (
    Account,
    Conversation,
    Customer,
    DiscountCode,
    DiscountPool,
    Message,
    Order,
    OrderDiscountCode,
    PromoReply,
)

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
WEEK1 = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)  # Tuesday 08:00
WEEK2 = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)  # Tuesday 08:00


def at(base: datetime, minutes: float) -> datetime:
    return base + timedelta(minutes=minutes)


def build(ctx) -> dict[str, int]:
    """Write the shop; returns the ids of the two accounts."""
    counter = iter(range(1, 10_000))
    with ctx.writer() as session, session.begin():
        mail = Account(name="Shop mail", kind="email", settings={})
        bot = Account(name="Shop bot", kind="telegram", settings={})
        session.add_all([mail, bot])
        session.flush()
        people = {n: Customer(display_name=f"C{n}") for n in range(1, 14)}
        session.add_all(people.values())
        session.flush()

        def message(n: int, channel: str, direction: str, when: datetime, **extra) -> None:
            account = mail if channel == "email" else bot
            session.add(Message(account_id=account.id, customer_id=people[n].id,
                                channel=channel, direction=direction,
                                external_id=f"x{next(counter)}", sent_at=when,
                                delivery_state=extra.pop("state", None if direction == "in"
                                                         else "sent"), **extra))

        # week 1, email
        message(1, "email", "in", WEEK1, body_text="Where is my order 1042?")
        message(1, "email", "out", at(WEEK1, 10))
        message(1, "email", "out", at(WEEK1, 50))
        message(2, "email", "in", at(WEEK1, 60), body_text="Order #1044 arrived broken.")
        # a second line in the same wait; 10440 contains 1044 but names no order
        message(2, "email", "in", at(WEEK1, 70), body_text="I counted 10440 beads.")
        message(2, "email", "out", at(WEEK1, 90))
        message(3, "email", "in", at(WEEK1, 120))
        message(3, "email", "out", at(WEEK1, 162))
        # week 2, email: c4 twice
        message(4, "email", "in", WEEK2)
        message(4, "email", "out", at(WEEK2, 60))
        message(4, "email", "in", at(WEEK2, 24 * 60))
        message(4, "email", "out", at(WEEK2, 24 * 60 + 120))
        message(5, "email", "in", datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
        message(5, "email", "out", datetime(2026, 11, 29, 10, 5, tzinfo=UTC), state="queued")
        message(5, "email", "in", datetime(2026, 11, 29, 9, 0, tzinfo=UTC), is_automated=True)
        # week 1, telegram
        message(6, "telegram", "in", at(WEEK1, 30), body_text="Is #1042 mine?")  # not c6's
        message(6, "telegram", "out", at(WEEK1, 35))
        message(7, "telegram", "in", at(WEEK1, 40))
        message(7, "telegram", "out", at(WEEK1, 55))
        message(8, "telegram", "in", at(WEEK1, 100))
        message(8, "telegram", "out", at(WEEK1, 400))
        # c9: wrote in October (answered), again in range: a returning customer
        message(9, "email", "in", datetime(2026, 10, 1, 9, 0, tzinfo=UTC))
        message(9, "email", "out", datetime(2026, 10, 1, 9, 30, tzinfo=UTC))
        message(9, "telegram", "out", at(WEEK2, 200))  # the shop writes first: no episode
        # c10 writes after the range: waiting 30 minutes "now"
        message(10, "telegram", "in", at(NOW, -30))
        statuses = {1: "done", 2: "done", 11: "snoozed", 12: "snoozed"}
        snoozes = {11: datetime(2026, 11, 30, 18, 0, tzinfo=UTC),
                   12: datetime(2026, 12, 2, 9, 0, tzinfo=UTC)}
        for n, person in people.items():
            session.add(Conversation(customer_id=person.id, status=statuses.get(n, "open"),
                                     snoozed_until=snoozes.get(n)))
        session.flush()
        refresh_conversations(session, [p.id for p in people.values()])  # as ingest does
        # c1 ordered in November; c13 never wrote and ordered too; c2's October order is outside.
        for number, (n, when, total) in enumerate([
                (1, datetime(2026, 11, 5, 12, 0, tzinfo=UTC), "100.00"),
                (13, datetime(2026, 11, 20, 12, 0, tzinfo=UTC), "50.00"),
                (2, datetime(2026, 10, 20, 12, 0, tzinfo=UTC), "70.00")]):
            session.add(Order(source="csv", external_id=f"o{number}",
                              number=f"#{1042 + number}",
                              customer_id=people[n].id, placed_at=when, total=Decimal(total),
                              currency="PLN"))
        promo = PromoReply(title="Christmas", shortcut="xmas")
        session.add(promo)
        session.flush()
        pool = DiscountPool(name="XMAS", promo_id=promo.id)
        session.add(pool)
        session.flush()
        for code, n, when in [("A1", 1, at(WEEK1, 10)), ("A2", 2, at(WEEK1, 90)),
                              ("A3", 3, datetime(2026, 10, 1, tzinfo=UTC)), ("A4", None, None)]:
            session.add(DiscountCode(pool_id=pool.id, code=code, channel="email" if n else None,
                                     given_to_id=people[n].id if n else None, given_at=when))
        # c1's November order (#1042, 100.00 PLN) used the code c1 was given: one redemption
        first_order = session.scalars(select(Order).where(Order.external_id == "o0")).one()
        session.add(OrderDiscountCode(order_id=first_order.id, code="A1"))
    return {"mail": mail.id, "bot": bot.id}
