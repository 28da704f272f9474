"""campaigns, consent, order status changes and notifications

Revision ID: 0010_campaigns
Revises: 0009_report_indexes
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0010_campaigns"
down_revision = "0009_report_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
        sa.UniqueConstraint("name", name=op.f("uq_segments_name")),
    )
    op.create_table(
        "customer_consents",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("marketing", sa.Boolean(), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("changed_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("opted_out_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("opt_out_message_id", sa.Integer(), nullable=True),
        sa.Column("preferred_channel", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_consents_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_consents")),
    )
    op.create_table(
        "notification_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("statuses", sa.JSON(), nullable=False),
        sa.Column("promo_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["promo_id"],
            ["promo_replies.id"],
            name=op.f("fk_notification_rules_promo_id_promo_replies"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notification_rules")),
        sa.UniqueConstraint("event", name=op.f("uq_notification_rules_event")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("promo_id", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("pool_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("scheduled_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("finished_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["pool_id"],
            ["discount_pools.id"],
            name=op.f("fk_campaigns_pool_id_discount_pools"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["promo_id"],
            ["promo_replies.id"],
            name=op.f("fk_campaigns_promo_id_promo_replies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_campaigns_segment_id_segments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )
    op.create_table(
        "order_discount_codes",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_discount_codes_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("order_id", "code", name=op.f("pk_order_discount_codes")),
    )
    op.create_index(
        op.f("ix_order_discount_codes_code"), "order_discount_codes", ["code"], unique=False
    )

    op.create_table(
        "order_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("previous", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=False),
        sa.Column("changed_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_status_changes_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_status_changes")),
    )
    op.create_index(
        "ix_order_status_changes_order",
        "order_status_changes",
        ["order_id", "changed_at"],
        unique=False,
    )

    op.create_table(
        "campaign_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_recipients_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_campaign_recipients_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_campaign_recipients_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipients")),
        sa.UniqueConstraint("campaign_id", "customer_id", name="uq_campaign_recipients_customer"),
    )
    op.create_index(
        op.f("ix_campaign_recipients_message_id"),
        "campaign_recipients",
        ["message_id"],
        unique=False,
    )
    op.create_index(
        "ix_campaign_recipients_state",
        "campaign_recipients",
        ["campaign_id", "state"],
        unique=False,
    )

    op.create_table(
        "order_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_order_notifications_message_id_messages"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_notifications_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["notification_rules.id"],
            name=op.f("fk_order_notifications_rule_id_notification_rules"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_notifications")),
        sa.UniqueConstraint("order_id", "event", name="uq_order_notifications_order_event"),
    )
    op.create_index("ix_order_notifications_state", "order_notifications", ["state"], unique=False)


def downgrade() -> None:
    for table in (
        "order_notifications",
        "campaign_recipients",
        "order_status_changes",
        "order_discount_codes",
        "campaigns",
        "notification_rules",
        "customer_consents",
        "segments",
    ):
        op.drop_table(table)  # their indexes go with them
