"""Fixtures of the sending tests: the real servers of tests/email and tests/telegram (their
fixtures reused as they are) and a profile whose secrets come from environment variables, so a
`shopinbox` subprocess — the one that gets killed — can use them too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.pull import EmailSync
from shopinbox.channels.telegram.account import add_telegram_account
from shopinbox.store.models import Message
from tests.email.conftest import account_settings, dovecot, smtp_server  # noqa: F401
from tests.email.mails import simple
from tests.telegram.conftest import anna, bot_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PASSWORD_ENV = "SHOPINBOX_TEST_SENDING_IMAP_PASSWORD"
TOKEN_ENV = "SHOPINBOX_TEST_SENDING_BOT_TOKEN"


@dataclass
class Shop:
    profile: Path
    email_id: int
    customer_id: int  # Jan, who wrote by email


@pytest.fixture
def mail_shop(sqlite_ctx, profile_dir, dovecot, smtp_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    email_id, _notes = add_email_account(sqlite_ctx, "mail", dovecot.user,
                                         account_settings(dovecot, smtp_server),
                                         password_env=PASSWORD_ENV, test=False)
    dovecot.append(simple(message_id="<order-1@klient.pl>", subject="Zamówienie 1"))
    EmailSync(sqlite_ctx, email_id).sync_once()
    with sqlite_ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id).where(
            Message.external_id == "<order-1@klient.pl>"))
    return Shop(profile_dir, email_id, customer_id)


@pytest.fixture
def bot_account_env(sqlite_ctx, bot_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv(TOKEN_ENV, bot_server.token)
    return add_telegram_account(sqlite_ctx, "bot", bot_server.token, token_env=TOKEN_ENV,
                                api_url=bot_server.url).account_id


def shopinbox(profile: Path, *args: str, crash: str | None = None,
              timeout: float = 60) -> subprocess.CompletedProcess:
    """`shopinbox --profile P ARGS`, killed with SIGKILL at the `crash` point when given."""
    prefix = ["-m", "tests.sending.crash", crash, "--"] if crash else ["-m", "shopinbox"]
    return subprocess.run([sys.executable, *prefix, "--profile", str(profile), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def killed(result: subprocess.CompletedProcess) -> bool:
    return result.returncode == -signal.SIGKILL


def outbound_rows(ctx) -> list[Message]:
    with ctx.reader() as session:
        return list(session.scalars(select(Message).where(Message.direction == "out")
                                    .order_by(Message.id)))


def duplicate_rows(ctx) -> int:
    with ctx.reader() as session:
        total = session.scalar(select(func.count()).select_from(Message))
        distinct = session.scalar(select(func.count(Message.external_id.distinct())))
    return int(total or 0) - int(distinct or 0)
