"""The order-source contract (sources/base.py) and its registry: app/orders, doctor and the CLI
find sources only through the registry, so a new source is one class — shown with a dummy one
that is registered at run time and never named by shared code."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from shopinbox.app.core.doctor import run_checks
from shopinbox.app.orders.manage import (
    OrderSetupError,
    add_source_account,
    import_orders_file,
    list_orders,
)
from shopinbox.app.orders.sync import source_account_ids, sync_source_account
from shopinbox.cli import main
from shopinbox.domain.orders.records import OrderRecord
from shopinbox.sources import registry
from shopinbox.sources.base import FileImport, OrderPage, OrderSource, OrderSourceError
from shopinbox.store.models import Account, SyncState

T0 = datetime(2024, 7, 1, 9, 0, tzinfo=UTC)


def record(number: int, email: str) -> OrderRecord:
    return OrderRecord(external_id=str(number), number=f"D-{number}", placed_at=T0,
                       email=email, customer_name="Ola Dummy", total=Decimal("10.00"), currency="PLN")


class DummySource(OrderSource):
    """An API source whose cursor is an event number (like Allegro's order events)."""

    kind = "dummy"
    title = "Dummy shop"
    syncs = True
    imports_files = True

    def __init__(self) -> None:
        self.pages: list[list[OrderRecord]] = []
        self.asked: list[str | None] = []
        self.fail_after: int | None = None

    def fetch_pages(self, account, cursor) -> Iterator[OrderPage]:
        self.asked.append(cursor)
        start = int(cursor or 0)
        for index, page in enumerate(self.pages[start:], start=start):
            if self.fail_after is not None and index >= self.fail_after:
                raise OrderSourceError("dummy shop is down", retryable=True)
            yield OrderPage(page, str(index + 1))

    def import_file(self, data: bytes, **options) -> FileImport:
        lines = data.decode().split()
        return FileImport("dummy", [record(int(n), f"{n}@example.pl") for n in lines],
                          rows=len(lines), account_name="Dummy file")

    def add_account(self, ctx, name, **options) -> int:
        from shopinbox.app.orders.manage import save_source_account

        return save_source_account(ctx, name, self.kind, {"where": options["where"]},
                                   None, "DUMMY_SECRET")

    def check(self, account):
        from shopinbox.app.core.doctor import Check

        return Check("", True, f"dummy at {account.settings['where']}")

    def register_cli(self, order_actions) -> None:
        parser = order_actions.add_parser("add-dummy")
        parser.add_argument("name")
        parser.set_defaults(handler=lambda args: print(f"dummy {args.name}") or 0)


@pytest.fixture
def dummy():
    source = DummySource()
    registry.register(source)
    yield source
    registry.unregister(source.kind)


def test_the_shipped_sources_are_found():
    kinds = registry.kinds()
    assert kinds[:3] == ["csv", "woocommerce", "shopify"]
    assert [s.kind for s in registry.api_sources()] == ["woocommerce", "shopify", "allegro"]
    assert [s.kind for s in registry.file_sources()] == ["csv"]
    assert registry.find("email") is None  # channels are not order sources


def test_pages_and_cursor_commit_together_and_resume(ctx, dummy):
    dummy.pages = [[record(1, "a@example.pl"), record(2, "b@example.pl")],
                   [record(3, "a@example.pl")], [record(4, "c@example.pl")]]
    account_id = add_source_account(ctx, "dummy", "Dummy", where="here")
    dummy.fail_after = 2
    changed: list[set[int]] = []
    first = sync_source_account(ctx, account_id, on_change=changed.append)
    assert not first.ok and first.failure.retryable and "down" in first.error
    assert (first.counts["pages"], first.counts["created"], first.cursor) == (2, 3, "2")
    assert len(changed) == 2 and all(changed)
    with ctx.reader() as session:
        assert session.scalar(select(SyncState.cursor)) == "2"
        # stored as a code (the window words it), the shop's own text only in the log
        assert session.scalar(select(Account.last_error)) == '{"code": "server_error"}'
    dummy.fail_after = None
    second = sync_source_account(ctx, account_id)
    assert dummy.asked == [None, "2"]  # the source gets its own cursor back
    assert second.ok and (second.counts["pages"], second.counts["created"]) == (1, 1)
    assert sorted(o.number for o in list_orders(ctx)) == ["D-1", "D-2", "D-3", "D-4"]
    with ctx.reader() as session:
        assert session.scalar(select(Account.last_error)) is None


def test_stop_event_ends_the_round_after_a_committed_page(sqlite_ctx, dummy):
    dummy.pages = [[record(1, "a@example.pl")], [record(2, "b@example.pl")]]
    account_id = add_source_account(sqlite_ctx, "dummy", "Dummy", where="here")
    stop = threading.Event()
    stop.set()
    report = sync_source_account(sqlite_ctx, account_id, stop_event=stop)
    assert report.ok and report.counts["pages"] == 1 and report.cursor == "1"
    assert "1 new" in report.summary()


def test_sync_round_takes_every_enabled_api_account(sqlite_ctx, dummy):
    first = add_source_account(sqlite_ctx, "dummy", "B dummy", where="b")
    second = add_source_account(sqlite_ctx, "dummy", "A dummy", where="a")
    off = add_source_account(sqlite_ctx, "dummy", "C dummy", where="c")
    with sqlite_ctx.writer() as session, session.begin():
        session.get(Account, off).enabled = False
    assert source_account_ids(sqlite_ctx) == [second, first]


def test_a_non_source_account_is_refused(sqlite_ctx):
    with sqlite_ctx.writer() as session, session.begin():
        session.add(Account(name="Mailbox", kind="email", settings={}))
        session.flush()
        mailbox = session.scalar(select(Account.id))
    with pytest.raises(LookupError):
        sync_source_account(sqlite_ctx, mailbox)
    with pytest.raises(OrderSetupError):
        add_source_account(sqlite_ctx, "email", "Another")


def test_file_import_goes_through_the_source(sqlite_ctx, dummy, tmp_path):
    export = tmp_path / "orders.txt"
    export.write_text("7 8\n", encoding="utf-8")
    report = import_orders_file(sqlite_ctx, export, kind="dummy")
    assert (report.source, report.format, report.created) == ("Dummy file", "dummy", 2)
    with pytest.raises(OrderSetupError):
        import_orders_file(sqlite_ctx, export, kind="woocommerce")  # an API, not a file source


def test_doctor_asks_the_source(profile_dir, sqlite_ctx, dummy, monkeypatch):
    monkeypatch.setenv("DUMMY_SECRET", "x")
    add_source_account(sqlite_ctx, "dummy", "Dummy", where="over there")
    checks = {c.name: c for c in run_checks(str(profile_dir))}
    assert checks["account Dummy"].ok and checks["account Dummy"].detail == "dummy at over there"


def test_cli_actions_come_from_the_sources(profile_dir, dummy, capsys):
    assert main(["orders", "add-dummy", "Mine"]) == 0
    assert "dummy Mine" in capsys.readouterr().out


def test_woocommerce_cursor_is_inclusive_of_the_boundary_second(dummy):
    woo = registry.source("woocommerce")
    assert woo.request_since(T0) == T0 - timedelta(seconds=1)
    assert registry.source("shopify").request_since(T0) == T0
