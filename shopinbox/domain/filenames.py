"""Make attachment names safe: they can never escape their folder or name a device."""

from __future__ import annotations

import re
import unicodedata

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_filename(name: str | None, fallback: str = "attachment") -> str:
    """A file name with no path parts, no control or reserved characters, at most 180 chars.

    `../../x` becomes `x`, `CON.txt` becomes `_CON.txt`, an empty name becomes `fallback`.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").split("/")[-1]
    text = _UNSAFE.sub("_", text).strip().strip(".").strip()
    if not text:
        text = fallback
    stem = text.split(".")[0].upper()
    if stem in _WINDOWS_RESERVED:
        text = "_" + text
    if len(text) > 180:
        dot = text.rfind(".")
        extension = text[dot:] if 0 < dot and len(text) - dot <= 16 else ""
        text = text[: 180 - len(extension)] + extension
    return text
