"""The command line against the local Bot API server, including kill -9 in the middle of a sync."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from shopinbox.app.core.context import AppContext
from shopinbox.cli import main
from shopinbox.store.cursors import load_cursor
from shopinbox.store.models import Message, SyncState

ROOT = Path(__file__).resolve().parents[2]


def _cli(profile, *args, env=None):
    return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_add_telegram_shows_username_and_keeps_token_out_of_db(profile_dir, bot_server,
                                                               memory_keyring, monkeypatch,
                                                               capsys):
    monkeypatch.setenv("SHOP_BOT_TOKEN", bot_server.token)
    code = main(["account", "add-telegram", "shopbot", "--token-env", "SHOP_BOT_TOKEN",
                 "--api-url", bot_server.url])
    out = capsys.readouterr().out
    assert code == 0 and "@shop_test_bot" in out
    raw_db = (profile_dir / "shopinbox.sqlite3").read_bytes()
    assert bot_server.token.encode() not in raw_db
    monkeypatch.setattr("getpass.getpass", lambda prompt: "123:wrong")
    code = main(["account", "add-telegram", "other", "--api-url", bot_server.url])
    err = capsys.readouterr().err
    assert code == 1 and "BotFather" in err and "123:wrong" not in err
    monkeypatch.setattr("getpass.getpass", lambda prompt: bot_server.token)
    bot_server.webhook_url = "https://old.example/hook"
    assert main(["account", "add-telegram", "kept", "--api-url", bot_server.url,
                 "--delete-webhook"]) == 0
    assert "removed" in capsys.readouterr().out and bot_server.webhook_url == ""
    assert ("shopinbox", "account:kept") in memory_keyring.store


def test_kill_9_during_sync_then_resume_stores_each_update_once(tmp_path, bot_server, anna):
    profile = tmp_path / "profile"
    env = {**os.environ, "SHOP_BOT_TOKEN": bot_server.token}
    added = _cli(profile, "account", "add-telegram", "bot", "--token-env", "SHOP_BOT_TOKEN",
                 "--api-url", bot_server.url, env=env)
    assert added.returncode == 0, added.stderr
    total = 3000
    for i in range(total):
        bot_server.message_from(anna, text=f"update number {i}")
    sync = subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile),
                             "sync", "--once", "--account", "bot"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert bot_server.wait_for_offset(801, timeout=60), "the sync made no progress"
        sync.send_signal(signal.SIGKILL)
        sync.wait(10)
    finally:
        if sync.poll() is None:
            sync.kill()
    assert sync.returncode == -signal.SIGKILL
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            stored_before = session.scalar(select(func.count()).select_from(Message))
        assert 800 <= stored_before < total  # killed part-way
        resumed = _cli(profile, "sync", "--once", "--account", "bot", env=env)
        assert resumed.returncode == 0, resumed.stderr
        with ctx.reader() as session:
            texts = list(session.scalars(select(Message.body_text)))
            (state,) = session.scalars(select(SyncState)).all()
            offset = load_cursor(session, state.account_id, state.folder)["offset"]
    finally:
        ctx.close()
    assert len(texts) == total
    assert sorted(texts) == sorted(f"update number {i}" for i in range(total))
    assert int(offset) == total + 1


def test_reply_command_sends_through_telegram(tmp_path, bot_server, anna):
    profile = tmp_path / "profile"
    env = {**os.environ, "SHOP_BOT_TOKEN": bot_server.token}
    _cli(profile, "account", "add-telegram", "bot", "--token-env", "SHOP_BOT_TOKEN",
         "--api-url", bot_server.url, env=env)
    bot_server.message_from(anna, text="Czy jest rozmiar 38?")
    assert _cli(profile, "sync", "--once", env=env).returncode == 0
    replied = _cli(profile, "reply", "1", "--text", "Tak, jest <38>!", "--channel", "telegram",
                   env=env)
    assert replied.returncode == 0, replied.stderr
    assert [m["text"] for m in bot_server.sent] == ["Tak, jest <38>!"]
    bot_server.blocked_chats.add(anna["id"])
    blocked = _cli(profile, "reply", "1", "--text", "promo", "--channel", "telegram", env=env)
    assert blocked.returncode == 3 and "blocked the bot" in blocked.stderr
    doctor = _cli(profile, "doctor", env=env)
    assert "bot @shop_test_bot answers" in doctor.stdout


def test_common_sync_command_fetches_telegram_and_sends_the_outbox(tmp_path, bot_server, anna):
    """`shopinbox sync --once` covers bot accounts too (same service as the window)."""
    profile = tmp_path / "profile"
    env = {**os.environ, "SHOP_BOT_TOKEN": bot_server.token}
    _cli(profile, "account", "add-telegram", "bot", "--token-env", "SHOP_BOT_TOKEN",
         "--api-url", bot_server.url, env=env)
    bot_server.message_from(anna, text="Dzień dobry, gdzie moja paczka?")
    synced = _cli(profile, "sync", "--once", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "1 new message" in synced.stdout
    queued = _cli(profile, "reply", "1", "--text", "Już jedzie!", "--queue-only", env=env)
    assert "queued" in queued.stdout
    assert bot_server.sent == []
    assert _cli(profile, "sync", "--once", env=env).returncode == 0
    assert [m["text"] for m in bot_server.sent] == ["Już jedzie!"]
