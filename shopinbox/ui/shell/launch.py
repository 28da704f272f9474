"""Start the window: QApplication, translations, the profile, the main window.

`WindowController` owns the one main window and replaces it when the profile changes (the
welcome screen's "open the demo shop") or the language does (a fresh window is simpler and
more reliable than retranslating every widget in place).
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shopinbox.app.core.context import AppContext
from shopinbox.ui.common.app_icon import app_icon
from shopinbox.ui.common.i18n import install_translations, pick_language
from shopinbox.ui.common.operations import Changes
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.shell.main_window import MainWindow
from shopinbox.ui.shell.sync_bridge import SyncBridge

if TYPE_CHECKING:  # the engine (and SQLAlchemy with it) loads after the first paint
    from shopinbox.ui.shell.sync_runner import SyncRunner


def ensure_translations() -> None:
    """From a source checkout, rebuild .qm files older than their .ts (quietly best-effort)."""
    try:
        from shopinbox.ui.build_translations import build

        build(only_stale=True)
    except Exception:  # a packaged app ships its .qm files; lrelease may be absent there
        pass


def freeze_startup_heap() -> None:
    """Take what start-up created (modules, Qt wrappers, SQLAlchemy mappers and caches, some
    120,000 objects) out of the cyclic GC's scans. A full collection walks every tracked object
    while holding the GIL; during a sync the worker thread triggers several, and each one stalled
    the event loop for 50–115 ms (benchmarks/window_sync_stall.py). Frozen objects are never
    scanned again — nor freed if they were cyclic garbage, of which start-up leaves next to none.
    Called once per process after the first window is up (not in tests, where it would keep
    every test's objects alive).

    It also shortens the GIL switch interval (5 ms → 1 ms): while a sync thread runs Python code,
    each time the UI thread gives up the GIL around a Qt call it waited up to a full interval to
    get it back, so a 40 ms repaint could stretch past 100 ms."""
    global _heap_frozen
    gc.freeze()
    sys.setswitchinterval(0.001)
    _heap_frozen = True


_heap_frozen = False


def freeze_loaded_heap() -> None:
    """Freeze again what loaded after the first paint (SQLAlchemy, the models, the use-cases:
    `MainWindow.views_ready`) — once the start-up heap was frozen, that is, in the app."""
    if _heap_frozen:
        gc.freeze()


class WindowController(QObject):
    window_replaced = Signal(object)
    restored = Signal(str)  # a backup was put back: where the replaced database is kept

    def __init__(self, app: QApplication, ctx: AppContext, real_profile: str | None = None,
                 sync_options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.app, self.ctx, self.real_profile = app, ctx, real_profile
        self.bridge = SyncBridge(self)
        self.tasks = TaskRunner(self)
        self.window: MainWindow | None = None
        self.settings = None  # the open SettingsDialog
        self._sync: SyncRunner | None = None
        self._sync_wanted: Preferences | None = None  # made after the window's first paint
        self.recover_on_start = False  # run_window: replies a crash left in `sending`
        self.sync_options = dict(sync_options or {})  # for the syncers (tests: retries)

    def show(self) -> MainWindow:
        prefs = Preferences(self.ctx.paths.root)
        install_translations(self.app, pick_language(prefs.get("language") or None))
        if self.ctx.shared and self.ctx.user_id is None:  # team mode: who works here
            from shopinbox.ui.shell.team_user_dialog import choose_team_user

            user = choose_team_user(self.ctx, prefs)
            if user is not None and not prefs.get("language"):  # the user's own language
                install_translations(self.app, pick_language(user.language))
        previous = self.window
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self.window = MainWindow(self.ctx, self.bridge, prefs)
        self.window.settings_requested.connect(self.open_settings)
        self.window.demo_requested.connect(self.open_demo)
        self.window.views_ready.connect(freeze_loaded_heap)
        self.window.show()
        self._ensure_sync(prefs)
        self.window_replaced.emit(self.window)
        return self.window

    def _ensure_sync(self, prefs: Preferences) -> None:
        """One sync runner per profile; it outlives window replacements (language changes).
        It is made once the window's views are ready (`views_ready`: the inbox has painted
        and a worker has imported SQLAlchemy and the engine), or at once when someone asks for
        `sync` before that."""
        if self._sync is not None and self._sync.ctx is self.ctx:
            return
        self.stop_sync()
        self._sync_wanted = prefs
        assert self.window is not None
        self.window.views_ready.connect(self._make_sync)

    @property
    def sync(self) -> SyncRunner | None:
        self._make_sync()
        return self._sync

    def _make_sync(self) -> None:
        prefs, self._sync_wanted = self._sync_wanted, None
        if prefs is None:
            return
        from shopinbox.ui.shell.sync_runner import SyncRunner

        sync = self._sync = SyncRunner(self.ctx, self.bridge, prefs.get("sync_interval_minutes"),
                                       self, **self.sync_options)
        if not self.recover_on_start:
            QTimer.singleShot(0, sync, sync.start)
            return
        self.recover_on_start = False
        from shopinbox.app.outbox.sending import recover_interrupted

        # Replies a crash left in `sending` are settled before the outbox may send again.
        def start(_result: object) -> None:
            if self._sync is sync:
                sync.start()

        self.tasks.submit(recover_interrupted, self.ctx, on_done=start, on_error=start)

    def stop_sync(self) -> None:
        self._sync_wanted = None
        if self._sync is not None:
            sync, self._sync = self._sync, None
            sync.stop()
            if sync.tasks.busy:  # its last result is still queued to this thread: let it land
                sync.tasks.finished.connect(sync.deleteLater)
            else:
                sync.deleteLater()

    def open_settings(self, add_kind: str = ""):
        from shopinbox.ui.settings.account_forms import register_builtin_forms
        from shopinbox.ui.settings.settings_dialog import (
            SettingsDialog,  # keyring etc. load on demand
        )

        register_builtin_forms()
        self.settings = SettingsDialog(self.ctx, self.window.prefs, self.window)
        self.settings.language_changed.connect(lambda _language: self.show())
        self.settings.accepted.connect(self._settings_saved)
        self.settings.accounts_changed.connect(self._accounts_changed)
        self.settings.restore_requested.connect(self.restore_backup)
        self.settings.open()
        if add_kind:
            self.settings.add_account(add_kind)
        return self.settings

    def _settings_saved(self) -> None:
        if self.sync is not None and self.window is not None:
            self.sync.set_interval(self.window.prefs.get("sync_interval_minutes"))

    def _accounts_changed(self) -> None:
        if self.sync is not None:
            self.sync.run_now()  # a new account's mail comes in at once
        if self.window is not None:
            self.window.sync_status.rebuild()
            # Welcome screen, filters and the list follow through the one refresh path.
            self.window.ops.announce(Changes(accounts=True), share=True)

    def restore_backup(self, source: str) -> None:
        """Put a backup back (the user confirmed in Settings → Backups): the sync stops, the
        window closes its connections, the file is restored in the background (the current
        database kept as a backup), then the profile opens again in a new window."""
        from pathlib import Path

        from shopinbox.app.core.backups import restore_backup

        old = self.ctx
        self.stop_sync()
        if self.settings is not None:
            self.settings.reject()
            self.settings = None
        if self.window is not None:
            self.window.close()  # its background runners stop with it
        old.close()

        def reopen(kept: object) -> None:
            self.ctx = AppContext.open(str(old.paths.root))
            self.show()
            self.restored.emit(str(kept))

        def failed(error: Exception) -> None:
            from PySide6.QtWidgets import QMessageBox

            from shopinbox.ui.common import error_text

            self.ctx = AppContext.open(str(old.paths.root))
            window = self.show()
            QMessageBox.warning(window, self.tr("Restore a backup"),
                                error_text.describe_or_text(error))

        self.tasks.submit(restore_backup, old.paths, Path(source), on_done=reopen,
                          on_error=failed)

    def open_demo(self) -> None:
        """Load the demo shop in the background, then switch the window to it."""
        def switch(folder: str) -> None:
            old = self.ctx
            if self.window is not None:
                self.window.close()
            self.ctx = AppContext.open(folder)
            self.show()
            if old.paths.root != self.ctx.paths.root:
                old.close()

        from shopinbox.app.demo.profile import prepare_demo_profile

        self.tasks.submit(prepare_demo_profile, str(self.ctx.paths.root), on_done=switch)


def run_window(profile: str | None, argv: list[str], demo: bool = False) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("shopinbox")
    app.setOrganizationName("shopinbox")
    app.setWindowIcon(app_icon())
    ensure_translations()
    if demo:
        from shopinbox.app.demo.profile import open_demo_profile

        ctx = open_demo_profile(profile)
    else:
        ctx = AppContext.open(profile)
    controller = WindowController(app, ctx, profile)
    controller.recover_on_start = True  # in the background, before the sync runner starts
    try:
        controller.show()
        freeze_startup_heap()
        return app.exec()
    finally:
        controller.stop_sync()
        controller.tasks.wait()
        controller.ctx.close()
