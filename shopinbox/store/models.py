"""The whole data model of DESIGN.md as SQLAlchemy 2.0 typed models.

Strings for small vocabularies (channel, direction, status …) hold the values of the enums in
`shopinbox.domain.kinds`; plain strings keep migrations simple on both SQLite and PostgreSQL.
Wide or rarely read data (raw message sources) lives in side tables so that list queries stay
narrow. The Alembic revisions under `migrations/` create exactly these tables; a test compares
the two.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shopinbox.store.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), Decimal: Numeric(12, 2)}


class Customer(Base):
    """A person the shop talks to, across every channel. `merged_into_id` points at the survivor
    of a merge, so an undo can bring this row back exactly."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(255), default="")
    language: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    identities: Mapped[list[Identity]] = relationship(back_populates="customer")
    labels: Mapped[list[CustomerLabel]] = relationship(cascade="all, delete-orphan")
    conversation: Mapped[Conversation | None] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )


class CustomerLabel(Base):
    __tablename__ = "customer_labels"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    label: Mapped[str] = mapped_column(String(64), primary_key=True)


class Identity(Base):
    """One way to reach a customer: an email address (lower-cased), a Telegram user id, a phone
    number (E.164). (kind, value) is unique: one identity belongs to one customer."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("kind", "value", name="uq_identities_kind_value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(320))
    display: Mapped[str] = mapped_column(String(255), default="")
    # Why this identity cannot be used to reply (e.g. the customer blocked the bot).
    unreachable_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="identities")


class Account(Base):
    """One connector instance: a mailbox, a Telegram bot, an order source. Secrets are never
    stored here: `secret_ref` says where to find them (`keyring` or `env:VARIABLE`)."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    secret_ref: Mapped[str | None] = mapped_column(String(255))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


_REPORT_COLUMNS = ("direction", "is_automated", "delivery_state", "channel", "account_id")


class Message(Base):
    """One email or chat message, inbound or outbound. Unique per (account, external_id), so any
    sync can be re-run harmlessly. Outgoing messages carry their delivery state: the outbox is
    the set of messages in state queued/sending/failed."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id", name="uq_messages_account_external"),
        # Both carry the columns the Reports figures read, so those scans never read a
        # (wide) message row (migration 0009_report_indexes).
        Index("ix_messages_customer_sent", "customer_id", "sent_at", *_REPORT_COLUMNS),
        Index("ix_messages_sent_at", "sent_at", "customer_id", *_REPORT_COLUMNS),
        Index("ix_messages_delivery_state", "delivery_state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    # The identity the message came from or went to; unmerge uses it to send a message home.
    identity_id: Mapped[int | None] = mapped_column(ForeignKey("identities.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(3))
    external_id: Mapped[str] = mapped_column(String(512))
    folder: Mapped[str | None] = mapped_column(String(255))
    thread_key: Mapped[str | None] = mapped_column(String(512), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(512))
    references: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column()
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(255), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    is_read: Mapped[bool] = mapped_column(Boolean, default=False)
    is_automated: Mapped[bool] = mapped_column(Boolean, default=False)
    parse_error: Mapped[str | None] = mapped_column(Text)
    delivery_state: Mapped[str | None] = mapped_column(String(16))
    delivery_error: Mapped[str | None] = mapped_column(Text)
    send_attempts: Mapped[int] = mapped_column(Integer, default=0)
    edited_at: Mapped[datetime | None] = mapped_column()
    # When the channel saw the message go from its server (expunged, deleted); the shop's copy
    # stays until the user deletes it here too.
    server_deleted_at: Mapped[datetime | None] = mapped_column()
    # Channel-specific details: Telegram kind (sticker, location …), earlier texts of an edit.
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Team mode: the team user who wrote an outgoing reply (none for inbound mail and on a
    # single desktop). No foreign key: adding one would rebuild the messages table on SQLite.
    author_id: Mapped[int | None] = mapped_column(Integer)

    attachments: Mapped[list[Attachment]] = relationship(cascade="all, delete-orphan")


class MessageSource(Base):
    """The raw source of a message (RFC 822 bytes or update JSON), kept so nothing is lost even
    when parsing fails. A side table keeps the messages table narrow."""

    __tablename__ = "message_sources"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class ServerLocation(Base):
    """Where a stored message lives on its server now, for channels that address messages by
    folder + folder generation + number (IMAP: folder, UIDVALIDITY, UID), and a read state the
    user changed here that the server has not taken yet (`pending_read`, None: nothing to push).
    Indexed columns, so flag sync and expunge detection ask the database, never scan JSON."""

    __tablename__ = "server_locations"
    __table_args__ = (
        Index("ix_server_locations_place", "account_id", "folder", "validity", "uid"),
        Index("ix_server_locations_pending", "account_id", "pending_read"),
    )

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(255))
    validity: Mapped[int] = mapped_column(Numeric(20, 0))
    uid: Mapped[int] = mapped_column(Numeric(20, 0))
    pending_read: Mapped[bool | None] = mapped_column(Boolean)


class AttachmentContent(Base):
    """Attachment bytes are stored once per sha256 as a file in the profile's attachment store."""

    __tablename__ = "attachment_contents"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(255), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    # Empty until the content is fetched (lazy download, or too large to download).
    sha256: Mapped[str | None] = mapped_column(ForeignKey("attachment_contents.sha256"))
    content_id: Mapped[str | None] = mapped_column(String(255))
    is_inline: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    # Where the connector can fetch it later (IMAP part number, Telegram file_id).
    locator: Mapped[str | None] = mapped_column(String(512))


class Conversation(Base):
    """The state of the one conversation the shop has with a customer."""

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_status_activity", "status", "last_activity"),
        # The inbox's order with what its plain and intent filters read: walked backwards,
        # the listing needs no sort and no table row (migration 0015_inbox_order_index).
        Index("ix_conversations_activity", "last_activity", "customer_id", "message_count",
              "latest_intents"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(16), default="open")
    snoozed_until: Mapped[datetime | None] = mapped_column()
    assignee: Mapped[str | None] = mapped_column(String(128))
    # The team user the conversation is assigned to (none: unassigned); no foreign key, as
    # for `Message.author_id`.
    assignee_id: Mapped[int | None] = mapped_column(Integer, index=True)
    last_activity: Mapped[datetime | None] = mapped_column()
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    # A cache for the inbox row's snippet, rebuilt from messages; no foreign key, so that the
    # tables can be created and emptied in any order.
    last_message_id: Mapped[int | None] = mapped_column(Integer)
    # What the conversation waits on: the intents of the newest inbound (not automated)
    # message, a correction applied, most likely first, spaced ('' without one). Kept by
    # `store.conversation_intents`, so the inbox's intent filter is one condition in SQL.
    # (No Python default: an insert that does not name it leaves it to the server.)
    latest_intents: Mapped[str] = mapped_column(String(200), server_default="")

    customer: Mapped[Customer] = relationship(back_populates="conversation")


class SyncState(Base):
    """Where a connector left off, per account and folder. Written in the same transaction as the
    messages it covers, so a crash at any point neither loses nor repeats anything.

    `cursor` is opaque to everyone but the channel that owns it (IMAP: UIDVALIDITY, last UID,
    HIGHESTMODSEQ; Telegram: the update offset) — JSON through `store/cursors.py`, so a new
    channel needs no new columns. Order sources keep their own plain-text cursor here."""

    __tablename__ = "sync_states"
    __table_args__ = (UniqueConstraint("account_id", "folder", name="uq_sync_states_account_folder"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(255), default="")
    cursor: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("source", "external_id", name="uq_orders_source_external"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    source: Mapped[str] = mapped_column(String(128))
    external_id: Mapped[str] = mapped_column(String(255))
    number: Mapped[str] = mapped_column(String(64), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    customer_name: Mapped[str] = mapped_column(String(255), default="")
    placed_at: Mapped[datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(64), default="")
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(8), default="")
    shipping_address: Mapped[str] = mapped_column(Text, default="")
    carrier: Mapped[str | None] = mapped_column(String(64))
    tracking_number: Mapped[str | None] = mapped_column(String(128))
    tracking_url: Mapped[str | None] = mapped_column(Text)
    pickup_point: Mapped[str | None] = mapped_column(Text)  # a parcel locker, a pickup shop
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", order_by="OrderLine.position"
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str] = mapped_column(String(128), default="")
    name: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(default=Decimal("0"))


class PromoReply(Base):
    __tablename__ = "promo_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    shortcut: Mapped[str] = mapped_column(String(64), unique=True)
    category: Mapped[str] = mapped_column(String(128), default="")
    usage_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    variants: Mapped[list[PromoVariant]] = relationship(
        cascade="all, delete-orphan", order_by="PromoVariant.language"
    )


class PromoVariant(Base):
    __tablename__ = "promo_variants"
    __table_args__ = (UniqueConstraint("promo_id", "language", name="uq_promo_variants_language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    promo_id: Mapped[int] = mapped_column(ForeignKey("promo_replies.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")


class PromoAttachment(Base):
    __tablename__ = "promo_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    promo_id: Mapped[int] = mapped_column(
        ForeignKey("promo_replies.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(255), default="application/octet-stream")
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_contents.sha256"))


class DiscountPool(Base):
    __tablename__ = "discount_pools"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    promo_id: Mapped[int | None] = mapped_column(
        ForeignKey("promo_replies.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DiscountCode(Base):
    """One code of a pool; `given_to_id` is set once, when a message carrying it is sent."""

    __tablename__ = "discount_codes"
    __table_args__ = (UniqueConstraint("pool_id", "code", name="uq_discount_codes_pool_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pool_id: Mapped[int] = mapped_column(ForeignKey("discount_pools.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(128))
    given_to_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    channel: Mapped[str | None] = mapped_column(String(16))
    given_at: Mapped[datetime | None] = mapped_column()


class Draft(Base):
    """The composer's unsent text per customer, so it survives switching and restarts."""

    __tablename__ = "drafts"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str | None] = mapped_column(String(16))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Merge(Base):
    """A recorded merge of one customer into another, with what moved, so it can be undone."""

    __tablename__ = "merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    into_customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    actor: Mapped[str] = mapped_column(String(128), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column()


class MergeSuggestion(Base):
    """A reason to think two customers are one person, and what the user decided about it.

    One row per unordered pair of customers (`customer_a_id` < `customer_b_id`) and reason.
    Open rows are recomputed from the data (rows whose reason no longer holds go away); a
    dismissed or accepted row stays for good, so the same pair and reason is never suggested
    again.
    """

    __tablename__ = "merge_suggestions"
    __table_args__ = (
        UniqueConstraint(
            "customer_a_id", "customer_b_id", "reason", name="uq_merge_suggestions_pair_reason"
        ),
        Index("ix_merge_suggestions_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_a_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    customer_b_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open")
    merge_id: Mapped[int | None] = mapped_column(ForeignKey("merges.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()


class ShopSetting(Base):
    """One per-shop setting (app/core/settings.py declares the names, types and defaults): in
    the database, so in team mode every desktop shares them. `value` is JSON of the declared
    type; a name without a row has its default."""

    __tablename__ = "shop_settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class IntentCorrection(Base):
    """The owner's word on what an inbound message wants (`shopinbox intent set`): shown instead
    of the guess, and the examples the intent model learns from (domain/intents/model.py)."""

    __tablename__ = "intent_corrections"

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    intent: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessageIntent(Base):
    """What an inbound message wants, guessed once when it is stored (`store.intents`), so the
    inbox filter, the chips and the report's counts read it instead of running the model over
    every message. A correction (`IntentCorrection`) still wins for its own message."""

    __tablename__ = "message_intents"
    # The report's counts per intent read this index alone (migration 0013_intent_columns):
    # one range per intent, no message row, no sort.
    __table_args__ = (
        Index("ix_message_intents_counts", "intent", "sent_at", "channel", "account_id"),
    )

    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    intent: Mapped[str] = mapped_column(String(32))  # the most likely one
    intents: Mapped[str] = mapped_column(String(200))  # all of them, most likely first, spaced
    # Copies of the message's columns the counts filter on (no path changes them once a
    # message is stored), so counting never reads a message row.
    sent_at: Mapped[datetime] = mapped_column()
    channel: Mapped[str] = mapped_column(String(16))
    account_id: Mapped[int] = mapped_column(Integer)


class MessageIntentDay(Base):
    """How many stored guesses (`MessageIntent`) there are per UTC day of `sent_at`, intent,
    channel and account, so the report's counts sum whole days instead of reading one index
    entry per message. Written only by the database's triggers on `message_intents`
    (migration 0016_intent_days), never by the app; a count may be 0."""

    __tablename__ = "message_intent_days"
    # Keyed intent first, no rowid on SQLite: each intent's days are one range with the count.
    __table_args__ = {"sqlite_with_rowid": False}

    intent: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    account_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class TeamUser(Base):
    """A person of the shop (team mode): shown on what they do. No password of its own: the
    PostgreSQL role a desktop logs in with is the access control."""

    __tablename__ = "team_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    colour: Mapped[str] = mapped_column(String(9), default="#3b82f6")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """An internal note on a conversation: seen by the team, never sent to the customer."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_customer_created", "customer_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomerConsent(Base):
    """Marketing consent of a customer (campaigns go only where `marketing` is true and there
    is no opt-out): imported from the shop's data, set by hand, or withdrawn by an unsubscribe
    reply / Telegram `/stop`. `preferred_channel` overrides "the channel they last wrote from"
    for campaigns and notifications."""

    __tablename__ = "customer_consents"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    marketing: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(64), default="")
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    opted_out_at: Mapped[datetime | None] = mapped_column()
    opt_out_message_id: Mapped[int | None] = mapped_column(Integer)
    preferred_channel: Mapped[str | None] = mapped_column(String(16))


class Segment(Base):
    """A saved filter over customers (domain/campaigns/segments.py says what `rules` hold)."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Campaign(Base):
    """A promo reply sent to a segment, optionally with the promo's code pool. `settings` holds
    the send rates per channel and the dry-run flag; the audience is frozen into
    `campaign_recipients` when the campaign starts."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    promo_id: Mapped[int | None] = mapped_column(
        ForeignKey("promo_replies.id", ondelete="SET NULL"))
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    pool_id: Mapped[int | None] = mapped_column(
        ForeignKey("discount_pools.id", ondelete="SET NULL"))
    state: Mapped[str] = mapped_column(String(16), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column()
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column()
    finished_at: Mapped[datetime | None] = mapped_column()


class CampaignRecipient(Base):
    """One customer of a campaign's audience: unique per (campaign, customer), so nobody gets a
    campaign twice; `message_id` is the outbox row written for them (its delivery state is the
    recipient's), or `reason` says why they were skipped."""

    __tablename__ = "campaign_recipients"
    __table_args__ = (
        UniqueConstraint("campaign_id", "customer_id", name="uq_campaign_recipients_customer"),
        Index("ix_campaign_recipients_state", "campaign_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str | None] = mapped_column(String(16))
    account_id: Mapped[int | None] = mapped_column(Integer)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderStatusChange(Base):
    """An order's status as a sync or import first saw it, with the time it was seen."""

    __tablename__ = "order_status_changes"
    __table_args__ = (Index("ix_order_status_changes_order", "order_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    previous: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderDiscountCode(Base):
    """A discount code an order used (Shopify `discount_codes`, WooCommerce `coupon_lines`, a
    CSV column), upper-cased: how campaign codes are matched to redemptions."""

    __tablename__ = "order_discount_codes"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)


class NotificationRule(Base):
    """"When an order's status becomes `event` (one of `statuses`, as the source names them)
    → send promo reply `promo_id` on the customer's channel", queued for review or sent."""

    __tablename__ = "notification_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(32), unique=True)
    statuses: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"any"|source: [status]}
    promo_id: Mapped[int | None] = mapped_column(
        ForeignKey("promo_replies.id", ondelete="SET NULL"))
    mode: Mapped[str] = mapped_column(String(16), default="review")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderNotification(Base):
    """One notification of one order event: unique per (order, event), so re-imports, re-syncs
    and restarts never notify twice. pending (review) | approved | queued | skipped | failed;
    `message_id` is its outbox row."""

    __tablename__ = "order_notifications"
    __table_args__ = (
        UniqueConstraint("order_id", "event", name="uq_order_notifications_order_event"),
        Index("ix_order_notifications_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    rule_id: Mapped[int | None] = mapped_column(
        ForeignKey("notification_rules.id", ondelete="SET NULL"))
    event: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()
