"""A chart with its title, a note and the two export buttons (PNG of the card, CSV of its data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.ui.reports.charts import Chart


class ChartCard(QFrame):
    def __init__(self, chart: Chart, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.slug = slug  # the suggested file name
        self.setObjectName(f"card-{slug}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(chart.title, self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.png_button = QToolButton(self)
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save this chart as a picture"))
        self.png_button.clicked.connect(self.ask_png)
        self.csv_button = QToolButton(self)
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the numbers of this chart for a spreadsheet"))
        self.csv_button.clicked.connect(self.ask_csv)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.png_button)
        head.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(chart, 1)

    def set_note(self, text: str) -> None:
        # A grid layout does not ask a wrapping label for its height at the given width: keep
        # room for two lines, so a long (Polish, Russian) note never pushes the chart out.
        self.note.setText(text)
        self.note.setMinimumHeight(self.note.fontMetrics().lineSpacing() * 2 + 2)
        self.note.setVisible(bool(text))

    def export_png(self, path: str | Path) -> bool:
        """The whole card, title included, so a saved picture says what it shows."""
        for button in (self.png_button, self.csv_button):
            button.setVisible(False)
        try:
            return self.grab().save(str(path), "PNG")
        finally:
            for button in (self.png_button, self.csv_button):
                button.setVisible(True)

    def export_csv(self, path: str | Path) -> None:
        self.chart.export_csv(path)

    def ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.slug}.png",
                                              self.tr("PNG pictures (*.png)"))
        if path:
            self.export_png(path)

    def ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart data"),
                                              f"{self.slug}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)
