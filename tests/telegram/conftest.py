"""Fixtures of the Telegram tests: the local Bot API server and a bot account pointed at it."""

from __future__ import annotations

import pytest

from shopinbox.app.core.accounts import get_account
from shopinbox.channels.telegram.account import add_telegram_account
from tests.fixtures.bot_api_server import BotApiServer, user


@pytest.fixture
def bot_server():
    server = BotApiServer().start()
    yield server
    server.stop()


@pytest.fixture
def bot_account(sqlite_ctx, bot_server):
    """A Telegram account (token in the in-memory keyring) on the local server."""
    add_telegram_account(sqlite_ctx, "shopbot", bot_server.token, api_url=bot_server.url)
    return get_account(sqlite_ctx, "shopbot")


@pytest.fixture
def anna():
    return user(5001, "Anna", "Kowalska", "anna_k")


@pytest.fixture
def ivan():
    return user(5002, "Иван", None, None, language_code="ru")
