"""The Qt side of the settings registry: per-desktop settings in window.ini with their declared
types, and one `changed` signal for desktop and (relayed) shop settings."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QByteArray

from shopinbox.app.core import settings
from shopinbox.ui.common.preferences import Preferences


def test_desktop_settings_keep_their_types_across_restarts(qtbot, sqlite_ctx):
    prefs = Preferences(sqlite_ctx.paths.root)
    assert prefs.get("notifications") is True and prefs.get("sync_interval_minutes") == 5
    with qtbot.waitSignal(prefs.changed) as blocker:
        prefs.set("sync_interval_minutes", 15)
    assert blocker.args == ["sync_interval_minutes", 15]
    prefs.set("notifications", False)
    prefs.allow_images("Anna@Example.pl")
    prefs.set_state("geometry", QByteArray(b"\x01\x02geometry"))
    prefs.qsettings.sync()
    again = Preferences(sqlite_ctx.paths.root)  # read back from the INI file
    assert again.get("sync_interval_minutes") == 15 and again.get("notifications") is False
    assert again.images_allowed("anna@example.pl")
    assert bytes(again.state("geometry").data()) == b"\x01\x02geometry"
    assert again.state("main_splitter") is None
    assert sqlite_ctx.paths.desktop_settings.exists()


def test_unchanged_values_and_undeclared_keys(qtbot, sqlite_ctx):
    prefs = Preferences(sqlite_ctx.paths.root)
    prefs.set("language", "pl")
    with qtbot.assertNotEmitted(prefs.changed):
        prefs.set("language", "pl")
    with pytest.raises(KeyError):
        prefs.set("no_such_setting", 1)
    with pytest.raises(KeyError):
        prefs.get("shop_name")  # a shop setting: in the database, not in window.ini
    with pytest.raises(settings.SettingError):
        prefs.set("sync_interval_minutes", "often")


def test_shop_setting_changes_reach_the_ui_thread(qtbot, sqlite_ctx):
    prefs = Preferences(sqlite_ctx.paths.root, sqlite_ctx)
    worker = threading.Thread(target=settings.set_setting,
                              args=(sqlite_ctx, "shop_name", "Leśna Świeca"))
    with qtbot.waitSignal(prefs.changed) as blocker:
        worker.start()
    worker.join()
    assert blocker.args == ["shop_name", "Leśna Świeca"]
