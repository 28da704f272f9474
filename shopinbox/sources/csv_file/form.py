"""Settings → Order sources → Import a file: an order export (CSV) chosen with a file picker;
the layout it was recognised as (Shopify, WooCommerce, PrestaShop) is shown with the first rows,
or — for a layout of the shop's own — the column of each field is chosen from the header. The
import is `app/orders/manage.import_orders_file` (the CLI's `orders import`), in the background;
the report lists the rejected lines with their numbers. Importing the same file again updates
the orders, never duplicates them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.manage import (
    ImportReport,
    OrderSetupError,
    import_orders_file,
    preview_orders_file,
)
from shopinbox.domain.orders.records import BadRow
from shopinbox.sources.base import FilePreview
from shopinbox.sources.csv_file.source import KIND
from shopinbox.ui.common import error_text
from shopinbox.ui.common.tasks import TaskRunner

BRANDS = {"shopify": "Shopify", "woocommerce": "WooCommerce", "prestashop": "PrestaShop"}


class CsvImportDialog(QDialog):
    imported = Signal(object)  # ImportReport

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvImportDialog")
        self.setWindowTitle(self.tr("Import orders from a file"))
        self.ctx, self.tasks = ctx, tasks
        self.preview: FilePreview | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("an orders export (.csv)"))
        self.path.editingFinished.connect(self.read_preview)
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("chooseImportFile")
        choose.clicked.connect(self._pick)
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("importLayout")
        self.layout_choice.addItem(self.tr("Recognise by itself"), "auto")
        for code, brand in BRANDS.items():
            self.layout_choice.addItem(brand, code)
        self.layout_choice.addItem(self.tr("Columns of my own"), "generic")
        self.layout_choice.currentIndexChanged.connect(self._show_mapping)
        self.detected = QLabel(self)
        self.detected.setObjectName("detectedLayout")
        self.detected.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreview")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(140)
        self.mapping_box = QGroupBox(self.tr("Which column holds what"), self)
        self.mapping_box.setObjectName("importMapping")
        self.mapping: dict[str, QComboBox] = {}
        self.report = QLabel(self)
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.rejected_lines = QListWidget(self)
        self.rejected_lines.setObjectName("rejectedLines")
        self.rejected_lines.setMaximumHeight(120)
        self.rejected_lines.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("runImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Layout"), self.layout_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.report)
        layout.addWidget(self.rejected_lines)
        layout.addWidget(self.buttons)
        self.mapping_box.hide()
        self.resize(720, 520)

    def field_names(self) -> dict[str, str]:
        return {
            "number": self.tr("Order number"), "external_id": self.tr("Order id"),
            "email": self.tr("Email"), "phone": self.tr("Phone"),
            "name": self.tr("Customer name"), "date": self.tr("Order date"),
            "status": self.tr("Status"), "total": self.tr("Total"),
            "currency": self.tr("Currency"), "item": self.tr("Product"),
            "quantity": self.tr("Quantity"), "price": self.tr("Unit price"),
            "sku": self.tr("SKU"), "tracking": self.tr("Tracking number"),
            "carrier": self.tr("Carrier"), "address": self.tr("Shipping address"),
        }

    def _pick(self) -> None:
        found, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Orders export"), self.path.text(),
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if found:
            self.choose_file(found)

    def choose_file(self, path: str) -> None:
        self.path.setText(path)
        self.read_preview()

    # -- preview --
    def read_preview(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self.import_button.setEnabled(False)
        self.detected.setText(self.tr("Reading the file…"))
        self.tasks.submit(preview_orders_file, Path(path), KIND, on_done=self._show_preview,
                          on_error=self._preview_failed)

    def _preview_failed(self, error: Exception) -> None:
        self.preview = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.detected.setText(self.tr("This file cannot be read as an orders export. Choose "
                                      "the CSV file the shop exported."))

    def _show_preview(self, preview: FilePreview) -> None:
        self.preview = preview
        self.table.clear()
        self.table.setColumnCount(len(preview.headers))
        self.table.setHorizontalHeaderLabels(preview.headers)
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row[:len(preview.headers)]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if preview.format:
            self.detected.setText(self.tr("Recognised layout: {layout}. The first rows:")
                                  .format(layout=BRANDS.get(preview.format, preview.format)))
        else:
            self.detected.setText(self.tr("The layout was not recognised: choose below which "
                                          "column holds what (at least the order number)."))
        self._build_mapping(preview)
        self._show_mapping()
        self.import_button.setEnabled(True)

    def _build_mapping(self, preview: FilePreview) -> None:
        old = self.mapping_box.layout()
        if old is not None:
            QWidget().setLayout(old)  # drop the previous file's rows
        grid = QGridLayout()
        self.mapping = {}
        names = self.field_names()
        keys = {h.strip().lower(): h for h in preview.headers}
        for i, name in enumerate(preview.fields):
            combo = QComboBox(self.mapping_box)
            combo.setObjectName(f"map_{name}")
            combo.addItem(self.tr("(none)"), "")
            for header in preview.headers:
                combo.addItem(header, header)
            guess = keys.get(name) or keys.get(names.get(name, name).lower())
            if guess:
                combo.setCurrentIndex(combo.findData(guess))
            self.mapping[name] = combo
            grid.addWidget(QLabel(names.get(name, name), self.mapping_box), i // 2, (i % 2) * 2)
            grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
        self.mapping_box.setLayout(grid)

    def chosen_layout(self) -> str:
        chosen = self.layout_choice.currentData()
        if chosen == "auto" and self.preview is not None and not self.preview.format:
            return "generic"
        return str(chosen)

    def _show_mapping(self) -> None:
        self.mapping_box.setVisible(self.preview is not None and self.chosen_layout() == "generic")

    def mapping_text(self) -> str:
        return ",".join(f"{name}={combo.currentData()}" for name, combo in self.mapping.items()
                        if combo.currentData())

    # -- import --
    def run_import(self) -> None:
        layout = self.chosen_layout()
        options: dict[str, Any] = {"kind": KIND, "format": layout}
        if layout == "generic":
            if not self.mapping.get("number") or not self.mapping["number"].currentData():
                self.report.setText(self.tr("Choose the column that holds the order number."))
                return
            options["mapping"] = self.mapping_text()
        self.import_button.setEnabled(False)
        self.report.setText(self.tr("Importing…"))
        self.tasks.submit(lambda: import_orders_file(self.ctx, Path(self.path.text().strip()),
                                                     None, **options),
                          on_done=self._imported, on_error=self._import_failed)

    def _import_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, OrderSetupError):
            self.report.setText(self.tr("The file could not be read with this layout. Choose "
                                        "the layout, or the column of each field."))
        else:
            self.report.setText(error_text.describe(error))

    def _imported(self, report: ImportReport) -> None:
        self.import_button.setEnabled(True)
        text = self.tr("Imported into “{source}”: {created} new, {updated} updated, {unchanged} "
                       "unchanged order(s); {customers} new customer(s).", "",
                       report.created + report.updated + report.unchanged).format(
            source=report.source, created=report.created, updated=report.updated,
            unchanged=report.unchanged, customers=report.new_customers)
        if report.bad_rows:
            text += " " + self.tr("%n line(s) could not be read and were left out:", "",
                                  len(report.bad_rows))
        self.report.setText(text)
        self.rejected_lines.clear()
        for bad in report.bad_rows:
            self.rejected_lines.addItem(self.describe_bad_row(bad))
        self.rejected_lines.setVisible(bool(report.bad_rows))
        self.imported.emit(report)

    def describe_bad_row(self, bad: BadRow) -> str:
        names = self.field_names()
        if bad.field == "number":
            return self.tr("Line {line}: no order number.").format(line=bad.line)
        if bad.field and bad.value:
            return self.tr("Line {line}: order {order}: “{value}” is not a valid {field}.").format(
                line=bad.line, order=bad.order, value=bad.value,
                field=names.get(bad.field, bad.field).lower())
        if bad.field:
            return self.tr("Line {line}: order {order} has no {field}.").format(
                line=bad.line, order=bad.order, field=names.get(bad.field, bad.field).lower())
        return self.tr("Line {line}: order {order} could not be read.").format(
            line=bad.line, order=bad.order)


FORM = CsvImportDialog
