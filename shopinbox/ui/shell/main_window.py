"""The main window: inbox (left), conversation bar + timeline + composer (centre), customer
panel (right), sync state in the status bar. With no account yet, the welcome screen instead.

User actions run as operations (ui/common/operations.py, Anki's pattern): the app/ function runs
in the background and returns what changed; `ops.changes_applied(Changes)` is the one path by
which the inbox repaints only those rows, the tray recounts and the open conversation reloads
when it is among them. Opening a customer is a background query of the read model
(`CustomerView`); the UI thread never waits on the database. A sync's changed customers
(`customers_changed`, coalesced) enter the same path.

Start-up: the inbox paints first; the composer and the customer panel follow it
(ui/shell/window_start.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from shopinbox import __version__
from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import accounts_at_start
from shopinbox.ui.common import error_text
from shopinbox.ui.common.app_icon import app_icon
from shopinbox.ui.common.deferred import deferred, deferred_module
from shopinbox.ui.common.dialogs import ShortcutSheet
from shopinbox.ui.common.operations import Changes, OperationRunner
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.inbox.conversation_bar import ConversationBar
from shopinbox.ui.inbox.inbox_panel import InboxPanel
from shopinbox.ui.shell.shortcuts import KeyboardShortcuts
from shopinbox.ui.shell.status_bar import SyncStatusBar
from shopinbox.ui.shell.sync_bridge import ChangeCoalescer, SyncBridge
from shopinbox.ui.shell.tray import TrayIcon, bring_to_front
from shopinbox.ui.shell.welcome import WelcomeScreen
from shopinbox.ui.shell.window_actions import AttachmentActions, MergeActions
from shopinbox.ui.shell.window_start import DeferredViews
from shopinbox.ui.timeline.timeline_view import TimelineView

if TYPE_CHECKING:  # the views and dialogs opened on demand are imported then (start-up time)
    from shopinbox.app.inbox.read_model import CustomerView
    from shopinbox.ui.customer.suggestions_dialog import SuggestionsDialog
    from shopinbox.ui.promos.promo_library import PromoLibrary
    from shopinbox.ui.reports.reports_view import ReportsView
    from shopinbox.ui.shell.team_bridge import TeamBridge


actions = deferred_module("shopinbox.app.inbox.actions")
accounts_brief = deferred("shopinbox.app.inbox.listing", "accounts_brief")
retry_message = deferred("shopinbox.app.outbox.compose", "retry_message")
push_read = deferred("shopinbox.app.sync.events", "push_read")
push_unread = deferred("shopinbox.app.sync.events", "push_unread")
unread_receipt_ids = deferred("shopinbox.app.sync.events", "unread_receipt_ids")
assign = deferred("shopinbox.app.team.work", "assign")


def _window_view(ctx: AppContext, customer_id: int) -> CustomerView:
    from shopinbox.app.inbox.read_model import customer_view

    return customer_view(ctx, customer_id, with_undo=True)


class MainWindow(DeferredViews, AttachmentActions, MergeActions, QMainWindow):
    customers_changed = Signal(object)  # set[int] changed elsewhere (a sync, a dialog)
    customer_shown = Signal(int)  # a customer's view is on screen (opened or refreshed)
    merged = Signal(int)  # merge id of a merge made in the window
    attachment_saved = Signal(str)  # where an attachment was saved
    unread_pushed = Signal(int)  # customer id: "mark unread" reached the servers
    attachment_opened = Signal(str)  # the temporary copy handed to the desktop
    attachment_progress = Signal(int, int)  # bytes fetched, bytes expected (from a worker)
    settings_requested = Signal(str)  # "" or the account kind to add
    demo_requested = Signal()
    views_ready = Signal()  # the composer and the customer panel are built (after start-up)

    def __init__(self, ctx: AppContext, bridge: SyncBridge | None = None,
                 prefs: Preferences | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefs = prefs or Preferences(ctx.paths.root)
        self.bridge = bridge or SyncBridge(self)
        self.tasks = TaskRunner(self)  # the network (sending, \\Seen) and search
        # Every write of an action goes through the operation runner's one writes thread, in
        # order: under SQLite a write waits for the sync's batch transaction to commit, which
        # must never be the UI thread's wait. Reads for views go to its reads pool.
        self.ops = OperationRunner(self)
        self.writes = self.ops.writes
        self.sync_changes = ChangeCoalescer(self)
        self.customer_id: int | None = None
        self.detail: CustomerView | None = None
        self._opening = 0  # generation of the newest open/refresh query
        self._open_pending: int | None = None  # a customer being opened (its query runs)
        self.closing = False
        self._unread_on_purpose: int | None = None  # opened by the start-up selection
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.timeout.connect(self.mark_open_read)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("shopinbox {version}").format(version=__version__))
        self.setWindowIcon(app_icon())

        self.inbox = InboxPanel(ctx, self.tasks, self, ops=self.ops)
        self.bar = ConversationBar(self)
        self.timeline = TimelineView(self.prefs.images_allowed, self)
        self._composer = self._panel = None  # built after the first paint (window_start.py)
        centre_top = QWidget(self)
        top_layout = QVBoxLayout(centre_top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.addWidget(self.bar)
        top_layout.addWidget(self.timeline, 1)
        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.setObjectName("centreSplitter")
        self.centre.addWidget(centre_top)
        self.centre.addWidget(QWidget(self))  # the composer's place
        self.centre.setStretchFactor(0, 3)
        self.centre.setSizes([580, 170])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(QWidget(self))  # the customer panel's place
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 640, 330])
        self.welcome = WelcomeScreen(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.sync_status = SyncStatusBar(ctx, self.bridge, self)
        self.setStatusBar(self.sync_status)
        self.tray = TrayIcon(ctx, self.prefs, self, self.ops)
        self._menus()
        self.shortcuts = KeyboardShortcuts(self)
        self._bind_keys()

        self.inbox.customer_chosen.connect(self.open_customer)
        self.ops.changes_applied.connect(self.apply_changes)
        self.ops.failed.connect(self._write_failed)
        self.inbox.first_painted.connect(self._load_views)
        self.customers_changed.connect(
            lambda ids: self.ops.announce(Changes(customer_ids=set(ids))))
        # A sync reports every committed batch; the inbox refreshes at most every 250 ms.
        self.bridge.customers_changed.connect(self.sync_changes.add)
        self.sync_changes.flushed.connect(self.customers_changed)
        self.bridge.new_inbound.connect(self.tray.notify_new_message)
        self.tray.open_customer.connect(self._open_from_notification)
        self.timeline.retry_requested.connect(self.retry_message)
        self.timeline.open_attachment.connect(self.open_attachment)
        self.timeline.order_requested.connect(self.show_order)
        self.timeline.save_attachment.connect(self.save_attachment_as)
        self.timeline.delete_here.connect(self.delete_here)
        self.attachment_progress.connect(self.show_attachment_progress)
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

        # Team mode (a shared PostgreSQL database): the live link to the other desktops.
        self.team: TeamBridge | None = None
        if ctx.shared:
            from shopinbox.ui.shell.team_bridge import TeamBridge

            self.team = TeamBridge(ctx, self)
            self.team.users_loaded.connect(self.bar.set_users)
            self.bar.assign.connect(lambda user_id: self._act(assign, user_id))

        self.resize(1320, 820)
        self._restore_state()
        self.show_welcome_if_needed()
        self.inbox.model.modelReset.connect(self.update_counts)
        self.tray.count_changed.connect(
            lambda unread: self.sync_status.show_count(self.inbox.model.total(), unread))

    def _open_first(self) -> None:
        """Show the first conversation at start; showing it is not reading it (it stays
        unread until the owner opens it or reads it on purpose)."""
        if (self.customer_id is None and self._open_pending is None
                and self.inbox.model.rowCount()):  # (unless the user was quicker)
            first = self.inbox.model.data(self.inbox.model.index(0), Qt.ItemDataRole.UserRole + 1)
            self._unread_on_purpose = first
            self.inbox.select_customer(first)

    # -- layout --
    def _menus(self) -> None:
        shop = self.menuBar().addMenu(self.tr("&Shop"))
        self.sync_now_action = shop.addAction(self.tr("S&ync now"), self.bridge.request_sync_now)
        self.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_now_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        shop.addAction(self.tr("&Settings…"), lambda: self.settings_requested.emit(""))
        shop.addAction(self.tr("&Merge suggestions…"), self.show_suggestions)
        shop.addAction(self.tr("&Promo replies…"), self.show_promo_library)
        shop.addAction(self.tr("&Reports…"), self.show_reports)
        shop.addAction(self.tr("&Campaigns…"), self.show_campaigns)
        shop.addSeparator()
        shop.addAction(self.tr("&Quit"), self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.show_shortcuts)

    def show_promo_library(self) -> PromoLibrary:
        from shopinbox.ui.promos.promo_library import PromoLibrary

        library = PromoLibrary(self.ctx, self.composer.customer_id, self)
        library.open()
        return library

    def show_reports(self) -> ReportsView:
        from shopinbox.ui.reports.reports_view import ReportsView

        view = ReportsView(self.ctx, self.tasks, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    def show_campaigns(self) -> QWidget:
        from shopinbox.ui.campaigns.campaigns_view import CampaignsView

        view = CampaignsView(self.ctx, self.tasks, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        return view

    def show_suggestions(self) -> SuggestionsDialog:
        from shopinbox.ui.customer.suggestions_dialog import SuggestionsDialog

        dialog = SuggestionsDialog(self.ctx, self.tasks, self, ops=self.ops)
        dialog.merged.connect(self.customers_changed.emit)
        dialog.open()
        return dialog

    def _bind_keys(self) -> None:
        bind = self.shortcuts.bind
        self.shortcuts.leave_text = self.leave_text_field
        bind((Qt.Key.Key_J,), "j / ↓", self.tr("Next conversation"), lambda: self.inbox.move(1))
        bind((Qt.Key.Key_K,), "k / ↑", self.tr("Previous conversation"),
             lambda: self.inbox.move(-1))
        bind((Qt.Key.Key_Return, Qt.Key.Key_Enter), "Enter", self.tr("Open the conversation"),
             self._open_on_purpose)
        bind((Qt.Key.Key_R,), "r", self.tr("Reply"), self._reply_on_purpose)
        bind((Qt.Key.Key_W,), "w", self.tr("Suggested reply (where is my order)"),
             lambda: self.composer.suggested.choose() and self.mark_open_read())
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
            ("F5", self.tr("Sync now")),
        ]

    def show_welcome_if_needed(self) -> None:
        """At start-up (before the first paint) the accounts are read at once."""
        self._show_welcome_if_needed(accounts_at_start(self.ctx)[0])

    def _show_welcome_if_needed(self, accounts: list) -> None:
        self.stack.setCurrentWidget(self.splitter if accounts else self.welcome)

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
        if self._composer is not None and self._panel is not None:
            self._composer.save_draft()
            self._panel.save_pending()
        self.save_state()
        self.closing = True  # an operation finishing after this pushes nothing to a server
        self.ops.wait(10_000)
        self.tasks.wait(10_000)
        self.ops.shutdown(10_000)  # callbacks still queued start no new background work
        self.tasks.shutdown(10_000)
        self.sync_changes.flush()
        self.shortcuts.remove()
        self.tray.hide()
        if self.team is not None:
            self.team.stop()
        super().closeEvent(event)

    # -- opening a customer: a background query, shown when it answers --
    def open_customer(self, customer_id: int, message_id: int = 0) -> None:
        if customer_id != self.customer_id and self._panel is not None:
            self._panel.save_pending()
        self._opening += 1
        generation = self._opening
        self._open_pending = customer_id
        self.ops.query(_window_view, self.ctx, customer_id,
                       on_done=lambda view: self._show_opened(generation, view, message_id),
                       on_error=self._open_failed)

    def _open_failed(self, error: Exception) -> None:
        from shopinbox.app.inbox.read_model import CustomerNotFound

        self._open_pending = None
        if not isinstance(error, CustomerNotFound):
            self._write_failed(error)

    def _show_opened(self, generation: int, view: CustomerView, message_id: int) -> None:
        if generation != self._opening:
            return  # the user opened another one meanwhile
        self._open_pending = None
        switching = view.id != self.customer_id
        if switching:
            self.panel.save_pending()
        self.customer_id, self.detail = view.id, view
        if message_id and self.inbox.current_customer_id() != view.id:
            self.inbox.select_customer(view.id, emit=False)
        auto_opened, self._unread_on_purpose = self._unread_on_purpose == view.id, None
        self._read_timer.stop()
        if view.unread_inbound_ids() and not auto_opened:
            # Read once it has been open for a moment, as mail clients do: passing over it with
            # j/k (or the start-up selection) leaves it unread.
            self._read_timer.start(max(0, int(self.prefs.get("read_after_ms"))))
        self._show_view(view, message_id, keep_window=not switching)
        if switching:
            # After the timeline: the composer's own reads (draft, reply options) start threads
            # that would take the interpreter lock from the rendering above.
            self.composer.set_customer(view.id)
            self.composer.seen_reply_id = view.last_reply_id
        self.customer_shown.emit(view.id)

    def _open_on_purpose(self) -> None:
        self.mark_open_read()
        self.focus_timeline()

    def _reply_on_purpose(self) -> None:
        self.mark_open_read()
        self.focus_composer()

    def mark_open_read(self) -> None:
        """The open conversation becomes read (after the delay, or by the owner's action)."""
        self._read_timer.stop()
        view = self.detail
        if view is None or view.id != self.customer_id:
            return
        unread = view.unread_inbound_ids()
        if not unread:
            return
        # Of those, the ones whose server keeps a read flag (email's \Seen).
        on_server = unread_receipt_ids(m.as_dict() for m in view.messages if m.unread_inbound)
        # Reading is shown at once (timeline and inbox row); the write follows in the
        # background, then \Seen goes to the mail server (never waiting on the network).
        for message in view.messages:
            if message.id in unread:
                message.is_read = True
        self.inbox.model.show_read(view.id)
        self.ops.run(actions.set_read, self.ctx, view.id, True,
                     on_success=lambda _changed: self._push_read(on_server))

    def _push_read(self, message_ids: list[int]) -> None:
        if message_ids and not self.closing:  # a write finishing after close pushes nothing
            self.tasks.submit(push_read, self.ctx, message_ids)

    def _show_view(self, view: CustomerView, message_id: int = 0,
                   keep_window: bool = True) -> None:
        self.bar.show_conversation(view)
        self.composer.seen_reply_id = view.last_reply_id
        # The timeline renders message dicts (the read model's `as_dict`); team notes go
        # between them by time, with negative ids (never a message's).
        shown = [m.as_dict() for m in view.messages]
        if view.notes:
            shown += [{"id": -n.id, "direction": "note", "sent_at": n.created_at,
                       "author": n.author, "colour": n.colour, "text": n.text}
                      for n in view.notes]
            shown.sort(key=lambda m: m["sent_at"])
        self.timeline.show_messages(shown, message_id, keep_window=keep_window)
        self.panel.show_customer(view)
        if self.team is not None:
            self.team.show_replying()

    def update_counts(self) -> None:
        self.tray.update_count()  # a background count; the status bar follows count_changed

    def apply_changes(self, changes: Changes) -> None:
        """The one refresh path: what an operation or a sync batch changed."""
        if changes.accounts:  # added or removed: messages came or went with them
            self.ops.query(accounts_brief, self.ctx, on_done=self._show_welcome_if_needed)
            self.inbox.fill_choices(background=True)
            self.inbox.apply_filter()
        elif changes.customer_ids:
            self.inbox.refresh(changes.customer_ids)
        self.update_counts()
        # (while another customer is being opened, its read brings fresh data: a refresh of the
        # one still shown must not cancel it)
        if self.customer_id is not None and self._open_pending is None and (
                changes.accounts or self.customer_id in changes.customer_ids):
            self._opening += 1
            generation, current = self._opening, self.customer_id
            self.ops.query(_window_view, self.ctx, current,
                           on_done=lambda view: self._show_refreshed(generation, current, view),
                           on_error=self._open_failed)

    def _show_refreshed(self, generation: int, asked: int, view: CustomerView) -> None:
        if generation != self._opening or asked != self.customer_id:
            return
        if view.id != self.customer_id:  # merged away: follow the survivor
            self.open_customer(view.id)
            return
        self.detail = view
        self._show_view(view)
        self.customer_shown.emit(view.id)

    def _open_from_notification(self, customer_id: int, message_id: int) -> None:
        bring_to_front(self)
        self.open_customer(customer_id, message_id)

    # -- actions: each an operation on the writes thread --
    def _write(self, action, *args) -> None:
        """Run `action(ctx, *args) -> changed ids` as an operation."""
        self.ops.run(action, self.ctx, *args)

    def _write_failed(self, error: Exception) -> None:
        self.sync_status.showMessage(self.tr("Could not save the change: {error}")
                                     .format(error=error_text.describe_or_text(error)), 8000)

    def _act(self, action, *args) -> None:
        if self.customer_id is not None:
            self._write(action, self.customer_id, *args)

    def mark_done(self) -> None:
        self._act(actions.mark_done)

    def mark_unread(self) -> None:
        """Unread here at once; then \\Seen is cleared on the mail server, in the back."""
        customer_id = self.customer_id
        if customer_id is not None:
            self.ops.run(actions.set_read, self.ctx, customer_id, False,
                         on_success=lambda _changed: self._push_unread(customer_id))

    def _push_unread(self, customer_id: int) -> None:
        if not self.closing:
            self.tasks.submit(push_unread, self.ctx, customer_id,
                              on_done=lambda _count: self.unread_pushed.emit(customer_id))

    def delete_here(self, message_id: int) -> None:
        """A message deleted on its server goes from the profile too (the user asked)."""
        self.ops.run(actions.delete_here, self.ctx, message_id)

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

    def show_order(self, order_id: int) -> None:
        """An order number clicked in a message: that order in the customer panel."""
        if not self.panel.show_order(order_id):
            self.sync_status.showMessage(
                self.tr("That order belongs to another customer."), 6000)

    def leave_text_field(self) -> None:
        """Esc: back to the conversation list (what was typed stays where it is)."""
        self.inbox.list.setFocus()

    def focus_search(self) -> None:
        self.inbox.search.setFocus()
        self.inbox.search.selectAll()

    def show_shortcuts(self) -> None:
        self.sheet = ShortcutSheet(self.shortcut_rows, self)
        self.sheet.show()

    def retry_message(self, message_id: int) -> None:
        customer_id = self.customer_id
        self.ops.run(retry_message, self.ctx, message_id,
                     on_success=lambda _changes: customer_id is not None and
                     self.composer.send_in_background(customer_id, message_id))
