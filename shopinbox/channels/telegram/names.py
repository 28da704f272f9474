"""The telegram channel's names in the UI language (ui/common/channel_ui.py asks for them at
start-up, so they live apart from the account form and its network modules)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    """This channel's names in the UI language (ui/common/channel_ui.py asks for them)."""
    return {
        "title": QCoreApplication.translate("TelegramChannel", "Telegram"),
        "account": QCoreApplication.translate("TelegramChannel", "Telegram bot"),
        "add": QCoreApplication.translate("TelegramChannel", "Add a Telegram bot"),
        "identity": QCoreApplication.translate("TelegramChannel", "Telegram"),
    }
