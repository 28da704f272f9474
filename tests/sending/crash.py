"""Run the `shopinbox` command line and kill -9 it at a named moment of sending.

    python -m tests.sending.crash POINT[:N] -- shopinbox arguments…

POINT names a real function of the send path; the process SIGKILLs itself right after that
function returned for the N-th time (default 1) — the moment a real crash or power cut would
leave the outbox behind the server:

- `smtp`       the SMTP server accepted the mail; nothing else happened yet,
- `sent_copy`  … and its copy was filed in Sent; the outbox did not record it,
- `part`       a Telegram part was accepted by the Bot API, not yet recorded,
- `part_done`  a Telegram part was accepted and recorded; the next one not started.
"""

from __future__ import annotations

import functools
import os
import signal
import sys


def _kill_after(owner: object, name: str, times: int) -> None:
    original = getattr(owner, name)
    calls = [0]

    if hasattr(original, "__code__") and original.__code__.co_flags & 0x80:  # a coroutine
        @functools.wraps(original)
        async def wrapped_async(*args, **kwargs):
            result = await original(*args, **kwargs)
            calls[0] += 1
            if calls[0] >= times:
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        setattr(owner, name, wrapped_async)
        return

    @functools.wraps(original)
    def wrapped(*args, **kwargs):
        result = original(*args, **kwargs)
        calls[0] += 1
        if calls[0] >= times:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(owner, name, wrapped)


def arm(point: str) -> None:
    name, _, count = point.partition(":")
    times = int(count or 1)
    if name == "smtp":
        from shopinbox.channels.email import smtp_client
        _kill_after(smtp_client, "send", times)
    elif name == "sent_copy":
        from shopinbox.channels.email import send
        _kill_after(send, "_file_in_sent", times)
    elif name == "part":
        from shopinbox.channels.telegram.bot_client import TelegramClient
        _kill_after(TelegramClient, "send_text", times)
    elif name == "part_done":
        from shopinbox.channels.telegram import send
        _kill_after(send, "end_step", times)
    else:
        raise SystemExit(f"unknown point {name!r}")


if __name__ == "__main__":
    point, separator, *rest = sys.argv[1:]
    assert separator == "--"
    arm(point)
    from shopinbox.cli import main

    sys.exit(main(rest))
