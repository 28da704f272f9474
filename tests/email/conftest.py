"""Fixtures of the email tests: a private Dovecot, a capturing SMTP server, an email account."""

from __future__ import annotations

import pytest

from shopinbox.channels.email.account import add_email_account
from tests.fixtures import dovecot as dovecot_module
from tests.fixtures.servers import missing_server
from tests.fixtures.smtp_server import start_smtp


@pytest.fixture
def dovecot():
    if not dovecot_module.available():
        missing_server("Dovecot", "apt-get install dovecot-imapd")
    # Its own /tmp folder: the mail user cannot enter pytest's 0700 temp tree.
    server = dovecot_module.Dovecot.create()
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def plain_dovecot():
    """A second kind of server: it announces no IDLE, CONDSTORE or QRESYNC."""
    if not dovecot_module.available():
        missing_server("Dovecot", "apt-get install dovecot-imapd")
    server = dovecot_module.Dovecot.create(capabilities=dovecot_module.PLAIN_CAPABILITIES)
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def smtp_server(dovecot):
    server = start_smtp(dovecot.user, dovecot.password)
    yield server
    server.stop()


def account_settings(dovecot, smtp_server=None) -> dict:
    return {
        "imap_host": "127.0.0.1", "imap_port": dovecot.port, "imap_security": "none",
        "smtp_host": "127.0.0.1", "smtp_port": smtp_server.port if smtp_server else 1,
        "smtp_security": "none", "display_name": "Sklep Żółwik", "timeout": 10,
    }


@pytest.fixture
def email_account(sqlite_ctx, dovecot, smtp_server):
    """An email account in the profile, talking to the fixtures; returns its id."""
    account_id, _notes = add_email_account(
        sqlite_ctx, "shop", dovecot.user, account_settings(dovecot, smtp_server),
        password=dovecot.password)
    return account_id
