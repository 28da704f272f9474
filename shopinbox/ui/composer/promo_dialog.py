"""The promo reply picker: type to filter by shortcut or title, Enter inserts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.library import list_promos


class PromoDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promoDialog")
        self.setWindowTitle(self.tr("Insert a promo reply"))
        self.chosen: str | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("promoFilter")
        self.filter.setPlaceholderText(self.tr("Type a shortcut or a title"))
        self.list = QListWidget(self)
        self.list.setObjectName("promoList")
        for promo in list_promos(ctx):
            item = QListWidgetItem(f"{promo.shortcut}  —  {promo.title}  "
                                   f"({', '.join(promo.languages)})")
            item.setData(Qt.ItemDataRole.UserRole, promo.shortcut)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{promo.shortcut} {promo.title}".lower())
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No promo replies yet."))
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(480, 320)

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole + 1) or ""
            hidden = bool(wanted) and wanted not in key
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
