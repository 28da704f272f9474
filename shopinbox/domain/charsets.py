"""Text whose bytes come without a (trustworthy) charset: mail parts with no declared charset,
8-bit headers, CSV exports saved as "ANSI" by Excel. UTF-8 is taken when the bytes are valid
UTF-8; otherwise `charset-normalizer` proposes what fits among the legacy charsets a Polish or
Russian shop meets (cp1251, KOI8-R, cp1250, ISO-8859-2), and the proposal whose text reads most
like words (letters, not stray symbols such as `¶ ± ¼` that a wrong Central-European table
makes of ś ą ź) wins. Pure: no I/O."""

from __future__ import annotations

from functools import lru_cache

CANDIDATES = ("cp1251", "koi8_r", "cp1250", "iso8859_2")
_PLAIN = set(" \t\r\n.,;:!?'\"()-–—/+*%&@#=_<>[]{}|\\0123456789€№«»„”“’")


def _readability(text: str) -> int:
    """Letters and ordinary punctuation count for a decoding, any other non-ASCII sign (what a
    wrong code page turns letters into) three times against it."""
    score = 0
    for char in text:
        if char.isalpha() or char in _PLAIN:
            score += 1
        elif ord(char) > 127 or ord(char) < 32:
            score -= 3
    return score


@lru_cache(maxsize=1)
def _normalizer():
    import charset_normalizer

    return charset_normalizer


def decode_legacy(data: bytes, candidates: tuple[str, ...] = CANDIDATES) -> str:
    """The text of `data`: UTF-8 (BOM or not) when valid, else the best legacy charset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best: tuple[int, str] | None = None
    for match in _normalizer().from_bytes(data, cp_isolation=list(candidates)):
        text = str(match)
        score = _readability(text)
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None:
        return best[1]
    for charset in candidates:  # charset-normalizer found nothing plausible: each table
        text = data.decode(charset, errors="replace")
        score = _readability(text)
        if best is None or score > best[0]:
            best = (score, text)
    assert best is not None
    return best[1]
