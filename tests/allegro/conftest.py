"""Fixtures of the Allegro tests: the local stand-in API and an account signed in against it
with the device flow."""

from __future__ import annotations

import threading
import time

import pytest

from shopinbox.app.core.accounts import get_account
from shopinbox.channels.allegro.account import add_allegro_account
from tests.fixtures.allegro_api_server import AllegroApiServer


@pytest.fixture
def allegro_server():
    server = AllegroApiServer(interval=0).start()
    yield server
    server.stop()


def approving(server: AllegroApiServer, shown: list | None = None):
    """An `on_code` that plays the user: confirms the shown code on the server's page once the
    app has polled at least once (and been told `authorization_pending`)."""
    def on_code(grant) -> None:
        if shown is not None:
            shown.append(grant)
        threading.Thread(target=approve_after_a_poll, args=(server, grant.user_code),
                         daemon=True).start()
    return on_code


def approve_after_a_poll(server: AllegroApiServer, user_code: str | None = None,
                         timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(d.polls and (user_code is None or d.user_code == user_code)
               for d in list(server.devices.values())):
            server.approve(user_code)
            return
        time.sleep(0.02)


def add_account(ctx, server: AllegroApiServer, name: str = "allegro") -> None:
    add_allegro_account(ctx, name, server.client_id, server.client_secret,
                        on_code=approving(server), api_url=server.url, auth_url=server.url)


@pytest.fixture
def allegro_account(sqlite_ctx, allegro_server):
    add_account(sqlite_ctx, allegro_server)
    return get_account(sqlite_ctx, "allegro")
