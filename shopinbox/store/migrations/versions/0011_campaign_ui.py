"""orders.pickup_point: where the parcel waits (a parcel locker, the shop's pickup location),
for the `order.pickup_point` of "ready for pickup" notifications

Revision ID: 0011_campaign_ui
Revises: 0010_campaigns
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_campaign_ui"
down_revision = "0010_campaigns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("orders", sa.Column("pickup_point", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("pickup_point")
