"""Registers the channels' account forms with the settings dialog. Called where the window
opens its settings (ui/launch.py), so the heavier channel modules load only when needed."""

from __future__ import annotations


def register_builtin_forms() -> None:
    from shopinbox.channels.email.form import EmailAccountForm
    from shopinbox.channels.telegram.form import TelegramAccountForm
    from shopinbox.ui.settings.settings_dialog import register_account_form

    register_account_form("email", EmailAccountForm)
    register_account_form("telegram", TelegramAccountForm)
