"""Intents as an inbox filter and as chips on the inbox rows: choosing "where is my order"
lists exactly the conversations whose newest inbound message asks that, each row carrying the
chip; a correction (`intent set`) moves a conversation into the filtered list."""

from __future__ import annotations

from shopinbox.app.inbox.intents import intent_counts, latest_inbound_intents, set_intent
from shopinbox.store.models import Customer, Message
from shopinbox.ui.inbox.customer_list_model import RowRole


def _rows(inbox):
    return [inbox.model.index(r).data(RowRole) for r in range(inbox.model.rowCount())]


def _choose(qtbot, window, value):
    inbox = window.inbox
    with qtbot.waitSignal(inbox.model.refreshed, timeout=10000):
        inbox.intent.setCurrentIndex(inbox.intent.findData(value))


def _asking(ctx):
    with ctx.reader() as session:
        ids = [c.id for c in session.query(Customer).filter(Customer.merged_into_id.is_(None))]
        return {cid for cid, found in latest_inbound_intents(session, ids).items()
                if "where_is_my_order" in found}


def test_filter_lists_the_conversations_asking_where_their_order_is(qtbot, window, demo_ctx):
    inbox = window.inbox
    everything = inbox.model.total()
    asking = _asking(demo_ctx)
    assert asking
    _choose(qtbot, window, "where_is_my_order")
    listed = {row.id for row in _rows(inbox)}
    assert 0 < inbox.model.total() < everything
    with demo_ctx.reader() as session:  # the open ones of them (the status filter stays)
        open_asking = {cid for cid in asking
                       if session.get(Customer, cid).conversation.status == "open"}
    assert listed == open_asking
    assert all(row.intents[0] == "where_is_my_order" or "where_is_my_order" in row.intents
               for row in _rows(inbox))
    _choose(qtbot, window, None)
    assert inbox.model.total() == everything


def test_a_correction_moves_a_conversation_into_the_filter(qtbot, window, demo_ctx):
    asking = _asking(demo_ctx)
    with demo_ctx.reader() as session:
        other = next(cid for cid in window.inbox.model._ids if cid not in asking)
        newest = session.query(Message).filter_by(customer_id=other, direction="in") \
            .order_by(Message.sent_at.desc(), Message.id.desc()).first()
    set_intent(demo_ctx, newest.id, "where_is_my_order")
    _choose(qtbot, window, "where_is_my_order")
    assert other in {row.id for row in _rows(window.inbox)}


def test_intent_counts_for_the_report(demo_ctx):
    from datetime import UTC, datetime

    with demo_ctx.reader() as session:
        counts = intent_counts(session, datetime(2000, 1, 1, tzinfo=UTC),
                               datetime(2100, 1, 1, tzinfo=UTC))
        inbound = session.query(Message).filter_by(direction="in").count()
    assert sum(counts.values()) == inbound
    assert counts["where_is_my_order"] > 0 and set(counts) >= {"return", "complaint", "other"}
