"""Every shape of inbox filter on both engines gives the conversations a plain reading of the
rows gives (the listing builds one statement per shape and, on SQLite, runs its compiled text
on the driver's cursor: values must land in the right places), newest activity first."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.inbox import actions
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids
from shopinbox.store.models import Account, Conversation, Customer, CustomerLabel, Message


def _expected(ctx, wanted: InboxFilter) -> list[int]:
    with ctx.reader() as session:
        rows = session.execute(select(Conversation, Customer.merged_into_id)
                               .join(Customer, Customer.id == Conversation.customer_id)).all()
        messages = session.execute(select(Message.customer_id, Message.channel,
                                          Message.account_id)).all()
        labels = set(session.execute(select(CustomerLabel.customer_id,
                                            CustomerLabel.label)).all())
    kept = []
    for conversation, merged in rows:
        cid = conversation.customer_id
        if merged is not None or conversation.message_count <= 0:
            continue
        if wanted.status != "all" and conversation.status != wanted.status:
            continue
        if wanted.unread_only and conversation.unread_count <= 0:
            continue
        if wanted.assigned == "unassigned" and conversation.assignee_id is not None:
            continue
        if wanted.channel or wanted.account_id:
            if not any(m.customer_id == cid and (not wanted.channel or m.channel == wanted.channel)
                       and (not wanted.account_id or m.account_id == wanted.account_id)
                       for m in messages):
                continue
        if wanted.label and (cid, wanted.label) not in labels:
            continue
        if wanted.intent and wanted.intent not in conversation.latest_intents.split():
            continue
        kept.append((conversation.last_activity, cid))
    return [cid for _at, cid in sorted(kept, reverse=True)]


@pytest.fixture
def shop(ctx):
    load_demo_shop(ctx)
    ids = conversation_ids(ctx, InboxFilter())
    actions.set_labels(ctx, ids[0], ["vip"])
    actions.set_labels(ctx, ids[3], ["vip", "hurt"])
    actions.mark_done(ctx, ids[1])
    return ctx


def test_every_filter_shape_lists_what_the_rows_say(shop):
    with shop.reader() as session:
        accounts = list(session.scalars(select(Account.id)))
    filters = [InboxFilter(), InboxFilter(status="all"), InboxFilter(status="done"),
               InboxFilter(unread_only=True), InboxFilter(status="all", assigned="unassigned"),
               InboxFilter(status="all", channel="telegram"),
               InboxFilter(status="all", channel="email", account_id=accounts[0]),
               *[InboxFilter(status="all", account_id=a) for a in accounts],
               InboxFilter(status="all", label="vip"), InboxFilter(label="hurt"),
               InboxFilter(status="all", intent="where_is_my_order"),
               InboxFilter(status="all", intent="return", channel="email"),
               InboxFilter(unread_only=True, intent="product_question", label="vip")]
    nonempty = 0
    for wanted in filters:
        expected = _expected(shop, wanted)
        assert conversation_ids(shop, wanted) == expected, wanted
        nonempty += bool(expected)
    assert nonempty >= 10  # the demo shop gives most filters something to list


def test_the_windows_warm_up_runs_on_an_empty_and_a_full_store_and_changes_nothing(ctx):
    """`app.inbox.warm_up` (run after the window's first paint) reads nothing and writes
    nothing: on an empty store and on the demo shop it runs, and the lists stay as they were."""
    from shopinbox.app.inbox.warm_up import warm_up

    warm_up(ctx)
    assert conversation_ids(ctx, InboxFilter(status="all")) == []
    load_demo_shop(ctx)
    before = conversation_ids(ctx, InboxFilter(status="all", intent="where_is_my_order"))
    warm_up(ctx)
    assert before and conversation_ids(
        ctx, InboxFilter(status="all", intent="where_is_my_order")) == before
