"""The promo editor dialog: live preview for a customer, errors shown, save through the app."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.promos import library as promos
from shopinbox.store.models import Order
from shopinbox.ui.promos.promo_editor import PromoEditor

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_sqlite(sqlite_ctx):
    load_demo_shop(sqlite_ctx, anchor=datetime(2025, 3, 1, tzinfo=UTC))
    return sqlite_ctx


def test_live_preview_and_save(qtbot, demo_sqlite):
    ctx = demo_sqlite
    ship = next(p for p in promos.list_promos(ctx) if p.shortcut == "/ship")
    with ctx.reader() as session:
        order = session.scalar(select(Order).where(Order.customer_id.is_not(None))
                               .order_by(Order.placed_at.desc()).limit(1))
    editor = PromoEditor(ctx, "/ship", customer_id=None)
    qtbot.addWidget(editor)
    assert "order.number" in editor.status.text()  # no customer: values are missing

    editor.language.setCurrentText("en")
    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.body.setPlainText("Hello {{ shop.name }} **now**")
    assert "Leśna Herbaciarnia" in editor.preview.toPlainText()
    assert "Missing" in editor.status.text()  # the subject still needs the order

    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.subject.setText("Hi")
    assert editor.status.text() == "Ready to send."

    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.customer.set_customer(order.customer_id)
        editor.subject.setText("Order {{ order.number }}")
    assert f"Order {order.number}" in editor.preview.toPlainText()
    assert editor.status.text() == "Ready to send."
    editor.subject.setText("Hi")

    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.body.setPlainText("{{ ''.__class__ }}")
    assert "Cannot render" in editor.status.text() and editor.preview.toPlainText() == ""

    editor.save()
    assert "Cannot save" in editor.status.text()
    with qtbot.waitSignal(editor.previewed, timeout=3000):
        editor.body.setPlainText("Hello {{ shop.name }}")
    with qtbot.waitSignal(editor.saved, timeout=3000) as saved:
        editor.save()
    assert saved.args == [ship.id]
    assert promos.get_promo(ctx, "/ship").variants["en"] == ("Hi", "Hello {{ shop.name }}")
    assert promos.get_promo(ctx, "/ship").variants["pl"][1].startswith("Dzień dobry")
