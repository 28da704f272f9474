"""Bot clients kept open between the outbox's sends (no database, no Qt).

A campaign sends thousands of Telegram messages; opening a `TelegramClient` for each one meant
a new event loop, a new HTTP connection pool and a `getMe` call per message — most of the time
a message took. Here one asyncio loop runs in a daemon thread of the process, and each bot
(token + server) has one client on it, opened at its first send and then reused by every
sending thread (the outbox's workers block on their own call only; several bots' calls run
side by side on the loop).

A client is closed after IDLE_CLOSE seconds without a call, and as soon as a call on it failed
in a way that may concern the connection or the token (anything but the server's own answer
about one message: blocked, rejected, too big, flood control) — the next send opens a new one.
Nothing is ever sent twice here: a failed send is raised to the outbox, which decides by its
recorded steps; the client's own rule (`TelegramClient._call`) repeats only what surely did
not arrive.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from shopinbox.channels.telegram.bot_client import (
    BotBlocked,
    FileTooLarge,
    RequestRejected,
    TelegramClient,
    Throttled,
)

T = TypeVar("T")
IDLE_CLOSE = 30.0  # seconds a bot client stays open with nothing to send
CLOSE_TIMEOUT = 5.0  # seconds closing the clients may take when the process ends
# The server answered about this message; the connection and the token are fine.
ANSWERS_ABOUT_THE_MESSAGE = (BotBlocked, RequestRejected, FileTooLarge, Throttled)


@dataclass
class _Kept:
    client: TelegramClient
    in_use: int = 0
    last_used: float = field(default_factory=time.monotonic)
    retired: bool = False  # failed or idle: no new calls; closed once the last one is done


class BotSessions:
    """One loop thread and the open clients on it, per (token, api url, waits)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kept: dict[tuple[str, str | None, float, float], _Kept] = {}
        self._opening: dict[tuple[str, str | None, float, float], asyncio.Lock] = {}

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="telegram-sends",
                                          daemon=True)
                thread.start()
                self._loop = loop
            return self._loop

    def call(self, token: str, api_url: str | None,
             use: Callable[[TelegramClient], Awaitable[T]], *, max_wait: float,
             max_total_wait: float) -> T:
        """Run `use(client)` with this bot's kept client, from any thread; blocks until done.
        Raises what the client raised (a `ShopError`)."""
        key = (token, api_url, max_wait, max_total_wait)
        future = asyncio.run_coroutine_threadsafe(self._use(key, use), self._running_loop())
        return future.result()

    async def _client(self, key: tuple[str, str | None, float, float]) -> _Kept:
        kept = self._kept.get(key)
        if kept is not None and not kept.retired:
            return kept
        opening = self._opening.setdefault(key, asyncio.Lock())
        async with opening:  # two first sends of one bot: one getMe, one client
            kept = self._kept.get(key)
            if kept is not None and not kept.retired:
                return kept
            token, api_url, max_wait, max_total_wait = key
            client = TelegramClient(token, api_url, max_wait=max_wait,
                                    max_total_wait=max_total_wait)
            await client.__aenter__()  # getMe: a bad token fails here, nothing kept
            kept = _Kept(client)
            self._kept[key] = kept
            self._watch(key, kept)
            return kept

    async def _use(self, key: tuple[str, str | None, float, float],
                   use: Callable[[TelegramClient], Awaitable[T]]) -> T:
        kept = await self._client(key)
        kept.in_use += 1
        try:
            return await use(kept.client)
        except ANSWERS_ABOUT_THE_MESSAGE:
            raise
        except BaseException:
            self._retire(key, kept)
            raise
        finally:
            kept.in_use -= 1
            kept.last_used = time.monotonic()
            if kept.retired and kept.in_use == 0:
                await kept.client.__aexit__(None, None, None)

    def _retire(self, key: tuple[str, str | None, float, float], kept: _Kept) -> None:
        kept.retired = True
        if self._kept.get(key) is kept:
            del self._kept[key]

    def _watch(self, key: tuple[str, str | None, float, float], kept: _Kept) -> None:
        """Close the client once it has been idle for IDLE_CLOSE seconds."""
        loop = asyncio.get_running_loop()

        def check() -> None:
            if kept.retired:
                return
            idle = time.monotonic() - kept.last_used
            if kept.in_use or idle < IDLE_CLOSE:
                loop.call_later(max(IDLE_CLOSE - idle, 1.0), check)
                return
            self._retire(key, kept)
            loop.create_task(kept.client.__aexit__(None, None, None))

        loop.call_later(IDLE_CLOSE, check)

    def kept(self) -> int:
        """How many bot clients are open (tests)."""
        return len(self._kept)

    def forget(self) -> None:
        """In a forked child: the loop thread and the connections are the parent's."""
        self._lock = threading.Lock()
        self._loop = None
        self._kept = {}
        self._opening = {}

    def close_all(self) -> None:
        """Close every kept client now (the process ends; tests)."""
        loop = self._loop
        if loop is None or loop.is_closed() or not loop.is_running():
            return

        async def close() -> None:
            for key, kept in list(self._kept.items()):
                self._retire(key, kept)
                if kept.in_use == 0:
                    await kept.client.__aexit__(None, None, None)

        try:
            asyncio.run_coroutine_threadsafe(close(), loop).result(CLOSE_TIMEOUT)
        except Exception:  # the process is ending: an unclean close loses nothing
            pass


SESSIONS = BotSessions()
atexit.register(SESSIONS.close_all)
if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=SESSIONS.forget)
