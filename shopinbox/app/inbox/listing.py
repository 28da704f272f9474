"""The inbox as the window sees it: which conversations match the filters (ids, cheap) and the
display rows of a page of them (name, channels, snippet, time, unread, labels).

Ids come first and rows a page at a time, so a list of 10,000 conversations costs one narrow
query of integers plus one small query per visible page.
"""

from __future__ import annotations

import functools

from sqlalchemy import ColumnElement, Connection, Select, bindparam, exists, func, select

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import STATUSES as STATUSES  # re-exported
from shopinbox.app.inbox.rows import InboxFilter, InboxRow
from shopinbox.channels import registry
from shopinbox.store import queries
from shopinbox.store.models import Account, Conversation, Customer, CustomerLabel, Message


def conversation_ids(ctx: AppContext, wanted: InboxFilter) -> list[int]:
    """Customer ids of the matching conversations, newest activity first.

    Read from the conversation rows alone, walking index ix_conversations_activity backwards
    (no sort and no table row for the plain and intent filters); the few merged-away
    customers (whose conversations are empty once their messages moved, but the listing does
    not rely on that) are dropped by id afterwards. Joined with customers and sorted, with the
    intent filter a LIKE over a spaced copy of the intents, SQLite took 8 ms of SQL over
    10,000 conversations and the ORM as long again to hand back 5,600 ints. The statement is
    built once per shape of filter (`_listing`, its values bound); on SQLite its compiled text
    runs on the driver's cursor in the session's transaction, as the rows are bare integers
    (SQLAlchemy's result for 5,600 of them cost a third of the call)."""
    shape = (wanted.status != "all", wanted.unread_only, wanted.assigned or "",
             bool(wanted.channel), bool(wanted.account_id), bool(wanted.label),
             bool(wanted.intent))
    values = {"status": wanted.status, "me": wanted.me or -1, "channel": wanted.channel,
              "account_id": wanted.account_id, "label": wanted.label, "intent": wanted.intent}
    with ctx.reader() as session:
        connection = session.connection()
        sqlite = connection.dialect.name == "sqlite"
        statement = _listing(sqlite, *shape)
        if sqlite:
            text, names, defaults = _sqlite_text(statement, connection)
            driver = connection.connection.driver_connection
            assert driver is not None  # a checked-out connection has one
            cursor = driver.cursor()
            bound = defaults | values
            ids = [row[0] for row in cursor.execute(text, [bound[name] for name in names])]
            cursor.close()
        else:
            text, defaults = _postgres_text(statement, connection)
            ids, merged_ids = connection.exec_driver_sql(text, defaults | values).one()
            merged = set(merged_ids)
        if sqlite:
            merged = set(connection.execute(
                select(Customer.id).where(Customer.merged_into_id.is_not(None))).scalars())
    return [customer_id for customer_id in ids if customer_id not in merged] if merged else ids


@functools.lru_cache(maxsize=128)
def _listing(sqlite: bool, status: bool, unread_only: bool, assigned: str, channel: bool,
             account: bool, label: bool, intent: bool) -> Select:
    """The listing's statement for one shape of filter, its values as bound parameters
    (:status, :me, :channel, :account_id, :label, :intent)."""
    customer = Conversation.customer_id
    query = (
        select(customer)
        .where(Conversation.message_count > 0)
        .order_by(Conversation.last_activity.desc(), customer.desc())
    )
    if status:
        query = query.where(Conversation.status == bindparam("status"))
    if unread_only:
        query = query.where(Conversation.unread_count > 0)
    if assigned == "mine":
        query = query.where(Conversation.assignee_id == bindparam("me"))
    elif assigned == "unassigned":
        query = query.where(Conversation.assignee_id.is_(None))
    if channel or account:
        condition = Message.customer_id == customer
        if channel:
            condition = condition & (Message.channel == bindparam("channel"))
        if account:
            condition = condition & (Message.account_id == bindparam("account_id"))
        query = query.where(exists().where(condition))
    if label:
        query = query.where(exists().where(CustomerLabel.customer_id == customer,
                                           CustomerLabel.label == bindparam("label")))
    if intent:  # the stored current intents (store.conversation_intents)
        query = query.where(_has_intent(sqlite))
    return query


_NAMES = ("status", "me", "channel", "account_id", "label", "intent")  # `_listing`'s values
_compiled: dict[Select, tuple[str, tuple[str, ...], dict[str, object]]] = {}


def _sqlite_text(statement: Select, connection: Connection
                 ) -> tuple[str, tuple[str, ...], dict[str, object]]:
    """(SQL, the names of its positional parameters, the values of its constant ones) of a
    `_listing` statement compiled for SQLite, once per statement."""
    found = _compiled.get(statement)
    if found is None:
        compiled = statement.compile(dialect=connection.dialect)
        found = _compiled[statement] = (str(compiled), tuple(compiled.positiontup or ()),
                                        dict(compiled.construct_params(dict.fromkeys(_NAMES))))
    return found


_postgres_compiled: dict[Select, tuple[str, dict[str, object]]] = {}


def _postgres_text(statement: Select, connection: Connection) -> tuple[str, dict[str, object]]:
    """(SQL, the values of its constant parameters) of a `_listing` statement on PostgreSQL,
    wrapped to give back one row: the ids as one array (in the listing's order) and the
    merged-away customers' ids as another. Each is one value the driver parses in C, where
    5,600 rows of one integer cost 16 ms through SQLAlchemy (7 through psycopg alone), and
    the two queries are one round trip."""
    found = _postgres_compiled.get(statement)
    if found is None:
        compiled = statement.compile(dialect=connection.dialect)
        found = _postgres_compiled[statement] = (
            f"SELECT ARRAY({compiled}), ARRAY(SELECT id FROM customers "  # noqa: S608 (our compiled statement, values bound)
            "WHERE merged_into_id IS NOT NULL)",
            dict(compiled.construct_params(dict.fromkeys(_NAMES))))
    return found


def _has_intent(sqlite: bool) -> ColumnElement[bool]:
    """Whether the spaced `latest_intents` holds :intent. A position search (instr, strpos)
    for the bare name, which finds only the whole name as no intent's name is part of
    another's (`domain.intents.INTENTS`, checked by its tests): a third of the time of LIKE
    '% x %' over a spaced copy on SQLite."""
    position = func.instr if sqlite else func.strpos
    return position(Conversation.latest_intents, bindparam("intent")) > 0


def inbox_rows(ctx: AppContext, customer_ids: list[int]) -> dict[int, InboxRow]:
    """Display rows for these customers (one page); missing ids are simply absent."""
    if not customer_ids:
        return {}
    with ctx.reader() as session:
        pairs = session.execute(
            select(Customer.id, Customer.display_name, Conversation)
            .join(Conversation, Conversation.customer_id == Customer.id)
            .where(Customer.id.in_(customer_ids))
        ).all()
        last_ids = [c.last_message_id for _, _, c in pairs if c.last_message_id]
        snippets = {
            row.id: (row.body_text or row.subject or "")
            for row in session.execute(
                select(Message.id, Message.body_text, Message.subject)
                .where(Message.id.in_(last_ids))
            )
        }
        channels = queries.channels_by_customer(session, list(customer_ids))
        labels = queries.labels_by_customer(session, list(customer_ids))
    rows = {}
    for customer_id, name, conversation in pairs:
        text = " ".join(snippets.get(conversation.last_message_id or 0, "").split())
        rows[customer_id] = InboxRow(
            id=customer_id,
            name=name,
            channels=sorted(channels.get(customer_id, set())),
            snippet=text[:160],
            last_activity=conversation.last_activity,
            unread=conversation.unread_count,
            status=conversation.status,
            snoozed_until=conversation.snoozed_until,
            labels=labels.get(customer_id, []),
            assignee=(conversation.assignee or "") if conversation.assignee_id else "",
            intents=conversation.latest_intents.split(),
        )
    return rows


def filter_choices(ctx: AppContext) -> dict[str, list]:
    """What the filter bar offers: accounts (id, name) that carry messages, and every label."""
    with ctx.reader() as session:
        accounts = [
            (a.id, a.name) for a in session.scalars(select(Account).order_by(Account.name))
            if registry.for_account(a.kind, a.settings) is not None  # not an order source
        ]
        labels = list(session.scalars(select(CustomerLabel.label).distinct()
                                      .order_by(CustomerLabel.label)))
    return {"accounts": accounts, "labels": labels}


def accounts_brief(ctx: AppContext) -> list[tuple[int, str, str]]:
    """(id, name, kind) of every account — cheap, for the status bar and the welcome check
    (app.accounts.list_accounts also counts messages, which costs a scan)."""
    with ctx.reader() as session:
        return [(row.id, row.name, row.kind) for row in session.execute(
            select(Account.id, Account.name, Account.kind).order_by(Account.name))]


def account_errors(ctx: AppContext) -> dict[int, str]:
    """Account id -> its stored `last_error` (a ShopError code), for accounts that have one:
    the status bar shows them at start, before the first sync round reports."""
    with ctx.reader() as session:
        return {row.id: row.last_error for row in session.execute(
            select(Account.id, Account.last_error).where(Account.last_error.is_not(None)))}


def total_unread(ctx: AppContext) -> int:
    """Unread inbound messages over every open conversation (the tray's number)."""
    with ctx.reader() as session:
        return int(session.scalar(
            select(func.coalesce(func.sum(Conversation.unread_count), 0))
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.merged_into_id.is_(None))
        ) or 0)
