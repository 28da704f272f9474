"""Fixtures of the sync engine tests: the real servers of tests/email and tests/telegram (their
fixtures reused as they are), and a profile with one email account and one Telegram bot."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.telegram.account import add_telegram_account
from tests.email.conftest import account_settings, dovecot, smtp_server  # noqa: F401
from tests.telegram.conftest import anna, bot_server  # noqa: F401

PASSWORD_ENV = "SHOPINBOX_TEST_SYNC_IMAP_PASSWORD"
TOKEN_ENV = "SHOPINBOX_TEST_SYNC_BOT_TOKEN"


def wait_until(condition: Callable[[], object], timeout: float = 20.0) -> object:
    """Poll a condition (a database row, a captured mail) until it holds; fail at the timeout.
    The bound is the test's promise, not a guess of how long something takes."""
    ends = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > ends:
            raise AssertionError(f"not within {timeout} s: {condition}")
        time.sleep(0.05)


@dataclass
class Shop:
    email_id: int
    telegram_id: int


@pytest.fixture
def shop(sqlite_ctx, dovecot, smtp_server, bot_server, monkeypatch):  # noqa: F811
    """An email account (password and token through environment variables, so a `shopinbox`
    subprocess can use them too) and a Telegram bot on the local servers."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    monkeypatch.setenv(TOKEN_ENV, bot_server.token)
    email_id, _notes = add_email_account(sqlite_ctx, "mail", dovecot.user,
                                         account_settings(dovecot, smtp_server),
                                         password_env=PASSWORD_ENV, test=False)
    added = add_telegram_account(sqlite_ctx, "bot", bot_server.token, token_env=TOKEN_ENV,
                                 api_url=bot_server.url)
    return Shop(email_id, added.account_id)
