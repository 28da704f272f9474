"""The Allegro REST client (httpx, blocking): Bearer token, `Accept:
application/vnd.allegro.public.v1+json`, and the rules every call follows.

- 401 `invalid_token` (an expired access token): refresh once and repeat the call. The refresh
  rotates the refresh token; the new pair is saved to the keyring before the call is repeated.
  A lock per account serialises refreshes of the sync and the outbox in one process, and the
  keyring is read again first: if another worker refreshed meanwhile, its token is used.
- 429: wait `Retry-After` when it is short (≤ `max_wait` s), else raise `throttled(until)` so
  the sync engine waits without blocking other accounts.
- 5xx and network errors: a few retries with a doubling pause, then `server_error` /
  `server_unreachable` (retryable: the engine's policy tries again later).

Secrets: the client secret is the account's secret (keyring or a named environment variable);
the tokens live in the keyring under the account's `/oauth` entry, never in the database.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from shopinbox.app.core.secrets import SecretUnavailable, load_secret, store_secret
from shopinbox.channels.allegro import auth
from shopinbox.channels.allegro.auth import Tokens
from shopinbox.domain.errors import ShopError, throttled
from shopinbox.logs import register_secret

log = logging.getLogger(__name__)

MEDIA = "application/vnd.allegro.public.v1+json"
REFRESH_EARLY = 60.0  # refresh an access token this many seconds before it runs out
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def tokens_key(account_name: str) -> str:
    """The keyring entry (as an account name for app/core/secrets.py) of the OAuth tokens."""
    return f"{account_name}/oauth"


def save_tokens(account_name: str, tokens: Tokens) -> None:
    store_secret(tokens_key(account_name), json.dumps(tokens.as_dict()))
    register_secret(tokens.access_token)
    register_secret(tokens.refresh_token)


def _lock(account_name: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(account_name, threading.Lock())


@dataclass
class TokenStore:
    """The account's tokens: loaded from the keyring, refreshed and saved back."""

    account_name: str
    client_id: str
    client_secret: str
    auth_url: str
    transport: httpx.BaseTransport | None = None
    _tokens: Tokens | None = field(default=None, repr=False)

    def _load(self) -> Tokens:
        try:
            data = json.loads(load_secret(tokens_key(self.account_name), "keyring"))
            tokens = Tokens(str(data["access_token"]), str(data["refresh_token"]),
                            float(data.get("expires_at") or 0))
        except SecretUnavailable as error:
            if error.code == "secret_missing":  # never signed in (or the entry was removed)
                raise ShopError("token_revoked", detail="no tokens in the keyring") from None
            raise
        except (ValueError, KeyError, TypeError):
            raise ShopError("token_revoked", detail="unreadable tokens in the keyring") from None
        register_secret(tokens.access_token)
        register_secret(tokens.refresh_token)
        return tokens

    def access_token(self) -> str:
        if self._tokens is None:
            self._tokens = self._load()
        if self._tokens.expires_at - REFRESH_EARLY < time.time():
            return self.refreshed(self._tokens.access_token)
        return self._tokens.access_token

    def refreshed(self, failed: str) -> str:
        """A working access token after `failed` was refused: another worker's newer one, or a
        refreshed pair (saved at once: the old refresh token no longer works)."""
        with _lock(self.account_name):
            stored = self._load()
            if stored.access_token != failed and stored.expires_at - REFRESH_EARLY > time.time():
                self._tokens = stored
                return stored.access_token
            fresh = auth.refresh(self.auth_url, self.client_id, self.client_secret,
                                 stored.refresh_token, transport=self.transport)
            save_tokens(self.account_name, fresh)
            log.info("allegro account %s: access token refreshed", self.account_name)
            self._tokens = fresh
            return fresh.access_token


class AllegroClient:
    def __init__(self, tokens: TokenStore, api_url: str, *, max_wait: float = 5.0,
                 attempts: int = 3, backoff: float = 0.5,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.tokens, self.api_url = tokens, api_url.rstrip("/")
        self.max_wait, self.attempts, self.backoff = max_wait, attempts, backoff
        self.host = urlsplit(self.api_url).hostname or self.api_url
        self.throttled = 0  # how often Allegro asked to wait (429) during this client's life
        self.http = httpx.Client(timeout=auth.TIMEOUT, transport=transport,
                                 limits=httpx.Limits(max_keepalive_connections=8))

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> AllegroClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                body: Any = None, content: bytes | None = None,
                content_type: str | None = None, accept: str = MEDIA) -> httpx.Response:
        """One call with the rules above; `path` may be a whole URL (attachment downloads).
        Returns the 2xx reply; raises `ShopError` for the rest."""
        url = path if path.startswith(("http://", "https://")) else self.api_url + path
        refreshed = False
        pause = self.backoff
        attempt = 0
        while True:
            attempt += 1
            token = self.tokens.access_token()
            headers = {"Authorization": f"Bearer {token}", "Accept": accept}
            if body is not None or content is not None:
                headers["Content-Type"] = content_type or MEDIA
            try:
                reply = self.http.request(
                    method, url, params=params, headers=headers, content=content if content
                    is not None else (json.dumps(body).encode() if body is not None else None))
            except httpx.TimeoutException:
                if attempt < self.attempts:
                    time.sleep(pause)
                    pause *= 2
                    continue
                raise ShopError("timeout", host=self.host) from None
            except httpx.HTTPError as error:
                if attempt < self.attempts:
                    time.sleep(pause)
                    pause *= 2
                    continue
                raise ShopError("server_unreachable", host=self.host,
                                detail=f"{type(error).__name__}: {error}") from None
            status = reply.status_code
            if status < 300:
                return reply
            if status == 401 and not refreshed:
                refreshed = True
                self.tokens.refreshed(token)
                attempt -= 1
                continue
            if status == 429:
                self.throttled += 1
                wait = auth._retry_after(reply)
                if wait <= self.max_wait and attempt < self.attempts + 2:
                    time.sleep(wait)
                    continue
                raise throttled(wait, detail=f"HTTP 429 on {path}")
            if status >= 500 and attempt < self.attempts:
                time.sleep(pause)
                pause *= 2
                continue
            raise self._failure(reply, path)

    def _failure(self, reply: httpx.Response, path: str) -> ShopError:
        status = reply.status_code
        detail = f"HTTP {status} on {path}: {reply.text[:300]}"
        if status == 401:
            return ShopError("token_revoked", detail=detail)
        if status >= 500:
            return ShopError("server_error", detail=detail)
        if status == 413:
            return ShopError("file_too_large", detail=detail)
        if status in (400, 403, 404, 409, 422):
            return ShopError("message_rejected", detail=detail)
        return ShopError("protocol_error", host=self.host, detail=detail)

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        data = self.request("GET", path, params={k: v for k, v in params.items()
                                                 if v is not None}).json()
        if not isinstance(data, dict):
            raise ShopError("protocol_error", host=self.host, detail=f"{path}: not an object")
        return data

    def send_json(self, method: str, path: str, body: Any) -> dict[str, Any]:
        reply = self.request(method, path, body=body)
        return reply.json() if reply.content else {}

    def download(self, url: str) -> bytes:
        return self.request("GET", url, accept="*/*").content


def client_for(account: Any, *, max_wait: float = 5.0, attempts: int = 3,
               backoff: float = 0.5) -> AllegroClient:
    """The client of a stored Allegro account (its client secret from the keyring or its
    environment variable, its tokens from the keyring)."""
    settings = dict(account.settings or {})
    secret = load_secret(account.name, account.secret_ref)
    store = TokenStore(account.name, str(settings["client_id"]), secret,
                       str(settings.get("auth_url") or auth.DEFAULT_AUTH_URL))
    return AllegroClient(store, str(settings.get("api_url") or auth.DEFAULT_API_URL),
                         max_wait=max_wait, attempts=attempts, backoff=backoff)
