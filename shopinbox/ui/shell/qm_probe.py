"""Read one finished translation out of a compiled .qm file.

The smoke test must prove that a translation catalogue not only loads but translates, whatever
strings the window holds today. `lrelease` stores each message's context, source text, comment and
translation in the .qm's "messages" section, so the first singular message found there is a probe:
after the catalogue is installed, `QCoreApplication.translate(context, source, comment)` must
return exactly that translation.

Format (Qt's qtranslator.cpp): a 16-byte magic, then sections `tag:u8, length:u32be, data`.
Section 0x69 holds the messages as a stream of `tag:u8` + payload, each message ending in tag 1.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

QM_MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                  0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
SECTION_MESSAGES = 0x69

TAG_END = 1
TAG_SOURCE16 = 2
TAG_TRANSLATION = 3
TAG_CONTEXT16 = 4
TAG_OBSOLETE1 = 5
TAG_SOURCE = 6
TAG_CONTEXT = 7
TAG_COMMENT = 8
TAG_OBSOLETE2 = 9
_NULL = 0xFFFFFFFF


class QmFormatError(ValueError):
    pass


@dataclass
class QmMessage:
    context: str = ""
    source: str = ""
    comment: str = ""
    translations: list[str] = field(default_factory=list)


def _sections(data: bytes) -> dict[int, bytes]:
    if not data.startswith(QM_MAGIC):
        raise QmFormatError("not a Qt .qm file (bad magic)")
    sections: dict[int, bytes] = {}
    position = len(QM_MAGIC)
    while position + 5 <= len(data):
        tag, length = struct.unpack_from(">BI", data, position)
        position += 5
        if position + length > len(data):
            raise QmFormatError("truncated section")
        sections[tag] = data[position : position + length]
        position += length
    return sections


def messages(path: Path) -> list[QmMessage]:
    """Every message of the catalogue, in file order."""
    data = _sections(path.read_bytes()).get(SECTION_MESSAGES, b"")
    result: list[QmMessage] = []
    current = QmMessage()
    position = 0
    while position < len(data):
        tag = data[position]
        position += 1
        if tag == TAG_END:
            result.append(current)
            current = QmMessage()
            continue
        if tag in (TAG_OBSOLETE1, TAG_OBSOLETE2):
            continue
        (length,) = struct.unpack_from(">I", data, position)
        position += 4
        if length == _NULL:
            raw = b""
            length = 0
        else:
            raw = data[position : position + length]
        position += length
        if tag == TAG_TRANSLATION:
            current.translations.append(raw.decode("utf-16-be"))
        elif tag in (TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
            text = raw.rstrip(b"\0").decode("utf-8")
            if tag == TAG_SOURCE:
                current.source = text
            elif tag == TAG_CONTEXT:
                current.context = text
            else:
                current.comment = text
        elif tag in (TAG_SOURCE16, TAG_CONTEXT16):
            text = raw.decode("utf-16-be")
            if tag == TAG_SOURCE16:
                current.source = text
            else:
                current.context = text
        else:
            raise QmFormatError(f"unknown message tag {tag}")
    return result


def probe(path: Path) -> QmMessage | None:
    """A singular (non-plural) message with a non-empty translation, or None."""
    for message in messages(path):
        if (message.context and message.source and len(message.translations) == 1
                and message.translations[0] and message.translations[0] != message.source):
            return message
    return None
