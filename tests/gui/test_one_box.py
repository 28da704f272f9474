"""The window's one search box: customers, orders and messages in groups, best first; Enter on a
customer or an order opens that customer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shopinbox.store.models import Customer, Identity, Order
from shopinbox.ui.inbox.search_model import ItemRole, KindRole


def _search(qtbot, window, text):
    window.inbox.search.clear()
    with qtbot.waitSignal(window.inbox.search_finished, timeout=10000) as done:
        qtbot.keyClicks(window.inbox.search, text)
    assert done.args[0] > 0
    return window.inbox.results


def _kinds(view):
    model = view.model()
    return [model.index(row, 0).data(KindRole) for row in range(model.rowCount())]


def test_order_number_puts_orders_first_and_enter_opens_the_customer(qtbot, window, demo_ctx):
    with demo_ctx.reader() as session:
        order = session.query(Order).filter(Order.customer_id.isnot(None)).order_by(Order.id).first()
        number, customer_id = order.number, order.customer_id
    results = _search(qtbot, window, number)
    kinds = _kinds(results)
    assert kinds[:2] == ["header", "order"]  # the exact order number is the best match
    assert results.model().index(0, 0).flags() == Qt.ItemFlag.NoItemFlags  # headers: not choosable
    assert results.currentIndex().row() == 1  # the first result is ready for Enter
    assert results.currentIndex().data(ItemRole).number == number
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customer_id == customer_id)  # opened in the background


def test_customer_group_by_email_and_enter_opens_it(qtbot, window, demo_ctx):
    with demo_ctx.reader() as session:
        identity = session.query(Identity).filter_by(kind="email").order_by(Identity.id).first()
        address, customer_id = identity.value, identity.customer_id
        name = session.get(Customer, customer_id).display_name
    results = _search(qtbot, window, address)
    assert _kinds(results)[:2] == ["header", "customer"]
    assert results.model().index(0, 0).data().endswith("(1)")  # "Customers (1)"
    row = _kinds(results).index("customer")
    assert results.model().index(row, 0).data().startswith(name)
    results.setCurrentIndex(results.model().index(row, 0))
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customer_id == customer_id)  # opened in the background
    window.inbox.move(1)  # j/k walk the results, stepping over group headers
    assert results.currentIndex().data(KindRole) != "header"
