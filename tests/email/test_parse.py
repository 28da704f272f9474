"""The awkward corpus through the parser, then through a real sync (nothing dropped)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.channels.email.convert.mail_parse import (
    FALLBACK_SUBJECT,
    attachment_content,
    parse_mail,
)
from shopinbox.channels.email.pull import EmailSync
from shopinbox.domain import safe_html
from shopinbox.store.models import Attachment, Message, MessageSource
from tests.email.corpus import corpus

CASES = corpus()


@pytest.mark.parametrize("name,raw,expected", CASES, ids=[c[0] for c in CASES])
def test_awkward_messages_parse(name, raw, expected):
    parsed = parse_mail(raw)
    assert parsed.parse_error is None
    if "subject" in expected:
        assert parsed.subject == expected["subject"]
    if "body" in expected:
        assert expected["body"] in parsed.body_text
    if "sender_name" in expected:
        assert parsed.sender_name == expected["sender_name"]
    if "attachments" in expected:
        assert [a.filename for a in parsed.attachments] == expected["attachments"]
    if "references" in expected:
        assert len(parsed.references) == expected["references"]
        assert parsed.in_reply_to == "<r11999@corpus>"


def test_html_is_sanitised_and_remote_images_blocked_until_allowed():
    """Through the real parser: the stored HTML is safe, keeps the remote image and knows it
    has one; the one switch (nh3's attribute filter) hides it until the sender is allowed."""
    parsed = parse_mail(dict((c[0], c[1]) for c in CASES)["html-only"])
    assert "<script" not in parsed.body_html and "onclick" not in parsed.body_html
    assert "javascript:" not in parsed.body_html
    assert parsed.has_remote_images
    assert 'src="https://tracker.example/p.gif"' in parsed.body_html
    blocked, had_remote = safe_html.clean(parsed.body_html, remote=False)
    assert had_remote and "tracker.example" not in blocked
    allowed, _ = safe_html.clean(parsed.body_html, remote=True)
    assert 'src="https://tracker.example/p.gif"' in allowed


def test_attachment_bytes_come_from_the_raw_source():
    raw = dict((c[0], c[1]) for c in CASES)["attachments"]
    parsed = parse_mail(raw)
    by_name = {a.filename: a for a in parsed.attachments}
    assert attachment_content(raw, by_name["Faktura Łódź nr 1.pdf"].locator) == b"%PDF-1"
    assert attachment_content(raw, by_name["x"].locator) == b"evil"


def test_a_parser_crash_still_yields_a_message(monkeypatch):
    import shopinbox.channels.email.convert.mail_parse as module

    def explode(*_args, **_kwargs):
        raise RecursionError("too deep")

    monkeypatch.setattr(module, "_walk", explode)
    parsed = parse_mail(b"From: x@y.pl\r\nSubject: =?utf-8?q?Dzie=C5=84?=\r\n\r\nbody")
    assert parsed.parse_error.startswith("RecursionError")
    assert parsed.subject == "Dzień" and parsed.sender_address == "x@y.pl"
    assert parse_mail(b"\x00\xff").subject in ("", FALLBACK_SUBJECT)


def test_corpus_syncs_completely(sqlite_ctx, dovecot, email_account):
    dovecot.write_maildir([raw for _name, raw, _expected in CASES])
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.parts["INBOX"]["new"] == len(CASES)
    with sqlite_ctx.reader() as session:
        rows = session.scalars(select(Message)).all()
        sources = session.scalars(select(MessageSource)).all()
        names = set(session.scalars(select(Attachment.filename)))
    assert len(rows) == len(CASES) and len(sources) == len(CASES)
    assert {"x", "_CON.txt", "Faktura Łódź nr 1.pdf"} <= names
    headerless = [m for m in rows if m.external_id.startswith("sha256:")]
    assert len(headerless) == 1 and headerless[0].customer_id is None
