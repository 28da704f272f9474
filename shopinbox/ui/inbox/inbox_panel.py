"""The left side: filters, the search field and the inbox list (or the search results).

Search runs in the background (TaskRunner); a newer query makes older results stale, so only the
latest answer is shown. It is the one box (`app.inbox.one_box`): customers, orders and messages
in groups. Choosing a result (Enter, a click, j/k) opens the customer — at the message for a
message, with their orders for an order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import InboxFilter
from shopinbox.domain.intents import INTENTS
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.icons import channel_icon
from shopinbox.ui.common.operations import OperationRunner
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.inbox.customer_list_model import CustomerIdRole, CustomerListModel
from shopinbox.ui.inbox.inbox_delegate import InboxDelegate
from shopinbox.ui.inbox.search_delegate import SearchResultsDelegate
from shopinbox.ui.inbox.search_model import OpenRole, SearchResultsModel
from shopinbox.ui.timeline.timeline_html import texts

if TYPE_CHECKING:  # SQLAlchemy and the search load after the window's first paint
    from shopinbox.app.inbox.one_box import BoxResult


def _filter_choices(ctx: AppContext) -> dict[str, list]:
    from shopinbox.app.inbox.listing import filter_choices

    return filter_choices(ctx)


def _warm_up(ctx: AppContext) -> None:
    from shopinbox.app.inbox.warm_up import warm_up

    warm_up(ctx)


def _find(ctx: AppContext, text: str, customer_id: int | None, limit: int) -> BoxResult:
    from shopinbox.app.inbox.one_box import find

    return find(ctx, text, customer_id, limit)


def _no_result() -> BoxResult:
    from shopinbox.app.inbox.one_box import BoxResult

    return BoxResult()


class InboxPanel(QWidget):
    """With an operation runner the panel starts quick: its first page is read with sqlite3
    and painted, and only then (`first_painted`) do the filter choices and the full rows load
    in the background. A list that is not on screen (an empty inbox, the welcome screen, a
    test's hidden window) goes on after `UNSEEN_START_MS` instead of waiting for a paint."""

    customer_chosen = Signal(int, int)  # customer id, message id (0: none)
    search_finished = Signal(int)  # number of results (customers + orders + messages)
    first_painted = Signal()  # the list has painted (or is not on screen): load the rest
    UNSEEN_START_MS = 50

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None,
                 ops: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks, self.ops = ctx, tasks, ops
        self._search_generation = 0
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search everything  ( / )"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        for value, text in (("open", self.tr("Open")), ("snoozed", self.tr("Snoozed")),
                            ("done", self.tr("Done")), ("all", self.tr("All"))):
            self.status.addItem(text, value)
        self.channel = QComboBox(self)
        self.channel.setObjectName("filterChannel")
        self.channel.addItem(self.tr("All channels"), None)
        for channel in channel_ui.channels():
            self.channel.addItem(channel_icon(channel.kind), channel_ui.title(channel.kind),
                                 channel.kind)
        self.account = QComboBox(self)
        self.account.setObjectName("filterAccount")
        self.label = QComboBox(self)
        self.label.setObjectName("filterLabel")
        self.unread = QCheckBox(self.tr("Unread only"), self)
        self.unread.setObjectName("filterUnread")
        # Team mode: whose conversations (shown once a user works at this desktop).
        self.assigned = QComboBox(self)
        self.assigned.setObjectName("filterAssigned")
        for value, text in ((None, self.tr("Everyone's")), ("mine", self.tr("Mine")),
                            ("unassigned", self.tr("Unassigned"))):
            self.assigned.addItem(text, value)
        self.assigned.setVisible(ctx.user_id is not None)
        # What the newest inbound message wants (intent triage, app/inbox/intents.py).
        self.intent = QComboBox(self)
        self.intent.setObjectName("filterIntent")
        self.intent.addItem(self.tr("Any request"), None)
        words = texts()
        for name in INTENTS:
            if name != "other":
                self.intent.addItem(words[f"intent:{name}"], name)
        if ops is None:
            self.fill_choices()
        else:  # "All accounts" / "All labels" for the first paint; the rest after it
            self._fill_choices({"accounts": [], "labels": []})

        self.model = CustomerListModel(ctx, self, ops=ops, quick_start=True)
        self._keep: int | None = None  # the customer to keep selected across a new filter
        self.model.refreshed.connect(self._refreshed)
        self.list = QListView(self)
        self.list.setObjectName("inbox")
        self.list.setModel(self.model)
        self.list.setItemDelegate(InboxDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(SearchResultsDelegate(self.results))
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self)
        self.empty.setObjectName("inboxEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for widget in (self.list, self.results, self.empty):
            self.stack.addWidget(widget)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status, 0, 0)
        filters.addWidget(self.channel, 0, 1)
        filters.addWidget(self.account, 1, 0)
        filters.addWidget(self.label, 1, 1)
        filters.addWidget(self.unread, 2, 0)
        filters.addWidget(self.intent, 2, 1)
        filters.addWidget(self.assigned, 3, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        for combo in (self.status, self.channel, self.account, self.label, self.assigned,
                      self.intent):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.unread.toggled.connect(self.apply_filter)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda index: self._current_changed(index, QModelIndex()))
        self.results.activated.connect(self._open_hit)
        self.results.clicked.connect(self._open_hit)
        self._update_empty()
        self._painted = ops is None
        if not self._painted:
            self.list.viewport().installEventFilter(self)
            QTimer.singleShot(self.UNSEEN_START_MS, self._start_unseen)

    # -- start: the rest loads after the first paint --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (event.type() == QEvent.Type.Paint and not self._painted
                and watched is self.list.viewport()):
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)  # once this paint is on screen
        return False

    def _start_unseen(self) -> None:
        if not self._painted and not self.list.viewport().isVisible():
            self._painted = True
            self._after_first_paint()

    def _after_first_paint(self) -> None:
        self.list.viewport().removeEventFilter(self)
        self.fill_choices(background=True)
        self.model.complete_first_page()
        if self.ops is not None:  # the first intent filter and report count: see warm_up
            self.ops.query(_warm_up, self.ctx, on_done=lambda _none: None)
        self.first_painted.emit()

    # -- filters --
    def fill_choices(self, background: bool = False) -> None:
        """The account and label choices: in the background with an operation runner (at
        start-up and after accounts changed), else at once."""
        if background and self.ops is not None:
            self.ops.query(_filter_choices, self.ctx, on_done=self._fill_choices)
        else:
            self._fill_choices(_filter_choices(self.ctx))

    def _fill_choices(self, choices: dict[str, list]) -> None:
        for combo, everything, items in (
            (self.account, self.tr("All accounts"), choices["accounts"]),
            (self.label, self.tr("All labels"), [(label, label) for label in choices["labels"]]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> InboxFilter:
        return InboxFilter(status=self.status.currentData(), channel=self.channel.currentData(),
                           account_id=self.account.currentData(), label=self.label.currentData(),
                           unread_only=self.unread.isChecked(),
                           assigned=self.assigned.currentData(), me=self.ctx.user_id,
                           intent=self.intent.currentData())

    def apply_filter(self) -> None:
        """The list is read in the background; the selection is kept when the customer is
        still listed (`_refreshed`)."""
        if self._keep is None:
            self._keep = self.current_customer_id()
        self.model.set_filter(self.current_filter())
        if not self.model.background:
            self._refreshed()

    def _refreshed(self) -> None:
        self._update_empty()
        keep, self._keep = self._keep, None
        if keep is not None and self.current_customer_id() != keep:
            self.select_customer(keep, emit=False)

    def _update_empty(self) -> None:
        if self.search.text().strip():
            return
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.list)
        else:
            self.empty.setText(self.tr("Nothing here. Inbox zero!")
                               if self.status.currentData() == "open"
                               else self.tr("No conversations match these filters."))
            self.stack.setCurrentWidget(self.empty)

    def refresh(self, changed: set[int]) -> None:
        """Only the changed rows are re-read (in the background when the model has an
        operation runner; the empty-state follows its `refreshed`)."""
        self.model.refresh_customers(changed)
        self._update_empty()

    # -- selection --
    def current_customer_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(CustomerIdRole) if index.isValid() else None

    def select_customer(self, customer_id: int, emit: bool = True) -> bool:
        row = self.model.row_of(customer_id)
        if row < 0:
            return False
        self.list.blockSignals(not emit)
        self.list.selectionModel().blockSignals(not emit)
        self.list.setCurrentIndex(self.model.index(row))
        self.list.selectionModel().blockSignals(False)
        self.list.blockSignals(False)
        self.list.scrollTo(self.model.index(row))
        return True

    def move(self, step: int) -> None:
        """j/k: the next/previous conversation (opens it)."""
        if self.stack.currentWidget() is self.results:
            view, count = self.results, self.results_model.rowCount()
        else:
            view, count = self.list, self.model.rowCount()
        if not count:
            return
        current = view.currentIndex().row()
        target = 0 if current < 0 else min(max(current + step, 0), count - 1)
        if view is self.results:  # step over the group headers, which cannot be chosen
            target = self.results_model.result_row_near(target, 1 if step >= 0 else -1)
            if target < 0:
                return
        if target == count - 1 and view is self.list and self.model.canFetchMore():
            self.model.fetchMore()
        view.setCurrentIndex(view.model().index(target, 0))
        if view is self.results:
            self._open_hit(view.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = current.data(CustomerIdRole)
        if customer_id is not None:
            self.customer_chosen.emit(customer_id, 0)

    # -- search --
    def run_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        self._search_generation += 1
        if not text:
            self.results_model.set_result(_no_result())
            self._update_empty()
            return
        generation = self._search_generation
        self.tasks.submit(_find, self.ctx, text, None, 100,
                          on_done=lambda result: self._show_hits(generation, result),
                          on_error=lambda error: self._show_hits(generation, _no_result()))

    def _show_hits(self, generation: int, result: BoxResult) -> None:
        if generation != self._search_generation:
            return  # a newer search is on its way
        self.results_model.set_result(result)
        if result.count:
            self.stack.setCurrentWidget(self.results)
            first = self.results_model.first_result_row()
            self.results.setCurrentIndex(self.results_model.index(first))
        else:
            self.empty.setText(self.tr("Nothing matches “{query}”.").format(
                query=self.search.text().strip()))
            self.stack.setCurrentWidget(self.empty)
        self.search_finished.emit(result.count)

    def clear_search(self) -> None:
        self.search.clear()
        self.run_search()

    def open_current_result(self) -> bool:
        """Enter while the search results show: open the chosen customer, order or message."""
        if self.stack.currentWidget() is not self.results:
            return False
        index = self.results.currentIndex()
        if not index.isValid() or index.data(OpenRole) is None:
            return False
        self._open_hit(index)
        return True

    def _open_hit(self, index: QModelIndex) -> None:
        target = index.data(OpenRole)
        if target is not None:
            self.customer_chosen.emit(*target)
