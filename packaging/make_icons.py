"""Draw the shopinbox app icon once with QPainter and write it in every format the installers need.

    python packaging/make_icons.py            # writes shopinbox/resources/icons/

One source image (the 1024 px master drawn below) -> PNGs 16…1024 (Linux, window icon), a
multi-size .ico (Windows exe and installer) and an .icns (macOS .app). The .ico and .icns are
written by hand: both are small container formats around PNG (or, for the smallest Windows sizes,
BMP) images, so no extra imaging library is needed. The generated files are committed; rerun this
script only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

MASTER = 1024
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Windows draws the smallest sizes best from uncompressed BMP entries; PNG beyond that.
ICO_BMP_MAX = 48
# (OSType, pixel size) of the PNG entries of a modern .icns (retina "@2x" types included).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)
OUT = Path(__file__).resolve().parents[1] / "shopinbox" / "resources" / "icons"

TEAL_DARK = QColor("#0b5d57")
TEAL_LIGHT = QColor("#17a398")
PAPER = QColor("#fdfbf6")
TAG = QColor("#f08a24")
TAG_DARK = QColor("#b85f0c")


def draw_master(size: int = MASTER) -> QImage:
    """A teal rounded square; a white chat bubble holding an envelope; an orange shop tag."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 1024.0
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)

    # Background tile (macOS-like margins so the icon sits well beside others).
    tile = QRectF(72 * s, 72 * s, 880 * s, 880 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0.0, TEAL_LIGHT)
    gradient.setColorAt(1.0, TEAL_DARK)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 200 * s, 200 * s)

    # Chat bubble with a tail at the lower left.
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(190 * s, 230 * s, 600 * s, 430 * s), 90 * s, 90 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(270 * s, 620 * s))
    tail.lineTo(QPointF(230 * s, 790 * s))
    tail.lineTo(QPointF(420 * s, 650 * s))
    tail.closeSubpath()
    p.setBrush(PAPER)
    p.drawPath(bubble.united(tail))

    # Envelope inside the bubble: outline and flap.
    pen = QPen(TEAL_DARK, 34 * s)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    envelope = QRectF(300 * s, 330 * s, 380 * s, 240 * s)
    p.drawRoundedRect(envelope, 24 * s, 24 * s)
    p.drawPolyline([QPointF(envelope.left() + 10 * s, envelope.top() + 12 * s),
                    QPointF(envelope.center().x(), envelope.top() + 140 * s),
                    QPointF(envelope.right() - 10 * s, envelope.top() + 12 * s)])

    # Shop price tag, rotated, overlapping the bubble's lower right corner.
    p.save()
    p.setTransform(QTransform().translate(700 * s, 700 * s).rotate(-35))
    tag = QPainterPath()
    tag.moveTo(QPointF(-150 * s, -95 * s))
    tag.lineTo(QPointF(110 * s, -95 * s))
    tag.lineTo(QPointF(200 * s, 0))
    tag.lineTo(QPointF(110 * s, 95 * s))
    tag.lineTo(QPointF(-150 * s, 95 * s))
    tag.closeSubpath()
    outline = QPen(PAPER, 28 * s)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(outline)
    p.setBrush(TAG)
    p.drawPath(tag)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PAPER)
    p.drawEllipse(QPointF(105 * s, 0), 30 * s, 30 * s)
    p.setBrush(TAG_DARK)
    for offset in (-45, 15):  # two "price" bars
        p.drawRoundedRect(QRectF(-115 * s, (offset - 5) * s, 150 * s, 30 * s), 15 * s, 15 * s)
    p.restore()
    p.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def scaled(master: QImage, size: int) -> QImage:
    if master.width() == size:
        return master
    return master.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    return bytes(buffer.data())


def bmp_dib(image: QImage) -> bytes:
    """An ICO "BMP" entry: BITMAPINFOHEADER, bottom-up BGRA rows, then a (blank) AND mask."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is stored as B, G, R, A bytes on little-endian machines: exactly BGRA.
    rows = [bytes(image.constScanLine(y))[: width * 4] for y in range(height)]
    if sys.byteorder != "little":
        rows = [bytes(b for px in range(width) for b in reversed(row[px * 4:px * 4 + 4]))
                for row in rows]
    mask_row = b"\0" * (((width + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * height


def ico_bytes(master: QImage, sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    images = []
    for size in sizes:
        image = scaled(master, size)
        images.append(bmp_dib(image) if size <= ICO_BMP_MAX else png_bytes(image))
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes(master: QImage) -> bytes:
    chunks = b""
    for ostype, size in ICNS_TYPES:
        data = png_bytes(scaled(master, size))
        chunks += ostype + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def write_all(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    master = draw_master()
    written = []
    for size in PNG_SIZES:
        path = out / f"shopinbox-{size}.png"
        path.write_bytes(png_bytes(scaled(master, size)))
        written.append(path)
    for name, data in (("shopinbox.png", png_bytes(scaled(master, 256))),
                       ("shopinbox.ico", ico_bytes(master)),
                       ("shopinbox.icns", icns_bytes(master))):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all():
        print(f"wrote {path.relative_to(OUT.parents[1])} ({path.stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
