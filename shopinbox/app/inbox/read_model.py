"""The one read model of a customer: who they are, the merged timeline and their orders.

The window (conversation bar, timeline, customer panel, composer) and `shopinbox show ID --json`
read the same typed `CustomerView`; `to_json()` gives the CLI's long-standing JSON shape
(`asdict` of these dataclasses). The timeline comes from one narrow Core query plus one for
attachments, so a customer with 500 messages opens well inside the 100 ms budget; it runs as a
background query in the window.

A customer merged into another resolves to the survivor, so old ids keep working.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.intents import add_intents
from shopinbox.app.orders.manage import number_prefixes
from shopinbox.app.team.work import NoteView, notes_in
from shopinbox.domain.chunks import chunked
from shopinbox.domain.kinds import Direction
from shopinbox.domain.messages import ABOUT_ORDER
from shopinbox.domain.orders.numbers import find_order_numbers
from shopinbox.domain.orders.records import normalise_order_number
from shopinbox.store import queries
from shopinbox.store.models import (
    Account,
    Attachment,
    Conversation,
    Customer,
    Merge,
    Message,
    ServerLocation,
    TeamUser,
)
from shopinbox.store.orders import orders_by_number


class CustomerNotFound(LookupError):
    pass


@dataclass
class IdentityView:
    id: int
    kind: str
    value: str
    display: str
    unreachable_reason: str | None


@dataclass
class AttachmentView:
    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str | None
    note: str | None


@dataclass
class OrderRefView:
    """An order number found in a message text: its span and the order it names (if known)."""

    start: int
    end: int
    number: str
    order_id: int | None


@dataclass
class MessageView:
    id: int
    channel: str
    account: str
    direction: str
    sent_at: datetime
    sender: str
    sender_address: str
    subject: str
    text: str
    html: str | None
    is_read: bool
    delivery_state: str | None
    delivery_error: str | None
    parse_error: str | None
    extra: dict[str, Any]
    server_deleted_at: datetime | None = None  # gone from its server; kept here
    moved_to: str | None = None  # on its server, now in another folder than it came from
    attachments: list[AttachmentView] = field(default_factory=list)
    order_refs: list[OrderRefView] = field(default_factory=list)
    intents: list[str] = field(default_factory=list)  # inbound: most likely first (app/inbox/intents)
    about_order: OrderRefView | None = None  # the order its channel says it is about
    author: str = ""  # team mode: who wrote an outgoing reply ("Anna")

    @property
    def unread_inbound(self) -> bool:
        return self.direction == Direction.INBOUND and not self.is_read

    def as_dict(self) -> dict[str, Any]:
        """The dict the timeline renders, built shallowly: `dataclasses.asdict` deep-copies
        every value and cost ~130 ms on the UI thread for a 500-message customer."""
        data = dict(self.__dict__)  # a dataclass without slots: its fields, as they are
        data["attachments"] = [dict(vars(a)) for a in self.attachments]
        data["order_refs"] = [dict(vars(r)) for r in self.order_refs]
        data["about_order"] = dict(vars(self.about_order)) if self.about_order else None
        return data


@dataclass(frozen=True)
class MergeView:
    """A merge into the customer shown, that stands (not undone): who was merged in, when,
    and — team mode — by whom ("merged by Anna"; empty when no user of the shop did it)."""

    id: int
    source_name: str
    by: str
    at: datetime


# An order as the window and the CLI show it: the store's row, typed (one shape, not two).
OrderView = queries.OrderRow
OrderLineView = queries.OrderLineRow


@dataclass
class CustomerView:
    id: int
    name: str
    language: str | None
    note: str | None
    labels: list[str]
    status: str
    snoozed_until: datetime | None
    identities: list[IdentityView]
    messages: list[MessageView]
    orders: list[OrderView]
    order_count: int
    lifetime_value: dict[str, Decimal]
    # Whether the panel offers "Undo merge" (the newest merge into this customer can be undone).
    undoable_merge_id: int | None = None
    # Team mode: who the conversation is assigned to, and the internal notes (app/team/work.py).
    assignee_id: int | None = None
    assignee: str = ""
    notes: list[NoteView] = field(default_factory=list)
    merges: list[MergeView] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The shape `shopinbox show ID --json` has always printed, plus the team's notes."""
        data = asdict(self)
        data.pop("undoable_merge_id")
        data.pop("merges")
        return data

    @property
    def last_reply_id(self) -> int:
        """The newest outgoing message shown (0: none) — "replied meanwhile" compares to it."""
        return max((m.id for m in self.messages if m.direction == Direction.OUTBOUND), default=0)

    def unread_inbound_ids(self) -> list[int]:
        return [m.id for m in self.messages if m.unread_inbound]



def customer_view(ctx: AppContext, customer_id: int, *, with_undo: bool = False) -> CustomerView:
    """Everything shown for one customer. `with_undo` also looks up the undoable merge (the
    window's panel wants it; the CLI does not)."""
    with ctx.reader() as session:
        customer = queries.surviving_customer(session, customer_id)
        if customer is None:
            raise CustomerNotFound(customer_id)
        row = queries.customer_rows(session, [customer.id])[0]
        messages = _messages(session, customer.id)
        _add_order_refs(session, messages)
        _add_intents(session, messages)
        view = CustomerView(
            id=customer.id,
            name=customer.display_name,
            language=customer.language,
            note=customer.note,
            labels=list(row.labels),
            status=row.status,
            snoozed_until=row.snoozed_until,
            identities=[IdentityView(i.id, i.kind, i.value, i.display, i.unreachable_reason)
                        for i in row.identities],
            messages=messages,
            orders=queries.customer_orders(session, customer.id),
            order_count=queries.order_count(session, customer.id),
            lifetime_value=queries.lifetime_value(session, customer.id),
            assignee_id=row_assignee(session, customer.id),
            notes=notes_in(session, customer.id),
            merges=_merges_into(session, customer.id),
        )
        if view.assignee_id is not None:
            view.assignee = user_name(session, view.assignee_id)
    if with_undo:
        from shopinbox.app.identity.merge_actions import last_undoable_merge

        view.undoable_merge_id = last_undoable_merge(ctx, view.id)
    return view


def _merges_into(session: Session, customer_id: int) -> list[MergeView]:
    """The standing merges into this customer, oldest first. `Merge.actor` holds the team
    user's name for merges by a user; older rows hold "window" / "cli", shown without a name."""
    users = set(session.scalars(select(TeamUser.name)))
    rows = session.execute(
        select(Merge.id, Merge.actor, Merge.created_at, Customer.display_name)
        .join(Customer, Customer.id == Merge.source_customer_id)
        .where(Merge.into_customer_id == customer_id, Merge.undone_at.is_(None))
        .order_by(Merge.created_at, Merge.id)).all()
    return [MergeView(int(r.id), r.display_name or "", r.actor if r.actor in users else "",
                      r.created_at) for r in rows]


def row_assignee(session: Session, customer_id: int) -> int | None:
    return session.scalar(select(Conversation.assignee_id)
                          .where(Conversation.customer_id == customer_id))


def user_name(session: Session, user_id: int) -> str:
    return session.scalar(select(TeamUser.name).where(TeamUser.id == user_id)) or ""


def _messages(session: Session, customer_id: int) -> list[MessageView]:
    rows = session.execute(
        select(Message.id, Message.channel, Account.name.label("account"), Message.direction,
               Message.sent_at, Message.sender_name, Message.sender_address, Message.subject,
               Message.body_text, Message.body_html, Message.is_read, Message.delivery_state,
               Message.delivery_error, Message.parse_error, Message.extra,
               TeamUser.name.label("author"), Message.server_deleted_at, Message.folder,
               ServerLocation.folder.label("server_folder"))
        .join(Account, Account.id == Message.account_id)
        .outerjoin(TeamUser, TeamUser.id == Message.author_id)
        .outerjoin(ServerLocation, ServerLocation.message_id == Message.id)
        .where(Message.customer_id == customer_id)
        .order_by(Message.sent_at, Message.id)
    ).all()
    attachments: dict[int, list[AttachmentView]] = defaultdict(list)
    ids = [row.id for row in rows]
    for chunk in chunked(ids, 900):
        for a in session.execute(
            select(Attachment.id, Attachment.message_id, Attachment.filename,
                   Attachment.mime_type, Attachment.size, Attachment.sha256, Attachment.note)
            .where(Attachment.message_id.in_(chunk)).order_by(Attachment.id)
        ):
            attachments[a.message_id].append(
                AttachmentView(a.id, a.filename, a.mime_type, a.size, a.sha256, a.note))
    # (tuples unpacked by position: a Row's attribute lookup by name, 17 times over 500 rows,
    # was a fifth of this read)
    return [
        MessageView(
            id=id_, channel=channel, account=account, direction=direction, sent_at=sent_at,
            sender=sender_name or sender_address, sender_address=sender_address,
            subject=subject, text=text, html=body_html, is_read=is_read,
            delivery_state=delivery_state, delivery_error=delivery_error,
            parse_error=parse_error, extra=dict(extra or {}), server_deleted_at=deleted_at,
            moved_to=server_folder if server_folder and folder and server_folder != folder
            else None,
            attachments=attachments.get(id_, []), author=author or "")
        for (id_, channel, account, direction, sent_at, sender_name, sender_address, subject,
             text, body_html, is_read, delivery_state, delivery_error, parse_error, extra,
             author, deleted_at, folder, server_folder) in rows
    ]


def _add_intents(session: Session, messages: list[MessageView]) -> None:
    rows: list[dict[str, Any]] = [
        {"id": m.id, "direction": m.direction, "subject": m.subject, "text": m.text}
        for m in messages]
    add_intents(session, rows)
    for message, row in zip(messages, rows, strict=True):
        message.intents = [str(name) for name in row["intents"]]


def _add_order_refs(session: Session, messages: list[MessageView]) -> None:
    prefixes = number_prefixes(session)  # the shop-wide setting and each source's own
    found = [(m, find_order_numbers(m.text or "", prefixes)) for m in messages]
    about = {m.id: str(m.extra[ABOUT_ORDER]) for m in messages if m.extra.get(ABOUT_ORDER)}
    known = orders_by_number(session, [hit.value for _, hits in found for hit in hits]
                             + list(about.values()))
    for message, hits in found:
        message.order_refs = [OrderRefView(h.start, h.end, h.value, known.get(h.value))
                              for h in hits]
        number = about.get(message.id)
        if number is not None:
            order_id = known.get(normalise_order_number(number))
            if order_id is not None:
                message.about_order = OrderRefView(0, 0, number, order_id)
