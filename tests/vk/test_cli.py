"""The command line against the local VK stand-in, including kill -9 in the middle of a sync."""

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
from shopinbox.store.models import Account, Message, SyncState

ROOT = Path(__file__).resolve().parents[2]


def _cli(profile, *args, env=None):
    return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def _add(profile, server, env):
    added = _cli(profile, "account", "add-vk", "shopvk", "--group-id", str(server.group_id),
                 "--token-env", "SHOP_VK_TOKEN", "--api-url", server.url, env=env)
    assert added.returncode == 0, added.stderr
    return added


def test_add_vk_keeps_the_token_out_of_the_database(profile_dir, vk_server, memory_keyring,
                                                    monkeypatch, capsys):
    monkeypatch.setenv("SHOP_VK_TOKEN", vk_server.token)
    code = main(["account", "add-vk", "shopvk", "--group-id", str(vk_server.group_id),
                 "--token-env", "SHOP_VK_TOKEN", "--api-url", vk_server.url])
    out = capsys.readouterr().out
    assert code == 0 and "Sklep Ola (@sklep_ola)" in out and "environment variable" in out
    raw_db = (profile_dir / "shopinbox.sqlite3").read_bytes()
    assert vk_server.token.encode() not in raw_db
    ctx = AppContext.open(str(profile_dir))
    try:
        with ctx.reader() as session:
            account = session.scalars(select(Account).where(Account.name == "shopvk")).one()
        assert account.kind == "vk" and account.secret_ref == "env:SHOP_VK_TOKEN"
        assert account.settings == {"group_id": vk_server.group_id, "display_name": "Sklep Ola",
                                    "username": "sklep_ola", "api_url": vk_server.url}
    finally:
        ctx.close()
    monkeypatch.setattr("getpass.getpass", lambda prompt: "vk1.a.this-token-is-wrong-000000")
    code = main(["account", "add-vk", "other", "--group-id", str(vk_server.group_id),
                 "--api-url", vk_server.url])
    err = capsys.readouterr().err
    assert code == 1 and "Access tokens" in err and "this-token-is-wrong" not in err
    monkeypatch.setattr("getpass.getpass", lambda prompt: vk_server.token)
    assert main(["account", "add-vk", "kept", "--group-id", str(vk_server.group_id),
                 "--api-url", vk_server.url]) == 0
    assert "OS keyring" in capsys.readouterr().out
    assert memory_keyring.store[("shopinbox", "account:kept")] == vk_server.token


def test_kill_9_during_sync_then_resume_stores_each_message_once(tmp_path, vk_server):
    profile = tmp_path / "profile"
    env = {**os.environ, "SHOP_VK_TOKEN": vk_server.token}
    _add(profile, vk_server, env)
    total = 2000
    for i in range(total):
        user = vk_server.user(50000 + i % 300, f"Klient{i % 300}")
        vk_server.message_new(user, f"wiadomość numer {i}")
    sync = subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile),
                             "sync", "--once", "--account", "shopvk"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # The sync asks for the next batch while one commits: asking from 601 on means the
        # batch that ends at 500 is committed.
        assert vk_server.wait_for_ts(601, timeout=60), "the sync made no progress"
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
        assert 500 <= stored_before < total  # killed part-way
        resumed = _cli(profile, "sync", "--once", "--account", "shopvk", env=env)
        assert resumed.returncode == 0, resumed.stderr
        with ctx.reader() as session:
            texts = list(session.scalars(select(Message.body_text)))
            (state,) = session.scalars(select(SyncState)).all()
            ts = load_cursor(session, state.account_id, state.folder)["ts"]
    finally:
        ctx.close()
    assert len(texts) == total  # 0 lost, 0 duplicated
    assert sorted(texts) == sorted(f"wiadomość numer {i}" for i in range(total))
    assert int(ts) == total + 1


def test_sync_reply_and_doctor_commands(tmp_path, vk_server, olga, monkeypatch, capsys):
    """In one process (the subprocess runs above cover a real `python -m shopinbox`)."""
    profile = str(tmp_path / "profile")
    monkeypatch.setenv("SHOP_VK_TOKEN", vk_server.token)
    assert main(["--profile", profile, "account", "add-vk", "shopvk", "--group-id",
                 str(vk_server.group_id), "--token-env", "SHOP_VK_TOKEN", "--api-url",
                 vk_server.url]) == 0
    vk_server.message_new(olga, "Есть ли размер 38?")
    capsys.readouterr()
    assert main(["--profile", profile, "sync", "--once"]) == 0
    out = capsys.readouterr().out
    assert "shopvk: ok" in out and "1 new message" in out
    assert main(["--profile", profile, "reply", "1", "--text", "Да, есть!", "--channel",
                 "vk"]) == 0
    assert [m["text"] for m in vk_server.sent] == ["Да, есть!"]
    assert main(["--profile", profile, "reply", "1", "--text", "Отправили.",
                 "--queue-only"]) == 0
    assert "queued" in capsys.readouterr().out and len(vk_server.sent) == 1
    assert main(["--profile", profile, "sync", "--once"]) == 0
    assert [m["text"] for m in vk_server.sent] == ["Да, есть!", "Отправили."]
    vk_server.blocked.add(olga)
    capsys.readouterr()
    assert main(["--profile", profile, "reply", "1", "--text", "promo", "--channel",
                 "vk"]) == 3
    assert "blocked" in capsys.readouterr().err
    main(["--profile", profile, "doctor"])
    assert "community Sklep Ola (@sklep_ola) answers" in capsys.readouterr().out
    ctx = AppContext.open(profile)
    try:
        with ctx.reader() as session:
            outbound = session.scalar(select(func.count()).select_from(Message).where(
                Message.direction == "out", Message.delivery_state == "sent"))
        assert outbound == 2  # the echoes of both replies were not stored again
    finally:
        ctx.close()


def test_kill_9_while_a_reply_is_sending_then_retry_posts_nothing_twice(tmp_path, vk_server,
                                                                       olga, monkeypatch):
    """VK posted the reply, the answer is on its way, the process is killed: the reply is
    reported as interrupted (never re-sent blindly); the user's retry repeats its random_id,
    so VK posts nothing new and the reply ends as sent."""
    from shopinbox.app.outbox.sending import recover_interrupted, retry, send_message

    profile = tmp_path / "profile"
    monkeypatch.setenv("SHOP_VK_TOKEN", vk_server.token)
    assert main(["--profile", str(profile), "account", "add-vk", "shopvk", "--group-id",
                 str(vk_server.group_id), "--token-env", "SHOP_VK_TOKEN", "--api-url",
                 vk_server.url]) == 0
    vk_server.message_new(olga, "Gdzie paczka?")
    assert main(["--profile", str(profile), "sync", "--once"]) == 0
    vk_server.hang_send_responses = True
    reply = subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile),
                              "reply", "1", "--text", "Już jedzie!", "--channel", "vk"],
                             cwd=ROOT, env=dict(os.environ), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        assert vk_server.wait_for_sent(1, timeout=60), "the reply was not posted"
        reply.send_signal(signal.SIGKILL)
        reply.wait(10)
    finally:
        if reply.poll() is None:
            reply.kill()
        vk_server.hang_send_responses = False
    ctx = AppContext.open(str(profile))
    try:
        with ctx.reader() as session:
            (message,) = session.scalars(select(Message).where(Message.direction == "out"))
        assert message.delivery_state == "sending"
        assert recover_interrupted(ctx) == 1  # what `shopinbox sync` does at start-up
        retry(ctx, message.id)
        assert send_message(ctx, message.id) == ("sent", None)
        with ctx.reader() as session:
            sent = session.get(Message, message.id)
            outbound = session.scalar(select(func.count()).select_from(Message).where(
                Message.direction == "out"))
    finally:
        ctx.close()
    assert [m["text"] for m in vk_server.sent] == ["Już jedzie!"]
    assert sent.external_id == f"{olga}:{vk_server.sent[0]['id']}" and outbound == 1
