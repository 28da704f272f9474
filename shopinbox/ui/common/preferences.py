"""The window's declared, typed settings (Picard's `options.py` idea), kept with QSettings in
an INI file inside the profile folder, so every profile (the demo too) remembers its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

# key: (type, default)
DECLARED: dict[str, tuple[type, Any]] = {
    "language": (str, ""),  # "" = follow the system
    "notifications": (bool, True),
    "tray_icon": (bool, True),
    "sync_interval_minutes": (int, 5),
    "images/allowed_senders": (list, []),
}


def settings_path(profile_root: Path) -> Path:
    return profile_root / "window.ini"


class Preferences:
    def __init__(self, profile_root: Path) -> None:
        self.qsettings = QSettings(str(settings_path(profile_root)), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        kind, default = DECLARED[key]
        value = self.qsettings.value(key, default)
        if kind is bool:
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if kind is list:
            if value in (None, ""):
                return []
            return [str(v) for v in value] if isinstance(value, list) else [str(value)]
        return str(value or "")

    def set(self, key: str, value: Any) -> None:
        if key not in DECLARED:
            raise KeyError(key)
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    # Window state: opaque bytes from Qt itself.
    def state(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"window/{key}", value)

    def images_allowed(self, sender: str) -> bool:
        return sender.lower() in self.get("images/allowed_senders")

    def allow_images(self, sender: str) -> None:
        allowed = self.get("images/allowed_senders")
        if sender.lower() not in allowed:
            self.set("images/allowed_senders", [*allowed, sender.lower()])
