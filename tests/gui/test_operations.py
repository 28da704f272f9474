"""User actions run as background operations: the UI thread issues no SQL while the user opens,
marks done, snoozes, marks unread, edits, filters, inserts a promo, merges, unmerges, sends and
saves a draft, and a draft save completes while a sync holds the database's write lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, select

from shopinbox.app.inbox.drafts import load_draft
from shopinbox.store.models import Draft, Message
from shopinbox.ui.inbox.customer_list_model import CustomerIdRole
from tests.gui.helpers import customer_with, open_customer, settle


class UiThreadStatements:
    """Records every SQL statement the main (UI) thread sends while `recording` is set."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.recording = False
        self.seen: list[str] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        if self.recording and threading.current_thread() is threading.main_thread():
            self.seen.append(" ".join(statement.split())[:120])

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@pytest.fixture
def ui_statements(demo_ctx):
    recorder = UiThreadStatements(demo_ctx.engine)
    yield recorder
    recorder.close()


def _ids(window) -> list[int]:
    model = window.inbox.model
    return [model.index(r).data(CustomerIdRole) for r in range(model.rowCount())]


def test_actions_never_touch_the_database_on_the_ui_thread(qtbot, window, demo_ctx,
                                                          ui_statements):
    first, second = _ids(window)[:2]
    both = customer_with(demo_ctx, {"email", "telegram"})
    only_email = customer_with(demo_ctx, {"email"})
    # Load the rows a test looks at before recording: painting new pages is a read for a view
    # (measured elsewhere), not an action.
    for customer in (both, only_email):
        window.inbox.model.row_of(customer)
    settle(qtbot, window)
    ui_statements.recording = True

    window.inbox.list.setFocus()
    qtbot.keyClick(window.inbox.list, Qt.Key.Key_E)  # done
    qtbot.waitUntil(lambda: first not in _ids(window))
    settle(qtbot, window)

    window.open_customer(second)
    settle(qtbot, window)
    window.bar.snooze.emit(datetime.now(UTC) + timedelta(days=1))  # snooze
    qtbot.waitUntil(lambda: second not in _ids(window))
    settle(qtbot, window)

    open_customer(qtbot, window, both)
    window.bar.unread_button.click()  # mark unread
    window.panel.labels.setText("VIP, wholesale")
    window.panel.labels.editingFinished.emit()  # a panel edit
    window.panel.note.setPlainText("Ships on Fridays")
    window.panel.save_pending()
    settle(qtbot, window)

    window.inbox.unread.setChecked(True)  # a filter: the list is a background query
    settle(qtbot, window)
    window.inbox.unread.setChecked(False)
    settle(qtbot, window)
    with qtbot.waitSignal(window.composer.promo_inserted, timeout=10_000):
        window.composer.insert_promo("/ship")  # rendered in the background
    window.composer.text.clear()
    qtbot.keyClicks(window.composer.text, "draft first")
    with qtbot.waitSignal(window.composer.draft_saved, timeout=5000):
        window.composer.save_draft()  # draft save
    window.composer.text.setPlainText("Thanks, on its way!")
    with qtbot.waitSignal(window.composer.delivered, timeout=10_000) as sent:
        window.composer.send.click()  # send
    settle(qtbot, window)
    assert sent.args[2] == "sent"

    with qtbot.waitSignal(window.merged, timeout=10_000):
        window.merge_customer(both, only_email)  # merge
    settle(qtbot, window)
    assert only_email not in _ids(window)
    assert window.panel.undo.isVisible()
    window.panel.undo.click()  # unmerge
    qtbot.waitUntil(lambda: only_email in _ids(window))
    settle(qtbot, window)
    ui_statements.recording = False

    assert ui_statements.seen == []
    assert _draft_in_table(demo_ctx, both) is None  # sent: its draft left the table too
    with demo_ctx.reader() as session:
        assert session.scalar(select(Message.delivery_state).where(
            Message.id == sent.args[1])) == "sent"
    assert window.inbox.model.row(window.inbox.model.row_of(both)).labels == ["VIP",
                                                                           "wholesale"]


def _hold_write_lock(ctx) -> sqlite3.Connection:
    """What a sync batch does: a write transaction that stays open (BEGIN IMMEDIATE)."""
    connection = sqlite3.connect(ctx.paths.database, isolation_level=None, timeout=1)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE accounts SET last_error = 'syncing' WHERE id = 1")
    return connection


def _draft_in_table(ctx, customer_id: int) -> str | None:
    with ctx.reader() as session:
        draft = session.get(Draft, customer_id)
        return draft.text if draft is not None else None


def test_draft_save_completes_while_a_sync_holds_the_write_lock(qtbot, window, demo_ctx):
    customer = window.customer_id
    lock = _hold_write_lock(demo_ctx)
    try:
        qtbot.keyClicks(window.composer.text, "written during a sync")
        started = time.monotonic()
        with qtbot.waitSignal(window.composer.draft_saved, timeout=2000):
            window.composer.save_draft()
        took = time.monotonic() - started
        assert took < 1.0  # the write lock is held for 30 s of busy timeout: it did not wait
        assert load_draft(demo_ctx, customer).text == "written during a sync"
        assert _draft_in_table(demo_ctx, customer) is None  # the table waits for the lock
        # The window stays usable meanwhile: switching away and back shows the draft.
        other = next(i for i in _ids(window) if i != customer)
        window.open_customer(other)
        qtbot.waitUntil(lambda: window.customer_id == other and window.composer.options)
        window.open_customer(customer)
        qtbot.waitUntil(lambda: window.composer.text.toPlainText() == "written during a sync")
    finally:
        lock.rollback()
        lock.close()
    qtbot.waitUntil(lambda: _draft_in_table(demo_ctx, customer) == "written during a sync",
                    timeout=10_000)
    settle(qtbot, window)
    assert not (demo_ctx.paths.root / "drafts-pending.json").exists()  # all in the table now


def test_journalled_draft_survives_a_restart_before_it_reached_the_table(qtbot, window,
                                                                          demo_ctx):
    from shopinbox.app.inbox import drafts
    from shopinbox.ui.shell.main_window import MainWindow

    customer = window.customer_id
    lock = _hold_write_lock(demo_ctx)
    try:
        qtbot.keyClicks(window.composer.text, "keep me")
        with qtbot.waitSignal(window.composer.draft_saved, timeout=2000):
            window.composer.save_draft()
        drafts._journals.clear()  # as a new process would: only the file is left
        assert load_draft(demo_ctx, customer).text == "keep me"
    finally:
        lock.rollback()
        lock.close()
    window.ops.wait()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    open_customer(qtbot, again, customer)
    assert again.composer.text.toPlainText() == "keep me"
    again.close()


def test_an_operation_announces_what_it_changed_once_and_reports_failures(qtbot):
    from shopinbox.ui.common.operations import Changes, OperationRunner, OpResult

    ops = OperationRunner()
    threads: list[bool] = []

    def op(customer_id: int) -> OpResult:
        threads.append(threading.current_thread() is threading.main_thread())
        return OpResult("value", Changes(customer_ids={customer_id}, messages={7}))

    got: list = []
    with qtbot.waitSignal(ops.changes_applied) as applied:
        ops.run(op, 5, on_success=got.append)
    assert applied.args == [Changes(customer_ids={5}, messages={7})]
    assert got == ["value"] and threads == [False]

    def broken() -> None:
        raise RuntimeError("disk full")

    with qtbot.waitSignal(ops.failed) as failed, \
            qtbot.assertNotEmitted(ops.changes_applied, wait=50):
        ops.run(broken)
    assert str(failed.args[0]) == "disk full"
    ops.wait()
