"""When the machine is the problem: a full disk is reported as a full disk (with the folder, in
one log line without SQL), and the sync resumes with nothing lost once there is space; a server
that stopped answering is reported as that — not as a wrong port or security setting, and
never as "server:0"."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import event, func, select, text

from shopinbox.app.sync.retry import RetryPolicy
from shopinbox.app.sync.service import sync_accounts
from shopinbox.channels.email.imap_client import MailConnectionError
from shopinbox.channels.email.pull import EmailSync
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Account, Message
from tests.email.mails import simple

QUICK = RetryPolicy(attempts=2, first_wait=0.1, max_wait=0.2)


def _messages(ctx) -> tuple[int, int]:
    with ctx.reader() as session:
        return (session.scalar(select(func.count()).select_from(Message)),
                session.scalar(select(func.count(Message.external_id.distinct()))))


def _limit_database(ctx, pages: int | None):
    """SQLite's own size limit (`PRAGMA max_page_count`) on every connection: a write beyond
    it fails with SQLITE_FULL, "database or disk is full" — what a full disk gives."""
    def limit(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    if pages is not None:
        event.listen(ctx.engine, "connect", limit)
    ctx.engine.dispose()  # the pooled connections reconnect with (or without) the limit
    return limit


def test_full_disk_is_reported_as_such_and_the_sync_resumes(sqlite_ctx, mail_shop, dovecot,
                                                             caplog):
    dovecot.write_maildir([simple(message_id=f"<full{i}@klient.pl>", body="słowo " * 800,
                                  sender=f"k{i}@klient.pl") for i in range(150)])
    with sqlite_ctx.reader() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    limit = _limit_database(sqlite_ctx, pages + 20)
    caplog.set_level(logging.INFO)
    [report] = sync_accounts(sqlite_ctx, policy=QUICK)
    assert not report.ok and report.state.code == "disk_full"
    assert report.state.params["folder"] == str(sqlite_ctx.paths.root)
    assert report.summary() == f"The disk is full ({sqlite_ctx.paths.root})."
    logged = caplog.text
    assert "disk is full" in logged and str(sqlite_ctx.paths.root) in logged
    assert "INSERT INTO" not in logged and "[parameters:" not in logged
    assert "Traceback" not in logged
    stored_before = _messages(sqlite_ctx)[0]
    assert stored_before < 151  # the batch that did not fit was rolled back with its cursor

    event.remove(sqlite_ctx.engine, "connect", limit)
    _limit_database(sqlite_ctx, None)  # space again
    [again] = sync_accounts(sqlite_ctx, policy=QUICK)
    assert again.ok, again.summary
    assert _messages(sqlite_ctx) == (151, 151)  # everything, once (and the first mail)
    with sqlite_ctx.reader() as session:
        assert session.get(Account, mail_shop.email_id).last_error is None


def test_a_server_that_stopped_answering_is_reported_as_that(sqlite_ctx, mail_shop, dovecot):
    dovecot.stop()  # it worked a moment ago (the fixture synced), now nobody answers
    [report] = sync_accounts(sqlite_ctx, policy=QUICK)
    assert report.state.code == "server_unreachable", report.summary
    assert report.state.params["host"] == "127.0.0.1"
    assert report.summary() == "The server 127.0.0.1 does not answer."
    with sqlite_ctx.reader() as session:
        code, params = parse_stored(session.get(Account, mail_shop.email_id).last_error)
    assert code == "server_unreachable" and params["port"] == dovecot.port


def test_a_server_that_goes_away_mid_sync_is_named(sqlite_ctx, mail_shop, dovecot):
    dovecot.write_maildir([simple(message_id=f"<mid{i}@klient.pl>") for i in range(60)])
    gone = []

    def on_change(_customers):
        if not gone:
            gone.append(True)
            dovecot.stop()

    with pytest.raises(MailConnectionError) as raised:
        EmailSync(sqlite_ctx, mail_shop.email_id, on_change=on_change, batch_size=20,
                  retries=0).sync_once()
    assert raised.value.code == "server_unreachable"
    assert raised.value.params["host"] == "127.0.0.1"
    assert raised.value.params["port"] == dovecot.port  # not "server:0"
    assert "server" != raised.value.params["host"]
