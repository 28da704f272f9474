"""PostgreSQL sessions (store.database): readers in autocommit, a ping only for an idle pooled
connection, the planner's page cost set at start-up."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from shopinbox.store import database

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_ctx(postgres_cluster, profile_dir, monkeypatch):
    from shopinbox.app.core.context import AppContext

    monkeypatch.setenv("SHOPINBOX_DATABASE_URL", postgres_cluster.create_database())
    context = AppContext.open(str(profile_dir))
    yield context
    context.close()


def test_a_reader_runs_each_statement_on_its_own_and_a_writer_in_one_transaction(server_ctx):
    stamp = text("SELECT transaction_timestamp()")
    with server_ctx.reader() as session:
        first = session.execute(stamp).scalar_one()
        time.sleep(0.01)
        assert session.execute(stamp).scalar_one() > first  # no BEGIN: a new one each time
        assert session.execute(text("SHOW random_page_cost")).scalar_one() == "1.1"
    with server_ctx.writer() as session, session.begin():
        first = session.execute(stamp).scalar_one()
        time.sleep(0.01)
        assert session.execute(stamp).scalar_one() == first


def test_an_idle_connection_the_server_dropped_is_replaced_before_use(server_ctx, monkeypatch):
    with server_ctx.reader() as session:
        dropped = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
    import psycopg

    with psycopg.connect(str(server_ctx.engine.url.set(drivername="postgresql")),
                         autocommit=True) as admin:  # not from the pool: the one it holds
        admin.execute("SELECT pg_terminate_backend(%s)", (dropped,))
    monkeypatch.setattr(database, "IDLE_BEFORE_PING_S", 0.0)  # every connection counts as idle
    with server_ctx.reader() as session:
        assert session.execute(text("SELECT pg_backend_pid()")).scalar_one() != dropped


def test_only_a_connection_idle_long_enough_is_pinged(postgres_cluster):
    """A closed driver connection: pinging it fails, so a ping shows as DisconnectionError."""
    import psycopg
    from sqlalchemy import exc

    closed = psycopg.connect(postgres_cluster.admin_url().replace("+psycopg", ""))
    closed.close()

    class Record:  # what the pool keeps per connection: its `info` dict
        info = {"checked_in": time.monotonic()}

    database._ping_if_idle(closed, Record, None)  # just used: trusted, not touched
    Record.info["checked_in"] = time.monotonic() - database.IDLE_BEFORE_PING_S - 1
    with pytest.raises(exc.DisconnectionError):
        database._ping_if_idle(closed, Record, None)
