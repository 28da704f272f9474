"""The inbox list: holds customer ids in activity order and fetches rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from shopinbox.store.models import Conversation, Customer
from shopinbox.store.queries import CustomerRow, customer_rows

PAGE = 200
CustomerIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractListModel):
    """Ids for every conversation are loaded (cheap); full rows only for the pages shown."""

    def __init__(self, reader: sessionmaker[Session], parent: Any = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._ids: list[int] = []
        self._loaded = 0
        self._cache: dict[int, CustomerRow] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._reader() as session:
            self._ids = list(
                session.scalars(
                    select(Customer.id)
                    .join(Conversation, Conversation.customer_id == Customer.id)
                    .where(Customer.merged_into_id.is_(None), Conversation.message_count > 0)
                    .order_by(Conversation.last_activity.desc(), Customer.id)
                )
            )
        self._cache.clear()
        self._loaded = min(PAGE, len(self._ids))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(PAGE, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def _row(self, position: int) -> CustomerRow | None:
        customer_id = self._ids[position]
        row = self._cache.get(customer_id)
        if row is None:
            page_start = position - position % 50
            page_ids = self._ids[page_start : page_start + 50]
            with self._reader() as session:
                for fetched in customer_rows(session, page_ids):
                    self._cache[fetched.id] = fetched
            row = self._cache.get(customer_id)
        return row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role == CustomerIdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            if row is None:
                return None
            badge = f"  ({row.unread})" if row.unread else ""
            return f"{row.name}{badge}  ·  {', '.join(row.channels)}"
        return None
