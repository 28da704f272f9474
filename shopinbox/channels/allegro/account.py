"""Allegro accounts: adding one with the device flow, signing in again, the doctor's test.

The shop registers its own app on apps.developer.allegro.pl ("device" type) and gives its client
id and secret. The client secret goes to the keyring (or only the name of an environment
variable holding it is saved); the tokens always go to the keyring (they rotate, so they must
be writable). The database holds the client id, the URLs and the seller's login only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.account_edit import load_account, write_account
from shopinbox.app.core.accounts import AccountError, add_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import Check
from shopinbox.app.core.secrets import env_ref, keyring_status, load_secret, store_secret
from shopinbox.channels.allegro import auth
from shopinbox.channels.allegro.auth import DeviceGrant, Tokens
from shopinbox.channels.allegro.client import AllegroClient, TokenStore, client_for, save_tokens
from shopinbox.channels.allegro.convert import KIND
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Account

OnCode = Callable[[DeviceGrant], None]  # show the user code, open the verification page


@dataclass
class AddedAllegro:
    account_id: int
    login: str


def urls(api_url: str | None, auth_url: str | None, sandbox: bool = False) -> tuple[str, str]:
    """(api, auth) base URLs: given ones, else the sandbox's or allegro.pl's."""
    api = api_url or (auth.SANDBOX_API_URL if sandbox else auth.DEFAULT_API_URL)
    login = auth_url or (auth.SANDBOX_AUTH_URL if sandbox else auth.DEFAULT_AUTH_URL)
    return api.rstrip("/"), login.rstrip("/")


def seller_login(account_name: str, client_id: str, client_secret: str, api_url: str,
                 auth_url: str) -> str:
    """`GET /me` with the account's tokens: the seller's login."""
    store = TokenStore(account_name, client_id, client_secret, auth_url)
    with AllegroClient(store, api_url, attempts=2) as client:
        return str(client.get("/me").get("login") or "")


def sign_in(name: str, client_id: str, client_secret: str, api_url: str, auth_url: str, *,
            on_code: OnCode, stop_event: threading.Event | None = None,
            sleep: Callable[[float], object] | None = None) -> str:
    """The device flow to the end: tokens saved to the keyring; returns the seller's login."""
    if not client_id.strip() or not client_secret.strip():
        raise AccountError("client_rejected")
    grant = auth.start_device_flow(auth_url, client_id.strip(), client_secret.strip())
    on_code(grant)
    tokens: Tokens = auth.wait_for_grant(auth_url, client_id.strip(), client_secret.strip(),
                                         grant, stop_event=stop_event, sleep=sleep)
    save_tokens(name, tokens)
    return seller_login(name, client_id.strip(), client_secret.strip(), api_url, auth_url)


def _name_free(ctx: AppContext, name: str) -> None:
    with ctx.reader() as session:
        if session.scalar(select(Account.id).where(Account.name == name)):
            raise AccountError("account_exists", name=name)


def add_allegro_account(ctx: AppContext, name: str, client_id: str, client_secret: str, *,
                        on_code: OnCode, client_secret_env: str | None = None,
                        api_url: str | None = None, auth_url: str | None = None,
                        sandbox: bool = False, stop_event: threading.Event | None = None,
                        sleep: Callable[[float], object] | None = None) -> AddedAllegro:
    """Sign in with the device flow, then save the account. Without a keyring this stops before
    the sign-in (`tokens_need_keyring`): the rotating OAuth tokens have nowhere else to go."""
    _name_free(ctx, name)
    _keyring_for_tokens()
    api, login_url = urls(api_url, auth_url, sandbox)
    login = sign_in(name, client_id, client_secret, api, login_url, on_code=on_code,
                    stop_event=stop_event, sleep=sleep)
    secret_ref = env_ref(client_secret_env) if client_secret_env else store_secret(
        name, client_secret.strip())
    settings: dict[str, Any] = {"client_id": client_id.strip(), "api_url": api,
                                "auth_url": login_url, "username": login}
    account_id = add_account(ctx, name, KIND, settings, secret_ref)
    return AddedAllegro(account_id, login)


def _keyring_for_tokens() -> None:
    """The access and refresh tokens change at every refresh: they live in the keyring only
    (an environment variable cannot follow them), so without one no sign-in starts."""
    if not keyring_status()[0]:
        raise ShopError("tokens_need_keyring")


def sign_in_again(ctx: AppContext, account_id: int, *, on_code: OnCode,
                  client_secret: str | None = None, api_url: str | None = None,
                  auth_url: str | None = None, stop_event: threading.Event | None = None,
                  sleep: Callable[[float], object] | None = None,
                  client_secret_env: str | None = None) -> str:
    """A new device-flow sign-in for an existing account (after a revoked grant); an empty
    client secret keeps the stored one; `client_secret_env`: it is (now) read from that
    environment variable. Returns the seller's login."""
    _keyring_for_tokens()
    account = load_account(ctx, account_id)
    settings = dict(account.settings or {})
    if client_secret_env:
        secret = load_secret(account.name, env_ref(client_secret_env))
    else:
        secret = client_secret or load_secret(account.name, account.secret_ref)
    api, login_url = urls(api_url or settings.get("api_url"),
                          auth_url or settings.get("auth_url"))
    login = sign_in(account.name, str(settings["client_id"]), secret, api, login_url,
                    on_code=on_code, stop_event=stop_event, sleep=sleep)
    if client_secret_env:
        secret_ref: str | None = env_ref(client_secret_env)
    else:
        secret_ref = store_secret(account.name, client_secret) if client_secret else \
            account.secret_ref
    write_account(ctx, account_id, {**settings, "api_url": api, "auth_url": login_url,
                                    "username": login}, secret_ref)
    return login


def connection_test(account: Account) -> Check:
    try:
        with client_for(account, attempts=2) as client:
            login = client.get("/me").get("login")
    except ShopError as error:
        hint = error.hint()
        if error.code == "token_revoked":
            hint = "sign in again: shopinbox account add-allegro, or Settings → Accounts → Edit"
        return Check("", False, error.english(), hint)
    return Check("", True, f"signed in to Allegro as {login}")
