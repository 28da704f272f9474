"""GUI fixtures: a demo-shop profile per test (loaded once, copied per test), the main window
on it, and translations compiled once per session."""

from __future__ import annotations

import shutil

import pytest

from shopinbox.app.core.context import AppContext
from shopinbox.app.demo.shop import load_demo_shop


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-template") / "profile"
    ctx = AppContext.open(str(folder))
    load_demo_shop(ctx)
    ctx.close()
    for leftover in folder.glob("*.sqlite3-*"):
        leftover.unlink()
    return folder


@pytest.fixture(scope="session")
def translations_built():
    from shopinbox.ui.build_translations import build

    return build()


@pytest.fixture
def demo_ctx(demo_template, tmp_path, monkeypatch):
    folder = tmp_path / "profile"
    shutil.copytree(demo_template, folder)
    monkeypatch.setenv("SHOPINBOX_PROFILE", str(folder))
    ctx = AppContext.open(str(folder))
    yield ctx
    ctx.close()


@pytest.fixture
def window(qtbot, demo_ctx):
    from shopinbox.ui.shell.main_window import MainWindow

    main = MainWindow(demo_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    # The first conversation opens by itself, in the background (a query): wait for it.
    qtbot.waitUntil(lambda: main.customer_id is not None and main.composer.options is not None)
    qtbot.waitUntil(lambda: not main.ops.busy)  # and the rows the first paint asked for
    yield main
    main.close()
