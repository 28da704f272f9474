"""The inbox list model: customer ids of the matching conversations (cheap) plus a row cache
filled a page at a time (Anki's browser table idea). Rows appear in pages (canFetchMore /
fetchMore); `refresh_customers(ids)` updates only the rows that changed, moving, adding or
removing just those, so the selection and scroll position stay put.

With an `OperationRunner` every read after start-up is a background query: the refresh after an
action or a sync batch (ids plus the changed and newly visible rows; the rows shown meanwhile
stay as they were, `refreshed` follows), a new filter, and a page of rows scrolled into view
(painted blank until it arrives, then `dataChanged`). Without one (model tests) all run
inline.

At the window's start (`quick_start`, with an operation runner, on a profile opened without an
engine yet) the first page is read with sqlite3 (`app.inbox.rows.quick_first_page`): the list
paints before SQLAlchemy is imported; `complete_first_page` (after the first paint) then
refreshes that page in the background, which brings its intent chips.
The listing functions are imported when first called, off the start's path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import InboxFilter, InboxRow, quick_first_page

PAGE = 200
CACHE_PAGE = 50
CustomerIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def reload_query(ctx: AppContext, wanted: InboxFilter) -> tuple[list[int], dict[int, InboxRow]]:
    """(matching ids, rows of the first page): a new filter's list, read in the background."""
    from shopinbox.app.inbox.listing import conversation_ids, inbox_rows

    ids = conversation_ids(ctx, wanted)
    return ids, inbox_rows(ctx, ids[:CACHE_PAGE])


def refresh_query(ctx: AppContext, wanted: InboxFilter, changed: set[int], known: set[int],
                  visible: int) -> tuple[list[int], dict[int, InboxRow]]:
    """(matching ids, rows of the changed customers and of new ids within the first `visible`
    positions): everything the UI thread needs to apply a refresh without a query."""
    from shopinbox.app.inbox.listing import conversation_ids, inbox_rows

    ids = conversation_ids(ctx, wanted)
    wanted_rows = set(changed) | {i for i in ids[:visible] if i not in known}
    return ids, inbox_rows(ctx, [i for i in ids if i in wanted_rows])


def page_rows(ctx: AppContext, customer_ids: list[int]) -> dict[int, InboxRow]:
    """The display rows of one page of ids (`listing.inbox_rows`, imported on first use)."""
    from shopinbox.app.inbox.listing import inbox_rows

    return inbox_rows(ctx, customer_ids)


class CustomerListModel(QAbstractListModel):
    refreshed = Signal()  # a background refresh or reload is applied

    def __init__(self, ctx: AppContext, parent: Any = None,
                 wanted: InboxFilter | None = None, ops: Any = None,
                 quick_start: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops  # an OperationRunner (ui/common/operations.py), or None
        self._pending: set[int] = set()
        self._fetching: set[int] = set()  # ids whose rows a background page query is reading
        self._generation = 0
        self.wanted = wanted or InboxFilter()
        self._ids: list[int] = []
        self._loaded = 0
        self._cache: dict[int, InboxRow] = {}
        self._changing = False  # views and testers may ask for more while rows move
        self._incomplete: set[int] = set()  # rows of the quick first page (no intents yet)
        self._quick = quick_start and ops is not None
        self.reload()
        self._quick = False

    @property
    def background(self) -> bool:
        """Whether refreshes and new filters are read in the background."""
        return self._ops is not None

    # -- loading --
    def set_filter(self, wanted: InboxFilter) -> None:
        """A new filter: read in the background (with an operation runner); the old list stays
        until the new one is in."""
        self.wanted = wanted
        self._incomplete.clear()  # the new list's rows are read in full
        if self._ops is None:
            self.reload()
            return
        self._generation += 1
        generation = self._generation
        self._ops.query(reload_query, self._ctx, wanted,
                        on_done=lambda result: self._reloaded(generation, result))

    def _reloaded(self, generation: int, result: tuple) -> None:
        if generation != self._generation:
            return
        self._pending.clear()
        self._reset(*result)
        self.refreshed.emit()

    def reload(self) -> None:
        """Read the list and its first page of rows now (at start-up, so the first paint is
        complete)."""
        self._generation += 1  # a refresh still on its way is for the old filter
        quick = quick_first_page(self._ctx, self.wanted, CACHE_PAGE) if self._quick else None
        if quick is None:
            self._reset(*reload_query(self._ctx, self.wanted))
            return
        self._reset(*quick)
        self._incomplete = set(quick[1])

    def complete_first_page(self) -> None:
        """After the first paint: re-read the quick first page's rows in the background (the
        same rows, now with the intents of their newest inbound message)."""
        incomplete, self._incomplete = self._incomplete, set()
        if incomplete:
            self.refresh_customers(incomplete)

    def _reset(self, ids: list[int], rows: dict[int, InboxRow]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._cache = dict(rows)
        self._loaded = min(PAGE, len(self._ids))
        self.endResetModel()

    def refresh_customers(self, changed: set[int]) -> None:
        """Re-read which conversations match, then remove, move, insert and repaint only the
        rows involved."""
        if self._ops is None:
            self._apply_refresh(*refresh_query(self._ctx, self.wanted, changed,
                                               set(self._cache), self._loaded + PAGE), changed)
            return
        # Changes of refreshes still on their way are folded in: only the newest result is
        # applied, and it carries the rows of every customer changed meanwhile.
        self._pending |= set(changed)
        self._generation += 1
        generation, wanted_rows = self._generation, set(self._pending)
        self._ops.query(refresh_query, self._ctx, self.wanted, wanted_rows, set(self._cache),
                        self._loaded + PAGE,
                        on_done=lambda result: self._refresh_done(generation, result,
                                                                  wanted_rows))

    def _refresh_done(self, generation: int, result: tuple, changed: set[int]) -> None:
        if generation != self._generation:
            return
        self._pending.clear()
        self._apply_refresh(*result, changed)
        self.refreshed.emit()

    def _apply_refresh(self, new_ids: list[int], rows: dict[int, InboxRow],
                       changed: set[int]) -> None:
        for customer_id in changed:
            self._cache.pop(customer_id, None)
        self._cache.update(rows)
        self._changing = True
        try:
            self._apply(new_ids, changed)
        finally:
            self._changing = False

    def show_read(self, customer_id: int) -> None:
        """Show a conversation as read before the write lands (its refresh confirms it)."""
        row = self._cache.get(customer_id)
        if row is not None and row.unread:
            row.unread = 0
            position = self._ids.index(customer_id)
            if position < self._loaded:
                index = self.index(position)
                self.dataChanged.emit(index, index)

    def _apply(self, new_ids: list[int], changed: set[int]) -> None:
        new_set = set(new_ids)
        for position in range(len(self._ids) - 1, -1, -1):
            if self._ids[position] not in new_set:
                self._remove(position)
        current = set(self._ids)
        survivors = [i for i in new_ids if i in current]
        if survivors != self._ids:
            self._reorder(survivors)
        for position, customer_id in enumerate(new_ids):
            if customer_id not in current:
                self._insert(position, customer_id)
        for position, customer_id in enumerate(self._ids[: self._loaded]):
            if customer_id in changed:
                index = self.index(position)
                self.dataChanged.emit(index, index)

    def _remove(self, position: int) -> None:
        customer_id = self._ids[position]
        if position < self._loaded:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._ids[position]
            self._loaded -= 1
            self.endRemoveRows()
        else:
            del self._ids[position]
        self._cache.pop(customer_id, None)

    def _insert(self, position: int, customer_id: int) -> None:
        if position <= self._loaded:
            self.beginInsertRows(QModelIndex(), position, position)
            self._ids.insert(position, customer_id)
            self._loaded += 1
            self.endInsertRows()
        else:
            self._ids.insert(position, customer_id)

    def _reorder(self, order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        ids_of = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None
                  for i in old_persistent]
        self._ids = order
        position_of = {customer_id: row for row, customer_id in enumerate(order)}
        new_persistent = []
        for customer_id in ids_of:
            row = position_of.get(customer_id, -1)
            visible = 0 <= row < self._loaded
            new_persistent.append(self.index(row) if visible else QModelIndex())
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # -- Qt model interface --
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._changing and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._changing:
            return
        more = min(PAGE, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
            self._loaded += more
            self.endInsertRows()
        finally:
            self._changing = False

    def total(self) -> int:
        """Every matching conversation, loaded or not."""
        return len(self._ids)

    def row_of(self, customer_id: int) -> int:
        """Position of a customer (loading pages up to it), or -1."""
        try:
            position = self._ids.index(customer_id)
        except ValueError:
            return -1
        while position >= self._loaded and self.canFetchMore():
            self.fetchMore()
        return position

    def row(self, position: int) -> InboxRow | None:
        """The cached row; a missing one loads its page of rows. With an operation runner the
        page is a background query and the row is None (painted blank) until it arrives."""
        customer_id = self._ids[position]
        row = self._cache.get(customer_id)
        if row is None:
            start = position - position % CACHE_PAGE
            page = [i for i in self._ids[start : start + CACHE_PAGE]
                    if i not in self._cache and i not in self._fetching]
            if self._ops is None:
                self._cache.update(page_rows(self._ctx, page))
                return self._cache.get(customer_id)
            if page:
                self._fetching.update(page)
                self._ops.query(page_rows, self._ctx, page,
                                on_done=lambda rows: self._page_done(page, rows),
                                on_error=lambda _error: self._fetching.difference_update(page))
        return row

    def _page_done(self, page: list[int], rows: dict[int, InboxRow]) -> None:
        self._fetching.difference_update(page)
        for customer_id, row in rows.items():
            # A refresh that answered meanwhile has the fresher row: keep it.
            self._cache.setdefault(customer_id, row)
        shown = [position for position, customer_id in enumerate(self._ids[: self._loaded])
                 if customer_id in rows]
        if shown:
            self.dataChanged.emit(self.index(min(shown)), self.index(max(shown)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role == CustomerIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole, RowRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet
        return row.name
