"""The Telegram Bot API through python-telegram-bot's `Bot` (async, no Qt, no database).

`TelegramClient` is an async context manager that opens one `Bot` (pointed at a self-hosted Bot
API server when `api_url` is given) and maps the API's failures to the few cases the app acts on:

- 401/404 token → `TokenRejected` (code `token_revoked`: the account is stopped),
- 409 → `PollConflict` (`poll_conflict`: another poller or a webhook owns the updates),
- 403 → `BotBlocked` (`recipient_blocked`: the user blocked the bot),
- 429 → waits `retry_after` and repeats when that is at most `max_wait`; a longer wait is
  `Throttled` (`throttled(until=…, service="Telegram")`), so the sync engine waits instead of a
  blocked worker,
- 5xx and network drops → retries with backoff, then `TelegramUnavailable`
  (`server_unreachable`).

Waits are capped per call and in total: a server that keeps answering 429 (or 5xx) ends the
call after `max_total_wait` seconds of waiting at most — as `Throttled` until the moment it
last named, or `TelegramUnavailable` — never a loop without end.

Every failure is a `ShopError`; Telegram's own description goes to `detail` (the log).

Updates are fetched as raw JSON (`do_api_request` without a return type), so that what is stored
is what the server sent, and the domain converts documented dicts rather than library objects.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from telegram import Bot, InputFile, ReplyParameters
from telegram import error as tg_error
from telegram.constants import ParseMode
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from shopinbox.domain.errors import ShopError, throttled

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_API_URL = "https://api.telegram.org"
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # getFile serves files up to 20 MB to bots


class TelegramFailure(ShopError):
    """Base of the failures the app reacts to: a ShopError with the class's code unless another
    is given. Parameters never hold the token."""

    default_code = "internal"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        super().__init__(code or self.default_code, **params)


class TokenRejected(TelegramFailure):
    default_code = "token_revoked"


class PollConflict(TelegramFailure):
    default_code = "poll_conflict"


class BotBlocked(TelegramFailure):
    default_code = "recipient_blocked"


class TelegramUnavailable(TelegramFailure):
    default_code = "server_unreachable"


class FileTooLarge(TelegramFailure):
    default_code = "file_too_large"


class RequestRejected(TelegramFailure):
    """400 Bad Request: the server refused what we asked (wrong chat, empty text …)."""

    default_code = "message_rejected"


class Throttled(TelegramFailure):
    """429 with a `retry_after` longer than the client waits by itself."""

    default_code = "throttled"


@dataclass(frozen=True)
class BotInfo:
    id: int
    username: str
    first_name: str


@dataclass(frozen=True)
class WebhookState:
    url: str
    pending_update_count: int
    last_error_message: str | None = None


def api_urls(api_url: str | None) -> tuple[str, str]:
    """(base_url, base_file_url) for `Bot`, from the server root (default: Telegram's)."""
    root = (api_url or DEFAULT_API_URL).rstrip("/")
    return f"{root}/bot", f"{root}/file/bot"


def _retry_after(error: tg_error.RetryAfter) -> float:
    """Seconds to wait; PTB 22 warns that the attribute will become a timedelta (both work)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _surely_not_sent(error: BaseException) -> bool:
    """True when repeating cannot deliver twice: the server answered with an error status
    (no transport exception behind it), or the connection was never made. A read timeout or a
    dropped connection after sending is ambiguous and is not repeated for sends."""
    cause = error.__cause__
    if not isinstance(cause, httpx.HTTPError):
        return True
    return isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


_TLS: ssl.SSLContext | None = None


def _tls() -> ssl.SSLContext:
    """One TLS context for every client: building one loads the CA store (~0.1 s), which a
    client per outbox message (a campaign sends thousands) would pay twice each time."""
    global _TLS
    if _TLS is None:
        _TLS = ssl.create_default_context()
    return _TLS


class TelegramClient:
    """One bot session. Use `async with TelegramClient(token, api_url) as client:`."""

    def __init__(self, token: str, api_url: str | None = None, *, attempts: int = 5,
                 backoff: float = 0.5, max_wait: float = 60.0, max_total_wait: float = 60.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        base_url, base_file_url = api_urls(api_url)
        self.host = httpx.URL(base_url).host or "api.telegram.org"  # named in errors
        self._bot = Bot(
            token,
            base_url=base_url,
            base_file_url=base_file_url,
            request=HTTPXRequest(connection_pool_size=4, read_timeout=30.0,
                                 httpx_kwargs={"verify": _tls()}),
            get_updates_request=HTTPXRequest(read_timeout=30.0,
                                             httpx_kwargs={"verify": _tls()}),
        )
        self._attempts = attempts
        self._backoff = backoff
        self._max_wait = max_wait
        self._max_total_wait = max_total_wait
        self._sleep = sleep
        self.waits: list[float] = []  # what the client slept through (429 and backoff), for tests

    async def __aenter__(self) -> TelegramClient:
        # Bot.initialize() calls getMe: a bad token fails here, with our message.
        await self._call(self._bot.initialize, retry_sends=True)
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        try:
            await self._bot.shutdown()
        except Exception:  # closing a half-open client must not hide the real error
            log.debug("bot shutdown failed", exc_info=True)

    async def _call(self, make: Callable[[], Awaitable[T]], *, retry_sends: bool = True) -> T:
        """Run one API call with the error mapping. `retry_sends=False` (sends): repeat only
        what surely did not arrive (429, connection refused), never an ambiguous timeout."""
        attempt = 0
        waited = 0.0  # all waits of this call together (429s and back-off)
        while True:
            attempt += 1
            try:
                return await make()
            except tg_error.RetryAfter as error:
                wait = _retry_after(error)
                if wait > self._max_wait or waited + wait > self._max_total_wait:
                    until = throttled(wait).until
                    log.info("Telegram flood control: %.0f s (after %.0f s of waiting), "
                             "until %s", wait, waited, until)
                    raise Throttled(until=until, service="Telegram") from None
                log.info("Telegram flood control: waiting %.0f s", wait)
                waited += wait
                self.waits.append(wait)
                await self._sleep(wait)
                continue
            except (tg_error.InvalidToken, tg_error.EndPointNotFound) as error:
                raise TokenRejected(detail=type(error).__name__) from None
            except tg_error.Conflict as error:
                raise PollConflict(detail=error.message) from None
            except tg_error.Forbidden as error:
                raise BotBlocked(detail=error.message) from None
            except tg_error.BadRequest as error:
                if "too big" in error.message.lower():
                    raise FileTooLarge(detail=error.message) from None
                raise RequestRejected(detail=error.message) from None
            except tg_error.NetworkError as error:  # 5xx, timeouts, dropped connections
                repeatable = retry_sends or _surely_not_sent(error)
                wait = self._backoff * 2 ** (attempt - 1)
                if not repeatable or attempt >= self._attempts \
                        or waited + wait > self._max_total_wait:
                    raise TelegramUnavailable(host=self.host, detail=error.message) from None
                log.info("Telegram request failed (%s); retry %d in %.1f s", error.message,
                         attempt, wait)
                waited += wait
                self.waits.append(wait)
                await self._sleep(wait)

    async def get_me(self) -> BotInfo:
        me = await self._call(self._bot.get_me)
        return BotInfo(me.id, me.username or "", me.first_name or "")

    async def webhook_info(self) -> WebhookState:
        info = await self._call(self._bot.get_webhook_info)
        return WebhookState(info.url or "", info.pending_update_count or 0,
                            info.last_error_message)

    async def delete_webhook(self) -> None:
        """Only with the user's consent: the other tool that set it stops receiving updates."""
        await self._call(lambda: self._bot.delete_webhook(drop_pending_updates=False))

    async def get_updates(self, offset: int | None, timeout: int = 0,
                          limit: int = 100) -> list[dict[str, Any]]:
        """Raw Update dicts from `offset` on; a long poll when `timeout` > 0. Fetching with an
        offset confirms every earlier update on the server."""
        params: dict[str, Any] = {"timeout": timeout, "limit": limit,
                                  "allowed_updates": ["message", "edited_message",
                                                      "my_chat_member"]}
        if offset is not None:
            params["offset"] = offset
        # Bot API method names are case-insensitive; the lower-case name keeps PTB from
        # suggesting its typed get_updates, which we skip on purpose to keep the raw JSON.
        result = await self._call(lambda: self._bot.do_api_request(
            "getupdates", api_kwargs=params, read_timeout=timeout + 15.0))
        return list(result or [])

    async def download(self, file_id: str, size_hint: int | None = None,
                       on_progress: Callable[[int, int], None] | None = None) -> bytes:
        """The file's bytes; `FileTooLarge` beyond the Bot API's 20 MB download limit.
        `on_progress(done, expected)`: the file is streamed and each piece reported."""
        if size_hint is not None and size_hint > DOWNLOAD_LIMIT:
            raise FileTooLarge(detail=f"{size_hint} bytes")
        file = await self._call(lambda: self._bot.get_file(file_id))
        if file.file_size is not None and file.file_size > DOWNLOAD_LIMIT:
            raise FileTooLarge(detail=f"{file.file_size} bytes")
        if on_progress is None or not file.file_path:
            return bytes(await self._call(file.download_as_bytearray))
        expected = int(file.file_size or size_hint or 0)
        url = str(file.file_path)
        return await self._call(lambda: _stream(url, expected, on_progress))

    async def send_text(self, chat_id: int | str, html_text: str,
                        reply_to: int | None = None) -> int:
        """Send one part (already escaped, within 4096 characters); returns its message_id."""
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        sent = await self._call(lambda: self._bot.send_message(
            chat_id, html_text, parse_mode=ParseMode.HTML, reply_parameters=reply,
            link_preview_options=None), retry_sends=False)
        return sent.message_id

    async def send_file(self, chat_id: int | str, content: bytes, filename: str, *,
                        photo: bool, caption_html: str | None = None,
                        reply_to: int | None = None) -> int:
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        upload = InputFile(content, filename=filename)
        if photo:
            sent = await self._call(lambda: self._bot.send_photo(
                chat_id, upload, caption=caption_html, parse_mode=ParseMode.HTML,
                reply_parameters=reply), retry_sends=False)
        else:
            sent = await self._call(lambda: self._bot.send_document(
                chat_id, upload, caption=caption_html, parse_mode=ParseMode.HTML,
                reply_parameters=reply), retry_sends=False)
        return sent.message_id


async def _stream(url: str, expected: int, on_progress: Callable[[int, int], None]) -> bytes:
    """GET a file in pieces, reporting (done, expected) after each; failures as the Bot
    library's own errors, so `_call` maps and retries them like any other request."""
    pieces: list[bytes] = []
    done = 0
    on_progress(0, expected)
    try:
        async with httpx.AsyncClient(timeout=30.0) as http, http.stream("GET", url) as answer:
            if answer.status_code >= 500:
                raise tg_error.NetworkError(f"file download: HTTP {answer.status_code}")
            if answer.status_code >= 400:
                raise tg_error.BadRequest(f"file download: HTTP {answer.status_code}")
            async for piece in answer.aiter_bytes(64 * 1024):
                pieces.append(piece)
                done += len(piece)
                on_progress(done, max(expected, done))
    except httpx.HTTPError as error:
        raise tg_error.NetworkError(f"file download: {type(error).__name__}") from None
    return b"".join(pieces)
