"""Fixtures of the orders tests: local WooCommerce and Shopify API servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.shopify_server import ShopifyServer
from tests.fixtures.woocommerce_server import WooCommerceServer

DATA = Path(__file__).parent / "data"


@pytest.fixture
def woo_server():
    server = WooCommerceServer().start()
    yield server
    server.stop()


@pytest.fixture
def shopify_server():
    server = ShopifyServer().start()
    yield server
    server.stop()
