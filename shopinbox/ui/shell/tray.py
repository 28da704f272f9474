"""The system tray icon with the unread count, and a desktop notification for each new inbound
message (clicking it opens the conversation). Both can be switched off in the settings; where
the desktop has no tray (or offscreen, in tests) nothing is shown but the count is still kept."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from shopinbox.app.core.context import AppContext
from shopinbox.ui.common.icons import app_icon
from shopinbox.ui.common.operations import OperationRunner
from shopinbox.ui.common.preferences import Preferences


def bring_to_front(window: QWidget) -> None:
    """Show, raise and focus the window — where the platform can (offscreen cannot raise)."""
    window.showNormal()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
        window.activateWindow()


class TrayIcon(QObject):
    open_customer = Signal(int, int)
    notified = Signal(int, int)  # what was (or would have been) shown
    count_changed = Signal(int)  # the unread count, once read in the background

    def __init__(self, ctx: AppContext, prefs: Preferences, window: QWidget,
                 ops: OperationRunner | None = None) -> None:
        super().__init__(window)
        self.ctx, self.prefs, self.window, self.ops = ctx, prefs, window, ops
        self.unread = 0
        self._last: tuple[int, int] | None = None
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            menu = QMenu(window)
            menu.addAction(self.tr("Show shopinbox"), self._show_window)
            menu.addAction(self.tr("Quit"), window.close)
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(lambda _reason: self._show_window())
            self.icon.messageClicked.connect(self._clicked)
        self.apply_preferences()

    def apply_preferences(self) -> None:
        if self.icon is not None:
            self.icon.setVisible(self.prefs.get("tray_icon"))

    @staticmethod
    def _total_unread(ctx: AppContext) -> int:
        from shopinbox.app.inbox.listing import total_unread  # (after the first paint)

        return total_unread(ctx)

    def update_count(self) -> None:
        """Count in the background (a query) when there is an operation runner."""
        if self.ops is None:
            self._show_count(self._total_unread(self.ctx))
        else:
            self.ops.query(self._total_unread, self.ctx, on_done=self._show_count)

    def _show_count(self, unread: int) -> None:
        self.unread = unread
        if self.icon is not None:
            self.icon.setIcon(app_icon(self.unread))
            self.icon.setToolTip(self.tr("shopinbox: %n unread", "", self.unread))
        self.window.setWindowIcon(app_icon(self.unread))
        self.count_changed.emit(self.unread)

    def notify_new_message(self, customer_id: int, message_id: int) -> None:
        self.update_count()
        if not self.prefs.get("notifications"):
            return
        self._last = (customer_id, message_id)
        self.notified.emit(customer_id, message_id)
        if self.icon is not None and self.icon.isVisible():
            self.icon.showMessage(self.tr("New message"),
                                  self.tr("A customer wrote. Click to open the conversation."),
                                  QSystemTrayIcon.MessageIcon.Information, 8000)

    def _clicked(self) -> None:
        if self._last is not None:
            self.open_customer.emit(*self._last)

    def _show_window(self) -> None:
        bring_to_front(self.window)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
