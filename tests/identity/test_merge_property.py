"""Property: any sequence of merges, undos and new mail on a random small shop, with every merge
undone at the end, leaves every row as in a shop where no merge happened."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from shopinbox.app.identity.merging import UndoBlocked, merge, unmerge
from shopinbox.store.database import transaction
from shopinbox.store.models import Conversation, Customer, Identity, Merge, Message, Order
from tests.identity.shop import (
    add_order,
    customer_of,
    decorate,
    email,
    ingest,
    snapshot,
    telegram,
)

RUN = itertools.count(1)

person = st.fixed_dictionaries({
    "channels": st.sampled_from(["email", "telegram", "both"]),
    "messages": st.lists(st.tuples(st.booleans(), st.booleans()), max_size=3),  # inbound, read
    "orders": st.integers(0, 2),
    "note": st.booleans(),
    "language": st.sampled_from([None, "pl", "ru"]),
    "labels": st.sets(st.sampled_from(["vip", "tg", "wholesale"])),
    "draft": st.booleans(),
    "status": st.sampled_from(["open", "done", "snoozed"]),
    "code": st.booleans(),
})
merging = st.tuples(st.just("merge"), st.integers(0, 3), st.integers(0, 3))
operation = st.one_of(
    merging,
    merging,
    st.tuples(st.just("undo"), st.integers(0, 5)),
    st.tuples(st.just("message"), st.integers(0, 3), st.booleans()),
    st.tuples(st.just("order"), st.integers(0, 3)),
)


@dataclass
class Shop:
    run: int
    people: list[dict]
    ids: list[int] = field(default_factory=list)
    refs: list[tuple[str, str]] = field(default_factory=list)  # the identity each one writes from
    serial: itertools.count = field(default_factory=lambda: itertools.count(1))

    def message(self, index: int, inbound: bool, read: bool = False):
        kind, value = self.refs[index]
        number = next(self.serial)
        direction = "in" if inbound else "out"
        if kind == "email":
            incoming = email(f"<r{self.run}-{number}@t>", value, f"text {number}", number,
                             direction=direction, name=f"P{index}")
        else:
            incoming = telegram(f"{value}:{self.run}:{number}", int(value), f"text {number}",
                                number, direction=direction, name=f"P{index}")
        incoming.is_read = read
        return incoming


def _build(ctx, people: list[dict]) -> Shop:
    shop = Shop(next(RUN), people)
    for index, spec in enumerate(people):
        address = f"p{index}-r{shop.run}@t.example"
        user = str(10_000 * shop.run + index)
        shop.refs.append(("email", address) if spec["channels"] != "telegram"
                         else ("telegram", user))
        ingest(ctx, [shop.message(index, True)])
        customer_id = customer_of(ctx, *shop.refs[index])
        shop.ids.append(customer_id)
        if spec["channels"] == "both":
            with transaction(ctx.writer) as session:
                session.add(Identity(customer_id=customer_id, kind="telegram", value=user))
        ingest(ctx, [shop.message(index, inbound, read) for inbound, read in spec["messages"]])
        for number in range(spec["orders"]):
            add_order(ctx, f"R{shop.run}-{index}-{number}", customer_id,
                      email=address if spec["channels"] != "telegram" else None)
        decorate(ctx, customer_id, note=f"[n{index}]" if spec["note"] else "",
                 language=spec["language"], labels=tuple(sorted(spec["labels"])),
                 draft=f"[d{index}]" if spec["draft"] else None, status=spec["status"],
                 code=f"R{shop.run}-{index}" if spec["code"] else None)
    return shop


def _live_merges(ctx) -> list[int]:
    with ctx.reader() as session:
        return list(session.scalars(
            select(Merge.id).where(Merge.undone_at.is_(None)).order_by(Merge.id)))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=st.lists(person, min_size=2, max_size=4),
       operations=st.lists(operation, max_size=8))
def test_merges_undone_leave_no_trace(ctx, people, operations):
    shop = _build(ctx, people)
    before = snapshot(ctx)
    with ctx.reader() as session:
        known_messages = set(session.scalars(select(Message.id)))
        known_orders = set(session.scalars(select(Order.id)))
    written_to: set[int] = set()
    new_orders: dict[str, int] = {}
    for op in operations:
        if op[0] == "merge":
            source, into = shop.ids[op[1] % len(people)], shop.ids[op[2] % len(people)]
            with ctx.reader() as session:
                active = all(session.get(Customer, c).merged_into_id is None
                             for c in (source, into))
            if active and source != into:
                merge(ctx, source, into)
        elif op[0] == "undo":
            live = _live_merges(ctx)
            if live:
                try:
                    unmerge(ctx, live[op[1] % len(live)])
                except UndoBlocked:
                    pass
        elif op[0] == "message":
            index = op[1] % len(people)
            ingest(ctx, [shop.message(index, op[2])])
            if op[2]:
                written_to.add(shop.ids[index])
        else:
            # An order imported now is linked to whoever has its email address now.
            index = op[1] % len(people)
            kind, value = shop.refs[index]
            if kind == "email":
                number = f"R{shop.run}-new-{next(shop.serial)}"
                add_order(ctx, number, customer_of(ctx, kind, value), email=value.upper())
                new_orders[number] = shop.ids[index]
    for merge_id in reversed(_live_merges(ctx)):
        unmerge(ctx, merge_id)

    after = snapshot(ctx)
    for table in ("customers", "identities", "customer_labels", "drafts", "discount_codes"):
        assert after[table] == before[table], table
    old_messages = [row for row in after["messages"] if row[0] in known_messages]
    assert old_messages == before["messages"]
    old_orders = [row for row in after["orders"] if row[0] in known_orders]
    assert old_orders == before["orders"]
    with ctx.reader() as session:
        for message in session.scalars(select(Message).where(Message.id.not_in(known_messages))):
            identity = session.get(Identity, message.identity_id)
            assert message.customer_id == identity.customer_id
        for number, owner in new_orders.items():
            assert session.scalar(select(Order.customer_id).where(Order.number == number)) == owner
        conversations = {c.customer_id: c for c in session.scalars(select(Conversation))}
        for row in before["conversations"]:
            conversation = conversations[row[0]]
            count = session.scalar(
                select(Message.id).where(Message.customer_id == row[0]).limit(1))
            assert (conversation.message_count > 0) == (count is not None)
            if conversation.customer_id in written_to:
                assert conversation.status == "open"
            elif not written_to:
                assert (conversation.status, conversation.snoozed_until) == (row[1], row[2])
