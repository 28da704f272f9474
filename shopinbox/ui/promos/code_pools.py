"""The promo library's discount-code pools: create a pool, fill it (codes generated from a
pattern, or a list imported from a file), attach it to a promo reply (its `{{ promo.code }}`),
see free and given counts and who got which code, export that as a spreadsheet-safe CSV.

Every read and write runs in the background (`TaskRunner`, app/promos/discounts.py — the same
functions as `shopinbox promo pool …`); the panel only shows what comes back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos import discounts
from shopinbox.app.promos import library as promos
from shopinbox.domain.promos.code_pattern import CodePatternError, pattern_capacity
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.formatting import local_datetime
from shopinbox.ui.common.tasks import TaskRunner

PoolRole = Qt.ItemDataRole.UserRole + 2


class GenerateDialog(QDialog):
    """A pattern and how many codes to make from it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generateCodesDialog")
        self.setWindowTitle(self.tr("Generate codes"))
        self.pattern = QLineEdit("SPRING-####", self)
        self.pattern.setObjectName("codePattern")
        self.count = QSpinBox(self)
        self.count.setObjectName("codeCount")
        self.count.setRange(1, 100_000)
        self.count.setValue(50)
        self.hint = QLabel(self)
        self.hint.setObjectName("patternHint")
        self.hint.setWordWrap(True)
        self.pattern.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Pattern"), self.pattern)
        form.addRow(self.tr("How many"), self.count)
        form.addRow("", self.hint)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        legend = self.tr("# a digit, ? a letter, * either; anything else stays as written.")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            capacity = pattern_capacity(self.pattern.text().strip())
        except CodePatternError:
            self.hint.setText(legend + " " + self.tr("This pattern makes no codes yet."))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        self.hint.setText(legend + " " + self.tr("It can make {count} different codes.")
                          .format(count=f"{capacity:,}".replace(",", " ")))


class CodePoolsPanel(QWidget):
    changed = Signal()  # a pool was created, filled, attached or deleted
    shown = Signal()  # the list (or the selected pool's codes) was read again
    exported = Signal(str)  # the file the codes were written to

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePools")
        self.ctx = ctx
        self.tasks = TaskRunner(self, threads=1)  # in the order the user acted
        self.promo_titles: dict[int, str] = {}
        self.pools = QTreeWidget(self)
        self.pools.setObjectName("poolList")
        self.pools.setRootIsDecorated(False)
        self.pools.setHeaderLabels([self.tr("Pool"), self.tr("Promo reply"), self.tr("Free"),
                                    self.tr("Given"), self.tr("In all")])
        self.given = QTreeWidget(self)
        self.given.setObjectName("givenCodes")
        self.given.setRootIsDecorated(False)
        self.given.setHeaderLabels([self.tr("Code"), self.tr("Customer"), self.tr("Channel"),
                                    self.tr("Given")])
        self.attach = QComboBox(self)
        self.attach.setObjectName("poolPromo")
        self.attach.activated.connect(self._attach_chosen)
        self.status = QLabel(self)
        self.status.setObjectName("poolStatus")
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New pool…"), self)
        self.generate_button = QPushButton(self.tr("Generate codes…"), self)
        self.import_button = QPushButton(self.tr("Import a list…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for button, name, slot in (
                (self.new_button, "newPool", self.new_pool),
                (self.generate_button, "generateCodes", self.generate),
                (self.import_button, "importCodes", self.import_list),
                (self.export_button, "exportCodes", self.export),
                (self.delete_button, "deletePool", self.delete)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.generate_button, self.import_button,
                       self.export_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(QLabel(self.tr("Codes go out with the promo reply"), self))
        attach_row.addWidget(self.attach, 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(attach_row)
        lower_layout.addWidget(QLabel(self.tr("Who got which code"), lower))
        lower_layout.addWidget(self.given, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.pools)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.pools.currentItemChanged.connect(lambda *_: self._pool_chosen())
        self._enable()
        self.reload()

    # -- reading --
    def reload(self) -> None:
        def read() -> tuple[list[discounts.PoolStatus], dict[int, str]]:
            titles = {p.id: f"{p.shortcut} — {p.title}" for p in promos.list_promos(self.ctx)}
            return discounts.list_pools(self.ctx), titles

        self.tasks.submit(read, on_done=self._show, on_error=self._failed)

    def _show(self, found: tuple[list[discounts.PoolStatus], dict[int, str]]) -> None:
        pools, self.promo_titles = found
        selected = self.current_pool()
        self.pools.clear()
        for pool in pools:
            item = QTreeWidgetItem([pool.name, self.promo_titles.get(pool.promo_id or 0, "—"),
                                    str(pool.free), str(pool.given), str(pool.total)])
            item.setData(0, PoolRole, pool)
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.pools.addTopLevelItem(item)
            if selected is not None and pool.pool_id == selected.pool_id:
                self.pools.setCurrentItem(item)
        if self.pools.currentItem() is None and self.pools.topLevelItemCount():
            self.pools.setCurrentItem(self.pools.topLevelItem(0))
        for column in range(self.pools.columnCount()):
            self.pools.resizeColumnToContents(column)
        if not pools:
            self.status.setText(self.tr("No code pools yet. A pool hands out one code per "
                                        "customer with the promo reply it is attached to."))
        self._pool_chosen()

    def current_pool(self) -> discounts.PoolStatus | None:
        item = self.pools.currentItem()
        return item.data(0, PoolRole) if item is not None else None

    def _pool_chosen(self) -> None:
        pool = self.current_pool()
        self._enable()
        self.attach.clear()
        self.attach.addItem(self.tr("(none)"), None)
        for promo_id, title in self.promo_titles.items():
            self.attach.addItem(title, promo_id)
        self.given.clear()
        if pool is None:
            self.shown.emit()
            return
        self.attach.setCurrentIndex(max(self.attach.findData(pool.promo_id), 0))
        self.tasks.submit(discounts.codes_given, self.ctx, pool.pool_id,
                          on_done=self._show_given, on_error=self._failed)

    def _show_given(self, given: list[Any]) -> None:
        self.given.clear()
        for code in given:
            channel = channel_ui.title(code.channel) if code.channel else ""
            self.given.addTopLevelItem(QTreeWidgetItem(
                [code.code, code.customer_name, channel, local_datetime(code.given_at)]))
        for column in range(self.given.columnCount()):
            self.given.resizeColumnToContents(column)
        self.shown.emit()

    def _enable(self) -> None:
        chosen = self.current_pool() is not None
        for widget in (self.generate_button, self.import_button, self.export_button,
                       self.delete_button, self.attach):
            widget.setEnabled(chosen)

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text.describe(error))
        self._enable()

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.reload()
        self.changed.emit()

    # -- actions --
    def ask_name(self) -> str:
        name, ok = QInputDialog.getText(self, self.tr("New code pool"),
                                        self.tr("Name of the pool (e.g. Spring 2026):"))
        return name.strip() if ok else ""

    def new_pool(self) -> None:
        name = self.ask_name()
        if not name:
            return

        def create() -> int:
            if discounts.pool_name_taken(self.ctx, name):
                return 0
            return discounts.create_pool(self.ctx, name)

        def created(pool_id: int) -> None:
            if not pool_id:
                self.status.setText(self.tr("A pool named “{name}” already exists.")
                                    .format(name=name))
                return
            self._done(self.tr("Pool “{name}” created: now generate or import its codes.")
                       .format(name=name))

        self.tasks.submit(create, on_done=created, on_error=self._failed)

    def ask_pattern(self) -> tuple[str, int] | None:
        dialog = GenerateDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.pattern.text().strip(), dialog.count.value()

    def generate(self) -> None:
        pool, asked = self.current_pool(), None
        if pool is not None:
            asked = self.ask_pattern()
        if pool is None or asked is None:
            return
        pattern, count = asked

        def failed(error: Exception) -> None:
            if isinstance(error, CodePatternError):
                self.status.setText(self.tr("The pattern cannot make {count} more codes: make "
                                            "it longer (more # or ?).").format(count=count))
            else:
                self._failed(error)

        self.tasks.submit(discounts.generate_pool_codes, self.ctx, pool.pool_id, pattern, count,
                          on_done=self._added, on_error=failed)

    def _added(self, result: discounts.CodesAdded) -> None:
        text = self.tr("%n code(s) added to “{name}”.", "", result.added).format(
            name=result.pool_name)
        if result.duplicates:
            text += " " + self.tr("%n line(s) skipped: repeated, already in the pool or "
                                  "empty.", "", result.duplicates)
        self._done(text)

    def ask_list_file(self) -> str:
        found, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Codes to import"), "",
            self.tr("Lists of codes (*.csv *.txt);;All files (*)"))
        return found

    def import_list(self) -> None:
        pool = self.current_pool()
        path = self.ask_list_file() if pool is not None else ""
        if pool is None or not path:
            return

        def failed(error: Exception) -> None:
            if isinstance(error, OSError | UnicodeError):
                self.status.setText(self.tr("The file could not be read as a list of codes "
                                            "(one per line, UTF-8)."))
            else:
                self._failed(error)

        self.tasks.submit(discounts.import_codes_file, self.ctx, pool.pool_id, Path(path),
                          on_done=self._added, on_error=failed)

    def _attach_chosen(self) -> None:
        pool = self.current_pool()
        if pool is None:
            return
        promo_id = self.attach.currentData()
        text = (self.tr("Pool “{name}” now goes out with “{promo}”.").format(
                    name=pool.name, promo=self.promo_titles.get(promo_id, "")) if promo_id
                else self.tr("Pool “{name}” is attached to no promo reply.").format(
                    name=pool.name))
        self.tasks.submit(discounts.attach_pool, self.ctx, pool.pool_id, promo_id,
                          on_done=lambda _r: self._done(text), on_error=self._failed)

    def ask_export_file(self, name: str) -> str:
        found, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the codes"), f"{name}.csv", self.tr("CSV files (*.csv)"))
        return found

    def export(self) -> None:
        pool = self.current_pool()
        path = self.ask_export_file(pool.name) if pool is not None else ""
        if pool is None or not path:
            return

        def failed(error: Exception) -> None:
            if isinstance(error, OSError):
                self.status.setText(self.tr("The file could not be written there: choose "
                                            "another folder."))
            else:
                self._failed(error)

        def done(count: int) -> None:
            self.status.setText(self.tr("%n code(s) exported to {file}.", "", count).format(
                file=path))
            self.exported.emit(path)

        self.tasks.submit(discounts.export_given_codes_file, self.ctx, pool.pool_id, Path(path),
                          on_done=done, on_error=failed)

    def delete(self) -> None:
        pool = self.current_pool()
        if pool is None or not self.confirm_delete(pool):
            return
        self.tasks.submit(discounts.delete_pool, self.ctx, pool.pool_id,
                          on_done=lambda _r: self._done(self.tr("Pool “{name}” deleted.")
                                                        .format(name=pool.name)),
                          on_error=self._failed)

    def confirm_delete(self, pool: discounts.PoolStatus) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Delete code pool"),
            self.tr("Delete the pool “{name}” with its {count} codes? Messages already sent "
                    "keep the codes written in them.").format(name=pool.name, count=pool.total))
        return answer == QMessageBox.StandardButton.Yes
