"""The VK API over httpx (async, no Qt, no database): community methods and the Bots Long Poll.

`VkClient` is an async context manager around one `httpx.AsyncClient`. Every method call is
`POST {api_url}/method/<name>` with `access_token` and `v` in the form body (so the token never
appears in a URL or an access log); the answer is `{"response": …}` or `{"error": {"error_code",
"error_msg", …}}`. The errors the app acts on become `ShopError`s:

- 5 (user authorization failed: invalid or revoked token) → `VkTokenRejected` (`token_revoked`:
  the account stops until the user enters a new token),
- 6 ("Too many requests per second") → a short wait and the same request again; when it keeps
  coming, `throttled(until)` a second ahead, so the sync engine waits instead,
- 9 (flood control) → `throttled(until)` a minute ahead,
- 7, 15, 27 (the token lacks a right, or the method needs another kind of token) →
  `VkPermissionDenied` (`permission_denied`),
- 900, 901, 902 (the customer blocked the community or does not allow its messages) →
  `VkRecipientBlocked` (`recipient_blocked`),
- 10 (internal server error) → retried with backoff, then `server_error`; HTTP 5xx and
  network failures → retried with backoff, then `VkUnavailable` (`server_unreachable`);
- anything else → `VkRejected` (`message_rejected`) for what sends a reply, else
  `protocol_error` (an answer shopinbox did not expect; retried, then reported).

`messages.send` is repeated after an ambiguous failure (a timeout, a dropped connection, a lost
response) too: its `random_id` makes VK answer a repeat with the message it already posted, so
a repeat can never post twice. VK's own error text goes to `detail` (the log only).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from shopinbox.channels.vk.convert import API_VERSION
from shopinbox.domain.errors import ShopError, throttled
from shopinbox.logs import register_secret

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.vk.ru"  # VK moves its API host from vk.com to vk.ru: a setting
DOWNLOAD_LIMIT = 50 * 1024 * 1024  # larger files stay a note with a link to open in VK
FLOOD_WAIT = 60.0  # seconds the engine waits after error 9 (flood control)


class VkFailure(ShopError):
    """Base of the failures the app reacts to: a ShopError with the class's code unless another
    is given. Parameters never hold the token."""

    default_code = "internal"

    def __init__(self, code: str | None = None, /, **params: object) -> None:
        super().__init__(code or self.default_code, **params)


class VkTokenRejected(VkFailure):
    default_code = "token_revoked"


class VkPermissionDenied(VkFailure):
    default_code = "permission_denied"


class VkRecipientBlocked(VkFailure):
    default_code = "recipient_blocked"


class VkUnavailable(VkFailure):
    default_code = "server_unreachable"


class VkRejected(VkFailure):
    """VK refused the request itself (a wrong parameter, a message too long …)."""

    default_code = "message_rejected"


class VkFileTooLarge(VkFailure):
    default_code = "file_too_large"


TOKEN_ERRORS = {5}
PERMISSION_ERRORS = {7, 15, 27, 28}
BLOCKED_ERRORS = {900, 901, 902}
TOO_FAST = 6
FLOOD = 9
SERVER_ERRORS = {1, 10}
SENDING_METHODS = ("messages.send", "photos.", "docs.")  # their refusals are the reply's


class VkClient:
    """One API session: `async with VkClient(token, api_url) as client:`."""

    def __init__(self, token: str, api_url: str | None = None, *, attempts: int = 5,
                 backoff: float = 0.5, timeout: float = 30.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.api_url = (api_url or DEFAULT_API_URL).rstrip("/")
        self.host = httpx.URL(self.api_url).host or "api.vk.ru"  # named in errors
        self._token = token
        self._attempts = attempts
        self._backoff = backoff
        self._sleep = sleep
        self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=True,
                                       limits=httpx.Limits(max_connections=8))
        self.waits: list[float] = []  # what the client slept through, for tests

    async def __aenter__(self) -> VkClient:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self._http.aclose()

    async def _pause(self, attempt: int, why: str) -> None:
        wait = self._backoff * 2 ** (attempt - 1)
        log.info("VK request failed (%s); retry %d in %.1f s", why, attempt, wait)
        self.waits.append(wait)
        await self._sleep(wait)

    async def call(self, method: str, **params: Any) -> Any:
        """One API method; the `response` part of the answer, or a mapped failure."""
        form = {k: _form_value(v) for k, v in params.items() if v is not None}
        form.update(access_token=self._token, v=API_VERSION)
        url = f"{self.api_url}/method/{method}"
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = await self._http.post(url, data=form)
                if answer.status_code >= 500 or answer.status_code == 429:
                    raise httpx.HTTPStatusError(f"HTTP {answer.status_code}",
                                                request=answer.request, response=answer)
                if answer.status_code == 401:
                    raise VkTokenRejected(detail=f"HTTP 401 from {method}")
                body = answer.json()
            except (httpx.HTTPError, ValueError) as error:
                why = _describe(error)
                if attempt >= self._attempts:
                    raise VkUnavailable(host=self.host, detail=f"{method}: {why}") from None
                await self._pause(attempt, why)
                continue
            if not isinstance(body, dict):
                raise ShopError("protocol_error", host=self.host, detail=f"{method}: {body!r}")
            if "error" not in body:
                return body.get("response")
            answer_error = body["error"] or {}
            code = int(answer_error.get("error_code") or 0)
            text = str(answer_error.get("error_msg") or "")
            detail = f"{method}: VK error {code}: {text}"
            if code in TOKEN_ERRORS:
                raise VkTokenRejected(detail=detail)
            if code in PERMISSION_ERRORS:
                raise VkPermissionDenied(detail=detail)
            if code in BLOCKED_ERRORS:
                raise VkRecipientBlocked(detail=detail)
            if code == FLOOD:
                raise throttled(FLOOD_WAIT, detail=detail)
            if code == TOO_FAST or code in SERVER_ERRORS:
                if attempt >= self._attempts:
                    if code == TOO_FAST:
                        raise throttled(1.0, detail=detail)
                    raise ShopError("server_error", detail=detail)
                await self._pause(attempt, f"error {code}")
                continue
            if method.startswith(SENDING_METHODS):
                raise VkRejected(detail=detail)  # this reply (text, file) was refused
            raise ShopError("protocol_error", host=self.host, detail=detail)

    async def long_poll_server(self, group_id: int) -> dict[str, Any]:
        """`groups.getLongPollServer`: {"server", "key", "ts"}."""
        answer = await self.call("groups.getLongPollServer", group_id=group_id)
        register_secret(str(answer["key"]))  # a session key: masked if a log ever quotes it
        return {"server": str(answer["server"]), "key": str(answer["key"]),
                "ts": str(answer["ts"])}

    async def a_check(self, server: str, key: str, ts: str, wait: int) -> dict[str, Any]:
        """One long-poll request: {"ts", "updates"} or {"failed": 1|2|3, …}. `wait` seconds at
        most without events (0: answer at once). The key is a session key, never logged."""
        params: dict[str, str | int] = {"act": "a_check", "key": key, "ts": ts, "wait": wait}
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = await self._http.get(server, params=params, timeout=wait + 15.0)
                if answer.status_code >= 500 or answer.status_code == 429:
                    raise httpx.HTTPStatusError(f"HTTP {answer.status_code}",
                                                request=answer.request, response=answer)
                body = answer.json()
            except (httpx.HTTPError, ValueError) as error:
                why = _describe(error)
                if attempt >= self._attempts:
                    host = httpx.URL(server).host or server
                    raise VkUnavailable(host=host, detail=f"a_check: {why}") from None
                await self._pause(attempt, why)
                continue
            if not isinstance(body, dict):
                raise ShopError("protocol_error", host=self.host, detail=f"a_check: {body!r}")
            return body

    async def users(self, user_ids: list[int]) -> list[dict[str, Any]]:
        """`users.get` with screen names, 1000 ids a call."""
        found: list[dict[str, Any]] = []
        for start in range(0, len(user_ids), 1000):
            chunk = user_ids[start:start + 1000]
            found.extend(await self.call("users.get", user_ids=",".join(map(str, chunk)),
                                         fields="screen_name") or [])
        return found

    async def send(self, peer_id: int, random_id: int, text: str = "",
                   attachment: str | None = None) -> int:
        """`messages.send` to one peer; returns the message id. Safe to repeat: a repeated
        `random_id` is answered with the message already posted."""
        answer = await self.call("messages.send", peer_id=peer_id, random_id=random_id,
                                 message=text or None, attachment=attachment)
        if isinstance(answer, list):  # peer_ids form: [{"peer_id", "message_id"}]
            answer = answer[0].get("message_id") if answer else 0
        return int(answer)

    async def upload(self, url: str, field: str, filename: str, content: bytes,
                     mime: str) -> dict[str, Any]:
        """POST a file to an upload server a `*.get…UploadServer` method named."""
        attempt = 0
        while True:
            attempt += 1
            try:
                answer = await self._http.post(url, files={field: (filename, content, mime)})
                answer.raise_for_status()
                body = answer.json()
            except (httpx.HTTPError, ValueError) as error:
                if attempt >= self._attempts:
                    raise VkUnavailable(host=httpx.URL(url).host or url,
                                        detail=f"upload: {_describe(error)}") from None
                await self._pause(attempt, _describe(error))
                continue
            if not isinstance(body, dict) or body.get("error"):
                raise VkRejected(detail=f"upload: {body!r}"[:300])
            return body

    async def download(self, url: str, size_hint: int | None = None) -> bytes:
        """The bytes behind an attachment URL; `VkFileTooLarge` beyond `DOWNLOAD_LIMIT`."""
        if size_hint is not None and size_hint > DOWNLOAD_LIMIT:
            raise VkFileTooLarge(detail=f"{size_hint} bytes")
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self._http.stream("GET", url) as answer:
                    answer.raise_for_status()
                    chunks, total = [], 0
                    async for chunk in answer.aiter_bytes():
                        total += len(chunk)
                        if total > DOWNLOAD_LIMIT:
                            raise VkFileTooLarge(detail=f"over {DOWNLOAD_LIMIT} bytes")
                        chunks.append(chunk)
                    return b"".join(chunks)
            except httpx.HTTPStatusError as error:
                if error.response.status_code < 500 or attempt >= self._attempts:
                    raise VkUnavailable(host=httpx.URL(url).host or url,
                                        detail=f"download: {_describe(error)}") from None
                await self._pause(attempt, _describe(error))
            except httpx.HTTPError as error:
                if attempt >= self._attempts:
                    raise VkUnavailable(host=httpx.URL(url).host or url,
                                        detail=f"download: {_describe(error)}") from None
                await self._pause(attempt, _describe(error))


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _describe(error: BaseException) -> str:
    """Why a request failed, without its URL (the long-poll key and tokens are in URLs)."""
    if isinstance(error, httpx.HTTPStatusError):
        return f"HTTP {error.response.status_code}"
    return type(error).__name__
