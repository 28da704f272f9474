"""What the order-source API clients share: errors, URL rules, JSON requests with httpx."""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from shopinbox.sources.base import AuthFailed, OrderSourceError

__all__ = ["AuthFailed", "OrderSourceError", "check_base_url", "error_text", "raise_for_status",
           "send"]

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def check_base_url(url: str) -> str:
    """The URL without a trailing slash. Credentials only travel over https (or to this machine,
    where tests and local shops run over plain http)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OrderSourceError(f"not a shop URL: {url!r} (expected https://…)")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise OrderSourceError(
            f"{url} is plain http: the shop's keys would travel unencrypted; use https://"
        )
    return url.strip().rstrip("/")


def error_text(response: httpx.Response) -> str:
    """A short reason from an error reply (WooCommerce `message`, Shopify `errors`)."""
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase or f"HTTP {response.status_code}"
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            return body["message"]
        errors = body.get("errors")
        if isinstance(errors, str):
            return errors
        if isinstance(errors, list) and errors:
            return "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e)
                             for e in errors)
    return response.reason_phrase or f"HTTP {response.status_code}"


def raise_for_status(response: httpx.Response, what: str) -> None:
    try:
        host: str | None = response.request.url.host
    except RuntimeError:  # a response made by hand, without its request
        host = None
    if response.status_code in (401, 403):
        raise AuthFailed(f"{what}: the shop refused the credentials "
                         f"(HTTP {response.status_code}: {error_text(response)})", host=host)
    if response.status_code >= 400:
        # 429 and 5xx pass by themselves; any other answer needs the user (a wrong URL).
        raise OrderSourceError(f"{what}: HTTP {response.status_code}: {error_text(response)}",
                               retryable=response.status_code == 429
                               or response.status_code >= 500, host=host)


def send(client: httpx.Client, method: str, url: str, what: str, **kwargs) -> httpx.Response:
    host = urlsplit(url).hostname
    try:
        return client.request(method, url, **kwargs)
    except httpx.TimeoutException:
        raise OrderSourceError(f"{what}: the shop did not answer in time", code="timeout",
                               host=host) from None
    except httpx.HTTPError as error:
        raise OrderSourceError(f"{what}: cannot connect ({type(error).__name__})",
                               code="server_unreachable", host=host) from None
