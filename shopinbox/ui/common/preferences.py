"""The Qt side of the settings registry (app/core/settings.py declares every setting once).

Per-desktop settings live here, with QSettings in the profile's `window.ini`, so every profile
(the demo too) remembers its own window. `changed(name, value)` fires after a desktop setting
changes (window state excepted), and — once `watch_shop(ctx)` is called — after a shop setting
is committed by this process (the app side's listener runs in the writing thread; Qt queues
the signal to the receivers' thread).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from shopinbox.app.core import settings as registry
from shopinbox.paths import ProfilePaths

if TYPE_CHECKING:
    from shopinbox.app.core.context import AppContext


class Preferences(QObject):
    changed = Signal(str, object)  # setting name, new value

    def __init__(self, profile_root: Path, ctx: AppContext | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.qsettings = QSettings(str(ProfilePaths(profile_root).desktop_settings),
                                   QSettings.Format.IniFormat)
        self._ctx: AppContext | None = None
        if ctx is not None:
            self.watch_shop(ctx)

    @staticmethod
    def _desktop(key: str) -> registry.Setting:
        found = registry.setting(key)
        if found.scope != registry.DESKTOP:
            raise KeyError(f"{key!r} is a shop setting: it lives in the database")
        return found

    def get(self, key: str) -> Any:
        found = self._desktop(key)
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray):
            value = bytes(value.data())
        return found.read(value)

    def set(self, key: str, value: Any) -> None:
        found = self._desktop(key)
        value = found.coerce(bytes(value.data()) if isinstance(value, QByteArray) else value)
        if self.qsettings.contains(key) and self.get(key) == value:
            return
        self.qsettings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
        self.qsettings.sync()
        self.changed.emit(key, value)

    # Window state: opaque bytes from Qt itself (declared as `window/<key>`).
    def state(self, key: str) -> QByteArray | None:
        value = self.get(f"window/{key}")
        return QByteArray(value) if value else None

    def set_state(self, key: str, value: QByteArray) -> None:
        found = self._desktop(f"window/{key}")
        self.qsettings.setValue(found.name, value)  # written out by qsettings.sync() on close

    def images_allowed(self, sender: str) -> bool:
        return sender.lower() in self.get("images/allowed_senders")

    def allow_images(self, sender: str) -> None:
        allowed = self.get("images/allowed_senders")
        if sender.lower() not in allowed:
            self.set("images/allowed_senders", [*allowed, sender.lower()])

    # -- shop settings: relayed, never read here (the UI thread does not wait on the database) --
    def watch_shop(self, ctx: AppContext) -> None:
        """Re-emit `changed` for shop settings this process commits through `ctx`."""
        if self._ctx is not None:
            registry.remove_listener(self._ctx, self._shop_changed)
        self._ctx = ctx
        registry.add_listener(ctx, self._shop_changed)
        self.destroyed.connect(lambda *_: registry.remove_listener(ctx, self._shop_changed))

    def _shop_changed(self, name: str, value: Any) -> None:
        self.changed.emit(name, value)
