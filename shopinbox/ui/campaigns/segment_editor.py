"""The segment editor of the Campaigns window: a filter form whose count and sample follow
every edit (a background query 150 ms after the last keystroke; an answer to an older filter
is dropped), and Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.campaigns import segments
from shopinbox.app.core.context import AppContext
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.tasks import TaskRunner

DEBOUNCE_MS = 150


class SegmentEditor(QWidget):
    counted = Signal(object)  # the SegmentSample shown
    saved = Signal(int)  # segment id

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.generation = 0
        self.name = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("e.g. pl, ru"))
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("Any channel"), "")
        for channel in channel_ui.messaging_channels():
            self.channel.addItem(channel_ui.title(channel.kind), channel.kind)
        self.label = QLineEdit(self)
        self.min_orders = QSpinBox(self)
        self.min_orders.setRange(0, 10_000)
        self.min_value = QSpinBox(self)
        self.min_value.setRange(0, 10_000_000)
        self.product = QLineEdit(self)
        self.product.setPlaceholderText(self.tr("SKU or part of the name"))
        self.consent = QComboBox(self)
        self.consent.addItem(self.tr("Anyone"), "")
        self.consent.addItem(self.tr("With marketing consent"), "yes")
        self.consent.addItem(self.tr("Without marketing consent"), "no")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Reachable on"), self.channel)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("At least this many orders"), self.min_orders)
        form.addRow(self.tr("Lifetime value at least"), self.min_value)
        form.addRow(self.tr("Bought a product"), self.product)
        form.addRow(self.tr("Consent"), self.consent)
        self.count_label = QLabel(self)
        self.sample = QListWidget(self)
        self.save_button = QPushButton(self.tr("Save segment"), self)
        self.save_button.clicked.connect(self.save)
        right = QVBoxLayout()
        right.addWidget(self.count_label)
        right.addWidget(self.sample, 1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.count)
        for edit in (self.languages, self.label, self.product):
            edit.textChanged.connect(self.timer.start)
        for box in (self.channel, self.consent):
            box.currentIndexChanged.connect(self.timer.start)
        for spin in (self.min_orders, self.min_value):
            spin.valueChanged.connect(self.timer.start)
        self.name.textChanged.connect(
            lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.setEnabled(False)
        self.count()

    def rules(self) -> dict[str, Any]:
        rules: dict[str, Any] = {}
        if self.languages.text().strip():
            rules["languages"] = self.languages.text()
        if self.channel.currentData():
            rules["channels"] = [self.channel.currentData()]
        if self.label.text().strip():
            rules["labels"] = [self.label.text().strip()]
        if self.min_orders.value():
            rules["min_orders"] = self.min_orders.value()
        if self.min_value.value():
            rules["min_value"] = self.min_value.value()
        if self.product.text().strip():
            rules["product"] = self.product.text().strip()
        if self.consent.currentData():
            rules["consent"] = self.consent.currentData()
        return rules

    def count(self) -> None:
        self.generation += 1
        generation = self.generation
        self.tasks.submit(segments.preview, self.ctx, self.rules(),
                          on_done=lambda found: self._show(generation, found),
                          on_error=lambda _e: self.count_label.setText(
                              self.tr("This filter cannot be used.")))

    def _show(self, generation: int, found: Any) -> None:
        if generation != self.generation:
            return  # the filter changed meanwhile: its own answer is on the way
        self.count_label.setText(self.tr("%n customer(s)", "", found.count))
        self.sample.clear()
        self.sample.addItems([name or f"#{customer_id}" for customer_id, name in found.sample])
        self.counted.emit(found)

    def save(self) -> None:
        self.tasks.submit(segments.save_segment, self.ctx, self.name.text(), self.rules(),
                          on_done=self.saved.emit,
                          on_error=lambda _e: self.count_label.setText(
                              self.tr("This filter cannot be used.")))
