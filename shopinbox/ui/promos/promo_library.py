"""The promo library: every promo reply with its languages, usage and code pool; new, edit
(with live preview in `PromoEditor`), duplicate and delete; and, on its second tab, the
discount-code pools (`CodePoolsPanel`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos import library as promos
from shopinbox.ui.common import error_text
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.promos.code_pools import CodePoolsPanel
from shopinbox.ui.promos.promo_editor import PromoEditor

PromoIdRole = Qt.ItemDataRole.UserRole + 1


class PromoLibrary(QDialog):
    """Reads and writes run in the background (`tasks`); `listed` follows each new listing."""

    changed = Signal()
    listed = Signal()

    def __init__(self, ctx: AppContext, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promoLibrary")
        self.setWindowTitle(self.tr("Promo replies"))
        self.resize(760, 480)
        self.ctx, self.customer_id = ctx, customer_id
        self.tasks = TaskRunner(self, threads=1)  # in order: a listing after its change
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("promoList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Shortcut"), self.tr("Title"), self.tr("Category"),
                                   self.tr("Languages"), self.tr("Sent"),
                                   self.tr("Codes left")])
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        replies = QWidget(self)
        replies_layout = QVBoxLayout(replies)
        replies_layout.addWidget(self.tree, 1)
        replies_layout.addLayout(buttons)
        self.pools = CodePoolsPanel(ctx, self)
        self.pools.changed.connect(self._pools_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("promoTabs")
        self.tabs.addTab(replies, self.tr("Replies"))
        self.tabs.addTab(self.pools, self.tr("Discount codes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.current_id()))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit(self.current_id()))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def _pools_changed(self) -> None:
        self.reload()  # the "Codes left" column
        self.changed.emit()

    def reload(self) -> None:
        self.tasks.submit(promos.list_promos, self.ctx, on_done=self._show,
                          on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Promo replies"), error_text.describe_or_text(error))

    def _show(self, found: list[promos.PromoSummary]) -> None:
        current = self.current_id()
        self.tree.clear()
        for promo in found:
            codes = "" if promo.pool_id is None else str(promo.codes_free)
            item = QTreeWidgetItem([promo.shortcut, promo.title, promo.category,
                                    ", ".join(promo.languages), str(promo.usage_count), codes])
            item.setData(0, PromoIdRole, promo.id)
            self.tree.addTopLevelItem(item)
            if promo.id == current:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()
        self.listed.emit()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, PromoIdRole) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self.current_id() is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(selected)

    def edit(self, promo_id: int | None) -> PromoEditor:
        editor = PromoEditor(self.ctx, promo_id, self.customer_id, self)
        editor.resize(760, 720)  # room for the text and its live preview
        editor.saved.connect(lambda _id: (self.reload(), self.changed.emit()))
        editor.open()
        return editor

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def duplicate(self) -> None:
        promo_id = self.current_id()
        if promo_id is not None:
            self.tasks.submit(promos.duplicate_promo, self.ctx, promo_id,
                              on_done=lambda _id: self._changed(), on_error=self._failed)

    def delete(self, confirm: bool = True) -> None:
        promo_id = self.current_id()
        if promo_id is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete promo reply"),
                self.tr("Delete this promo reply? Discount codes already given stay recorded."),
        ) != QMessageBox.StandardButton.Yes:
            return
        self.tasks.submit(promos.delete_promo, self.ctx, promo_id,
                          on_done=lambda _r: self._changed(), on_error=self._failed)
