"""Start-up recovery leaves a reply alone while the process that claimed it still runs (the
window sending while `shopinbox sync --once` starts), and takes it over once that process is
gone: resumed when no step was in flight, "may have been sent" when one was."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from sqlalchemy import update

from shopinbox.app.outbox.sending import queue_reply, recover_interrupted
from shopinbox.domain.errors import parse_stored
from shopinbox.domain.kinds import DeliveryState
from shopinbox.store.models import Message


def _leave_sending(ctx, message_id: int, pid: int, in_flight: str | None) -> None:
    """What a process that claimed the reply and then stopped (or not) leaves behind."""
    with ctx.writer() as session, session.begin():
        session.execute(update(Message).where(Message.id == message_id).values(
            delivery_state=DeliveryState.SENDING,
            extra={"claimed_by": {"host": socket.gethostname(), "pid": pid,
                                  "at": "2026-01-01T00:00:00+00:00"},
                   "delivery_steps": {"done": {}, "in_flight": in_flight}}))


def _state(ctx, message_id: int) -> tuple[str, str | None]:
    with ctx.reader() as session:
        message = session.get(Message, message_id)
        return message.delivery_state, message.delivery_error


def test_a_live_claim_is_left_alone_and_a_dead_one_taken_over(sqlite_ctx, mail_shop):
    quiet = queue_reply(sqlite_ctx, mail_shop.customer_id, "Bez kroku w locie.", channel="email")
    busy = queue_reply(sqlite_ctx, mail_shop.customer_id, "SMTP w locie.", channel="email")
    sender = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _leave_sending(sqlite_ctx, quiet, sender.pid, None)
        _leave_sending(sqlite_ctx, busy, sender.pid, "smtp")
        assert recover_interrupted(sqlite_ctx) == 0
        assert _state(sqlite_ctx, quiet)[0] == _state(sqlite_ctx, busy)[0] == "sending"
    finally:
        sender.kill()
        sender.wait(10)
    assert recover_interrupted(sqlite_ctx) == 1
    assert _state(sqlite_ctx, quiet) == ("queued", None)  # nothing reached the server: resume
    state, error = _state(sqlite_ctx, busy)
    assert state == "failed" and parse_stored(error)[0] == "may_have_been_sent"


def test_a_claim_of_this_process_is_recovered(sqlite_ctx, mail_shop):
    reply = queue_reply(sqlite_ctx, mail_shop.customer_id, "Ten sam proces.", channel="email")
    _leave_sending(sqlite_ctx, reply, os.getpid(), "smtp")
    assert recover_interrupted(sqlite_ctx) == 1
    assert _state(sqlite_ctx, reply)[0] == "failed"


def test_whose_claim_is_live(sqlite_ctx):
    """One desktop: a claim by a process that is gone (or a context of this process that was
    closed) is recovered; one by a context of this process that is open is not."""
    from shopinbox.app.outbox import sending

    other = object.__new__(type(sqlite_ctx))  # another open context of this process
    live_token = sending.context_token(other)
    host = socket.gethostname()
    assert sending._claim_is_live({"host": host, "pid": os.getpid(), "ctx": live_token}, "mine")
    assert not sending._claim_is_live({"host": host, "pid": os.getpid(), "ctx": "closed"}, "x")
    assert sending._claim_is_live({"host": host, "pid": os.getpid(), "ctx": "mine"}, "mine")
    assert not sending._claim_is_live({"host": host, "pid": 2 ** 22 + 7, "ctx": "dead"}, "x")
    assert sending._claim_is_live({"runner": 41, "host": "elsewhere"}, "x", {41})
    assert not sending._claim_is_live({"runner": 41, "host": "elsewhere"}, "x", {42})
    del other
