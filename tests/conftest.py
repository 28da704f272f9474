"""Shared fixtures: an isolated profile per test, an in-memory keyring, and the store on both
SQLite and a throwaway PostgreSQL cluster."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SHOPINBOX_PROFILE", None)
os.environ.pop("SHOPINBOX_DATABASE_URL", None)

import keyring  # noqa: E402
import pytest  # noqa: E402

from shopinbox.app.core.context import AppContext  # noqa: E402
from tests.fixtures.memory_keyring import MemoryKeyring  # noqa: E402
from tests.fixtures.postgres import start_cluster  # noqa: E402


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def profile_dir(tmp_path, monkeypatch):
    folder = tmp_path / "profile"
    monkeypatch.setenv("SHOPINBOX_PROFILE", str(folder))
    return folder


@pytest.fixture(scope="session")
def postgres_cluster():
    yield from start_cluster()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request):
    """Which database engine a store test runs on."""
    return request.param


@pytest.fixture
def ctx(backend, profile_dir, monkeypatch, request):
    """An opened, migrated profile on the engine chosen by `backend`."""
    if backend == "postgres":
        cluster = request.getfixturevalue("postgres_cluster")
        monkeypatch.setenv("SHOPINBOX_DATABASE_URL", cluster.create_database())
    context = AppContext.open(str(profile_dir))
    yield context
    context.close()


@pytest.fixture
def sqlite_ctx(profile_dir):
    context = AppContext.open(str(profile_dir))
    yield context
    context.close()
