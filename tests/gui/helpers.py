"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from sqlalchemy import select

from shopinbox.store.models import Customer, Identity


def customer_with(ctx, kinds: set[str]) -> int:
    """A customer whose identities are exactly these kinds (e.g. {"email", "telegram"})."""
    with ctx.reader() as session:
        found: dict[int, set[str]] = {}
        for customer_id, kind in session.execute(select(Identity.customer_id, Identity.kind)):
            found.setdefault(customer_id, set()).add(kind)
        for customer_id in sorted(found):
            if found[customer_id] - {"phone"} == kinds:
                return customer_id
    raise LookupError(kinds)


def name_of(ctx, customer_id: int) -> str:
    with ctx.reader() as session:
        return session.get(Customer, customer_id).display_name


def when_dialog(kind, act) -> None:
    """Run `act(dialog)` as soon as a dialog of this class is shown (for modal `exec()`)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def settle(qtbot, window, timeout: int = 10_000) -> None:
    """Wait until every background operation and query of the window (and what their results
    started) has finished and been shown."""
    qtbot.waitUntil(lambda: not window.ops.busy and not window.tasks.busy, timeout=timeout)


def open_customer(qtbot, window, customer_id: int, message_id: int = 0) -> None:
    """Open a customer the way a click does (a background query) and wait until it is shown,
    composer included."""
    window.open_customer(customer_id, message_id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.timeline.laid_out)
