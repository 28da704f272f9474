"""Registers the channels' account forms with the settings dialog. Called where the window
opens its settings (ui/launch.py), so the heavier channel modules load only when needed."""

from __future__ import annotations


def register_builtin_forms() -> None:
    from shopinbox.ui.email_account_form import EmailAccountForm
    from shopinbox.ui.settings_dialog import register_account_form
    from shopinbox.ui.telegram_account_form import TelegramAccountForm

    register_account_form("email", EmailAccountForm)
    register_account_form("telegram", TelegramAccountForm)
