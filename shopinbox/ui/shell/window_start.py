"""The main window's start-up after its first paint, apart from its layout and reading flow
(ui/shell/main_window.py mixes it in; budget: inbox painted 0.6 s after the process starts).

The window is built with the inbox, the conversation bar and the timeline, over a profile
that has no database engine yet; the inbox's first page is read with sqlite3. SQLAlchemy, the models and the use-cases behind
the actions are not imported before that paint. Once the inbox has painted, a worker thread
imports them (`PRELOADED`) and the composer and customer panel — whose modules need them — are
built in their places (`views_ready`); the first conversation opens then. Touching `composer`
or `panel` earlier builds them at once (tests, an early action), importing on this thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from shopinbox.ui.composer.composer import Composer
    from shopinbox.ui.customer.customer_panel import CustomerPanel
    from shopinbox.ui.shell.main_window import MainWindow

# What the composer, the customer panel and the actions need, imported on a worker thread
# after the inbox has painted (SQLAlchemy and the models come with the first of them).
PRELOADED = (
    "shopinbox.app.inbox.read_model", "shopinbox.app.inbox.actions",
    "shopinbox.app.inbox.listing", "shopinbox.app.inbox.wismo",
    "shopinbox.app.inbox.attachment_files", "shopinbox.app.inbox.one_box",
    "shopinbox.app.outbox.compose", "shopinbox.app.outbox.sending",
    "shopinbox.app.outbox.targets", "shopinbox.app.promos.discounts",
    "shopinbox.app.promos.reply", "shopinbox.app.promos.library", "shopinbox.app.team.work",
    "shopinbox.app.sync.events", "shopinbox.app.identity.merge_actions",
    "shopinbox.app.sync.engine",  # for the window's sync runner (ui/shell/launch.py)
)


def preload_modules() -> None:
    """Import `PRELOADED` (on a worker thread: no widgets among them)."""
    import importlib

    for name in PRELOADED:
        importlib.import_module(name)


class DeferredViews:
    """The composer and the customer panel, built after the first paint (or when asked for)."""

    _composer: Composer | None
    _panel: CustomerPanel | None

    def _load_views(self: MainWindow) -> None:
        self.update_counts()  # (its query is the first to import SQLAlchemy: after the paint)
        self.tasks.submit(preload_modules, on_done=lambda _none: self._views_loaded(),
                          on_error=lambda _error: self._views_loaded())

    def _views_loaded(self: MainWindow) -> None:
        # One view per turn of the event loop (each some 20-40 ms on a busy machine), so that
        # a sync starting meanwhile never sees one long stall.
        if not self.closing:
            QTimer.singleShot(0, self._build_composer)

    def _build_composer(self: MainWindow) -> None:
        if not self.closing:
            self._ensure_composer()
            QTimer.singleShot(0, self._build_panel)

    def _build_panel(self: MainWindow) -> None:
        if self.closing:
            return
        self.build_views()
        # The first conversation opens once the inbox has painted and the views exist.
        self._open_first()
        self.views_ready.emit()

    def _ensure_composer(self: MainWindow) -> None:
        if self._composer is None:
            from shopinbox.ui.composer.composer import Composer

            self._composer = Composer(self.ctx, self.tasks, self.ops, self)
            self.centre.replaceWidget(1, self._composer).deleteLater()

    def build_views(self: MainWindow) -> None:
        """Build the composer and the customer panel in their places (once)."""
        self._ensure_composer()
        if self._panel is None:
            from shopinbox.ui.customer.customer_panel import CustomerPanel

            self._panel = CustomerPanel(self.ctx, self.ops, self)
            self.splitter.replaceWidget(2, self._panel).deleteLater()
            self._panel.merge_requested.connect(self.merge_customer)
            self._panel.undo_merge_requested.connect(self.undo_merge)

    @property
    def composer(self: MainWindow) -> Composer:
        self._ensure_composer()
        assert self._composer is not None
        return self._composer

    @property
    def panel(self: MainWindow) -> CustomerPanel:
        self.build_views()
        assert self._panel is not None
        return self._panel
