"""Every model of the window passes qtmodeltester, also after partial refreshes."""

from __future__ import annotations

from shopinbox.app.inbox import actions
from shopinbox.app.inbox.customers import search_messages
from shopinbox.app.inbox.listing import InboxFilter
from shopinbox.ui.inbox import customer_list_model
from shopinbox.ui.inbox.customer_list_model import CustomerIdRole, CustomerListModel
from shopinbox.ui.inbox.search_model import SearchResultsModel


def test_inbox_model_passes_modeltester(qtmodeltester, demo_ctx, monkeypatch):
    monkeypatch.setattr(customer_list_model, "PAGE", 7)  # several pages on the demo shop
    model = CustomerListModel(demo_ctx)
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total() == 42
    qtmodeltester.check(model)


def test_refresh_touches_only_changed_rows(qtbot, qtmodeltester, demo_ctx):
    model = CustomerListModel(demo_ctx)
    qtmodeltester.check(model, force_py=True)
    first = model.index(0).data(CustomerIdRole)
    second = model.index(1).data(CustomerIdRole)
    changed_rows: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed_rows.append(top.row()))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsRemoved):
        model.refresh_customers(actions.mark_done(demo_ctx, first))
    assert model.index(0).data(CustomerIdRole) == second
    assert model.rowCount() == 41 and not resets
    model.refresh_customers(actions.set_labels(demo_ctx, second, ["wholesale"]))
    assert changed_rows == [0]
    assert model.index(0).data(customer_list_model.RowRole).labels == ["wholesale"]
    with qtbot.waitSignal(model.rowsInserted):
        model.refresh_customers(actions.reopen(demo_ctx, first))
    assert model.index(0).data(CustomerIdRole) == first
    qtmodeltester.check(model)


def test_filtered_models(qtmodeltester, demo_ctx):
    for wanted in (InboxFilter(status="all"), InboxFilter(channel="telegram"),
                   InboxFilter(unread_only=True), InboxFilter(label="VIP")):
        model = CustomerListModel(demo_ctx, wanted=wanted)
        assert 0 < model.total() < 40 or wanted.status == "all"
        qtmodeltester.check(model)


def test_search_model(qtmodeltester, demo_ctx):
    model = SearchResultsModel()
    hits = search_messages(demo_ctx, "herbata")
    assert hits
    model.set_hits(hits, {})
    assert model.rowCount() == len(hits)
    qtmodeltester.check(model)


def test_search_model_groups(qtmodeltester, demo_ctx):
    from shopinbox.app.inbox.one_box import find

    result = find(demo_ctx, "herbata")
    model = SearchResultsModel()
    model.set_result(result)
    assert model.rowCount() == result.count + len(result.groups())  # one header per group
    assert model.result_count() == result.count
    qtmodeltester.check(model)


def test_background_model_reads_pages_and_filters_off_the_ui_thread(qtbot, qtmodeltester,
                                                                    demo_ctx, monkeypatch):
    from shopinbox.ui.common.operations import OperationRunner

    monkeypatch.setattr(customer_list_model, "CACHE_PAGE", 5)
    ops = OperationRunner()
    model = CustomerListModel(demo_ctx, ops=ops)
    assert model.index(0).data(customer_list_model.RowRole) is not None  # read at start-up
    far = model.index(22)
    assert far.data(customer_list_model.RowRole) is None  # asked for in the background
    with qtbot.waitSignal(model.dataChanged, timeout=5000) as changed:
        pass
    assert changed.args[0].row() <= 22 <= changed.args[1].row()
    assert far.data(customer_list_model.RowRole).id == far.data(CustomerIdRole)
    with qtbot.waitSignal(model.refreshed, timeout=5000):
        model.set_filter(InboxFilter(channel="telegram"))
    assert 0 < model.total() < 40
    qtmodeltester.check(model)
    ops.wait()
