"""Attachment names can never escape, impersonate or be refused by the file system."""

from __future__ import annotations

import pytest

from shopinbox.domain.filenames import MAX_BYTES, safe_filename


@pytest.mark.parametrize("name,expected", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\boot.ini", "boot.ini"),
    ("CON.txt", "_CON.txt"),
    ("con", "_con"),
    ("CONIN$", "_CONIN$"),
    ("conout$.log", "_conout$.log"),
    ("COM¹.txt", "_COM¹.txt"),
    ("LPT³", "_LPT³"),
    ("COM0", "_COM0"),
    ("nul .txt", "_nul .txt"),
    ("faktura.pdf.", "faktura.pdf"),
    ("faktura.pdf   ", "faktura.pdf"),
    ("", "attachment"),
    ("...", "attachment"),
    ("a\x00b:c?.pdf", "a_b_c_.pdf"),
])
def test_unsafe_names(name, expected):
    assert safe_filename(name) == expected


def test_bidi_and_format_characters_cannot_fake_an_extension():
    assert safe_filename("invoice\u202efdp.exe") == "invoicefdp.exe"
    assert safe_filename("zdj\u200becie\u200e.jpg") == "zdjecie.jpg"
    assert safe_filename("\u2066report\u2069.pdf\u202c") == "report.pdf"


@pytest.mark.parametrize("stem", ["zażółć gęślą jaźń ", "съешь же ещё этих булок ", "📦🚚 "])
def test_long_names_are_capped_in_bytes_and_keep_the_extension(stem):
    name = stem * 40 + ".pdf"
    safe = safe_filename(name)
    assert len(safe.encode("utf-8")) <= MAX_BYTES
    assert safe.endswith(".pdf") and safe.startswith(stem.strip()[:3])
    safe.encode("utf-8").decode("utf-8")  # no character cut in half


def test_a_safe_name_can_be_written(tmp_path):
    for name in ("zażółć " * 60 + ".pdf", "📦" * 100 + ".png", "CON.txt", "x\u202e.exe"):
        path = tmp_path / safe_filename(name)
        path.write_bytes(b"ok")
        assert path.read_bytes() == b"ok" and path.parent == tmp_path
