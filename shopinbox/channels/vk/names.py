"""The vk channel's names in the UI language (ui/common/channel_ui.py asks for them at
start-up, so they live apart from the account form and its network modules)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    """This channel's names in the UI language (ui/common/channel_ui.py asks for them)."""
    return {
        "title": QCoreApplication.translate("VkChannel", "VK"),
        "account": QCoreApplication.translate("VkChannel", "VK community"),
        "add": QCoreApplication.translate("VkChannel", "Add a VK community"),
        "identity": QCoreApplication.translate("VkChannel", "VK"),
    }
