"""Search results as a list model: the hits of the last finished search (message id, customer
id, snippet). The search itself runs in the background; `set_hits` swaps in the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from shopinbox.store.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self.names: dict[int, str] = {}

    def set_hits(self, hits: list[SearchHit], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.names = dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HitRole:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.names.get(hit.customer_id or 0, hit.sender)
            return f"{name}: {hit.subject + ' — ' if hit.subject else ''}{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        return None
