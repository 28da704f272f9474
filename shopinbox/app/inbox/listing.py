"""The inbox as the window sees it: which conversations match the filters (ids, cheap) and the
display rows of a page of them (name, channels, snippet, time, unread, labels).

Ids come first and rows a page at a time, so a list of 10,000 conversations costs one narrow
query of integers plus one small query per visible page.
"""

from __future__ import annotations

from sqlalchemy import exists, literal, select

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import STATUSES as STATUSES  # re-exported
from shopinbox.app.inbox.rows import InboxFilter, InboxRow
from shopinbox.channels import registry
from shopinbox.store import queries
from shopinbox.store.models import Account, Conversation, Customer, CustomerLabel, Message


def conversation_ids(ctx: AppContext, wanted: InboxFilter) -> list[int]:
    """Customer ids of the matching conversations, newest activity first."""
    query = (
        select(Customer.id)
        .join(Conversation, Conversation.customer_id == Customer.id)
        .where(Customer.merged_into_id.is_(None), Conversation.message_count > 0)
        .order_by(Conversation.last_activity.desc(), Customer.id.desc())
    )
    if wanted.status != "all":
        query = query.where(Conversation.status == wanted.status)
    if wanted.unread_only:
        query = query.where(Conversation.unread_count > 0)
    if wanted.assigned == "mine":
        query = query.where(Conversation.assignee_id == (wanted.me or -1))
    elif wanted.assigned == "unassigned":
        query = query.where(Conversation.assignee_id.is_(None))
    if wanted.channel or wanted.account_id:
        condition = Message.customer_id == Customer.id
        if wanted.channel:
            condition = condition & (Message.channel == wanted.channel)
        if wanted.account_id:
            condition = condition & (Message.account_id == wanted.account_id)
        query = query.where(exists().where(condition))
    if wanted.label:
        query = query.where(
            exists().where(CustomerLabel.customer_id == Customer.id,
                           CustomerLabel.label == wanted.label)
        )
    if wanted.intent:  # the stored current intents (store.conversation_intents), spaced
        spaced = literal(" ") + Conversation.latest_intents + literal(" ")
        query = query.where(spaced.contains(f" {wanted.intent} ", autoescape=True))
    with ctx.reader() as session:
        return list(session.scalars(query))


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
    from sqlalchemy import func

    with ctx.reader() as session:
        return int(session.scalar(
            select(func.coalesce(func.sum(Conversation.unread_count), 0))
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.merged_into_id.is_(None))
        ) or 0)
