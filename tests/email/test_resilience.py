"""kill -9 during sync, the server going away mid-sync, wrong passwords — nothing lost, nothing
doubled, and a clear message."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shopinbox.app.core.accounts import AccountError, list_accounts
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.imap_client import MailConnectionError
from shopinbox.channels.email.pull import EmailSync
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Message
from tests.email.conftest import account_settings
from tests.email.mails import simple

ROOT = Path(__file__).resolve().parents[2]


def _count(ctx) -> tuple[int, int]:
    with ctx.reader() as session:
        total = session.scalar(select(func.count()).select_from(Message))
        distinct = session.scalar(select(func.count(Message.external_id.distinct())))
    return total, distinct


def _orphans(profile_dir) -> list[str]:
    """Processes still running `shopinbox --profile <this profile> sync`."""
    found = []
    for status in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = status.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if str(profile_dir) in command and " sync" in command:
            found.append(command)
    return found


def test_kill_9_during_sync_then_resume(sqlite_ctx, dovecot, profile_dir, monkeypatch):
    count = 3000
    dovecot.write_maildir([simple(sender=f"k{i % 300}@klient.pl", message_id=f"<k{i}@klient.pl>",
                                  body=f"wiadomość {i} " * 40) for i in range(count)])
    monkeypatch.setenv("SHOP_TEST_PASSWORD", dovecot.password)
    add_email_account(sqlite_ctx, "shop", dovecot.user, account_settings(dovecot),
                      password_env="SHOP_TEST_PASSWORD", test=False)
    command = [sys.executable, "-m", "shopinbox", "--profile", str(profile_dir), "sync",
               "--once"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    database = profile_dir / "shopinbox.sqlite3"
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        with sqlite3.connect(database, timeout=30) as connection:
            stored = connection.execute("SELECT count(*) FROM messages").fetchone()[0]
        if stored >= 500:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)  # polling another process's database: there is no signal to wait on
    process.wait(30)
    assert process.returncode == -signal.SIGKILL, "sync finished before it could be killed"
    assert 0 < stored < count
    # Its parse workers die with it rather than linger as orphans.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _orphans(profile_dir):
        time.sleep(0.05)
    assert _orphans(profile_dir) == []
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert _count(sqlite_ctx) == (count, count)
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=60)
    assert again.returncode == 0 and "INBOX: 0 new" in again.stdout
    assert _count(sqlite_ctx) == (count, count)


def test_server_stopped_mid_sync_is_retried(sqlite_ctx, dovecot, email_account):
    count = 200  # more than the sync fetches ahead of what it stores (batches of 20)
    dovecot.write_maildir([simple(message_id=f"<s{i}@klient.pl>") for i in range(count)])
    states: list[str] = []
    stored_before: list[int] = []
    retrying = threading.Event()
    stopped = []

    def on_change(_customers):
        if not stopped:  # after the first committed batch, the server goes away
            stopped.append(True)
            dovecot.stop()

    def on_state(text):
        states.append(text)
        if "retrying" in text:
            stored_before.append(_count(sqlite_ctx)[0])
            retrying.set()

    def restart():
        retrying.wait(30)
        dovecot.start()

    restarter = threading.Thread(target=restart)
    restarter.start()
    sync = EmailSync(sqlite_ctx, email_account, on_change=on_change, on_state=on_state,
                     batch_size=20, backoff=0.2)
    report = sync.sync_once()
    restarter.join(30)
    assert stopped and retrying.is_set()
    assert any("connection problem" in s for s in states)
    assert _count(sqlite_ctx) == (count, count)
    # What was committed before the server went (the batches already fetched) is kept; the
    # resumed pass fetched only the rest.
    assert 20 <= stored_before[0] < count
    assert report.parts["INBOX"]["new"] == count - stored_before[0]
    assert list_accounts(sqlite_ctx)[0].last_error is None


def test_server_down_reports_and_gives_up(sqlite_ctx, dovecot, email_account):
    dovecot.stop()
    with pytest.raises(MailConnectionError) as raised:
        EmailSync(sqlite_ctx, email_account, retries=2, backoff=0.05).sync_once()
    assert raised.value.kind == "refused" and raised.value.code == "connection_refused"
    code, params = parse_stored(list_accounts(sqlite_ctx)[0].last_error)
    assert code == "connection_refused" and params["port"] == dovecot.port
    assert "Errno" not in list_accounts(sqlite_ctx)[0].last_error  # the OS text: log only


def test_wrong_password_is_clear_and_saves_nothing(sqlite_ctx, dovecot, memory_keyring):
    with pytest.raises(MailConnectionError) as raised:
        add_email_account(sqlite_ctx, "shop", dovecot.user, account_settings(dovecot),
                          password="wrong-password")
    assert raised.value.kind == "auth" and raised.value.code == "auth_failed"
    assert "user name or password" in str(raised.value) and raised.value.params["protocol"] == "IMAP"
    assert list_accounts(sqlite_ctx) == [] and memory_keyring.store == {}


def test_tls_unknown_host_and_refused_port(sqlite_ctx, dovecot):
    settings = account_settings(dovecot)
    cases = [
        ({"imap_port": dovecot.tls_port, "imap_security": "ssl"}, "tls"),  # untrusted cert
        ({"imap_port": dovecot.port, "imap_security": "ssl"}, "tls"),  # TLS to a plain port
        ({"imap_host": "no-such-host.invalid"}, "host"),
        ({"imap_port": 1}, "refused"),
    ]
    for change, kind in cases:
        with pytest.raises(MailConnectionError) as raised:
            add_email_account(sqlite_ctx, "shop", dovecot.user, {**settings, **change},
                              password=dovecot.password)
        assert raised.value.kind == kind, (change, str(raised.value))
    # With the server's CA the TLS listener is accepted.
    trusted = {**settings, "imap_port": dovecot.tls_port, "imap_security": "ssl",
               "ca_file": str(dovecot.cert)}
    with pytest.raises(MailConnectionError) as raised:  # IMAP passes, SMTP port 1 is refused
        add_email_account(sqlite_ctx, "shop", dovecot.user, trusted, password=dovecot.password)
    assert raised.value.code == "connection_refused" and raised.value.params["protocol"] == "SMTP"
    with pytest.raises(AccountError):
        add_email_account(sqlite_ctx, "shop", "someone@unknown-domain.example", {},
                          password="x")
