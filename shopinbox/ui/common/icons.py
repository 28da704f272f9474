"""Channel and app icons, drawn with QPainter so the app ships no image files for them."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from shopinbox.channels import registry

ATTACHMENT = ("#7a869a", "≡")  # the timeline's attachment mark, drawn like a channel icon


def _colour_and_glyph(channel: str) -> tuple[str, str]:
    if channel == "attachment":
        return ATTACHMENT
    found = registry.find(channel)
    return (found.colour, found.glyph) if found is not None else ("#888888", "?")


@lru_cache(maxsize=32)
def channel_pixmap(channel: str, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    colour, glyph = _colour_and_glyph(channel)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter,
                     glyph)
    painter.end()
    return pixmap


def channel_icon(channel: str) -> QIcon:
    return QIcon(channel_pixmap(channel))


def app_icon(unread: int = 0) -> QIcon:
    """The tray/window icon; a red badge with the unread count when there is any."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#3d7a4f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(4, 10, 56, 44), 8, 8)
    painter.setPen(QColor("white"))
    painter.drawLine(8, 16, 32, 36)
    painter.drawLine(56, 16, 32, 36)
    if unread:
        painter.setBrush(QColor("#d83b3b"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QRectF(30, 0, 34, 34))
        font = QFont()
        font.setPixelSize(18 if unread < 100 else 13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(30, 0, 34, 34), Qt.AlignmentFlag.AlignCenter,
                         str(unread) if unread < 1000 else "999+")
    painter.end()
    return QIcon(pixmap)
