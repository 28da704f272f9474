"""Writing a logged call: one `Message` row of channel `phone` in one transaction (so kill -9
leaves either the whole call or nothing), indexed for search like any message, under the one
account the phone channel keeps its calls under (created with the first call; it has no
secret, is never synced and sends nothing)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shopinbox.app.core.changes import Changes, OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.channels.phone.calls import DEFAULT_OUTCOME, CallDetails, call_details
from shopinbox.channels.phone.channel import KIND
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import Direction
from shopinbox.store import queries
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.intents import guess as guess_intents
from shopinbox.store.models import Account, Identity, Message
from shopinbox.store.search import reindex_messages

ACCOUNT_NAME = "phone"  # the account calls are stored under (another name if it is taken)


def calls_account(session: Session) -> Account:
    """The account of kind `phone`, created the first time (a name nobody uses yet)."""
    found = session.scalar(select(Account).where(Account.kind == KIND).order_by(Account.id))
    if found is not None:
        return found
    taken = set(session.scalars(select(Account.name).where(Account.name.like(f"{ACCOUNT_NAME}%"))))
    name = next(n for n in (ACCOUNT_NAME, *(f"{ACCOUNT_NAME}-{i}" for i in range(2, 1000)))
                if n not in taken)
    account = Account(name=name, kind=KIND, settings={}, secret_ref=None)
    session.add(account)
    session.flush()
    return account


def log_call(ctx: AppContext, customer_id: int, note: str, *, outbound: bool = False,
             minutes: int = 0, outcome: str = DEFAULT_OUTCOME,
             at: datetime | None = None) -> OpResult:
    """Record a call with this customer (a merged-away id resolves to the survivor); the value
    is the new message id. Raises ShopError (`unknown_customer`, `call_minutes_invalid`,
    `unknown_call_outcome`, `call_in_future`)."""
    details = call_details(outbound=outbound, minutes=minutes, outcome=outcome, note=note,
                           at=at)
    try:
        return _write_call(ctx, customer_id, details)
    except IntegrityError:
        # Team mode: another desktop created the calls account at the same moment (its name
        # is unique); it exists now, and this call goes under it.
        return _write_call(ctx, customer_id, details)


def _write_call(ctx: AppContext, customer_id: int, details: CallDetails) -> OpResult:
    with ctx.writer() as session, session.begin():
        customer = queries.surviving_customer(session, customer_id)
        if customer is None:
            raise ShopError("unknown_customer", id=customer_id)
        account = calls_account(session)
        phone = session.scalar(select(Identity).where(
            Identity.customer_id == customer.id, Identity.kind == KIND).order_by(Identity.id))
        number = phone.value if phone is not None else ""
        shown = (phone.display or phone.value) if phone is not None else ""
        message = Message(
            account_id=account.id,
            customer_id=customer.id,
            identity_id=phone.id if phone is not None else None,
            channel=KIND,
            direction=Direction.OUTBOUND if details.outbound else Direction.INBOUND,
            external_id=f"call:{uuid.uuid4()}",
            sent_at=details.at,
            sender_name="" if details.outbound else customer.display_name,
            sender_address="" if details.outbound else number,
            recipients=number if details.outbound else "",
            body_text=details.note,
            is_read=True,  # the user wrote it down: nothing to read
            extra=details.as_extra(shown),
            author_id=ctx.user_id,
        )
        session.add(message)
        session.flush()
        reindex_messages(session, [message.id])
        if not details.outbound:  # every inbound message has a stored guess (the counts)
            guess_intents(session, [(message.id, message.subject, message.body_text, None)])
        refresh_conversations(session, [customer.id])
        message_id, shown_id = message.id, customer.id
    return OpResult(message_id, Changes(customer_ids={shown_id, customer_id}))
