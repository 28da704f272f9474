"""Charts drawn with QPainter: line, bar (grouped or stacked) and heatmap.

Why hand-drawn (measured on the Linux x86_64 wheels, README "Reports"): QtCharts is not in
PySide6-Essentials and needs the PySide6-Addons wheel (167 MB download, 420 MB installed; 3.3 MB
of it would go into the bundle); pyqtgraph is 4.1 MB installed but needs numpy (57.4 MB
installed). These three chart kinds with hover, locale-formatted axes, PNG and CSV export are a
few hundred lines here (97 KB of bytecode for ui/reports) and look like the rest of the window
(palette, font).

Every chart keeps its data as a table (`table()`), which is what the CSV export writes, and what
the hover text is made from — what you see, hover and export are the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from shopinbox.domain.csv_cells import write_csv

PALETTE = ("#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#14b8a6", "#ec4899",
           "#64748b")
Formatter = Callable[[float], str]


@dataclass
class Series:
    name: str
    values: list[float | None]
    colour: str = ""


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """0 and round steps (1, 2, 2.5, 5 × 10^n) up to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [step * i for i in range(int(math.ceil(top / step - 1e-9)) + 1)]


class Chart(QWidget):
    """The common part: margins, axes, legend, hover tooltip, PNG and CSV export."""

    hovered = Signal(str)  # the hover text (tests and the status line read it)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(380, 250))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.hover_text = ""
        self.empty_text = self.tr("No data in this range")

    # -- data and export --
    def table(self) -> tuple[list[str], list[list[Any]]]:
        raise NotImplementedError

    def is_empty(self) -> bool:
        return not self.table()[1]

    def export_png(self, path: str | Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def export_csv(self, path: str | Path) -> None:
        headers, rows = self.table()
        # utf-8-sig: spreadsheets on Windows read Polish and Cyrillic headers correctly.
        Path(path).write_text(write_csv(headers, rows), encoding="utf-8-sig", newline="")

    # -- painting --
    def plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = self.axis_width(metrics) + 10
        top = metrics.height() * 1.3 * max(1, len(self.legend_rows(metrics))) + 10
        bottom = metrics.height() * 2 + 6
        return QRectF(left, top, max(10, self.width() - left - 12),
                      max(10, self.height() - top - bottom))

    def axis_width(self, metrics: QFontMetrics) -> int:
        return 8

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        if self.is_empty():
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self.draw(painter, self.plot_rect())
        painter.end()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def legend_series(self) -> Sequence[Series]:
        return ()

    def legend_rows(self, metrics: QFontMetrics) -> list[list[tuple[float, Series]]]:
        """The legend wrapped to the chart's width: rows of (x, series)."""
        box = metrics.height() * 0.7
        rows: list[list[tuple[float, Series]]] = [[]]
        x = 8.0
        for item in self.legend_series():
            width = box + 6 + metrics.horizontalAdvance(item.name) + 16
            if x + width > self.width() and rows[-1]:
                rows.append([])
                x = 8.0
            rows[-1].append((x, item))
            x += width
        return rows if rows[0] else []

    def draw_legend(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        box = metrics.height() * 0.7
        for number, row in enumerate(self.legend_rows(metrics)):
            y = 4.0 + number * metrics.height() * 1.3
            for x, item in row:
                painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box),
                                 QColor(item.colour))
                painter.setPen(self.palette().text().color())
                painter.drawText(QPointF(x + box + 6, y + metrics.ascent()), item.name)

    # -- hover --
    def hit(self, pos: QPointF) -> str:
        return ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        text = "" if self.is_empty() else self.hit(event.position())
        if text != self.hover_text:
            self.hover_text = text
            self.update()
            self.hovered.emit(text)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, _event: Any) -> None:  # noqa: N802 (Qt name)
        self.hover_text = ""
        self.update()


class _Categorical(Chart):
    """Categories along x, values along y (line and bar charts)."""

    def __init__(self, title: str, value_format: Formatter, parent: QWidget | None = None,
                 value_header: str = "") -> None:
        super().__init__(title, parent)
        self.value_format = value_format
        self.value_header = value_header
        self.categories: list[str] = []
        self.category_header = ""
        self.series: list[Series] = []
        self.hover_index = -1

    def set_data(self, category_header: str, categories: Sequence[str],
                 series: Sequence[Series]) -> None:
        self.category_header = category_header
        self.categories = list(categories)
        self.series = [Series(s.name, list(s.values), s.colour or PALETTE[i % len(PALETTE)])
                       for i, s in enumerate(series)]
        self.update()

    def legend_series(self) -> Sequence[Series]:
        return self.series

    def table(self) -> tuple[list[str], list[list[Any]]]:
        headers = [self.category_header, *[s.name for s in self.series]]
        rows = [[category, *[s.values[i] for s in self.series]]
                for i, category in enumerate(self.categories)]
        return headers, rows

    def top(self) -> float:
        values = [v for s in self.series for v in s.values if v is not None]
        return max(values, default=0.0)

    def ticks(self) -> list[float]:
        return nice_ticks(self.top())

    def axis_width(self, metrics: QFontMetrics) -> int:
        return max(metrics.horizontalAdvance(self.value_format(t)) for t in self.ticks()) + 8

    def x_of(self, rect: QRectF, index: int) -> float:
        slot = rect.width() / max(1, len(self.categories))
        return rect.left() + slot * (index + 0.5)

    def y_of(self, rect: QRectF, value: float) -> float:
        top = self.ticks()[-1] or 1.0
        return rect.bottom() - rect.height() * (value / top)

    def draw_axes(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        grid = QColor(palette.text().color())
        grid.setAlpha(40)
        for tick in self.ticks():
            y = self.y_of(rect, tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(palette.text().color())
            label = self.value_format(tick)
            painter.drawText(QRectF(0, y - metrics.height() / 2, rect.left() - 6,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        widest = max((metrics.horizontalAdvance(c) for c in self.categories), default=1) + 10
        slot = rect.width() / max(1, len(self.categories))
        if len(self.categories) <= 8 and widest > slot:
            # A few long names ("меньше 1 ч"): every one, wrapped on two lines in its slot.
            for index, category in enumerate(self.categories):
                painter.drawText(QRectF(rect.left() + slot * index + 2, rect.bottom() + 4,
                                        slot - 4, metrics.height() * 2 + 2),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap, category)
            return
        every = max(1, math.ceil(widest / max(1.0, slot)))
        for index, category in enumerate(self.categories):
            if index % every:
                continue
            x = self.x_of(rect, index)
            painter.drawText(QRectF(x - widest / 2, rect.bottom() + 4, widest,
                                    metrics.height() + 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, category)

    def index_at(self, pos: QPointF) -> int:
        rect = self.plot_rect()
        if not self.categories or not rect.adjusted(0, -4, 0, 4).contains(pos):
            return -1
        slot = rect.width() / len(self.categories)
        return min(len(self.categories) - 1, max(0, int((pos.x() - rect.left()) // slot)))

    def hit(self, pos: QPointF) -> str:
        self.hover_index = self.index_at(pos)
        if self.hover_index < 0:
            return ""
        lines = [self.categories[self.hover_index]]
        for item in self.series:
            value = item.values[self.hover_index]
            lines.append(f"{item.name}: {self.value_format(value) if value is not None else '–'}")
        return "\n".join(lines)

    def draw_hover(self, painter: QPainter, rect: QRectF) -> None:
        if self.hover_text and 0 <= self.hover_index < len(self.categories):
            shade = QColor(self.palette().highlight().color())
            shade.setAlpha(35)
            slot = rect.width() / len(self.categories)
            painter.fillRect(QRectF(rect.left() + slot * self.hover_index, rect.top(), slot,
                                    rect.height()), shade)


class LineChart(_Categorical):
    def draw(self, painter: QPainter, rect: QRectF) -> None:
        self.draw_axes(painter, rect)
        self.draw_hover(painter, rect)
        for item in self.series:
            colour = QColor(item.colour)
            painter.setPen(QPen(colour, 2.2))
            path = QPainterPath()
            started = False
            for index, value in enumerate(item.values):
                if value is None:
                    started = False
                    continue
                point = QPointF(self.x_of(rect, index), self.y_of(rect, value))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            radius = 3.0 if len(item.values) < 40 else 1.6
            for index, value in enumerate(item.values):
                if value is not None:
                    painter.drawEllipse(QPointF(self.x_of(rect, index), self.y_of(rect, value)),
                                        radius, radius)
        self.draw_legend(painter)


class BarChart(_Categorical):
    def __init__(self, title: str, value_format: Formatter, parent: QWidget | None = None,
                 stacked: bool = False, value_header: str = "") -> None:
        super().__init__(title, value_format, parent, value_header)
        self.stacked = stacked

    def top(self) -> float:
        if not self.stacked:
            return super().top()
        return max((sum(s.values[i] or 0 for s in self.series)
                    for i in range(len(self.categories))), default=0.0)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        self.draw_axes(painter, rect)
        self.draw_hover(painter, rect)
        slot = rect.width() / max(1, len(self.categories))
        inner = slot * 0.78
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.categories)):
            left = rect.left() + slot * index + (slot - inner) / 2
            base = 0.0
            width = inner if self.stacked else inner / max(1, len(self.series))
            for number, item in enumerate(self.series):
                value = item.values[index] or 0.0
                low = base if self.stacked else 0.0
                y_top, y_low = self.y_of(rect, low + value), self.y_of(rect, low)
                x = left if self.stacked else left + width * number
                painter.setBrush(QColor(item.colour))
                painter.drawRect(QRectF(x, y_top, max(1.0, width - (0 if self.stacked else 1)),
                                        y_low - y_top))
                base += value
        self.draw_legend(painter)


class HeatmapChart(Chart):
    """Rows × columns of counts; darker is more."""

    def __init__(self, title: str, count_format: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.count_format = count_format
        self.rows: list[str] = []
        self.columns: list[str] = []
        self.column_header = ""
        self.cells: list[list[int]] = []
        self.cell_text: Callable[[int, int, int], str] | None = None
        self.hover_cell = (-1, -1)
        self.colour = QColor(PALETTE[0])

    def set_data(self, column_header: str, rows: Sequence[str], columns: Sequence[str],
                 cells: Sequence[Sequence[int]],
                 cell_text: Callable[[int, int, int], str] | None = None) -> None:
        self.column_header = column_header
        self.rows, self.columns = list(rows), list(columns)
        self.cells = [list(r) for r in cells]
        self.cell_text = cell_text
        self.update()

    def is_empty(self) -> bool:
        return not any(any(r) for r in self.cells)

    def table(self) -> tuple[list[str], list[list[Any]]]:
        if self.is_empty():
            return [self.column_header, *self.columns], []
        return ([self.column_header, *self.columns],
                [[name, *self.cells[i]] for i, name in enumerate(self.rows)])

    def axis_width(self, metrics: QFontMetrics) -> int:
        return max((metrics.horizontalAdvance(r) for r in self.rows), default=10) + 6

    def _cell(self, rect: QRectF, row: int, column: int) -> QRectF:
        width = rect.width() / max(1, len(self.columns))
        height = rect.height() / max(1, len(self.rows))
        return QRectF(rect.left() + column * width, rect.top() + row * height, width, height)

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        top = max((max(r) for r in self.cells if r), default=1) or 1
        base = palette.base().color()
        for row, values in enumerate(self.cells):
            for column, value in enumerate(values):
                share = (value / top) ** 0.7 if value else 0.0
                colour = QColor(
                    round(base.red() + (self.colour.red() - base.red()) * share),
                    round(base.green() + (self.colour.green() - base.green()) * share),
                    round(base.blue() + (self.colour.blue() - base.blue()) * share))
                if not value:
                    colour = QColor(palette.alternateBase().color())
                cell = self._cell(rect, row, column).adjusted(0.5, 0.5, -0.5, -0.5)
                painter.fillRect(cell, colour)
                if (row, column) == self.hover_cell and self.hover_text:
                    painter.setPen(QPen(palette.text().color(), 1.5))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(cell)
        painter.setPen(palette.text().color())
        for row, name in enumerate(self.rows):
            cell = self._cell(rect, row, 0)
            painter.drawText(QRectF(0, cell.top(), rect.left() - 6, cell.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        widest = max((metrics.horizontalAdvance(c) for c in self.columns), default=1) + 6
        width = rect.width() / max(1, len(self.columns))
        every = max(1, math.ceil(widest / max(1.0, width)))
        for column, name in enumerate(self.columns):
            if column % every:
                continue
            cell = self._cell(rect, len(self.rows) - 1, column)
            painter.drawText(QRectF(cell.center().x() - widest / 2, rect.bottom() + 4, widest,
                                    metrics.height() + 2), Qt.AlignmentFlag.AlignHCenter, name)

    def hit(self, pos: QPointF) -> str:
        rect = self.plot_rect()
        if not rect.contains(pos) or not self.rows or not self.columns:
            self.hover_cell = (-1, -1)
            return ""
        column = min(len(self.columns) - 1, int((pos.x() - rect.left())
                                                // (rect.width() / len(self.columns))))
        row = min(len(self.rows) - 1, int((pos.y() - rect.top())
                                          // (rect.height() / len(self.rows))))
        self.hover_cell = (row, column)
        value = self.cells[row][column]
        if self.cell_text is not None:
            return self.cell_text(row, column, value)
        return f"{self.rows[row]} {self.columns[column]}: {self.count_format(value)}"
