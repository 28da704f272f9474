"""The fast MIME splitter builds exactly the tree the email package builds, or steps aside.

Compared on every message we have: the sync benchmark's corpus (Polish, Russian, English in
legacy charsets, HTML alternatives, attachments), the corpus of awkward messages, CPython's own
`test_email` data (when installed), and hand-made edge cases."""

from __future__ import annotations

import dataclasses
import email
import random
from pathlib import Path

import pytest

from benchmarks.email_sync import make_message
from shopinbox.channels.email.convert.mail_headers import RAW_POLICY
from shopinbox.channels.email.convert.mail_parse import _parse
from shopinbox.channels.email.convert.mime_split import fast_message_from_bytes
from tests.email.corpus import corpus
from tests.fixtures.servers import missing_in_ci


def _shape(message) -> list:
    """What the parser reads of a tree: headers, type, payload of every part."""
    out = []
    for part in message.walk():
        payload = part.get_payload()
        out.append((part.items(), part.get_content_type(), part.is_multipart(),
                    None if isinstance(payload, list) else payload,
                    sorted(type(d).__name__ for d in part.defects)))
    return out


def _same_as_email_package(raw: bytes) -> bool:
    """True when the fast path took the message (and then it must agree); False: it stepped
    aside."""
    fast = fast_message_from_bytes(raw)
    if fast is None:
        return False
    slow = email.message_from_bytes(raw, policy=RAW_POLICY)
    assert _shape(fast) == _shape(slow)
    assert dataclasses.asdict(_parse(raw, fast=True)) == dataclasses.asdict(_parse(raw, fast=False))
    return True


def test_benchmark_corpus_is_split_fast_and_alike():
    rng = random.Random(11)
    raws = [make_message(n, rng) for n in range(300)]
    assert all(_same_as_email_package(raw) for raw in raws)


def test_awkward_corpus_is_alike_or_left_to_the_email_package():
    taken = [_same_as_email_package(raw) for _name, raw, _expected in corpus()]
    assert sum(taken) >= len(taken) // 2  # the usual ones go the fast way


def test_cpython_email_data_is_alike_or_left_to_the_email_package():
    try:
        import test.test_email as data
    except ImportError:
        missing_in_ci("CPython's test_email data is not installed (libpython3.11-testsuite / "
                      "the python3 test package)")
    files = sorted((Path(data.__file__).parent / "data").glob("msg_*.txt"))
    taken = [_same_as_email_package(path.read_bytes()) for path in files]
    assert files and any(taken)


HEAD = b"From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n"


@pytest.mark.parametrize("body", [
    # preamble and epilogue, LF line ends, whitespace after the boundary
    b'Content-Type: multipart/mixed; boundary="b"\n\npre\n--b  \nContent-Type: text/plain\n\n'
    b'hi\n\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b--\nepilogue\n',
    # nested alternative inside mixed
    b'Content-Type: multipart/mixed; boundary="o"\r\n\r\n--o\r\nContent-Type: multipart/'
    b'alternative; boundary="i"\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\nt\r\n--i\r\n'
    b'Content-Type: text/html\r\n\r\n<b>h</b>\r\n--i--\r\n\r\n--o\r\nContent-Type: '
    b'application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--o--\r\n',
    # a part with an empty body, a line that only starts like the boundary
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
    b'\r\n--b\r\nContent-Type: text/plain\r\n\r\n--bX not a boundary\r\n--b--',
])
def test_regular_shapes_are_split_alike(body):
    assert _same_as_email_package(HEAD + body)


@pytest.mark.parametrize("body", [
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
    b'no close boundary\r\n',
    b'Content-Type: multipart/mixed\r\n\r\nno boundary parameter\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n--b\r\nContent-Type: text/plain'
    b'\r\n\r\ndoubled\r\n--b--\r\n',
    b'Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n',
    b'Content-Type: text/plain\r\n\r\nbare\rCR\r\n',
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n\r\nno part headers\r\n--b--\r\n',
])
def test_irregular_shapes_go_to_the_email_package(body):
    raw = HEAD + body
    assert fast_message_from_bytes(raw) is None
    assert dataclasses.asdict(_parse(raw)) == dataclasses.asdict(_parse(raw, fast=False))
