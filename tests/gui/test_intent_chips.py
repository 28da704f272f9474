"""Intent chips in the timeline: an inbound "where is my order" message shows its chip."""

from __future__ import annotations

from shopinbox.app.inbox.customers import customer_detail
from shopinbox.store.models import Customer


def test_timeline_shows_intent_chips(qtbot, window, demo_ctx):
    with demo_ctx.reader() as session:
        ids = [c.id for c in session.query(Customer).order_by(Customer.id)]
    found = next(cid for cid in ids if any(
        m["intents"][:1] == ["where_is_my_order"] for m in customer_detail(demo_ctx, cid)["messages"]))
    window.open_customer(found)
    assert "where is my order" in window.timeline.toPlainText()
