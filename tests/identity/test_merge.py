"""merge / unmerge on both engines: what moves, exact round trips, later arrivals, the rules."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.identity.merging import (
    AlreadyUndone,
    CustomerMergedAway,
    CustomerMissing,
    MergeError,
    MergeMissing,
    UndoBlocked,
    list_merges,
    merge,
    unmerge,
)
from shopinbox.app.inbox.customers import customer_detail, list_customers
from shopinbox.store.models import Conversation, Customer, Draft, Merge, Message, Order
from shopinbox.store.search import search
from tests.identity.shop import (
    add_order,
    add_phone,
    build_shop,
    customer_of,
    decorate,
    email,
    ingest,
    snapshot,
    telegram,
)


def test_merge_moves_everything_and_records_it(ctx):
    people = build_shop(ctx)
    source, into = people["anna_tg"], people["anna_mail"]
    before = snapshot(ctx)
    source_messages = [row[0] for row in before["messages"] if row[2] == source]
    merge_id = merge(ctx, source, into, actor="owner", reason="same person")

    detail = customer_detail(ctx, into)
    assert {(i["kind"], i["value"]) for i in detail["identities"]} == {
        ("email", "anna@example.com"), ("telegram", "5001")}
    assert len(detail["messages"]) == 5
    assert {o["number"] for o in detail["orders"]} == {"1042", "1043"}
    assert sorted(detail["labels"]) == ["tg", "vip"]
    assert detail["note"] == "Likes green tea.\n\nWrites on Telegram."
    assert detail["language"] == "pl"
    # The source resolves to the survivor and is gone from the list.
    assert customer_detail(ctx, source)["id"] == into
    assert source not in [row.id for row in list_customers(ctx)]

    with ctx.reader() as session:
        record = session.get(Merge, merge_id)
        assert (record.source_customer_id, record.into_customer_id) == (source, into)
        assert record.actor == "owner" and record.reason == "same person"
        assert record.moved["messages"] == source_messages
        assert len(record.moved["identities"]) == 1 and len(record.moved["orders"]) == 1
        assert len(record.moved["discount_codes"]) == 1
        assert record.moved["labels_added"] == ["tg"]
        assert session.get(Customer, source).merged_into_id == into
        survivor = session.get(Conversation, into)
        assert survivor.message_count == 5 and survivor.unread_count == 3
        assert survivor.status == "open"  # the Telegram conversation was open
        assert session.get(Conversation, source).message_count == 0
        assert session.get(Draft, into).text == "Dear Anna,\n\nCześć Anno"
        # Search shows the moved messages under the survivor's name.
        hits = search(session, "news")
        assert [h.customer_id for h in hits] == [into]
        assert [h.customer_id for h in search(session, "nowak")] != []

    (row,) = list_merges(ctx)
    assert row.id == merge_id and row.can_undo and row.counts["messages"] == 3


def test_unmerge_restores_every_row(ctx):
    people = build_shop(ctx)
    before = snapshot(ctx)
    merge_id = merge(ctx, people["anna_tg"], people["anna_mail"])
    assert snapshot(ctx) != before
    result = unmerge(ctx, merge_id)
    assert (result.source_id, result.into_id) == (people["anna_tg"], people["anna_mail"])
    assert result.counts["messages"] == 3 and result.counts["orders"] == 1
    assert snapshot(ctx) == before
    with ctx.reader() as session:
        assert [h.customer_id for h in search(session, "news")] == [people["anna_tg"]]
    (row,) = list_merges(ctx)
    assert row.undone_at is not None and not row.can_undo


def test_unmerge_sends_later_arrivals_home(ctx, control_ctx):
    """Messages and orders that reach the survivor through the source's identities after the
    merge go back with it: the end state equals a shop where the merge never happened."""
    later = [
        telegram("1:9", 5001, "Me again, order 1043?", 60, name="Anna N."),
        email("<a9@x>", "anna@example.com", "And by email too", 70, name="Anna Nowak"),
        telegram("1:10", 5001, "Reply to Telegram", 80, direction="out"),
    ]
    runs = []
    for run, merging in ((ctx, True), (control_ctx, False)):
        people = build_shop(run)
        add_phone(run, people["anna_tg"], "+48601234567")
        before = snapshot(run)
        merge_id = merge(run, people["anna_tg"], people["anna_mail"]) if merging else None
        ingest(run, later)
        # Orders imported later are linked to whoever has their phone or email now.
        add_order(run, "1044", customer_of(run, "phone", "+48601234567"), phone="601 234 567",
                  minutes=90)
        add_order(run, "1045", customer_of(run, "email", "anna@example.com"),
                  email="Anna@Example.com", minutes=95)
        if merging:
            unmerge(run, merge_id)
        runs.append((people, before))

    (people, before), _ = runs
    after = snapshot(ctx)
    # What was there before the merge is unchanged, apart from counts of the conversations.
    for table, rows in before.items():
        if table == "conversations":
            continue
        missing = [row for row in rows if row not in after[table]]
        assert missing == [], table
    with ctx.reader() as session:
        homes = dict(session.execute(select(Message.external_id, Message.customer_id)).all())
        orders = dict(session.execute(select(Order.number, Order.customer_id)).all())
    tg, mail = people["anna_tg"], people["anna_mail"]
    assert homes["1:9"] == tg and homes["1:10"] == tg and homes["<a9@x>"] == mail
    assert orders["1044"] == tg and orders["1045"] == mail
    # Every row equals the shop where no merge happened (but for the times rows were written).
    skip = ("created_at", "updated_at")
    assert snapshot(ctx, skip_columns=skip) == snapshot(control_ctx, skip_columns=skip)


def test_arrivals_reopen_the_source_conversation(ctx):
    people = build_shop(ctx)
    with ctx.writer() as session, session.begin():
        session.get(Conversation, people["anna_tg"]).status = "done"
    merge_id = merge(ctx, people["anna_tg"], people["anna_mail"])
    ingest(ctx, [telegram("1:20", 5001, "Hello?", 100)])
    unmerge(ctx, merge_id)
    with ctx.reader() as session:
        conversation = session.get(Conversation, people["anna_tg"])
        assert conversation.status == "open"
        assert conversation.message_count == 4 and conversation.unread_count == 3


def test_merge_reopens_a_done_survivor_and_undo_closes_it(ctx):
    people = build_shop(ctx)
    # anna_mail's conversation is done, anna_tg's open.
    before = snapshot(ctx)
    merge_id = merge(ctx, people["anna_tg"], people["anna_mail"])
    with ctx.reader() as session:
        assert session.get(Conversation, people["anna_mail"]).status == "open"
    unmerge(ctx, merge_id)
    assert snapshot(ctx) == before


def test_rules(ctx):
    people = build_shop(ctx)
    tg, mail, boris = people["anna_tg"], people["anna_mail"], people["boris"]
    with pytest.raises(MergeError, match="itself"):
        merge(ctx, tg, tg)
    with pytest.raises(CustomerMissing):
        merge(ctx, tg, 9999)
    first = merge(ctx, tg, mail)
    with pytest.raises(CustomerMergedAway) as raised:
        merge(ctx, tg, boris)
    assert raised.value.survivor_id == mail
    with pytest.raises(CustomerMergedAway):
        merge(ctx, boris, tg)
    with pytest.raises(MergeMissing):
        unmerge(ctx, 12345)

    # A later merge took the survivor away: the older undo is blocked until that one is undone.
    second = merge(ctx, mail, boris)
    with pytest.raises(UndoBlocked) as blocked:
        unmerge(ctx, first)
    assert blocked.value.blocking_merge_id == second
    rows = {row.id: row for row in list_merges(ctx)}
    assert not rows[first].can_undo and rows[first].blocking_merge_id == second
    assert rows[second].can_undo
    unmerge(ctx, second)
    unmerge(ctx, first)
    with pytest.raises(AlreadyUndone):
        unmerge(ctx, first)
    with pytest.raises(AlreadyUndone):
        unmerge(ctx, second)


def test_undo_in_any_order_when_two_merged_into_one(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("2:1", 6001, "Third account", 200, name="Anna 3")])
    third = customer_of(ctx, "telegram", "6001")
    decorate(ctx, third, note="Third note.", labels=("tg", "wholesale"), draft="P.S.")
    before = snapshot(ctx)
    first = merge(ctx, people["anna_tg"], people["anna_mail"])
    second = merge(ctx, third, people["anna_mail"])
    detail = customer_detail(ctx, people["anna_mail"])
    assert sorted(detail["labels"]) == ["tg", "vip", "wholesale"]
    assert detail["note"] == "Likes green tea.\n\nWrites on Telegram.\n\nThird note."
    unmerge(ctx, first)  # the older one first
    detail = customer_detail(ctx, people["anna_mail"])
    # "tg" stays: the third customer brought it too.
    assert sorted(detail["labels"]) == ["tg", "vip", "wholesale"]
    assert detail["note"] == "Likes green tea.\n\nThird note."
    assert {i["value"] for i in detail["identities"]} == {"anna@example.com", "6001"}
    unmerge(ctx, second)
    assert snapshot(ctx) == before


def test_merge_chain_undone_in_reverse(ctx):
    people = build_shop(ctx)
    before = snapshot(ctx)
    first = merge(ctx, people["anna_tg"], people["anna_mail"])
    second = merge(ctx, people["boris"], people["anna_mail"])
    with ctx.reader() as session:
        assert set(session.scalars(select(Message.customer_id))) == {people["anna_mail"]}
    unmerge(ctx, second)
    unmerge(ctx, first)
    assert snapshot(ctx) == before


def test_survivor_edits_are_kept_on_undo(ctx):
    people = build_shop(ctx)
    merge_id = merge(ctx, people["anna_tg"], people["anna_mail"])
    with ctx.writer() as session, session.begin():
        customer = session.get(Customer, people["anna_mail"])
        customer.note = "Called on Monday.\n\n" + customer.note
        session.get(Draft, people["anna_mail"]).text += "\nBest regards"
    unmerge(ctx, merge_id)
    with ctx.reader() as session:
        assert session.get(Customer, people["anna_mail"]).note == (
            "Called on Monday.\n\nLikes green tea."
        )
        assert session.get(Draft, people["anna_mail"]).text == "Dear Anna,\nBest regards"
        assert session.get(Customer, people["anna_mail"]).language is None
        assert session.get(Draft, people["anna_tg"]).text == "Cześć Anno"
