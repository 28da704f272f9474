"""Paints one inbox row: name (bold when unread), relative time, channel icons, the last
message's snippet, what the newest inbound message wants (an intent chip), labels as small pills
and an unread badge."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from shopinbox.app.inbox.rows import InboxRow
from shopinbox.ui.common.formatting import relative_time
from shopinbox.ui.common.icons import channel_pixmap
from shopinbox.ui.inbox.customer_list_model import RowRole
from shopinbox.ui.timeline.timeline_html import texts

PAD = 8


class InboxDelegate(QStyledItemDelegate):
    # Team mode: customer id -> "Anna is replying" (ui/shell/team_bridge.py keeps it).
    replying: dict[int, str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, PAD * 2 + line * 3 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: InboxRow | None = index.data(RowRole)
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        if row is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        # line 1: icons, name, time
        x = rect.left()
        for channel in row.channels:
            painter.drawPixmap(x, rect.top() + (line - 16) // 2, channel_pixmap(channel))
            x += 19
        when = relative_time(row.last_activity, datetime.now(UTC))
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7))
        small_metrics = QFontMetrics(small)
        time_width = small_metrics.horizontalAdvance(when)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - time_width, rect.top(), time_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        name_font = QFont(font)
        name_font.setBold(row.unread > 0)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        name_rect = QRect(x + 2, rect.top(), rect.right() - time_width - x - 10, line)
        name = QFontMetrics(name_font).elidedText(
            row.name or QCoreApplication.translate("Inbox", "(no name)"),
            Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)
        # line 2: snippet and unread badge
        top = rect.top() + line + 3
        badge_width = 0
        if row.unread:
            badge = str(row.unread)
            badge_width = max(small_metrics.horizontalAdvance(badge) + 10, line)
            badge_rect = QRect(rect.right() - badge_width, top, badge_width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#d83b3b"))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(badge_rect, line / 2, line / 2)
            painter.setPen(QColor("white"))
            painter.setFont(small)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setFont(font)
        painter.setPen(muted)
        snippet_rect = QRect(rect.left(), top, rect.width() - badge_width - 6, line)
        painter.drawText(snippet_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(row.snippet, Qt.TextElideMode.ElideRight,
                                            snippet_rect.width()))
        # line 3: status (when not open) and labels
        top += line + 3
        x = rect.left()
        painter.setFont(small)
        pills = list(row.labels)
        intent = next((name for name in row.intents[:1] if name != "other"), None)
        intent_label = texts()[f"intent:{intent}"] if intent is not None else None
        if intent_label is not None:
            pills.insert(0, intent_label)
        if row.status == "snoozed":
            pills.insert(0, QCoreApplication.translate("Inbox", "snoozed"))
        elif row.status == "done":
            pills.insert(0, QCoreApplication.translate("Inbox", "done"))
        if row.assignee:  # team mode: whose conversation it is
            pills.insert(0, "→ " + row.assignee)
        if self.replying.get(row.id):  # team mode: someone writes to them right now
            pills.insert(0, "✎ " + self.replying[row.id])
        for label in pills:
            width = small_metrics.horizontalAdvance(label) + 10
            if x + width > rect.right():
                break
            pill = QRect(x, top + 1, width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(240, 170, 60, 90) if label == intent_label
                             else QColor(120, 140, 200, 70))
            painter.drawRoundedRect(pill, 4, 4)
            painter.setPen(text_colour)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            x += width + 4
        painter.restore()
