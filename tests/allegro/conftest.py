"""Fixtures of the Allegro tests: the local stand-in API and an account signed in against it
with the device flow."""

from __future__ import annotations

import threading

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
    """An `on_code` that plays the user: confirms the shown code on the server's page."""
    def on_code(grant) -> None:
        if shown is not None:
            shown.append(grant)
        threading.Timer(0.05, server.approve, args=(grant.user_code,)).start()
    return on_code


def add_account(ctx, server: AllegroApiServer, name: str = "allegro") -> None:
    add_allegro_account(ctx, name, server.client_id, server.client_secret,
                        on_code=approving(server), api_url=server.url, auth_url=server.url)


@pytest.fixture
def allegro_account(sqlite_ctx, allegro_server):
    add_account(sqlite_ctx, allegro_server)
    return get_account(sqlite_ctx, "allegro")
