"""The window's quick first page (sqlite3, no SQLAlchemy) gives the same ids and rows as the
listing, on the demo shop with labels, a snoozed and a done conversation; a profile at the
newest schema opens without an engine, a new one through the migrations."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from shopinbox.app.core.context import AppContext
from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.inbox import actions
from shopinbox.app.inbox.listing import (
    InboxFilter,
    account_errors,
    accounts_brief,
    conversation_ids,
    inbox_rows,
)
from shopinbox.app.inbox.rows import accounts_at_start, quick_first_page


def _demo(tmp_path) -> str:
    folder = str(tmp_path / "profile")
    ctx = AppContext.open(folder)
    load_demo_shop(ctx)
    ids = conversation_ids(ctx, InboxFilter())
    actions.set_labels(ctx, ids[0], ["vip", "hurt"])
    actions.snooze(ctx, ids[1], datetime.now(UTC) + timedelta(days=2))
    actions.mark_done(ctx, ids[2])
    ctx.close()
    return folder


def test_quick_first_page_matches_the_listing(tmp_path):
    folder = _demo(tmp_path)
    for wanted in (InboxFilter(), InboxFilter(status="all"), InboxFilter(status="snoozed"),
                   InboxFilter(status="done"), InboxFilter(unread_only=True)):
        quick_ctx = AppContext.open(folder)
        assert not quick_ctx.connected  # opened at the newest schema: no engine yet
        quick = quick_first_page(quick_ctx, wanted, 50)
        assert quick is not None
        assert not quick_ctx.connected  # and read without one
        quick_ids, quick_rows = quick
        full_ids = conversation_ids(quick_ctx, wanted)
        full_rows = inbox_rows(quick_ctx, full_ids[:50])
        assert quick_ids == full_ids and full_ids
        assert set(quick_rows) == set(full_rows)
        for customer_id, row in quick_rows.items():
            # The quick rows carry no intents (the refresh after the first paint adds them).
            assert row == dataclasses.replace(full_rows[customer_id], intents=[])
        quick_ctx.close()
    ctx = AppContext.open(folder)
    labelled = quick_first_page(ctx, InboxFilter(status="all"), 50)
    assert labelled is not None
    assert any(row.labels == ["hurt", "vip"] for row in labelled[1].values())
    assert ctx.connected is False
    assert accounts_at_start(ctx) == (accounts_brief(ctx), account_errors(ctx))
    # Once the engine exists, or for a filter only the listing can read, the quick path steps
    # aside.
    assert quick_first_page(ctx, InboxFilter(), 50) is None
    ctx.close()
    ctx = AppContext.open(folder)
    assert quick_first_page(ctx, InboxFilter(label="vip"), 50) is None
    ctx.close()


def test_a_new_profile_opens_through_the_migrations(tmp_path):
    ctx = AppContext.open(str(tmp_path / "new"))
    assert ctx.connected  # no file yet: the full path made it (Alembic, then the engine)
    ctx.close()
    again = AppContext.open(str(tmp_path / "new"))
    assert not again.connected  # now at the newest schema: the quick path
    assert accounts_at_start(again) == ([], {})
    again.close()




def test_a_merged_away_customer_is_never_listed_even_with_messages_left(tmp_path):
    """The listing reads conversation rows alone and drops merged-away customers by id: one
    whose conversation still counts messages (as a merge leaves none, here set by hand) is
    listed by neither path, and the others keep their order."""
    from sqlalchemy import update

    from shopinbox.store.models import Customer

    folder = _demo(tmp_path)
    ctx = AppContext.open(folder)
    before = conversation_ids(ctx, InboxFilter(status="all"))
    gone, survivor = before[1], before[0]
    with ctx.writer() as session, session.begin():
        session.execute(update(Customer).where(Customer.id == gone)
                        .values(merged_into_id=survivor))
    expected = [customer_id for customer_id in before if customer_id != gone]
    assert conversation_ids(ctx, InboxFilter(status="all")) == expected
    ctx.close()
    quick_ctx = AppContext.open(folder)
    quick = quick_first_page(quick_ctx, InboxFilter(status="all"), 50)
    assert quick is not None and quick[0] == expected and gone not in quick[1]
    quick_ctx.close()
