"""Fixtures of the team-mode tests: one throwaway PostgreSQL database shared by two app
contexts (two desktops, each with its own profile folder), the users Anna and Piotr, and the
real mail servers of tests/email."""

from __future__ import annotations

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


@pytest.fixture
def team_url(postgres_cluster, monkeypatch):
    url = postgres_cluster.create_database()
    monkeypatch.setenv("SHOPINBOX_DATABASE_URL", url)
    return url


@pytest.fixture
def desks(team_url, tmp_path):
    """Desktop A (Anna) and desktop B (Piotr) on one team database."""
    a = AppContext.open(str(tmp_path / "desk-a"))
    b = AppContext.open(str(tmp_path / "desk-b"))
    anna = add_user(a, "Anna", language="pl")
    piotr = add_user(b, "Piotr", language="ru")
    use_user(a, anna.id)
    use_user(b, piotr.id)
    yield Desk(a, anna), Desk(b, piotr)
    a.close()
    b.close()
