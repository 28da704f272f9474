"""The promo editor's preview customer, picked by name: type a part of it (case and Polish or
Russian letters folded), the matching customers are looked up in the background and listed;
choosing one previews the reply with their data. "No customer" previews with none."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.lookup import customers_named
from shopinbox.ui.common.tasks import TaskRunner

LOOKUP_DELAY_MS = 200


class CustomerPicker(QComboBox):
    chosen = Signal()  # the preview customer changed
    listed = Signal()  # the names matching what was typed are in the list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCustomer")
        self.ctx = ctx
        self.tasks = TaskRunner(self, threads=1)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("type a customer's name"))
        self._id: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.addItem(self.tr("no customer"), None)
        self.setCurrentIndex(-1)  # an empty field showing its placeholder
        # The matches come folded from the app ("lukasz" finds "Łukasz"): the completer shows
        # them as they are, without filtering them again, and typing goes on in the field.
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated[str].connect(lambda text: self._picked(self.findText(text)))
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._edited)
        self.activated.connect(self._picked)

    def _edited(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        elif self._id is not None:  # the field emptied: preview without a customer
            self._id = None
            self.chosen.emit()

    def customer_id(self) -> int | None:
        return self._id

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Preview with this customer (the library opens the editor for the one on screen)."""
        self._id = customer_id
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("no customer"), None)
        if customer_id is not None:
            self.addItem(name or f"#{customer_id}", customer_id)
        self.setCurrentIndex(self.count() - 1 if customer_id is not None else -1)
        self.blockSignals(False)
        self.chosen.emit()

    def look_up(self) -> None:
        self._timer.stop()
        text = self.currentText().strip()
        if not text:
            return
        self.tasks.submit(customers_named, self.ctx, text, on_done=self._show)

    def _show(self, found: list[tuple[int, str]]) -> None:
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("no customer"), None)
        for customer_id, name in found:
            self.addItem(name, customer_id)
        self.setEditText(typed)
        self.blockSignals(False)
        if found and self.lineEdit().hasFocus():
            self.completer().complete()
        self.listed.emit()

    def _picked(self, index: int) -> None:
        self._id = self.itemData(index) if index >= 0 else None
        self.chosen.emit()
