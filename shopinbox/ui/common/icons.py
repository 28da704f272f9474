"""Channel and app icons from the shipped files: each channel's `icon.svg` (channels/base.py
`icon_file`), the attachment mark and the brand icon in shopinbox/resources/icons. A channel
that ships no icon gets its glyph drawn on its colour; the tray draws only the unread badge."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from shopinbox.channels import registry
from shopinbox.ui.common.app_icon import icons_dir

ATTACHMENT = ("#7a869a", "≡")  # the timeline's attachment mark, drawn like a channel icon


def icon_file(channel: str) -> str | None:
    """The SVG shipped for a channel (or the attachment mark), None when there is none."""
    if channel == "attachment":
        found = icons_dir() / "attachment.svg"
        return str(found) if found.exists() else None
    known = registry.find(channel)
    path = known.icon_file() if known is not None else None
    return str(path) if path is not None else None


def _colour_and_glyph(channel: str) -> tuple[str, str]:
    if channel == "attachment":
        return ATTACHMENT
    found = registry.find(channel)
    return (found.colour, found.glyph) if found is not None else ("#888888", "?")


@lru_cache(maxsize=32)
def channel_pixmap(channel: str, size: int = 16) -> QPixmap:
    shipped = icon_file(channel)
    if shipped is not None:
        pixmap = QIcon(shipped).pixmap(size * 2, size * 2)
        if not pixmap.isNull():
            pixmap.setDevicePixelRatio(2.0)
            return pixmap
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
    """The tray/window icon: the shipped brand icon, with a red badge with the unread count
    when there is any."""
    size = 64
    pixmap = QPixmap(str(icons_dir() / f"shopinbox-{size}.png"))
    if pixmap.isNull():  # a damaged install: an empty square rather than no icon
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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
