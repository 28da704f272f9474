"""What the window imports before its first paint stays free of SQLAlchemy, Alembic and Jinja
(they load on a worker thread after it, ui/shell/main_window.py): a new top-level import of a
use-case in ui/shell, ui/inbox or ui/common would cost the start about half a second again."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "jinja2")


def test_the_window_modules_load_without_sqlalchemy():
    code = ("import sys; import shopinbox.app.core.context, shopinbox.ui.shell.main_window; "
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]"


def test_a_heavy_import_is_seen():
    """The check above can fail: importing the listing brings SQLAlchemy."""
    code = ("import sys; import shopinbox.app.inbox.listing; "
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert "sqlalchemy" in done.stdout


def test_a_window_start_reads_its_options_without_the_commands():
    """`shopinbox [--profile DIR] [--demo]` starts the window without building the full parser
    (which imports every command group and python-telegram-bot); anything else goes to it."""
    code = ("import sys; from shopinbox.cli import window_arguments as w; "
            "a = w(['--profile', 'x', '--demo']); "
            "print(a.profile, a.demo, a.handler, w(['sync']), w(['--help']), w(['--profile']), "
            "sorted(m for m in ('telegram', 'sqlalchemy', 'shopinbox.commands.demo') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["x", "True", "None", "None", "None", "None", "[]"]
    assert done.stderr == ""
