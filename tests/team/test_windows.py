"""Two windows (offscreen) on one team database: a reply on A shows on B within 2 s, "Anna is
replying" shows and clears, a note is marked in the timeline, and sending after someone else
replied meanwhile asks first."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Message
from shopinbox.ui.shell.main_window import MainWindow
from tests.gui.helpers import customer_with, open_customer, settle

pytestmark = pytest.mark.postgres


@pytest.fixture
def windows(qtbot, demo_desks):
    (a, b) = demo_desks
    shown = []
    for desk in (a, b):
        window = MainWindow(desk.ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda w=window: w.customer_id is not None and not w.ops.busy)
        assert window.team is not None and window.team.link.listening.wait(10)
        shown.append(window)
    customer_id = customer_with(a.ctx, {"email"})
    for window in shown:
        open_customer(qtbot, window, customer_id)
    yield shown[0], shown[1], customer_id
    for window in shown:
        window.close()


def _type(qtbot, window, text: str) -> None:
    qtbot.keyClicks(window.composer.text, text)


def _outgoing(ctx, customer_id):
    with ctx.reader() as session:
        return list(session.scalars(select(Message).where(
            Message.customer_id == customer_id, Message.direction == Direction.OUTBOUND)))


def test_a_reply_on_a_shows_on_b_within_two_seconds_with_its_author(qtbot, windows):
    window_a, window_b, customer_id = windows
    _type(qtbot, window_a, "Paczka wyszla dzisiaj rano.")
    started = time.monotonic()
    with qtbot.waitSignal(window_a.composer.queued, timeout=5000):
        qtbot.keyClick(window_a.composer.text, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    model = window_b.inbox.model

    def row_repainted() -> bool:
        row = model.row(model.row_of(customer_id))
        return row is not None and "Paczka" in row.snippet

    qtbot.waitUntil(lambda: "Paczka wyszla dzisiaj rano." in window_b.timeline.toPlainText()
                    and row_repainted(), timeout=2000)
    assert time.monotonic() - started < 2.0
    assert "by Anna" in window_b.timeline.toPlainText()  # who of the shop wrote it
    assert window_b.bar.assign_button.text().endswith("Anna")  # auto-assigned on reply


def test_is_replying_shows_on_b_and_clears_when_a_sends(qtbot, windows):
    window_a, window_b, _customer_id = windows
    assert not window_b.bar.replying.isVisible()
    _type(qtbot, window_a, "Sprawdzam")
    qtbot.waitUntil(lambda: window_b.bar.replying.isVisible(), timeout=2000)
    assert "Anna" in window_b.bar.replying.text()
    assert window_b.inbox.list.itemDelegate().replying == {_customer_id: "Anna"}  # the row too
    assert not window_a.bar.replying.isVisible()  # one's own typing is not shown
    with qtbot.waitSignal(window_a.composer.queued, timeout=5000):
        window_a.composer.send_reply()
    qtbot.waitUntil(lambda: not window_b.bar.replying.isVisible(), timeout=2000)
    assert window_b.inbox.list.itemDelegate().replying == {}


def test_a_note_is_marked_in_the_timeline_of_b_and_is_not_a_reply(qtbot, windows):
    window_a, window_b, customer_id = windows
    before = len(_outgoing(window_a.ctx, customer_id))
    window_a.composer.note_mode.setChecked(True)
    assert window_a.composer.send.text() == "Add note"
    _type(qtbot, window_a, "Klient staly, dac rabat")
    with qtbot.waitSignal(window_a.composer.note_added, timeout=5000):
        window_a.composer.send_reply()
    qtbot.waitUntil(lambda: "Klient staly, dac rabat" in window_b.timeline.toPlainText(),
                    timeout=2000)
    text = window_b.timeline.toPlainText()
    assert "Internal note" in text and "never sent" in text
    settle(qtbot, window_a)
    assert len(_outgoing(window_a.ctx, customer_id)) == before


def test_sending_after_a_reply_meanwhile_asks_first(qtbot, windows):
    window_a, window_b, customer_id = windows
    _type(qtbot, window_b, "Zaraz sprawdze")  # B starts writing first
    _type(qtbot, window_a, "Juz wyslane")
    with qtbot.waitSignal(window_a.composer.queued, timeout=5000):
        window_a.composer.send_reply()
    qtbot.waitUntil(lambda: "Juz wyslane" in window_b.timeline.toPlainText(), timeout=2000)
    before = len(_outgoing(window_b.ctx, customer_id))
    window_b.composer.send_reply()
    qtbot.waitUntil(lambda: getattr(window_b.composer, "asked_meanwhile", None) is not None,
                    timeout=5000)
    box = window_b.composer.asked_meanwhile
    assert "Anna" in box.text()
    box.done(QMessageBox.StandardButton.No)
    settle(qtbot, window_b)
    assert len(_outgoing(window_b.ctx, customer_id)) == before  # not sent
    assert window_b.composer.text.toPlainText() == "Zaraz sprawdze"  # kept
    window_b.composer.send_reply()
    qtbot.waitUntil(lambda: getattr(window_b.composer, "asked_meanwhile", None) is not None,
                    timeout=5000)
    with qtbot.waitSignal(window_b.composer.queued, timeout=5000):
        window_b.composer.asked_meanwhile.done(QMessageBox.StandardButton.Yes)
    assert len(_outgoing(window_b.ctx, customer_id)) == before + 1


def test_a_shop_setting_changed_on_a_applies_in_the_window_of_b(qtbot, windows):
    from shopinbox.app.core.settings import get_setting, set_setting

    window_a, window_b, customer_id = windows

    def heard(changes) -> bool:  # the setting, and the open conversation read again with it
        return "auto_assign_on_reply" in changes.settings and customer_id in changes.customer_ids

    with qtbot.waitSignal(window_b.ops.changes_applied, timeout=2000, check_params_cb=heard):
        set_setting(window_a.ctx, "auto_assign_on_reply", False)
    assert get_setting(window_b.ctx, "auto_assign_on_reply") is False
