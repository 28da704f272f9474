"""The main window: inbox (left), conversation bar + timeline + composer (centre), customer
panel (right), sync state in the status bar. With no account yet, the welcome screen instead.

Everything that changes customers reports their ids; `customers_changed` is the one path by which
the inbox repaints only those rows and the open conversation reloads when it is among them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopinbox import __version__
from shopinbox.app.core.context import AppContext
from shopinbox.app.identity.merging import MergeError, merge, unmerge
from shopinbox.app.inbox import actions
from shopinbox.app.inbox.attachment_files import (
    AttachmentUnavailable,
    export_for_opening,
    save_attachment,
    suggested_name,
)
from shopinbox.app.inbox.conversation import CustomerNotFound
from shopinbox.app.inbox.conversation import conversation_detail as customer_detail
from shopinbox.app.inbox.listing import accounts_brief
from shopinbox.app.outbox.sending import retry
from shopinbox.app.sync.events import push_read, unread_receipt_ids
from shopinbox.ui.common import error_text
from shopinbox.ui.common.dialogs import MergeDialog, ShortcutSheet
from shopinbox.ui.common.icons import app_icon
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.composer.composer import Composer
from shopinbox.ui.customer.customer_panel import CustomerPanel
from shopinbox.ui.customer.suggestions_dialog import SuggestionsDialog
from shopinbox.ui.inbox.conversation_bar import ConversationBar
from shopinbox.ui.inbox.inbox_panel import InboxPanel
from shopinbox.ui.promos.promo_library import PromoLibrary
from shopinbox.ui.reports.reports_view import ReportsView
from shopinbox.ui.shell.shortcuts import KeyboardShortcuts
from shopinbox.ui.shell.status_bar import SyncStatusBar
from shopinbox.ui.shell.sync_bridge import ChangeCoalescer, SyncBridge
from shopinbox.ui.shell.tray import TrayIcon, bring_to_front
from shopinbox.ui.shell.welcome import WelcomeScreen
from shopinbox.ui.timeline.timeline_view import TimelineView


class MainWindow(QMainWindow):
    customers_changed = Signal(object)  # set[int]
    settings_requested = Signal(str)  # "" or the account kind to add
    demo_requested = Signal()

    def __init__(self, ctx: AppContext, bridge: SyncBridge | None = None,
                 prefs: Preferences | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefs = prefs or Preferences(ctx.paths.root)
        self.bridge = bridge or SyncBridge(self)
        self.tasks = TaskRunner(self)
        # Conversation-state writes (read on open, done, snooze, unread, waking) go through one
        # background thread, in order: under SQLite a write waits for the sync's batch
        # transaction to commit, which must never be the UI thread's wait.
        self.writes = TaskRunner(self, threads=1)
        self.sync_changes = ChangeCoalescer(self)
        self.customer_id: int | None = None
        self.detail: dict | None = None
        self.closing = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("shopinbox {version}").format(version=__version__))
        self.setWindowIcon(app_icon())

        self.inbox = InboxPanel(ctx, self.tasks, self)
        self.bar = ConversationBar(self)
        self.timeline = TimelineView(self.prefs.images_allowed, self)
        self.composer = Composer(ctx, self.tasks, self)
        self.panel = CustomerPanel(ctx, self)
        centre_top = QWidget(self)
        top_layout = QVBoxLayout(centre_top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.addWidget(self.bar)
        top_layout.addWidget(self.timeline, 1)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.setObjectName("centreSplitter")
        self.centre.addWidget(centre_top)
        self.centre.addWidget(self.composer)
        self.centre.setStretchFactor(0, 3)
        self.centre.setSizes([580, 170])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 640, 330])
        self.welcome = WelcomeScreen(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.sync_status = SyncStatusBar(ctx, self.bridge, self)
        self.setStatusBar(self.sync_status)
        self.tray = TrayIcon(ctx, self.prefs, self)
        self._menus()
        self.shortcuts = KeyboardShortcuts(self)
        self._bind_keys()

        self.inbox.customer_chosen.connect(self.open_customer)
        self.customers_changed.connect(self._on_customers_changed)
        # A sync reports every committed batch; the inbox refreshes at most every 250 ms.
        self.bridge.customers_changed.connect(self.sync_changes.add)
        self.sync_changes.flushed.connect(self.customers_changed)
        self.bridge.new_inbound.connect(self.tray.notify_new_message)
        self.tray.open_customer.connect(self._open_from_notification)
        self.panel.changed.connect(self.customers_changed)
        self.panel.merge_requested.connect(self.merge_customer)
        self.panel.undo_merge_requested.connect(self.undo_merge)
        self.composer.queued.connect(lambda cid, _mid: self.customers_changed.emit({cid}))
        self.composer.delivered.connect(lambda cid, _mid, _s: self.customers_changed.emit({cid}))
        self.timeline.retry_requested.connect(self.retry_message)
        self.timeline.open_attachment.connect(self.open_attachment)
        self.timeline.save_attachment.connect(self.save_attachment_as)
        self.timeline.allow_images.connect(self.prefs.allow_images)
        self.bar.done.connect(self.mark_done)
        self.bar.reopen.connect(lambda: self._act(actions.reopen))
        self.bar.unread.connect(self.mark_unread)
        self.bar.snooze.connect(lambda when: self._act(actions.snooze, when))
        self.welcome.add_account.connect(self.settings_requested)
        self.welcome.open_demo.connect(self.demo_requested)
        self.snooze_timer = QTimer(self, interval=30_000)
        self.snooze_timer.timeout.connect(self.wake_snoozed)
        self.snooze_timer.start()

        self.resize(1320, 820)
        self._restore_state()
        self.show_welcome_if_needed()
        self.inbox.model.modelReset.connect(self.update_counts)
        self.update_counts()
        # The first conversation opens right after the inbox has painted, not before.
        QTimer.singleShot(0, self._open_first)

    def _open_first(self) -> None:
        if self.customer_id is None and self.inbox.model.rowCount():
            self.inbox.select_customer(self.inbox.model.data(self.inbox.model.index(0),
                                                             Qt.ItemDataRole.UserRole + 1))

    # -- layout --
    def _menus(self) -> None:
        shop = self.menuBar().addMenu(self.tr("&Shop"))
        shop.addAction(self.tr("&Settings…"), lambda: self.settings_requested.emit(""))
        shop.addAction(self.tr("&Merge suggestions…"), self.show_suggestions)
        shop.addAction(self.tr("&Promo replies…"), self.show_promo_library)
        shop.addAction(self.tr("&Reports…"), self.show_reports)
        shop.addSeparator()
        shop.addAction(self.tr("&Quit"), self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)

    def show_promo_library(self) -> PromoLibrary:
        library = PromoLibrary(self.ctx, self.composer.customer_id, self)
        library.open()
        return library

    def show_reports(self) -> ReportsView:
        view = ReportsView(self.ctx, self.tasks, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    def show_suggestions(self) -> SuggestionsDialog:
        dialog = SuggestionsDialog(self.ctx, self.tasks, self)
        dialog.merged.connect(self.customers_changed.emit)
        dialog.open()
        return dialog

    def _bind_keys(self) -> None:
        bind = self.shortcuts.bind
        bind((Qt.Key.Key_J,), "j / ↓", self.tr("Next conversation"), lambda: self.inbox.move(1))
        bind((Qt.Key.Key_K,), "k / ↑", self.tr("Previous conversation"),
             lambda: self.inbox.move(-1))
        bind((Qt.Key.Key_Return, Qt.Key.Key_Enter), "Enter", self.tr("Open the conversation"),
             self.focus_timeline)
        bind((Qt.Key.Key_R,), "r", self.tr("Reply"), self.focus_composer)
        bind((Qt.Key.Key_E,), "e", self.tr("Mark done"), self.mark_done)
        bind((Qt.Key.Key_S,), "s", self.tr("Snooze"), self.open_snooze_menu)
        bind((Qt.Key.Key_U,), "u", self.tr("Mark unread"), self.mark_unread)
        bind((Qt.Key.Key_Slash,), "/", self.tr("Search"), self.focus_search)
        bind((Qt.Key.Key_Question,), "?", self.tr("Show keyboard shortcuts"),
             self.show_shortcuts)
        self.shortcut_rows = self.shortcuts.rows() + [
            ("Ctrl+Enter", self.tr("Send the reply")),
            ("Ctrl+P", self.tr("Insert a promo reply")),
            ("Esc", self.tr("Leave the text field")),
        ]

    def show_welcome_if_needed(self) -> None:
        if not accounts_brief(self.ctx):
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.splitter)

    def _restore_state(self) -> None:
        for key, widget in (("geometry", self), ("main_splitter", self.splitter),
                            ("centre_splitter", self.centre)):
            state = self.prefs.state(key)
            if state is not None:
                (widget.restoreGeometry if key == "geometry" else widget.restoreState)(state)

    def save_state(self) -> None:
        self.prefs.set_state("geometry", self.saveGeometry())
        self.prefs.set_state("main_splitter", self.splitter.saveState())
        self.prefs.set_state("centre_splitter", self.centre.saveState())
        self.prefs.qsettings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.composer.save_draft()
        self.panel.save_pending()
        self.save_state()
        self.closing = True
        self.writes.wait(10_000)
        self.tasks.wait(10_000)
        self.sync_changes.flush()
        self.shortcuts.remove()
        self.tray.hide()
        super().closeEvent(event)

    # -- opening a customer --
    def open_customer(self, customer_id: int, message_id: int = 0) -> None:
        if customer_id != self.customer_id:
            self.panel.save_pending()
        try:
            detail = customer_detail(self.ctx, customer_id)
        except CustomerNotFound:
            return
        switching = detail["id"] != self.customer_id
        self.customer_id, self.detail = detail["id"], detail
        if message_id and self.inbox.current_customer_id() != detail["id"]:
            self.inbox.select_customer(detail["id"], emit=False)
        self.bar.show_conversation(detail)
        self.timeline.show_messages(detail["messages"], message_id, keep_window=not switching)
        self.panel.show_customer(detail)
        if switching:
            self.composer.set_customer(detail["id"])
        if any(m["direction"] == "in" and not m["is_read"] for m in detail["messages"]):
            # Reading is shown at once (timeline and inbox row); the write follows in the
            # background, then \Seen goes to the mail server (never waiting on the network).
            on_server = unread_receipt_ids(detail["messages"])
            for message in detail["messages"]:
                message["is_read"] = True
            self.inbox.model.show_read(detail["id"])

            def written(changed: set[int], ids: list[int] = on_server) -> None:
                self._written(changed)
                if ids and not self.closing:  # a write finishing after close pushes nothing
                    self.tasks.submit(push_read, self.ctx, ids)

            self.writes.submit(actions.set_read, self.ctx, detail["id"], True, on_done=written,
                               on_error=self._write_failed)

    def update_counts(self) -> None:
        self.tray.update_count()
        self.sync_status.show_count(self.inbox.model.total(), self.tray.unread)

    def _on_customers_changed(self, changed: set[int]) -> None:
        self.inbox.refresh(changed)
        self.update_counts()
        if self.customer_id is not None and self.customer_id in changed:
            try:
                detail = customer_detail(self.ctx, self.customer_id)
            except CustomerNotFound:
                return
            self.detail = detail
            if detail["id"] != self.customer_id:  # merged away: follow the survivor
                self.open_customer(detail["id"])
                return
            self.bar.show_conversation(detail)
            self.timeline.show_messages(detail["messages"], keep_window=True)
            self.panel.show_customer(detail)

    def _open_from_notification(self, customer_id: int, message_id: int) -> None:
        bring_to_front(self)
        self.open_customer(customer_id, message_id)

    # -- actions --
    def _write(self, action, *args) -> None:
        """Run `action(ctx, *args) -> changed ids` on the writes thread; refresh on return."""
        self.writes.submit(action, self.ctx, *args, on_done=self._written,
                           on_error=self._write_failed)

    def _written(self, changed: set[int]) -> None:
        if changed:
            self.customers_changed.emit(changed)

    def _write_failed(self, error: Exception) -> None:
        self.sync_status.showMessage(self.tr("Could not save the change: {error}")
                                     .format(error=error_text.describe_or_text(error)), 8000)

    def _act(self, action, *args) -> None:
        if self.customer_id is not None:
            self._write(action, self.customer_id, *args)

    def mark_done(self) -> None:
        self._act(actions.mark_done)

    def mark_unread(self) -> None:
        self._act(actions.set_read, False)

    def open_snooze_menu(self) -> None:
        if self.customer_id is not None:
            self.bar.menu.popup(self.bar.snooze_button.mapToGlobal(
                self.bar.snooze_button.rect().bottomLeft()))

    def wake_snoozed(self) -> None:
        self._write(actions.wake_due)

    def focus_timeline(self) -> None:
        if self.inbox.open_current_result():  # Enter on a search result opens it first
            self.timeline.setFocus()
        elif self.inbox.current_customer_id() is not None:
            self.timeline.setFocus()

    def focus_composer(self) -> None:
        if self.customer_id is not None:
            self.composer.text.setFocus()

    def focus_search(self) -> None:
        self.inbox.search.setFocus()
        self.inbox.search.selectAll()

    def show_shortcuts(self) -> None:
        self.sheet = ShortcutSheet(self.shortcut_rows, self)
        self.sheet.show()

    def retry_message(self, message_id: int) -> None:
        retry(self.ctx, message_id)
        if self.customer_id is not None:
            self.customers_changed.emit({self.customer_id})
            self.composer.send_in_background(self.customer_id, message_id)

    def open_attachment(self, attachment_id: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        try:
            path = export_for_opening(self.ctx, attachment_id)
        except (AttachmentUnavailable, OSError) as error:
            QMessageBox.warning(self, self.tr("Cannot open"), str(error))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_attachment_as(self, attachment_id: int, target: str | None = None) -> None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save attachment"), suggested_name(self.ctx, attachment_id))
        if not target:
            return
        try:
            save_attachment(self.ctx, attachment_id, target)
        except (AttachmentUnavailable, OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Cannot save"), str(error))

    def merge_customer(self, customer_id: int, other_id: int | None = None) -> int | None:
        """Merge `other_id` (chosen in a dialog when not given) into `customer_id`."""
        if other_id is None:
            dialog = MergeDialog(self.ctx, customer_id, self.detail["name"] if self.detail
                                 else "", self)
            if not dialog.exec() or dialog.chosen is None:
                return None
            other_id = dialog.chosen
        try:
            merge_id = merge(self.ctx, other_id, customer_id, actor="window",
                             reason="merged by hand")
        except MergeError as error:
            QMessageBox.warning(self, self.tr("Cannot merge"), str(error))
            return None
        self.customers_changed.emit({customer_id, other_id})
        self.sync_status.showMessage(self.tr("Merged. Use “Undo merge” to take it back."), 8000)
        return merge_id

    def undo_merge(self, merge_id: int) -> None:
        try:
            undone = unmerge(self.ctx, merge_id)
            source_id, into_id = undone.source_id, undone.into_id
        except MergeError as error:
            QMessageBox.warning(self, self.tr("Cannot undo"), str(error))
            return
        self.customers_changed.emit({source_id, into_id})
