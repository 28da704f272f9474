"""Make attachment names safe: they can never escape their folder, name a device, or pose as
another type.

- no path parts (`../../x` → `x`), no control characters or characters Windows refuses;
- no Unicode format characters (category Cf: bidi overrides such as U+202E, zero-width U+200B,
  marks U+200E/U+200F …), so `invoice\u202efdp.exe` cannot show as `invoiceexe.pdf`;
- no Windows device names, with or without an extension and in any case: CON, PRN, AUX, NUL,
  CONIN$, CONOUT$, COM0-9, LPT0-9 and their superscript forms COM¹ COM² COM³ LPT¹ LPT² LPT³;
- no trailing dots or spaces (Windows drops them, so `a.pdf.` would open as `a.pdf`);
- capped in BYTES of UTF-8 (`MAX_BYTES`), not characters, keeping the extension and never
  cutting a character in half: file systems count bytes (255 on ext4 and APFS), and a Polish,
  Russian or emoji name is two to four bytes a character.
"""

from __future__ import annotations

import re
import unicodedata

MAX_BYTES = 200  # room below 255 for " (2)" and a temporary suffix
_DIGITS = "0123456789¹²³"
_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{d}" for d in _DIGITS),
    *(f"LPT{d}" for d in _DIGITS),
}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def _without_format_characters(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def _cut_to_bytes(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def safe_filename(name: str | None, fallback: str = "attachment") -> str:
    """A file name that is safe to create in any folder on Windows, macOS and Linux.

    `../../x` becomes `x`, `CON.txt` becomes `_CON.txt`, an empty name becomes `fallback`.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = _without_format_characters(text)
    text = text.replace("\\", "/").split("/")[-1]
    text = _UNSAFE.sub("_", text).strip().rstrip(". ").lstrip(".").strip()
    if not text:
        text = fallback
    stem = text.split(".")[0].rstrip(" ").upper()
    if stem in _WINDOWS_RESERVED:
        text = "_" + text
    if len(text.encode("utf-8")) > MAX_BYTES:
        dot = text.rfind(".")
        extension = text[dot:] if 0 < dot and len(text) - dot <= 16 else ""
        stem_part = text[: len(text) - len(extension)] if extension else text
        text = _cut_to_bytes(stem_part, MAX_BYTES - len(extension.encode("utf-8"))) + extension
    return text
