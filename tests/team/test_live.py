"""Two desktops on one PostgreSQL database: users, notes, assignment, and the live link
(LISTEN/NOTIFY) that carries ids of changes and "is replying" between them."""

from __future__ import annotations

import queue
import time

import pytest
from sqlalchemy import select

from shopinbox.app.core.changes import Changes
from shopinbox.app.inbox import actions
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids
from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.team import work
from shopinbox.app.team.live import TYPING_EXPIRES, PresenceBoard, TeamLink, Typist
from shopinbox.app.team.users import list_users
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Customer, Message

pytestmark = pytest.mark.postgres


def _link(ctx, name):
    heard: queue.Queue = queue.Queue()
    typing: queue.Queue = queue.Queue()
    link = TeamLink(ctx, on_changes=heard.put, on_presence=typing.put, name=name).start()
    assert link.listening.wait(10)
    return link, heard, typing


def _first_customer(ctx) -> int:
    with ctx.reader() as session:
        return int(session.scalars(select(Customer.id).order_by(Customer.id)).first())


def test_users_are_shared_and_replies_carry_their_author(demo_desks):
    (a, b) = demo_desks
    assert [u.name for u in list_users(b.ctx)] == ["Anna", "Piotr"]
    customer_id = _first_customer(a.ctx)
    message_id = queue_reply(a.ctx, customer_id, "Dzień dobry, już wysyłamy.")
    with b.ctx.reader() as session:
        assert session.get(Message, message_id).author_id == a.user.id
    assert work.last_reply(b.ctx, customer_id) == (message_id, "Anna")
    with pytest.raises(ShopError) as raised:  # B saw no reply yet: Anna's came meanwhile
        work.check_no_reply_since(b.ctx, customer_id, 0)
    assert raised.value.code == "replied_meanwhile" and raised.value.params["user"] == "Anna"
    work.check_no_reply_since(b.ctx, customer_id, message_id)  # seen: no question


def test_assignment_filters_and_auto_assign_on_reply(demo_desks):
    (a, b) = demo_desks
    first, second = conversation_ids(a.ctx, InboxFilter(status="all"))[:2]
    work.assign(a.ctx, first, b.user.id)
    mine = conversation_ids(b.ctx, InboxFilter(status="all", assigned="mine", me=b.user.id))
    unassigned = conversation_ids(b.ctx, InboxFilter(status="all", assigned="unassigned"))
    assert mine == [first]
    assert first not in unassigned and second in unassigned
    assert work.assign_on_reply(a.ctx, first) == set()  # already Piotr's
    assert work.assign_on_reply(a.ctx, second) == {second}
    assert conversation_ids(a.ctx, InboxFilter(status="all", assigned="mine",
                                               me=a.user.id)) == [second]
    work.assign(b.ctx, second, None)
    assert second in conversation_ids(a.ctx, InboxFilter(status="all", assigned="unassigned"))


def test_a_note_is_shared_marked_with_its_author_and_is_no_message(demo_desks):
    (a, b) = demo_desks
    customer_id = _first_customer(a.ctx)
    with a.ctx.reader() as session:
        before = session.scalar(select(Message.id).order_by(Message.id.desc()).limit(1))
    assert work.add_note(a.ctx, customer_id, "  Klient VIP, dać rabat.  ") == {customer_id}
    notes = work.notes_of(b.ctx, customer_id)
    assert [(n.author, n.text) for n in notes] == [("Anna", "Klient VIP, dać rabat.")]
    with a.ctx.reader() as session:  # a note is not a message: no outbox can see it
        assert session.scalar(select(Message.id).order_by(Message.id.desc()).limit(1)) == before
    with pytest.raises(ShopError):
        work.add_note(a.ctx, customer_id, "   ")


def test_a_change_on_a_reaches_b_as_ids_within_two_seconds(demo_desks):
    (a, b) = demo_desks
    customer_id = _first_customer(a.ctx)
    link_a, heard_a, _ = _link(a.ctx, "Anna")
    link_b, heard_b, _ = _link(b.ctx, "Piotr")
    started = time.monotonic()
    link_a.publish(Changes(customer_ids=actions.mark_done(a.ctx, customer_id)))
    got = heard_b.get(timeout=2)
    assert time.monotonic() - started < 2
    assert got.customer_ids == {customer_id} and not got.accounts
    assert heard_a.empty()  # a desktop does not hear its own changes back
    many = Changes(customer_ids=set(range(1, 1501)), messages={7}, promos=True)
    link_a.publish(many)  # over the 8000-byte payload limit: split, nothing lost
    merged = Changes()
    while len(merged.customer_ids) < 1500:
        merged = merged | heard_b.get(timeout=2)
    assert merged.customer_ids == many.customer_ids and merged.messages == {7} and merged.promos


def test_is_replying_shows_and_clears(desks):
    (a, b) = desks
    link_a, _, _ = _link(a.ctx, "Anna")
    link_b, _, typing_b = _link(b.ctx, "Piotr")
    link_a.typing(42)
    assert typing_b.get(timeout=2) == 42
    assert [t.name for t in link_b.presence.replying(42)] == ["Anna"]
    link_a.typing(42)  # a repeat within TYPING_EVERY is not sent again
    link_a.stop_typing()
    assert typing_b.get(timeout=2) == 42
    assert link_b.presence.replying(42) == []
    assert typing_b.empty()


def test_replying_expires_when_the_typist_goes_quiet():
    board = PresenceBoard()
    board.heard(5, Typist("a", "Anna", "#f00", expires=100.0), True)
    board.heard(5, Typist("b", "Ola", "#0f0", expires=100.0 + TYPING_EXPIRES), True)
    assert [t.name for t in board.replying(5, now=99.0)] == ["Anna", "Ola"]
    assert board.expire(now=101.0) == {5}
    assert [t.name for t in board.replying(5, now=101.0)] == ["Ola"]


def test_a_shop_setting_changed_on_a_applies_on_b_at_once(desks):
    from shopinbox.app.core import settings

    (a, b) = desks
    link_a, _heard_a, _ = _link(a.ctx, "Anna")
    link_b, heard_b, _ = _link(b.ctx, "Piotr")
    relayed: queue.Queue = queue.Queue()
    settings.add_listener(b.ctx, lambda name, value: relayed.put((name, value)))
    try:
        started = time.monotonic()
        settings.set_setting(a.ctx, "auto_assign_on_reply", False)
        assert relayed.get(timeout=2) == ("auto_assign_on_reply", False)  # B's listeners
        assert time.monotonic() - started < 2.0
        changes = heard_b.get(timeout=2)
        assert changes.settings == {"auto_assign_on_reply"} and not changes.customer_ids
        settings.reset_setting(a.ctx, "auto_assign_on_reply")  # back to the default: heard too
        assert relayed.get(timeout=2) == ("auto_assign_on_reply",
                                          settings.setting("auto_assign_on_reply").default)
    finally:
        link_a.stop()
        link_b.stop()
