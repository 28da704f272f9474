"""The command line against the stand-in: `account add-allegro` prints the user code and waits
for the grant; `sync` (messages and orders), `reply --channel allegro`, `orders sync` and
`doctor`; and kill -9 in the middle of a sync (messages, then orders) loses and duplicates
nothing. Each subprocess shares one test keyring file (tests/fixtures/file_keyring.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shopinbox.app.core.context import AppContext
from shopinbox.store.models import Message, Order
from tests.allegro.conftest import approve_after_a_poll

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli_env(tmp_path, allegro_server):
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.fixtures.file_keyring.FileKeyring",
            "SHOPINBOX_TEST_KEYRING": str(tmp_path / "keyring.json"),
            "ALLEGRO_SECRET": allegro_server.client_secret}


def _cli(profile, *args, env):
    return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _add(profile, server, env, name="allegro"):
    approver = threading.Thread(target=approve_after_a_poll, args=(server,), daemon=True)
    approver.start()
    added = _cli(profile, "account", "add-allegro", name, "--client-id", server.client_id,
                 "--client-secret-env", "ALLEGRO_SECRET", "--api-url", server.url,
                 "--auth-url", server.url, env=env)
    approver.join(5)
    return added


def _count(profile, model) -> int:
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        ctx.close()


def test_add_allegro_prints_the_code_and_keeps_secrets_out_of_the_db(tmp_path, allegro_server,
                                                                    cli_env):
    profile = tmp_path / "profile"
    added = _add(profile, allegro_server, cli_env)
    assert added.returncode == 0, added.stderr
    assert "skojarz-aplikacje?code=" in added.stdout and "sklep_test" in added.stdout
    raw_db = (profile / "shopinbox.sqlite3").read_bytes()
    assert allegro_server.client_secret.encode() not in raw_db
    assert not any(token.encode() in raw_db for token in allegro_server.refresh_tokens)
    wrong = _cli(profile, "account", "add-allegro", "other", "--client-id", "nope",
                 "--client-secret-env", "ALLEGRO_SECRET", "--api-url", allegro_server.url,
                 "--auth-url", allegro_server.url, env=cli_env)
    assert wrong.returncode == 1 and "apps.developer.allegro.pl" in wrong.stderr
    doctor = _cli(profile, "doctor", env=cli_env)
    assert "signed in to Allegro as sklep_test" in doctor.stdout


def test_sync_reply_and_orders_sync(tmp_path, allegro_server, cli_env):
    profile = tmp_path / "profile"
    assert _add(profile, allegro_server, cli_env).returncode == 0
    form = allegro_server.add_order("anna_k", email="a8x2@allegromail.pl",
                                    items=[("Bluzka", 1, "49.99")])
    allegro_server.add_message("anna_k", "Czy jest rozmiar 38?", order_id=form["id"])
    synced = _cli(profile, "sync", "--once", env=cli_env)
    assert synced.returncode == 0, synced.stderr
    assert "1 new message" in synced.stdout
    assert _count(profile, Order) == 1
    replied = _cli(profile, "reply", "1", "--text", "Tak, jest!", "--channel", "allegro",
                   env=cli_env)
    assert replied.returncode == 0, replied.stderr
    assert [m["text"] for m in allegro_server.sent] == ["Tak, jest!"]
    assert "Warning" not in replied.stderr
    # A reply against Allegro's rules is sent (the owner decides) with the channel's warning.
    warned = _cli(profile, "reply", "1", "--text", "Taniej na www.moj-sklep.pl", "--channel",
                  "allegro", "--json", env=cli_env)
    assert warned.returncode == 0, warned.stderr
    assert json.loads(warned.stdout)["warnings"] == [{
        "code": "allegro_outside_link",
        "text": "Allegro forbids links to shops or pages outside Allegro."}]
    plain = _cli(profile, "reply", "1", "--text", "Taniej na www.moj-sklep.pl", "--channel",
                 "allegro", "--queue-only", env=cli_env)
    assert "Warning: Allegro forbids links to shops or pages outside Allegro." in plain.stderr
    allegro_server.change_status(form["id"], fulfillment="SENT")
    orders = _cli(profile, "orders", "sync", env=cli_env)
    assert orders.returncode == 0, orders.stderr
    assert "1 updated" in orders.stdout
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            assert session.scalars(select(Order.status)).one() == "sent"
    finally:
        ctx.close()


def _kill_when(process, ready) -> None:
    try:
        assert ready(), "the sync made no progress"
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL, "the sync finished before it was killed"


def test_kill_9_during_sync_then_resume_loses_and_duplicates_nothing(tmp_path, allegro_server,
                                                                    cli_env):
    profile = tmp_path / "profile"
    assert _add(profile, allegro_server, cli_env).returncode == 0
    threads, per_thread, orders = 300, 8, 600
    for n in range(orders):
        allegro_server.add_order(f"buyer_{n}", email=f"b{n}@allegromail.pl",
                                 items=[("Skarpety", 1, "9.99")], pickup_point=None)
    for t in range(threads):
        for m in range(per_thread):
            allegro_server.add_message(f"buyer_{t}", f"wiadomość {t}-{m}")
    total = threads * per_thread
    command = [sys.executable, "-m", "shopinbox", "--profile", str(profile)]
    # 1. killed while reading the checkout forms (a round starts with the orders)
    sync = subprocess.Popen([*command, "orders", "sync"], cwd=ROOT, env=cli_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _kill_when(sync, lambda: allegro_server.wait_for_calls("checkout-forms", 3, 60))
    assert 0 < _count(profile, Order) < orders
    # 2. killed in the middle of the messages
    pages_before = allegro_server.message_pages
    sync = subprocess.Popen([*command, "sync", "--once"], cwd=ROOT, env=cli_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _kill_when(sync, lambda: allegro_server.wait_for_message_pages(pages_before + 120, 60))
    stored_before = _count(profile, Message)
    assert 0 < stored_before < total
    resumed = _cli(profile, "sync", "--once", env=cli_env)
    assert resumed.returncode == 0, resumed.stderr
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            texts = list(session.scalars(select(Message.body_text)))
            external = list(session.scalars(select(Order.external_id)))
    finally:
        ctx.close()
    assert len(texts) == total
    assert sorted(texts) == sorted(f"wiadomość {t}-{m}" for t in range(threads)
                                   for m in range(per_thread))
    assert len(external) == orders and set(external) == set(allegro_server.checkout_forms)
