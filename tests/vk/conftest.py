"""Fixtures of the VK tests: the local VK API stand-in and a community account pointed at it."""

from __future__ import annotations

import pytest

from shopinbox.app.core.accounts import get_account
from shopinbox.channels.vk.account import add_vk_account
from tests.fixtures.vk_api_server import VkApiServer
from tests.gui.conftest import translations_built  # noqa: F401  (fixture of the form test)


@pytest.fixture
def vk_server():
    server = VkApiServer().start()
    yield server
    server.stop()


@pytest.fixture
def vk_account(sqlite_ctx, vk_server, monkeypatch):
    """A VK account (token in the in-memory keyring) on the local server; quick retries."""
    monkeypatch.setattr("shopinbox.channels.vk.pull.RETRY_BACKOFF", 0.01)
    monkeypatch.setattr("shopinbox.channels.vk.send.RETRY_BACKOFF", 0.01)
    add_vk_account(sqlite_ctx, "shopvk", vk_server.group_id, vk_server.token,
                   api_url=vk_server.url)
    return get_account(sqlite_ctx, "shopvk")


@pytest.fixture
def olga(vk_server):
    return vk_server.user(1001, "Ольга", "Смирнова", "olga_sm")


@pytest.fixture
def piotr(vk_server):
    return vk_server.user(1002, "Piotr", "Nowak")
