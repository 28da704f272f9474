"""Fixtures of the identity tests: a second, independent profile on the same engine."""

from __future__ import annotations

import pytest

from shopinbox.app.core.context import AppContext


@pytest.fixture
def control_ctx(ctx, backend, tmp_path, monkeypatch, request):
    """Another opened profile on the same engine as `ctx` (opened after it), to compare a run
    with a merge and undo against one without."""
    if backend == "postgres":
        cluster = request.getfixturevalue("postgres_cluster")
        monkeypatch.setenv("SHOPINBOX_DATABASE_URL", cluster.create_database())
    context = AppContext.open(str(tmp_path / "control"))
    yield context
    context.close()
