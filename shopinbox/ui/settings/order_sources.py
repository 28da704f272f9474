"""Settings → Order sources: the shop's order sources listed with their order counts; import an
export file, add a shop's API (tested first), sync one now, remove one.

Which sources exist and what their forms are is the sources registry's business: each source
names its Qt module (`OrderSource.form_module`, imported when this tab opens) whose `FORM` is
an account form (`AccountForm`, for an API source) or an import dialog (for a file source:
a QDialog taking `(ctx, tasks, parent)` with an `imported` signal). Everything that reads or
writes the database runs through the dialog's task runner, never on the UI thread.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.accounts import remove_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.manage import SourceAccount, list_source_accounts
from shopinbox.app.orders.sync import sync_source_account
from shopinbox.channels import registry as channels
from shopinbox.sources import registry
from shopinbox.sources.base import OrderSource
from shopinbox.ui.common import error_text
from shopinbox.ui.common.tasks import TaskRunner

log = logging.getLogger(__name__)


def source_form(source: OrderSource) -> Any:
    """The `FORM` of a source's Qt module, or None (no module, or it failed to load)."""
    if not source.form_module:
        return None
    try:
        return importlib.import_module(source.form_module).FORM
    except Exception:  # a broken plug-in must not take Settings down
        log.exception("the form of order source %s could not be loaded", source.kind)
        return None


class OrderSourcesTab(QWidget):
    changed = Signal()  # a source was added, imported into, synced or removed
    listed = Signal()  # the list was read (again)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderSourcesTab")
        self.ctx = ctx
        self.tasks = TaskRunner(self)  # its own lane: an order sync never holds up a mail test
        self.confirm: Callable[[str], bool] = self._ask
        self.forms = {s.kind: f for s in registry.sources() if (f := source_form(s)) is not None}
        intro = QLabel(self.tr("Orders from the shop's web store and from export files appear "
                               "in each customer's panel, next to the conversation."), self)
        intro.setWordWrap(True)
        self.sources = QListWidget(self)
        self.sources.setObjectName("orderSourceList")
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_button.setObjectName("importOrders")
        self.add_button = QPushButton(self.tr("Add a shop"), self)
        self.add_button.setObjectName("addOrderSource")
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncOrderSource")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeOrderSource")
        self.status = QLabel(self)
        self.status.setObjectName("orderSourceStatus")
        self.status.setWordWrap(True)
        self._menus()
        self.sync_button.clicked.connect(self.sync_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.sources.currentItemChanged.connect(lambda *_: self._enable())
        row = QHBoxLayout()
        for button in (self.import_button, self.add_button, self.sync_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sources, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._enable()
        self.refresh()

    def _menus(self) -> None:
        files = [s for s in registry.file_sources() if s.kind in self.forms]
        shops = [s for s in registry.api_sources() if s.kind in self.forms]
        self.import_button.setVisible(bool(files))
        if len(files) == 1:
            self.import_button.clicked.connect(lambda: self.import_file(files[0].kind))
        elif files:
            menu = QMenu(self.import_button)
            for source in files:
                menu.addAction(source.title, partial(self.import_file, source.kind))
            self.import_button.setMenu(menu)
        self.add_button.setVisible(bool(shops))
        menu = QMenu(self.add_button)
        for source in shops:
            menu.addAction(source.title + "…", partial(self.add_shop, source.kind))
        self.add_button.setMenu(menu)

    # -- the list --
    def refresh(self) -> None:
        self.tasks.submit(list_source_accounts, self.ctx, on_done=self._show,
                          on_error=self._failed)

    def _describe(self, account: SourceAccount) -> str:
        what = account.title if account.syncs else self.tr("export files")
        text = self.tr("{name}  ·  {source}  ·  {count} order(s)", "", account.orders).format(
            name=account.name, source=what, count=account.orders)
        found = error_text.stored_texts(account.last_error)
        if found:
            text += "  — " + self.tr("error: {reason}").format(reason=found[0])
        return text

    def _show(self, accounts: list[SourceAccount]) -> None:
        selected = self.selected()
        self.sources.clear()
        for account in accounts:
            item = QListWidgetItem(self._describe(account))
            found = error_text.stored_texts(account.last_error)
            if found and found[1]:
                item.setToolTip(found[1])
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.sources.addItem(item)
            if selected is not None and account.id == selected.id:
                self.sources.setCurrentItem(item)
        if not accounts:
            self.status.setText(self.tr("No order sources yet: import an export file or add "
                                        "the shop's web store."))
        self._enable()
        self.listed.emit()

    def selected(self) -> SourceAccount | None:
        item = self.sources.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _enable(self) -> None:
        account = self.selected()
        self.sync_button.setEnabled(account is not None and account.syncs)
        # A channel's account that also brings orders is removed under Accounts.
        self.remove_button.setEnabled(account is not None
                                      and channels.find(account.kind) is None)

    def _failed(self, error: Exception) -> None:
        self._enable()
        self.status.setText(error_text.describe(error))

    def _after_change(self, text: str) -> None:
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    # -- actions --
    def _imported(self, _report: object) -> None:
        self.refresh()
        self.changed.emit()

    def import_file(self, kind: str) -> Any:
        dialog = self.forms[kind](self.ctx, self.tasks, self)
        dialog.imported.connect(self._imported)
        dialog.open()
        return dialog

    def add_shop(self, kind: str) -> Any:
        from shopinbox.ui.settings.settings_dialog import AccountFormDialog

        dialog = AccountFormDialog(self.forms[kind](self.ctx, None), self.tasks, self)
        dialog.accepted.connect(lambda: self._after_change(
            self.tr("The shop was added; its orders are fetched now.")))
        dialog.accepted.connect(self._sync_new)
        dialog.open()
        return dialog

    def _sync_new(self) -> None:
        """A shop just added gets its first sync at once (in the background)."""
        self.tasks.submit(list_source_accounts, self.ctx, on_done=self._sync_newest)

    def _sync_newest(self, accounts: list[SourceAccount]) -> None:
        if accounts:
            newest = max(accounts, key=lambda a: a.id)
            if newest.syncs:
                self._sync(newest)

    def sync_selected(self) -> None:
        account = self.selected()
        if account is not None and account.syncs:
            self._sync(account)

    def _sync(self, account: SourceAccount) -> None:
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Fetching the orders of {name}…").format(name=account.name))

        def done(report: Any) -> None:
            if report.failure is not None:
                text = self.tr("{name}: {reason}").format(
                    name=account.name, reason=error_text.describe(report.failure))
            else:
                counts = report.counts
                text = self.tr("{name}: {new} new and {updated} changed order(s).", "",
                               counts["created"] + counts["updated"]).format(
                    name=account.name, new=counts["created"], updated=counts["updated"])
            self._after_change(text)

        self.tasks.submit(sync_source_account, self.ctx, account.id, on_done=done,
                          on_error=self._failed)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove order source"), text)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        if not self.confirm(self.tr("Remove the order source “{name}”? Its orders stay in the "
                                    "customers' panels; adding it again under the same name "
                                    "takes them up again.").format(name=account.name)):
            return
        self.remove_button.setEnabled(False)
        self.tasks.submit(remove_account, self.ctx, account.name,
                          on_done=lambda _n: self._after_change(
                              self.tr("“{name}” was removed.").format(name=account.name)),
                          on_error=self._failed)
