"""Fixtures for promo tests: a profile with the demo shop loaded (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from shopinbox.app.demo.shop import load_demo_shop


@pytest.fixture
def demo_ctx(ctx):
    load_demo_shop(ctx, anchor=datetime(2025, 3, 1, tzinfo=UTC))
    return ctx
