"""shop settings: per-shop settings in the database, shared by every desktop in team mode

Revision ID: 0003_shop_settings
Revises: 0002_merge_suggestions
Create Date: 2026-12-01

The values of the profile's old settings.json are moved in at start-up, not here
(app/core/settings.py `import_legacy_settings`): a migration knows no profile folder.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import shopinbox.store.types

revision = "0003_shop_settings"
down_revision = "0002_merge_suggestions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shop_settings",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", shopinbox.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_shop_settings")),
    )


def downgrade() -> None:
    op.drop_table("shop_settings")
