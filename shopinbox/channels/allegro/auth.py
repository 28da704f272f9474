"""Allegro sign-in with the OAuth 2.0 device flow (RFC 8628, as Allegro documents it).

`start_device_flow` asks `POST {auth}/auth/oauth/device` (HTTP Basic client_id:client_secret)
for a device code and the user code the user confirms on `verification_uri_complete`;
`wait_for_grant` polls `POST {auth}/auth/oauth/token?grant_type=urn:ietf:params:oauth:
grant-type:device_code&device_code=…` every `interval` seconds: `authorization_pending` means
wait, `slow_down` means wait 5 s longer each time, `access_denied` ends with `sign_in_denied`,
an expired or unknown device code with `sign_in_expired`. `refresh` trades a refresh token for
a new pair (Allegro rotates refresh tokens: the old one stops working); `invalid_grant` there is
a revoked or expired grant, `token_revoked` — the user has to sign in again.

Blocking httpx calls: run them in a worker thread (the form does), never on the UI thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from shopinbox.domain.errors import ShopError, throttled

DEFAULT_AUTH_URL = "https://allegro.pl"
DEFAULT_API_URL = "https://api.allegro.pl"
SANDBOX_AUTH_URL = "https://allegro.pl.allegrosandbox.pl"
SANDBOX_API_URL = "https://api.allegro.pl.allegrosandbox.pl"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
TIMEOUT = httpx.Timeout(20.0, connect=10.0)


@dataclass(frozen=True)
class DeviceGrant:
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    interval: float
    expires_in: float


@dataclass
class Tokens:
    access_token: str
    refresh_token: str
    expires_at: float  # time.time() when the access token runs out

    def as_dict(self) -> dict[str, Any]:
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at}

    @classmethod
    def from_reply(cls, data: dict[str, Any]) -> Tokens:
        try:
            return cls(str(data["access_token"]), str(data["refresh_token"]),
                       time.time() + float(data.get("expires_in") or 43_200))
        except (KeyError, TypeError, ValueError):
            raise ShopError("protocol_error", host="allegro", detail=str(data)[:200]) from None


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _post(auth_url: str, path: str, client_id: str, client_secret: str, *,
          params: dict[str, str] | None = None, data: dict[str, str] | None = None,
          transport: httpx.BaseTransport | None = None) -> httpx.Response:
    url = auth_url.rstrip("/") + path
    try:
        with httpx.Client(timeout=TIMEOUT, transport=transport) as http:
            return http.post(url, params=params, data=data, auth=(client_id, client_secret),
                             headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        raise ShopError("timeout", host=_host(auth_url)) from None
    except httpx.HTTPError as error:
        raise ShopError("server_unreachable", host=_host(auth_url),
                        detail=f"{type(error).__name__}: {error}") from None


def _oauth_error(reply: httpx.Response) -> str:
    try:
        data = reply.json()
    except ValueError:
        return ""
    return str(data.get("error") or "") if isinstance(data, dict) else ""


def _failure(reply: httpx.Response, auth_url: str) -> ShopError:
    code = _oauth_error(reply)
    detail = f"HTTP {reply.status_code} {code}".strip()
    if reply.status_code == 401 or code in ("invalid_client", "unauthorized_client"):
        return ShopError("client_rejected", detail=detail)
    if reply.status_code == 429:
        return throttled(_retry_after(reply), detail=detail)
    if reply.status_code >= 500:
        return ShopError("server_error", detail=detail)
    return ShopError("protocol_error", host=_host(auth_url), detail=detail)


def _retry_after(reply: httpx.Response, default: float = 60.0) -> float:
    try:
        return max(0.0, float(reply.headers.get("Retry-After", default)))
    except ValueError:
        return default


def start_device_flow(auth_url: str, client_id: str, client_secret: str, *,
                      transport: httpx.BaseTransport | None = None) -> DeviceGrant:
    reply = _post(auth_url, "/auth/oauth/device", client_id, client_secret,
                  data={"client_id": client_id}, transport=transport)
    if reply.status_code != 200:
        raise _failure(reply, auth_url)
    try:
        data = reply.json()
        uri = str(data["verification_uri"])
        return DeviceGrant(str(data["device_code"]), str(data["user_code"]), uri,
                           str(data.get("verification_uri_complete") or uri),
                           float(data.get("interval") or 5), float(data.get("expires_in") or 3600))
    except (KeyError, TypeError, ValueError):
        raise ShopError("protocol_error", host=_host(auth_url),
                        detail=reply.text[:200]) from None


def wait_for_grant(auth_url: str, client_id: str, client_secret: str, grant: DeviceGrant, *,
                   stop_event: threading.Event | None = None,
                   sleep: Callable[[float], object] | None = None,
                   transport: httpx.BaseTransport | None = None) -> Tokens:
    """Poll until the user allowed the app (→ tokens) or refused; `stop_event` ends the wait
    with `sign_in_expired` (the dialog was closed)."""
    stop = stop_event or threading.Event()
    wait = sleep or stop.wait
    interval = max(grant.interval, 0.05)
    deadline = time.monotonic() + grant.expires_in
    while True:
        wait(interval)
        if stop.is_set() or time.monotonic() > deadline:
            raise ShopError("sign_in_expired")
        reply = _post(auth_url, "/auth/oauth/token", client_id, client_secret,
                      params={"grant_type": DEVICE_GRANT, "device_code": grant.device_code},
                      transport=transport)
        if reply.status_code == 200:
            return Tokens.from_reply(reply.json())
        code = _oauth_error(reply)
        if code == "authorization_pending":
            continue
        if code == "slow_down":
            interval += 5
            continue
        if code == "access_denied":
            raise ShopError("sign_in_denied")
        if code in ("expired_token", "invalid_grant"):
            raise ShopError("sign_in_expired", detail=code)
        if reply.status_code >= 500:
            continue  # the server had a hiccup; the device code is still good
        raise _failure(reply, auth_url)


def refresh(auth_url: str, client_id: str, client_secret: str, refresh_token: str, *,
            transport: httpx.BaseTransport | None = None) -> Tokens:
    reply = _post(auth_url, "/auth/oauth/token", client_id, client_secret,
                  params={"grant_type": "refresh_token", "refresh_token": refresh_token},
                  transport=transport)
    if reply.status_code == 200:
        return Tokens.from_reply(reply.json())
    code = _oauth_error(reply)
    if code == "invalid_grant":
        raise ShopError("token_revoked", detail="refresh token: invalid_grant")
    raise _failure(reply, auth_url)
