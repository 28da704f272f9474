"""The migrations create exactly the tables of the models (merge_suggestions included), and the
merge_suggestions revision goes down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from shopinbox.store.migrate import alembic_config, current_revision, head_revision
from shopinbox.store.models import Base


def _differences(engine):
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return [d for d in compare_metadata(context, Base.metadata)
                if "message_search" not in str(d)  # the search index is engine-specific
                and "search_forms" not in str(d)  # and so is its table of word forms
                and "box_search" not in str(d)]  # and the one box's trigram tables / indexes


def test_migrations_match_models(ctx):
    assert current_revision(ctx.engine) == head_revision(ctx.engine)
    assert _differences(ctx.engine) == []


def test_merge_suggestions_revision_downgrades(ctx):
    config = alembic_config(ctx.engine)
    below = ScriptDirectory.from_config(config).get_revision("0002_merge_suggestions").down_revision
    command.downgrade(config, below)
    assert "merge_suggestions" not in inspect(ctx.engine).get_table_names()
    command.upgrade(config, "head")
    assert "merge_suggestions" in inspect(ctx.engine).get_table_names()
    assert _differences(ctx.engine) == []
