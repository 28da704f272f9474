"""Replies: threading headers as the SMTP server received them, the copy in Sent, STARTTLS +
AUTH, and the CLI end to end."""

from __future__ import annotations

import email
import os
import subprocess
import sys
from email import policy
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply, send_message
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.pull import EmailSync
from shopinbox.domain.errors import describe_stored, parse_stored
from shopinbox.store.models import Message
from tests.email.conftest import account_settings
from tests.email.mails import simple
from tests.fixtures.smtp_server import start_smtp

ROOT = Path(__file__).resolve().parents[2]


def _customer_of(ctx, external_id):
    with ctx.reader() as session:
        return session.scalar(select(Message).where(Message.external_id == external_id))


def test_reply_threads_and_lands_in_sent(sqlite_ctx, dovecot, smtp_server, email_account,
                                         tmp_path):
    dovecot.append(simple(message_id="<q1@klient.pl>", subject="Zamówienie 77"))
    dovecot.append(simple(message_id="<q2@klient.pl>", subject="Re: Zamówienie 77",
                          in_reply_to="<q1@klient.pl>", minutes=3))
    EmailSync(sqlite_ctx, email_account).sync_once()
    last = _customer_of(sqlite_ctx, "<q2@klient.pl>")
    invoice = tmp_path / "faktura łódź.pdf"
    invoice.write_bytes(b"%PDF-1.4 test")
    message_id = queue_reply(sqlite_ctx, last.customer_id, "Dzień dobry, paczka już jedzie.",
                             html="<p>Dzień dobry, <b>paczka</b> już jedzie.</p>",
                             attachments=[invoice])
    assert send_message(sqlite_ctx, message_id) == ("sent", None)

    captured = smtp_server.messages[-1]
    assert captured.rcpt_tos == ["jan@klient.pl"] and captured.mail_from == dovecot.user
    sent = email.message_from_bytes(captured.data, policy=policy.default)
    assert sent["In-Reply-To"] == "<q2@klient.pl>"
    assert sent["References"].split() == ["<q1@klient.pl>", "<q2@klient.pl>"]
    assert sent["Subject"] == "Re: Zamówienie 77"
    assert sent["From"].addresses[0].display_name == "Sklep Żółwik"
    assert sent["Date"] is not None
    assert sent.get_body(("plain",)).get_content().startswith("Dzień dobry, paczka")
    assert "<b>paczka</b>" in sent.get_body(("html",)).get_content()
    assert [p.get_filename() for p in sent.iter_attachments()] == ["faktura łódź.pdf"]

    stored = _customer_of(sqlite_ctx, sent["Message-ID"])
    assert stored is not None and stored.id == message_id
    assert stored.extra["sent_copy"] == "Sent"
    with dovecot.client() as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search(["HEADER", "Message-ID", sent["Message-ID"]])
        assert len(uids) == 1
        assert b"\\Seen" in client.get_flags(uids)[uids[0]]
    # Syncing Sent finds our copy and does not store it twice.
    report = EmailSync(sqlite_ctx, email_account).sync_once()
    assert report.parts["Sent"]["new"] == 0 and report.parts["Sent"]["existing"] == 1


def test_starttls_and_auth(sqlite_ctx, dovecot):
    server = start_smtp(dovecot.user, dovecot.password,
                        tls_cert=(dovecot.cert, dovecot.root / "key.pem"))
    try:
        settings = {**account_settings(dovecot), "smtp_port": server.port,
                    "smtp_security": "starttls", "ca_file": str(dovecot.cert),
                    "imap_port": dovecot.port, "imap_security": "starttls"}
        account_id, _notes = add_email_account(sqlite_ctx, "tls", dovecot.user, settings,
                                               password=dovecot.password)
        dovecot.append(simple(message_id="<t1@klient.pl>"))
        EmailSync(sqlite_ctx, account_id).sync_once()
        customer = _customer_of(sqlite_ctx, "<t1@klient.pl>").customer_id
        assert send_message(sqlite_ctx, queue_reply(sqlite_ctx, customer, "ok")) == ("sent",
                                                                                     None)
        assert server.logins == [dovecot.user, dovecot.user]  # the add-test and the send
        assert server.messages[-1].rcpt_tos == ["jan@klient.pl"]
    finally:
        server.stop()


def test_smtp_wrong_password_fails_the_reply_clearly(sqlite_ctx, dovecot, smtp_server,
                                                     email_account):
    dovecot.append(simple(message_id="<w1@klient.pl>"))
    EmailSync(sqlite_ctx, email_account).sync_once()
    smtp_server.password = "changed"
    customer = _customer_of(sqlite_ctx, "<w1@klient.pl>").customer_id
    state, error = send_message(sqlite_ctx, queue_reply(sqlite_ctx, customer, "hello"))
    assert state == "failed" and parse_stored(error)[0] == "auth_failed"
    assert "user name or password" in describe_stored(error)
    assert smtp_server.messages == []


def test_cli_add_email_sync_and_reply(dovecot, smtp_server, profile_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHOP_PW": dovecot.password}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile_dir),
                               *args], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=60)

    base = ["account", "add-email", "shop", "--email", dovecot.user, "--imap-host",
            "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "none",
            "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port),
            "--smtp-security", "none"]
    env["BAD_PW"] = "nope"
    wrong = cli(*base, "--password-env", "BAD_PW")
    assert wrong.returncode == 1 and "nothing was saved" in wrong.stderr
    assert "app password" in wrong.stderr and "nope" not in wrong.stderr + wrong.stdout
    added = cli(*base, "--password-env", "SHOP_PW")
    assert added.returncode == 0, added.stderr
    assert dovecot.password not in added.stdout + added.stderr
    dovecot.append(simple(message_id="<c1@klient.pl>"))
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert "INBOX: 1 new" in synced.stdout
    replied = cli("reply", "1", "--text", "Dziękujemy!")
    assert replied.returncode == 0, replied.stderr
    assert smtp_server.messages[-1].rcpt_tos == ["jan@klient.pl"]
    with_account = cli("sync", "--once", "--account", "nobody")
    assert with_account.returncode != 0 and "nobody" in with_account.stderr


def test_a_subject_that_decodes_to_line_breaks_is_cleaned_at_ingest(sqlite_ctx, dovecot,
                                                                    smtp_server, email_account):
    import base64

    evil = base64.b64encode(b"Zwrot\r\nBcc: victim@example.com\r\n\r\nbody").decode()
    raw = simple(message_id="<crlf@klient.pl>", subject="placeholder")
    dovecot.append(raw.replace(b"Subject: placeholder", f"Subject: =?utf-8?B?{evil}?=".encode()))
    EmailSync(sqlite_ctx, email_account).sync_once()
    stored = _customer_of(sqlite_ctx, "<crlf@klient.pl>")
    assert stored.subject == "Zwrot Bcc: victim@example.com body"
    reply_id = queue_reply(sqlite_ctx, stored.customer_id, "Przyjęliśmy zwrot.")
    assert send_message(sqlite_ctx, reply_id) == ("sent", None)
    captured = smtp_server.messages[-1]
    assert captured.rcpt_tos == ["jan@klient.pl"]  # no header was injected
    sent = email.message_from_bytes(captured.data, policy=policy.default)
    assert sent["Subject"] == "Re: Zwrot Bcc: victim@example.com body" and sent["Bcc"] is None
