"""The window opens on the demo shop, its inbox model is a correct lazy Qt model."""

from __future__ import annotations

import pytest

from shopinbox.app.demo_shop import load_demo_shop
from shopinbox.ui.customer_list_model import CustomerIdRole, CustomerListModel
from shopinbox.ui.main_window import MainWindow


@pytest.fixture
def demo_ctx(sqlite_ctx):
    load_demo_shop(sqlite_ctx)
    return sqlite_ctx


def test_inbox_model_passes_modeltester(qtmodeltester, demo_ctx):
    model = CustomerListModel(demo_ctx.reader)
    qtmodeltester.check(model)
    assert model.rowCount() == 40
    assert isinstance(model.index(0).data(CustomerIdRole), int)


def test_window_shows_first_customer(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.inbox_model.rowCount() == 40
    assert window.timeline.toPlainText().strip() != ""
