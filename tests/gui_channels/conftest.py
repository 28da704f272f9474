"""The window against the real test servers: Dovecot + aiosmtpd (tests/email) and the local Bot
API server (tests/telegram). Their fixtures are reused as they are; the window runs through
`WindowController`, as `shopinbox` starts it (sync runner, settings with the account forms)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.email.conftest import dovecot, smtp_server  # noqa: F401  (fixtures)
from tests.gui.conftest import demo_ctx, demo_template, translations_built  # noqa: F401
from tests.telegram.conftest import anna, bot_server  # noqa: F401  (fixtures)

# Fail fast in tests: an unreachable server is reported after one quick retry, not six.
SYNC_OPTIONS = {"retries": 1, "backoff": 0.05}


@pytest.fixture
def controller(qtbot, sqlite_ctx):
    """The window on an empty profile; its sync runner is stopped at the end."""
    from shopinbox.ui.shell.launch import WindowController

    made: list = []

    def start():
        control = WindowController(QApplication.instance(), sqlite_ctx,
                                   sync_options=SYNC_OPTIONS)
        window = control.show()
        qtbot.addWidget(window)
        made.append(control)
        return control

    yield start
    for control in made:
        control.stop_sync()
        if control.window is not None:
            control.window.close()
        control.tasks.wait()
