"""One sync runner per account on a team database (a PostgreSQL advisory lock): only one of the
headless `shopinbox sync` service and a desktop pulls the Dovecot mailbox; the desktop takes over
after the service is killed; an internal note never reaches the SMTP server."""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.sync.engine import SyncEngine
from shopinbox.app.sync.state import SyncStatus
from shopinbox.app.team import work
from shopinbox.channels.email.account import add_email_account
from shopinbox.store.models import Message
from tests.email.mails import simple
from tests.team.conftest import account_settings, wait_until

pytestmark = pytest.mark.postgres
PASSWORD_ENV = "SHOPINBOX_TEST_TEAM_IMAP_PASSWORD"
ROOT = Path(__file__).resolve().parents[2]


def _external_ids(ctx) -> list[str]:
    with ctx.reader() as session:
        return list(session.scalars(select(Message.external_id).where(
            Message.direction == "in").order_by(Message.id)))


def test_only_one_desktop_pulls_and_b_takes_over_when_a_is_killed(desks, dovecot, smtp_server,
                                                                   tmp_path, monkeypatch):
    (_a, b) = desks
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    add_email_account(b.ctx, "shop", dovecot.user, account_settings(dovecot, smtp_server),
                      password_env=PASSWORD_ENV)
    dovecot.append(simple(message_id="<t1@klient.pl>"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("SHOPINBOX_PROFILE", None)
    service = subprocess.Popen(
        [sys.executable, "-m", "shopinbox", "--profile", str(tmp_path / "service"), "sync",
         "--interval", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    states: list = []
    lock = threading.Lock()

    def on_state(_account, state, _text):
        with lock:
            states.append(state)

    engine = SyncEngine(b.ctx, on_state=on_state, interval=2)
    try:
        wait_until(lambda: "<t1@klient.pl>" in _external_ids(b.ctx), timeout=30)
        engine.start()
        elsewhere = wait_until(lambda: [s for s in states if s.status == SyncStatus.ELSEWHERE])
        assert elsewhere[0].params["holder"].endswith("(sync service)")  # who syncs
        once = SyncEngine(b.ctx).run_once()  # `sync --once` meanwhile: it does not pull either
        assert [r.state.status for r in once] == [SyncStatus.ELSEWHERE]
        assert once[0].ok and once[0].summary().startswith("synced by ")
        dovecot.append(simple(sender="ola@klient.pl", message_id="<t2@klient.pl>"))
        wait_until(lambda: "<t2@klient.pl>" in _external_ids(b.ctx), timeout=30)
        with lock:
            assert {s.status for s in states} == {SyncStatus.ELSEWHERE}  # B never pulled
        service.kill()  # kill -9: no goodbye; PostgreSQL frees the lock with the connection
        service.wait(10)
        dovecot.append(simple(sender="ewa@klient.pl", message_id="<t3@klient.pl>"))
        wait_until(lambda: "<t3@klient.pl>" in _external_ids(b.ctx), timeout=60)
        with lock:
            assert SyncStatus.SYNCING in {s.status for s in states}  # B pulls now
        assert engine.runner.holder(engine.account_ids()[0]) == engine.runner.who
    finally:
        if service.poll() is None:
            service.kill()
            service.wait(10)
        assert engine.stop(10)
    ids = _external_ids(b.ctx)
    assert sorted(ids) == ["<t1@klient.pl>", "<t2@klient.pl>", "<t3@klient.pl>"]


def test_b_takes_over_when_the_desktop_window_of_a_is_killed(qtbot, desks, dovecot,
                                                             smtp_server, tmp_path, monkeypatch):
    """A is a desktop: the real window (offscreen, its own process, as `shopinbox` starts it)
    on the team database as Anna; it runs the account (IMAP IDLE). B's engine sees "synced by
    Anna on <host>" and never pulls, until A is killed -9: then B takes over."""
    from shopinbox.paths import ProfilePaths
    from shopinbox.ui.common.preferences import Preferences

    (a, b) = desks
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    add_email_account(b.ctx, "shop", dovecot.user, account_settings(dovecot, smtp_server),
                      password_env=PASSWORD_ENV)
    profile_a = tmp_path / "desktop-a"
    ProfilePaths(profile_a).desktop_settings.parent.mkdir(parents=True, exist_ok=True)
    Preferences(profile_a).set("team/user", a.user.id)  # Anna works there: no first-start ask
    dovecot.append(simple(message_id="<w1@klient.pl>"))
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("SHOPINBOX_PROFILE", None)
    window = subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile_a)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    states: list = []
    lock = threading.Lock()

    def on_state(_account, state, _text):
        with lock:
            states.append(state)

    engine = SyncEngine(b.ctx, on_state=on_state, interval=2)
    try:
        wait_until(lambda: "<w1@klient.pl>" in _external_ids(b.ctx), timeout=60)  # A pulled
        engine.start()
        elsewhere = wait_until(lambda: [s for s in states if s.status == SyncStatus.ELSEWHERE])
        assert elsewhere[0].params["holder"].startswith("Anna on ")  # who syncs: A's user
        dovecot.append(simple(sender="ola@klient.pl", message_id="<w2@klient.pl>"))
        wait_until(lambda: "<w2@klient.pl>" in _external_ids(b.ctx), timeout=30)  # A's IDLE
        with lock:
            assert {s.status for s in states} == {SyncStatus.ELSEWHERE}  # B never pulled
        window.kill()  # kill -9 of the desktop: PostgreSQL frees its lock with the connection
        window.wait(10)
        dovecot.append(simple(sender="ewa@klient.pl", message_id="<w3@klient.pl>"))
        wait_until(lambda: "<w3@klient.pl>" in _external_ids(b.ctx), timeout=60)
        with lock:
            assert SyncStatus.SYNCING in {s.status for s in states}  # B pulls now
    finally:
        if window.poll() is None:
            window.kill()
            window.wait(10)
        assert engine.stop(10)
    assert sorted(_external_ids(b.ctx)) == ["<w1@klient.pl>", "<w2@klient.pl>",
                                            "<w3@klient.pl>"]


def test_a_note_never_reaches_the_smtp_server(desks, dovecot, smtp_server):
    (a, b) = desks
    add_email_account(a.ctx, "shop", dovecot.user, account_settings(dovecot, smtp_server),
                      password=dovecot.password)
    dovecot.append(simple(message_id="<n1@klient.pl>"))
    SyncEngine(a.ctx).run_once()
    with a.ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id).where(
            Message.external_id == "<n1@klient.pl>"))
    work.add_note(a.ctx, customer_id, "Tajna notatka: klient grozi reklamacją")
    queue_reply(a.ctx, customer_id, "Dzień dobry, paczka jest w drodze.")
    reports = SyncEngine(b.ctx).run_once()
    assert reports[0].sent == 1
    SyncEngine(b.ctx).run_once()
    assert len(smtp_server.messages) == 1
    sent = smtp_server.messages[0].data
    mail = email.message_from_bytes(sent, policy=email.policy.default)
    body = mail.get_body(preferencelist=("plain",)).get_content()
    assert "paczka jest w drodze" in body  # the reply went out …
    assert "Tajna" not in body and b"Tajna" not in sent  # … and the note did not
    assert "grozi" not in sent.decode("utf-8", "replace")
    assert [n.text for n in work.notes_of(b.ctx, customer_id)] == [
        "Tajna notatka: klient grozi reklamacją"]


def test_start_up_leaves_another_desktops_send_alone_and_a_take_over_recovers_it(
        desks, dovecot, smtp_server):
    """Desktop A is sending a reply (claimed, its runner lock held) when desktop B starts:
    B's start-up recovery leaves it alone. A then dies (its lock connection goes): B takes the
    account over, finds the half-sent reply, resumes it (no SMTP step was in flight) and it
    goes out exactly once."""
    from shopinbox.app.outbox import sending

    (a, b) = desks
    add_email_account(a.ctx, "shop", dovecot.user, account_settings(dovecot, smtp_server),
                      password=dovecot.password)
    dovecot.append(simple(message_id="<r1@klient.pl>"))
    SyncEngine(a.ctx).run_once()
    with a.ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id).where(
            Message.external_id == "<r1@klient.pl>"))
    message_id = queue_reply(a.ctx, customer_id, "Wysyłamy jutro.")
    with a.ctx.reader() as session:
        account_id = session.get(Message, message_id).account_id
    engine_a = SyncEngine(a.ctx)
    assert engine_a.runner.take(account_id)
    claimed, _reason = sending._claim(a.ctx, message_id)  # A's outbox is sending it now
    assert claimed is not None

    def state() -> str | None:
        with b.ctx.reader() as session:
            return session.get(Message, message_id).delivery_state

    assert sending.recover_interrupted(b.ctx) == 0  # B starts up
    assert state() == "sending"  # A's send is A's
    engine_b = SyncEngine(b.ctx, interval=2)
    engine_b.start()
    try:
        engine_a.runner.close()  # A is gone: PostgreSQL frees its lock with the connection
        wait_until(lambda: state() == "sent", timeout=30)
    finally:
        assert engine_b.stop(10)
    assert len(smtp_server.messages) == 1
    assert "Wysyłamy jutro." in email.message_from_bytes(
        smtp_server.messages[0].data, policy=email.policy.default).get_body(
        preferencelist=("plain",)).get_content()

