"""Fixtures of the team-mode tests: one throwaway PostgreSQL database shared by two app
contexts (two desktops, each with its own profile folder), the users Anna and Piotr, and the
real mail servers of tests/email."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass

import pytest

from shopinbox.app.core.context import AppContext
from shopinbox.app.team.users import UserView, add_user, use_user
from tests.email.conftest import account_settings, dovecot, smtp_server  # noqa: F401
from tests.sync.conftest import wait_until  # noqa: F401

pytestmark = pytest.mark.postgres


@dataclass
class Desk:
    ctx: AppContext
    user: UserView


@pytest.fixture(scope="session")
def team_templates(postgres_cluster, tmp_path_factory):
    """Two migrated template databases, made once: empty, and with the demo shop loaded.
    Each test gets a copy (CREATE DATABASE … TEMPLATE), which takes milliseconds."""
    from shopinbox.app.demo.shop import load_demo_shop

    names = {}
    previous = os.environ.get("SHOPINBOX_DATABASE_URL")
    try:
        for kind in ("empty", "demo"):
            url = postgres_cluster.create_database()
            os.environ["SHOPINBOX_DATABASE_URL"] = url
            ctx = AppContext.open(str(tmp_path_factory.mktemp(f"team-{kind}") / "profile"))
            if kind == "demo":
                load_demo_shop(ctx)
            ctx.close()
            names[kind] = url.rsplit("/", 1)[1]
    finally:
        if previous is None:
            os.environ.pop("SHOPINBOX_DATABASE_URL", None)
        else:
            os.environ["SHOPINBOX_DATABASE_URL"] = previous
    return names


def _copy(cluster, template: str) -> str:
    import psycopg

    name = f"team_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres",
                         autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return cluster.admin_url(name)


def _desks(url, tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPINBOX_DATABASE_URL", url)
    a = AppContext.open(str(tmp_path / "desk-a"))
    b = AppContext.open(str(tmp_path / "desk-b"))
    anna = add_user(a, "Anna", language="pl")
    piotr = add_user(b, "Piotr", language="ru")
    use_user(a, anna.id)
    use_user(b, piotr.id)
    return Desk(a, anna), Desk(b, piotr)


@pytest.fixture
def desks(postgres_cluster, team_templates, tmp_path, monkeypatch):
    """Desktop A (Anna) and desktop B (Piotr) on one empty team database."""
    pair = _desks(_copy(postgres_cluster, team_templates["empty"]), tmp_path, monkeypatch)
    yield pair
    for desk in pair:
        desk.ctx.close()


@pytest.fixture
def demo_desks(postgres_cluster, team_templates, tmp_path, monkeypatch):
    """The same on a team database holding the demo shop."""
    pair = _desks(_copy(postgres_cluster, team_templates["demo"]), tmp_path, monkeypatch)
    yield pair
    for desk in pair:
        desk.ctx.close()
