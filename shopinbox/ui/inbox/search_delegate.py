"""Paints a message row of the search results: the channel's icon, the customer, who wrote it
(the shop or the customer) and the date on the first line; the snippet with the words the query
matched marked on the second. Group headers, customers and orders paint as plain text rows.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from shopinbox.ui.common.icons import channel_pixmap
from shopinbox.ui.inbox.search_model import KindRole, MessageRowRole

PAD = 6


class SearchResultsDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.data(KindRole) != "message":
            return super().sizeHint(option, index)
        line = QFontMetrics(option.font).height()
        return QSize(200, PAD * 2 + line * 3 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(MessageRowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                           else QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        font = QFont(option.font)
        line = QFontMetrics(font).height()
        # line 1: icon, customer, (shop / customer), date
        painter.drawPixmap(rect.left(), rect.top() + (line - 16) // 2,
                           channel_pixmap(row["channel"]))
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        small_metrics = QFontMetrics(small)
        date_width = small_metrics.horizontalAdvance(row["date"])
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - date_width, rect.top(), date_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row["date"])
        bold = QFont(font)
        bold.setBold(True)
        x = rect.left() + 20
        space = rect.right() - date_width - 8 - x
        who = f"  ({row['who']})"
        who_width = min(small_metrics.horizontalAdvance(who) + 4, space // 2)
        name = QFontMetrics(bold).elidedText(row["name"], Qt.TextElideMode.ElideRight,
                                             space - who_width)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_width = QFontMetrics(bold).horizontalAdvance(name)
        painter.drawText(QRect(x, rect.top(), name_width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(x + name_width, rect.top(), who_width, line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(who, Qt.TextElideMode.ElideRight, who_width))
        # line 2: the snippet, matched words marked
        document = QTextDocument()
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(row["snippet_html"])
        document.setTextWidth(rect.width())
        top = rect.top() + line + 4
        painter.translate(rect.left(), top)
        clip = QRect(0, 0, rect.width(), line * 2 + 1)  # two lines of it
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette.setColor(QPalette.ColorRole.Text, muted if not selected else text_colour)
        painter.setClipRect(clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
