"""Conversation actions, filters, search, keyboard shortcuts and merging, through the widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import update

from shopinbox.domain.kinds import Direction, IdentityKind
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Conversation
from shopinbox.ui.common.dialogs import MergeDialog, ShortcutSheet
from shopinbox.ui.inbox.customer_list_model import CustomerIdRole, RowRole
from tests.gui.helpers import customer_with, open_customer, settle, when_dialog


def ids(window) -> list[int]:
    model = window.inbox.model
    return [model.index(r).data(CustomerIdRole) for r in range(model.rowCount())]


def test_done_and_snooze_then_wake(qtbot, window, demo_ctx):
    first, second = ids(window)[:2]
    window.inbox.list.setFocus()
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: first not in ids(window))  # written in the background
    assert window.inbox.current_customer_id() is not None
    open_customer(qtbot, window, second)
    window.bar.tomorrow.trigger()
    qtbot.waitUntil(lambda: second not in ids(window))
    settle(qtbot, window)
    assert window.customer_id not in (first, second)  # moved on to the next conversation
    window.inbox.status.setCurrentIndex(window.inbox.status.findData("snoozed"))
    settle(qtbot, window)
    assert ids(window) == [second]
    open_customer(qtbot, window, second)
    assert "Snoozed until" in window.bar.state.text()
    window.inbox.status.setCurrentIndex(window.inbox.status.findData("open"))
    with demo_ctx.writer() as session, session.begin():
        session.execute(update(Conversation).where(Conversation.customer_id == second)
                        .values(snoozed_until=datetime.now(UTC) - timedelta(minutes=1)))
    window.wake_snoozed()  # what the timer does
    qtbot.waitUntil(lambda: second in ids(window))


def test_customer_writing_wakes_a_snoozed_conversation(qtbot, window, demo_ctx):
    customer = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, customer)
    window.bar.snooze.emit(datetime.now(UTC) + timedelta(days=7))
    qtbot.waitUntil(lambda: customer not in ids(window))
    from shopinbox.app.inbox.customers import customer_detail

    email = next(i["value"] for i in customer_detail(demo_ctx, customer)["identities"]
                 if i["kind"] == "email")
    with demo_ctx.writer() as session, session.begin():
        store_messages(session, 1, [IncomingMessage(
            channel="email", direction=Direction.INBOUND, external_id="<wake@test>",
            sent_at=datetime.now(UTC), identity=IdentityRef(IdentityKind.EMAIL, email),
            sender_address=email, subject="Hello?", body_text="Any news?")], demo_ctx.blobs)
    window.bridge.on_customers_changed({customer})  # what the sync service reports
    qtbot.waitUntil(lambda: customer in ids(window))
    assert ids(window)[0] == customer
    assert window.inbox.model.index(0).data(RowRole).snippet == "Any news?"


def test_mark_unread(qtbot, window, demo_ctx):
    first = ids(window)[0]
    open_customer(qtbot, window, first)
    # read once it has been open for a moment (1.5 s by default)
    qtbot.waitUntil(lambda: window.inbox.model.index(0).data(RowRole).unread == 0, timeout=5000)
    window.bar.unread_button.click()
    qtbot.waitUntil(lambda: window.inbox.model.index(0).data(RowRole).unread == 1)


def test_filters(qtbot, window):
    inbox = window.inbox
    everything = inbox.model.total()
    inbox.channel.setCurrentIndex(inbox.channel.findData("telegram"))
    settle(qtbot, window)  # the list is read in the background
    telegram = inbox.model.total()
    assert 0 < telegram < everything
    assert all("telegram" in inbox.model.index(r).data(RowRole).channels
               for r in range(inbox.model.rowCount()))
    inbox.channel.setCurrentIndex(0)
    settle(qtbot, window)  # the list is read in the background
    inbox.label.setCurrentIndex(inbox.label.findData("VIP"))
    settle(qtbot, window)  # the list is read in the background
    assert all("VIP" in inbox.model.index(r).data(RowRole).labels
               for r in range(inbox.model.rowCount()))
    inbox.label.setCurrentIndex(0)
    settle(qtbot, window)  # the list is read in the background
    inbox.unread.setChecked(True)
    settle(qtbot, window)  # the list is read in the background
    assert all(inbox.model.index(r).data(RowRole).unread for r in range(inbox.model.rowCount()))
    inbox.account.setCurrentIndex(inbox.account.findText("Demo bot"))
    settle(qtbot, window)  # the list is read in the background
    assert all("telegram" in inbox.model.index(r).data(RowRole).channels
               for r in range(inbox.model.rowCount()))
    inbox.unread.setChecked(False)
    settle(qtbot, window)  # the list is read in the background
    inbox.account.setCurrentIndex(0)
    settle(qtbot, window)  # the list is read in the background
    assert inbox.model.total() == everything


def test_search_opens_customer_at_the_message(qtbot, window, demo_ctx):
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_Slash)
    assert window.inbox.search.hasFocus()
    with qtbot.waitSignal(window.inbox.search_finished, timeout=5000) as done:
        qtbot.keyClicks(window.inbox.search, "przesylka")  # finds "przesyłka"
    assert done.args[0] > 0
    results = window.inbox.results
    assert window.inbox.stack.currentWidget() is results
    first = next(row for row in range(results.model().rowCount())  # under the group header
                 if results.model().index(row, 0).data(Qt.ItemDataRole.UserRole + 10))
    hit = results.model().index(first, 0).data(Qt.ItemDataRole.UserRole + 10)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                     pos=results.visualRect(results.model().index(first, 0)).center())
    assert window.customer_id == hit.customer_id
    assert f'name="m{hit.message_id}"' in window.timeline.toHtml()
    window.inbox.clear_search()
    assert window.inbox.stack.currentWidget() is window.inbox.list


def test_keyboard_moves_and_never_fires_while_typing(qtbot, window):
    order = ids(window)
    window.inbox.list.setFocus()
    assert window.customer_id == order[0]
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_J)
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_J)
    settle(qtbot, window)  # opening is a background query; only the newest one is shown
    assert window.customer_id == order[2]
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_K)
    settle(qtbot, window)
    assert window.customer_id == order[1]
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_R)
    assert window.composer.text.hasFocus()
    qtbot.keyClicks(window.composer.text, "jess, keep?")  # j, e, s, k, ? typed, not run
    assert window.composer.text.toPlainText() == "jess, keep?"
    assert window.customer_id == order[1] and order[1] in ids(window)
    qtbot.keyClicks(window.inbox.search, "jk")
    assert window.inbox.search.text() == "jk" and window.customer_id == order[1]
    window.inbox.search.clear()
    window.inbox.list.setFocus()
    when_dialog(ShortcutSheet, lambda sheet: None)
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(window.sheet, ShortcutSheet) and window.sheet.isVisible()
    table = window.sheet.findChild(QTableWidget, "shortcutTable")
    keys = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert {"e", "s", "r", "/", "?", "Enter", "Ctrl+Enter", "Ctrl+P"} <= keys
    window.sheet.close()


def test_merge_two_customers_and_undo(qtbot, window, demo_ctx):
    a, b = ids(window)[:2]
    open_customer(qtbot, window, a)
    messages_a = len(window.detail.messages)
    from shopinbox.app.inbox.customers import customer_detail

    messages_b = len(customer_detail(demo_ctx, b)["messages"])
    from tests.gui.helpers import name_of

    other_name = name_of(demo_ctx, b)

    def pick(dialog: MergeDialog) -> None:
        prefix = other_name.split(" ")[0][:3].encode("ascii", "ignore").decode()
        if prefix:
            with qtbot.waitSignal(dialog.filled):  # the candidates are a background query
                qtbot.keyClicks(dialog.filter, prefix)
        else:
            qtbot.waitUntil(lambda: dialog.list.count() > 0)
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == b:
                dialog.list.setCurrentRow(row)
        with qtbot.waitSignal(dialog.asked):  # the first press asks, saying what moves
            dialog.merge_button.click()
        asked.append(dialog.question.text())
        dialog.merge_button.click()

    asked: list[str] = []
    when_dialog(MergeDialog, pick)
    with qtbot.waitSignal(window.merged, timeout=10_000):
        window.panel.merge.click()  # the merge runs as an operation
    settle(qtbot, window)
    assert len(window.detail.messages) == messages_a + messages_b
    remains = name_of(demo_ctx, a)
    assert asked and f"“{remains}” remains" in asked[0] and other_name in asked[0]
    assert f"{messages_b} message(s)" in asked[0]
    assert b not in ids(window)
    assert window.panel.undo.isVisible()
    window.panel.undo.click()
    settle(qtbot, window)
    assert "undone" in window.sync_status.currentMessage()
    assert b in ids(window)
    assert len(window.detail.messages) == messages_a
    assert not window.panel.undo.isVisible()


def test_edit_customer_panel(qtbot, window, demo_ctx):
    first = ids(window)[0]
    open_customer(qtbot, window, first)
    window.panel.name.setFocus()
    window.panel.name.selectAll()
    qtbot.keyClicks(window.panel.name, "Renamed Person")
    qtbot.keyClick(window.panel.name, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.inbox.model.index(0).data(RowRole).name == "Renamed Person"
    window.panel.labels.setText("wholesale, VIP")
    window.panel.labels.editingFinished.emit()
    settle(qtbot, window)
    assert window.inbox.model.index(0).data(RowRole).labels == ["VIP", "wholesale"]
    window.panel.note.setPlainText("Call before shipping")
    window.panel.save_pending()
    settle(qtbot, window)
    from shopinbox.app.inbox.customers import customer_detail

    detail = customer_detail(demo_ctx, first)
    assert (detail["name"], detail["note"]) == ("Renamed Person", "Call before shipping")
    assert "Tracking" in window.panel.orders.toPlainText() or not detail["orders"]


def test_escape_leaves_the_composer_and_the_search_field_and_closes_the_sheet(qtbot, window):
    window.inbox.list.setFocus()
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_R)
    assert window.composer.text.hasFocus()
    qtbot.keyClicks(window.composer.text, "Dzien dobry")  # QTest types Latin-1 only
    qtbot.keyClick(window.composer.text, Qt.Key.Key_Escape)
    assert window.inbox.list.hasFocus()
    assert window.composer.text.toPlainText() == "Dzien dobry"  # the draft stays
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_Slash)
    assert window.inbox.search.hasFocus()
    qtbot.keyClick(window.inbox.search, Qt.Key.Key_Escape)
    assert window.inbox.list.hasFocus()
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_Question)
    sheet = window.sheet
    qtbot.waitExposed(sheet)
    table = sheet.findChild(QTableWidget, "shortcutTable")
    assert "Esc" in [table.item(r, 0).text() for r in range(table.rowCount())]
    # the sheet fits its text: nothing to scroll
    assert table.viewport().height() >= table.verticalHeader().length()
    assert table.viewport().width() >= table.horizontalHeader().length() - 1
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())
