"""Migration 0016's `message_intent_days` on both engines: its triggers keep it equal to a
GROUP BY over `message_intents` through stored mail, cascading deletes of messages and updates,
`intent_counts` (whole days from it, edges from the index) equals a count message by message
for ranges with partial days, within one day, with filters and corrections, and the migration
fills an existing store and goes back down."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

from alembic import command
from sqlalchemy import delete, func, inspect, select, update

from shopinbox.app.inbox.intents import intent_counts, set_intent
from shopinbox.domain.intents import INTENTS
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store import ingest
from shopinbox.store.migrate import alembic_config
from shopinbox.store.models import (
    Account,
    Message,
    MessageIntent,
    MessageIntentDay,
)
from tests.fixtures.intent_counts import direct_counts

DAY0 = datetime(2026, 6, 1, tzinfo=UTC)
TEXTS = ["Gdzie jest moja paczka? Czekam tydzień.", "I want to return the teapot",
         "The teapot arrived broken, the lid is cracked.", "Thanks, everything arrived!",
         "Хочу оформить возврат", "Czy mogę dostać rabat?"]


def _account(ctx, name: str, kind: str) -> int:
    with ctx.writer() as session, session.begin():
        account = Account(name=name, kind=kind)
        session.add(account)
        session.flush()
        return account.id


def _store_random(ctx, rng: random.Random, count: int = 120) -> list[tuple[int, str]]:
    """Random mail over five days on two accounts, minutes apart around midnights."""
    accounts = [(_account(ctx, "mail", "email"), "email"),
                (_account(ctx, "bot", "telegram"), "telegram")]
    for account_id, channel in accounts:
        messages = [IncomingMessage(
            channel=channel, direction=rng.choice(["in", "in", "in", "out"]),
            external_id=f"<{channel}-{n}@x>",
            sent_at=DAY0 + timedelta(minutes=rng.randint(0, 5 * 24 * 60 - 1),
                                     microseconds=rng.randint(0, 999_999)),
            identity=IdentityRef("email", f"k{rng.randint(1, 20)}@x.pl"),
            customer_name="k", subject="", body_text=rng.choice(TEXTS),
            is_automated=rng.random() < 0.1) for n in range(count)]
        with ctx.writer() as session, session.begin():
            ingest.store_messages(session, account_id, messages, ctx.blobs)
    return accounts


def _grouped(session) -> dict[tuple, int]:
    """What the rollup must hold: the guesses grouped by UTC day, intent, channel, account."""
    found: dict[tuple, int] = {}
    for sent_at, intent, channel, account_id in session.execute(
            select(MessageIntent.sent_at, MessageIntent.intent, MessageIntent.channel,
                   MessageIntent.account_id)):
        key = (sent_at.astimezone(UTC).date(), intent, channel, account_id)
        found[key] = found.get(key, 0) + 1
    return found


def _check_rollup(ctx) -> None:
    with ctx.reader() as session:
        rollup = {(r.day, r.intent, r.channel, r.account_id): r.count
                  for r in session.scalars(select(MessageIntentDay))}
        expected = _grouped(session)
    assert all(count >= 0 for count in rollup.values())
    assert {k: v for k, v in rollup.items() if v} == expected


def test_rollup_follows_inserts_deletes_and_updates(ctx):
    rng = random.Random(5)
    _store_random(ctx, rng)
    _check_rollup(ctx)
    with ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(MessageIntentDay)) > 0
        inbound = list(session.scalars(select(Message.id).where(Message.direction == "in")))
    # Deleting messages deletes their guesses by ON DELETE CASCADE: the triggers see those too.
    gone = rng.sample(inbound, 25)
    with ctx.writer() as session, session.begin():
        session.execute(delete(Message).where(Message.id.in_(gone)))
    _check_rollup(ctx)
    # An update of the counted columns moves the count (no path does it today; the trigger
    # keeps it right if one does).
    kept = [m for m in inbound if m not in gone]
    with ctx.writer() as session, session.begin():
        session.execute(update(MessageIntent).where(MessageIntent.message_id.in_(kept[:10]))
                        .values(intent="discount"))
        session.execute(update(MessageIntent).where(MessageIntent.message_id.in_(kept[10:20]))
                        .values(sent_at=DAY0 - timedelta(days=3, minutes=1)))
        session.execute(update(MessageIntent).where(MessageIntent.message_id.in_(kept[20:25]))
                        .values(intents="other"))  # not counted: the counts stay
    _check_rollup(ctx)


def test_counts_equal_a_direct_count(ctx):
    rng = random.Random(11)
    accounts = _store_random(ctx, rng, 150)
    with ctx.reader() as session:
        inbound = list(session.scalars(select(Message.id).where(Message.direction == "in")))
    for message_id in rng.sample(inbound, 12):
        set_intent(ctx, message_id, rng.choice(INTENTS))
    hour = timedelta(hours=1)
    ranges = [
        (DAY0 + 5 * hour, DAY0 + timedelta(days=3) + 7 * hour),  # partial days at both ends
        (DAY0, DAY0 + timedelta(days=2)),  # whole days only
        # Minutes after a midnight to minutes after another: both edges short.
        (DAY0 + timedelta(days=1, minutes=10), DAY0 + timedelta(days=3, minutes=5)),
        (DAY0 + timedelta(days=1, minutes=1), DAY0 + timedelta(days=1, hours=23)),  # one day
        (DAY0 + 23 * hour, DAY0 + 25 * hour),  # over a midnight, no whole day
        (DAY0 + timedelta(days=2), DAY0 + timedelta(days=2)),  # empty
        (DAY0 - timedelta(days=9), DAY0 + timedelta(days=9)),  # everything
        # Another time zone: the whole UTC days in it still come from the rollup.
        (datetime(2026, 6, 2, 1, 30, tzinfo=UTC).astimezone(timezone(timedelta(hours=2))),
         (DAY0 + timedelta(days=4, hours=2)).astimezone(timezone(timedelta(hours=-5)))),
    ]
    for _ in range(12):
        first, last = sorted(rng.randint(0, 5 * 24 * 60) for _ in range(2))
        ranges.append((DAY0 + timedelta(minutes=first), DAY0 + timedelta(minutes=last)))
    with ctx.reader() as session:
        for start, end in ranges:
            for channel, account_id in [(None, None), ("email", None), ("telegram", None),
                                        (None, accounts[0][0]), ("telegram", accounts[1][0])]:
                assert intent_counts(session, start, end, channel=channel,
                                     account_id=account_id) == direct_counts(
                    session, start, end, channel, account_id), (start, end, channel, account_id)
        everything = intent_counts(session, DAY0 - timedelta(days=9), DAY0 + timedelta(days=9))
        assert sum(everything.values()) == len(inbound)


def test_migration_fills_an_existing_store_and_goes_down(ctx):
    rng = random.Random(3)
    _store_random(ctx, rng, 60)
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0015_inbox_order_index")
    with ctx.engine.connect() as connection:
        assert "message_intent_days" not in inspect(connection).get_table_names()
    # Mail stored while the table is gone: the upgrade's backfill counts it.
    with ctx.writer() as session, session.begin():
        account_id = session.scalar(select(Account.id).where(Account.name == "mail"))
        ingest.store_messages(session, account_id, [IncomingMessage(
            channel="email", direction="in", external_id=f"<late-{n}@x>",
            sent_at=DAY0 + timedelta(hours=n), identity=IdentityRef("email", "late@x.pl"),
            customer_name="late", subject="", body_text=TEXTS[n % len(TEXTS)])
            for n in range(6)], ctx.blobs)
    command.upgrade(config, "head")
    _check_rollup(ctx)
    with ctx.writer() as session, session.begin():  # and the triggers work after it
        session.execute(delete(Message).where(Message.external_id == "<late-0@x>"))
    _check_rollup(ctx)
    command.downgrade(config, "0015_inbox_order_index")
    with ctx.writer() as session, session.begin():  # no trigger left behind
        session.execute(delete(Message).where(Message.external_id == "<late-1@x>"))
    command.upgrade(config, "head")
    _check_rollup(ctx)


def test_a_days_count_is_read_beside_its_key(ctx):
    """SQLite: the table has no rowid (the count lies in the key's b-tree); PostgreSQL: the
    primary key's index carries the count (migration 0018), so a vacuumed table sums a range
    by an index-only scan, and 0017 has the plain key back."""
    rng = random.Random(5)
    _store_random(ctx, rng, 40)
    if ctx.engine.dialect.name == "sqlite":
        with ctx.engine.connect() as connection:
            listed = connection.exec_driver_sql("PRAGMA index_list(message_intent_days)").all()
            made = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'message_intent_days'").scalar_one()
        assert [row[3] for row in listed] == ["pk"]  # the table itself is the key's b-tree
        assert made.rstrip().endswith("WITHOUT ROWID")
        return
    columns = ("SELECT indnatts, indnkeyatts FROM pg_index "
               "WHERE indexrelid = 'pk_message_intent_days'::regclass")
    with ctx.engine.connect() as connection:
        assert tuple(connection.exec_driver_sql(columns).one()) == (5, 4)
    with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as autocommit:
        autocommit.exec_driver_sql("VACUUM ANALYZE message_intent_days")
        autocommit.exec_driver_sql("SET enable_bitmapscan = off")  # (a tiny table's choice)
        plan = "\n".join(row[0] for row in autocommit.exec_driver_sql(
            "EXPLAIN SELECT sum(count) FROM message_intent_days "
            "WHERE intent = 'return' AND day >= '2026-06-01' AND day < '2026-07-01'"))
    assert "Index Only Scan using pk_message_intent_days" in plan
    command.downgrade(alembic_config(ctx.engine), "0017_search_time_order")
    with ctx.engine.connect() as connection:
        assert tuple(connection.exec_driver_sql(columns).one()) == (4, 4)
    command.upgrade(alembic_config(ctx.engine), "head")
