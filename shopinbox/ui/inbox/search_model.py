"""Search results as a list model: the groups of the last finished one-box search (customers,
orders, messages — `app.inbox.one_box`), each under a header row, best group first. The search
itself runs in the background; `set_result` (or `set_hits` for messages alone) swaps it in.

Header rows are neither selectable nor enabled, so keyboard moves and clicks land on results.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from shopinbox.ui.common.formatting import local_date

if TYPE_CHECKING:  # the search's modules load with its first query, not with the window
    from shopinbox.app.inbox.one_box import BoxResult
    from shopinbox.store.search import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 10  # the SearchHit of a message row
KindRole = Qt.ItemDataRole.UserRole + 11  # 'customer', 'order', 'message' or 'header'
OpenRole = Qt.ItemDataRole.UserRole + 12  # (customer id, message id or 0) to open, or None
ItemRole = Qt.ItemDataRole.UserRole + 13  # the CustomerMatch / OrderMatch / SearchHit
# A message row as the delegate paints it: channel, name, who (shop / customer), date, and the
# snippet as HTML with the matched words marked.
MessageRowRole = Qt.ItemDataRole.UserRole + 14
MARK = '<span style="background-color:#ffe27a; color:#000">{}</span>'


def marked_html(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The snippet as HTML with each matched span marked (everything else escaped)."""
    parts, at = [], 0
    for start, end in sorted(spans):
        if start < at or end <= start:
            continue
        parts.append(html.escape(snippet[at:start]))
        parts.append(MARK.format(html.escape(snippet[start:end])))
        at = end
    parts.append(html.escape(snippet[at:]))
    return "".join(parts)
Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Any]] = []
        self.names: dict[int, str] = {}

    def _title(self, kind: str, count: int) -> str:
        titles = {"customer": self.tr("Customers ({count})"),
                  "order": self.tr("Orders ({count})"),
                  "message": self.tr("Messages ({count})")}
        return titles[kind].format(count=count)

    def set_result(self, result: BoxResult) -> None:
        self.beginResetModel()
        self._rows = []
        for kind, items in result.groups():
            self._rows.append(("header", self._title(kind, len(items))))
            self._rows.extend((kind, item) for item in items)
        self.names = dict(result.names)
        self.endResetModel()

    def set_hits(self, hits: list[SearchHit], names: dict[int, str]) -> None:
        """Messages only (no headers): what a message-only search shows."""
        self.beginResetModel()
        self._rows = [("message", hit) for hit in hits]
        self.names = dict(names)
        self.endResetModel()

    def first_result_row(self) -> int:
        return next((n for n, (kind, _) in enumerate(self._rows) if kind != "header"), -1)

    def result_row_near(self, row: int, direction: int) -> int:
        """The result row at `row`, or the next one in `direction`, or in the other direction
        when there is none that way (-1: no results at all)."""
        for step in (direction, -direction):
            at = row
            while 0 <= at < len(self._rows):
                if self._rows[at][0] != "header":
                    return at
                at += step
        return -1

    def result_count(self) -> int:
        return sum(1 for kind, _ in self._rows if kind != "header")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and 0 <= index.row() < len(self._rows) \
                and self._rows[index.row()][0] == "header":
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, item = self._rows[index.row()]
        if role == KindRole:
            return kind
        if role == ItemRole:
            return None if kind == "header" else item
        if role == HitRole:
            return item if kind == "message" else None
        if role == OpenRole:
            return self._target(kind, item)
        if role == MessageRowRole:
            return self._message_row(item) if kind == "message" else None
        if role == Qt.ItemDataRole.FontRole and kind == "header":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(kind, item)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "message":
            return item.snippet
        return None

    def _name(self, hit: SearchHit) -> str:
        return self.names.get(hit.customer_id or 0) or hit.sender or self.tr("(no name)")

    def _who(self, hit: SearchHit) -> str:
        return self.tr("shop") if hit.direction == "out" else self.tr("customer")

    def _message_row(self, hit: SearchHit) -> dict[str, str]:
        return {"channel": hit.channel, "name": self._name(hit), "who": self._who(hit),
                "date": local_date(hit.sent_at),
                "snippet_html": self._snippet_html(hit)}

    @staticmethod
    def _snippet_html(hit: SearchHit) -> str:
        """The subject (when there is one) in bold, then the snippet; matched words marked."""
        body = marked_html(hit.snippet, hit.highlights)
        if not hit.subject or hit.snippet.startswith(hit.subject):
            return body or marked_html(hit.subject, hit.subject_highlights)
        subject = f"<b>{marked_html(hit.subject, hit.subject_highlights)}</b>"
        return f"{subject} — {body}" if body else subject

    @staticmethod
    def _target(kind: str, item: Any) -> tuple[int, int] | None:
        if kind == "message" and item.customer_id:
            return (item.customer_id, item.message_id)
        if kind in ("customer", "order") and item.customer_id:
            return (item.customer_id, 0)
        return None

    def _text(self, kind: str, item: Any) -> str:
        if kind == "header":
            return item
        from shopinbox.app.inbox.one_box import CustomerMatch, OrderMatch

        if isinstance(item, CustomerMatch):
            extra = f" — {item.matched}" if item.matched and item.matched != item.name else ""
            return f"{item.name}{extra}"
        if isinstance(item, OrderMatch):
            parts = [item.number, local_date(item.placed_at), item.status, item.customer_name,
                     item.tracking_number or ""]
            return " · ".join(p for p in parts if p)
        return (f"{self._name(item)} ({self._who(item)}) · {local_date(item.sent_at)}: "
                f"{item.subject + ' — ' if item.subject else ''}{item.snippet}")
