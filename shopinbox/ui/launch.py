"""Start the window: QApplication, translations, the profile, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from shopinbox.app.context import AppContext
from shopinbox.ui.i18n import install_translations, pick_language
from shopinbox.ui.main_window import MainWindow


def run_window(profile: str | None, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("shopinbox")
    app.setOrganizationName("shopinbox")
    install_translations(app, pick_language())
    ctx = AppContext.open(profile)
    try:
        window = MainWindow(ctx)
        window.show()
        return app.exec()
    finally:
        ctx.close()
