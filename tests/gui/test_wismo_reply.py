"""The suggested reply to "where is my order?" in the window: the composer offers it for a demo
customer who asks, one key (`w`) or a click puts the order's status and tracking link into the
reply text in the customer's language, and the text stays editable; a customer who asks
something else gets no such button."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shopinbox.app.inbox.wismo import suggest_reply
from shopinbox.store.models import Customer, Order


def _customers(ctx):
    with ctx.reader() as session:
        return [c.id for c in session.query(Customer).filter(Customer.merged_into_id.is_(None))
                .order_by(Customer.id)]


def _open(qtbot, window, customer_id):
    window.open_customer(customer_id)
    qtbot.waitUntil(lambda: window.customer_id == customer_id
                    and window.composer.suggested.loaded_for == customer_id, timeout=10000)


def test_w_fills_the_tracking_link_in_the_customers_language(qtbot, window, demo_ctx):
    asking = next(cid for cid in _customers(demo_ctx)
                  if (found := suggest_reply(demo_ctx, cid, "email")) and found.language == "ru"
                  and "cdek" in found.text)
    with demo_ctx.reader() as session:
        number = suggest_reply(demo_ctx, asking, "email").order_number
        order = session.query(Order).filter_by(number=number).one()
        tracking_url = order.tracking_url
    _open(qtbot, window, asking)
    button = window.composer.suggested
    assert button.isVisible() and number in button.text()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_W)  # one key
    text = window.composer.text.toPlainText()
    assert tracking_url in text and f"Статус заказа {number}" in text
    assert window.composer.text.hasFocus()  # ready to edit before sending
    qtbot.keyClicks(window.composer.text, " Thanks!")
    assert window.composer.text.toPlainText().endswith("Thanks!")


def test_no_button_for_a_customer_who_asks_something_else(qtbot, window, demo_ctx):
    other = next(cid for cid in _customers(demo_ctx) if suggest_reply(demo_ctx, cid) is None)
    _open(qtbot, window, other)
    assert not window.composer.suggested.isVisible()
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_W)
    assert window.composer.text.toPlainText() == ""  # nothing to insert, nothing inserted


def test_a_click_inserts_it_too(qtbot, window, demo_ctx):
    asking = next(cid for cid in _customers(demo_ctx) if suggest_reply(demo_ctx, cid, "email"))
    _open(qtbot, window, asking)
    with qtbot.waitSignal(window.composer.suggested.chosen, timeout=2000):
        qtbot.mouseClick(window.composer.suggested, Qt.MouseButton.LeftButton)
    assert suggest_reply(demo_ctx, asking, "email").order_number in \
        window.composer.text.toPlainText()
