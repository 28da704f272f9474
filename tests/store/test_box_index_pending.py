"""Migration 0014: the one box's pg_trgm indexes write straight into the index (no GIN pending
list that every scan reads); the downgrade gives them the default back. SQLite: unchanged."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from shopinbox.store.migrate import alembic_config, current_revision, head_revision

INDEXES = ("ix_box_search_customer_names", "ix_box_search_identity_values",
           "ix_box_search_identity_displays", "ix_box_search_order_numbers",
           "ix_box_search_order_tracking")


def _options(ctx) -> dict[str, list[str] | None]:
    with ctx.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT relname, reloptions FROM pg_class WHERE relname = ANY(:names)"),
            {"names": list(INDEXES)}).all())


def test_box_trigram_indexes_have_no_pending_list(ctx):
    if ctx.engine.dialect.name != "postgresql":
        assert current_revision(ctx.engine) == head_revision(ctx.engine)  # applied, no-op
        return
    assert _options(ctx) == {name: ["fastupdate=off"] for name in INDEXES}
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0012_search_index")
    assert _options(ctx) == {name: None for name in INDEXES}
    command.upgrade(config, "head")
    assert _options(ctx) == {name: ["fastupdate=off"] for name in INDEXES}
