"""Accounts (mailboxes, bots, order sources): list, find, add, remove. Secrets stay outside the
database (see app/secrets.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import delete_secret
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Account, Message, Order, SyncState


class AccountError(ShopError):
    """A problem with an account, as a code: `unknown_account(name)`, `account_exists(name)`,
    or a channel's own (`not_a_token`, `no_server_known` …). Callers catch AccountError; the
    connection failures of a channel arrive as their own ShopError subclasses."""


@dataclass
class AccountInfo:
    id: int
    name: str
    kind: str
    settings: dict[str, Any]
    secret_ref: str | None
    enabled: bool
    last_error: str | None
    message_count: int


def list_accounts(ctx: AppContext) -> list[AccountInfo]:
    with ctx.reader() as session:
        counts = dict(
            session.execute(select(Message.account_id, func.count()).group_by(Message.account_id))
            .all()
        )
        return [
            AccountInfo(a.id, a.name, a.kind, dict(a.settings or {}), a.secret_ref, a.enabled,
                        a.last_error, counts.get(a.id, 0))
            for a in session.scalars(select(Account).order_by(Account.name))
        ]


def get_account(ctx: AppContext, name: str) -> Account:
    with ctx.reader() as session:
        account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise AccountError("unknown_account", name=name)
    return account


def add_account(ctx: AppContext, name: str, kind: str, settings: dict[str, Any],
                secret_ref: str | None) -> int:
    """Save a new account; the caller has already tested the connection and stored the secret."""
    with ctx.writer() as session, session.begin():
        if session.scalar(select(Account.id).where(Account.name == name)):
            raise AccountError("account_exists", name=name)
        account = Account(name=name, kind=kind, settings=settings, secret_ref=secret_ref)
        session.add(account)
        session.flush()
        return account.id


def set_account_error(ctx: AppContext, account_id: int, error: str | None) -> None:
    with ctx.writer() as session, session.begin():
        account = session.get(Account, account_id)
        if account is not None:
            account.last_error = error


def remove_account(ctx: AppContext, name: str) -> int:
    """Remove the account, what was fetched through it and its secret. Returns messages removed.

    Messages can be fetched again by adding the account back; the conversations of the
    customers are recomputed.
    """
    from shopinbox.store.conversations import refresh_conversations

    with ctx.writer() as session, session.begin():
        account = session.scalar(select(Account).where(Account.name == name))
        if account is None:
            raise AccountError("unknown_account", name=name)
        customers = set(
            session.scalars(
                select(Message.customer_id).where(Message.account_id == account.id).distinct()
            )
        )
        removed = session.execute(delete(Message).where(Message.account_id == account.id))
        session.execute(delete(SyncState).where(SyncState.account_id == account.id))
        session.execute(
            update(Order).where(Order.account_id == account.id).values(account_id=None)
        )
        kind, settings = account.kind, dict(account.settings or {})
        session.delete(account)
        session.flush()
        refresh_conversations(session, [c for c in customers if c is not None])
    delete_secret(name)
    channel = registry.for_account(kind, settings)
    for other in channel.extra_secrets(name) if channel is not None else []:
        delete_secret(other)
    return int(getattr(removed, "rowcount", 0) or 0)
