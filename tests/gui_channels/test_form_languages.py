"""The account forms in English, Polish and Russian: screenshots (tests/screenshots/out) with
nothing clipped, and English plural forms in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from shopinbox.ui.shell.main_window import MainWindow
from tests.gui.test_languages import SHOTS, _clipped


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_account_form_screenshots(qtbot, sqlite_ctx, translations_built, language):
    app = QApplication.instance()
    assert install_translations(app, language)
    register_builtin_forms()
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
        qtbot.addWidget(settings)
        settings.show()
        for kind in ("email", "telegram"):
            dialog = settings.add_account(kind)
            qtbot.waitExposed(dialog)
            if kind == "email":
                dialog.form.address.setText("sklep@gmail.com")  # shows the provider hint
            else:
                dialog.form.delete_webhook.show()
            dialog.result_label.setText(dialog.form.describe_error(
                ConnectionRefusedError("IMAP: connection refused")))
            dialog.adjustSize()
            app.processEvents()
            assert _clipped(dialog) == []
            assert dialog.width() <= 800 and dialog.height() <= 600  # fits the smallest screen
            image = dialog.grab().toImage()
            assert image.save(str(SHOTS / f"account-form-{kind}-{language}.png"))
            dialog.close()
        if language != "en":
            assert settings.windowTitle() != "Settings"
    finally:
        install_translations(app, "en")


def test_english_plurals_in_the_status_bar(qtbot, demo_ctx, translations_built):
    assert install_translations(QApplication.instance(), "en")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.sync_status.show_count(40, 1)
    assert window.sync_status.count.text() == "40 conversations · 1 unread"
    window.sync_status.show_count(1, 0)
    assert window.sync_status.count.text().startswith("1 conversation ·")
    window.close()
