"""Settings: accounts (add / test / edit / remove), order sources (ui/settings/order_sources.py),
language, notifications, sync interval, backups (list, back up now, restore the latest or a
chosen one).

Account forms are registered per kind by the channel modules:
`register_account_form("email", EmailForm)` puts them into `ACCOUNT_FORMS`; a form subclasses
`AccountForm`. Connection tests run in the background; their result is shown in the form dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.accounts import AccountInfo, list_accounts, remove_account
from shopinbox.app.core.context import AppContext
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.icons import channel_icon
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.common.tasks import TaskRunner


class FormInvalid(ValueError):
    """A field of the form is missing or wrong; the message is already in the UI language."""


class AccountForm(QWidget):
    """What a channel's account form provides (the email and Telegram engineers subclass it).

    `tester()` returns a no-argument function that tries the connection with what was typed
    (it runs in a background thread and raises a `ShopError` on failure, or `FormInvalid` for a
    field left empty; anything else is shown as an internal error and logged);
    `save()` stores the account (secret through app/secrets.py) and returns its id.
    """

    title = ""

    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.account = ctx, account

    def tester(self) -> Callable[[], object]:
        raise NotImplementedError

    def save(self) -> int:
        raise NotImplementedError

    def saver(self) -> Callable[[], int] | None:
        """A no-argument function that tests and saves in a background thread (reading the
        widgets first, on the UI thread); None means `save()` is quick enough to call directly."""
        return None

    def describe_result(self, result: object) -> str:
        """A line about what the test found (e.g. the bot's @username); shown after "works"."""
        return ""

    def describe_error(self, error: Exception) -> str:
        """What to tell the user when the test or the save failed: a FormInvalid as it is, a
        ShopError's code in the UI language with what to do (override to say more); anything
        else as an internal error (its text goes to the log)."""
        if isinstance(error, FormInvalid):
            return str(error)
        return error_text.describe(error)


ACCOUNT_FORMS: dict[str, type[AccountForm]] = {}


def small_print(label: QLabel) -> None:
    """Help text under a field: a little smaller than the fields themselves."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)


def with_help(field: QWidget, help_label: QLabel) -> QWidget:
    """A field with its help text right below it, as one form row (a separate row of a
    QFormLayout gets the wrapped text's height wrong and leaves gaps around it)."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(help_label)
    return box


def register_account_form(kind: str, form: type[AccountForm]) -> None:
    ACCOUNT_FORMS[kind] = form


class AccountFormDialog(QDialog):
    def __init__(self, form: AccountForm, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountFormDialog")
        self.form, self.tasks = form, tasks
        self.setWindowTitle(form.title or self.tr("Account"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("formResult")
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = self.buttons.addButton(self.tr("Test connection"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setObjectName("testButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def test(self) -> None:
        self.result_label.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)

        def worked(result: object) -> None:
            self.test_button.setEnabled(True)
            found = self.form.describe_result(result)
            self.result_label.setText(self.tr("The connection works.")
                                      + (" " + found if found else ""))

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.result_label.setText(self.tr("It did not work: {reason}").format(
                reason=self.form.describe_error(error)))

        try:
            test = self.form.tester()
        except Exception as error:  # e.g. a required field left empty
            failed(error)
            return
        self.tasks.submit(test, on_done=worked, on_error=failed)

    def save(self) -> None:
        try:
            saver = self.form.saver()
            if saver is None:
                self.form.save()
        except Exception as error:  # shown to the user; the form says what to fix
            self._not_saved(error)
            return
        if saver is None:
            self.accept()
            return
        self.result_label.setText(self.tr("Testing the connection, then saving…"))
        self._busy(True)

        def saved(_account_id: object) -> None:
            self._busy(False)
            self.accept()

        def failed(error: Exception) -> None:
            self._busy(False)
            self._not_saved(error)

        self.tasks.submit(saver, on_done=saved, on_error=failed)

    def _not_saved(self, error: Exception) -> None:
        self.result_label.setText(self.tr("Not saved: {reason}").format(
            reason=self.form.describe_error(error)))

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        self.form.setEnabled(not busy)


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    accounts_changed = Signal()
    backups_changed = Signal()  # the list was read again (after start-up or a backup)
    # The user confirmed putting this backup file back: the window's controller stops the
    # sync, restores in the background and reopens the profile (launch.py).
    restore_requested = Signal(str)

    def __init__(self, ctx: AppContext, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.ctx, self.prefs = ctx, prefs
        self.tasks = TaskRunner(self)
        self.backup_tasks = TaskRunner(self)  # its own lane: a backup never holds up a test
        self.setWindowTitle(self.tr("Settings"))
        self.confirm: Callable[[str], bool] = self._ask
        tabs = QTabWidget(self)
        tabs.addTab(self._accounts_tab(), self.tr("Accounts"))
        from shopinbox.ui.settings.order_sources import OrderSourcesTab

        self.order_sources = OrderSourcesTab(ctx, self)
        self.order_sources.changed.connect(self.accounts_changed)
        tabs.addTab(self.order_sources, self.tr("Order sources"))
        self.tabs = tabs
        tabs.addTab(self._general_tab(), self.tr("General"))
        tabs.addTab(self._backups_tab(), self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(560, 420)

    # -- accounts --
    def _accounts_tab(self) -> QWidget:
        page = QWidget(self)
        self.accounts = QListWidget(page)
        self.accounts.setObjectName("accountList")
        self.add_button = QPushButton(self.tr("Add…"), page)
        self.add_button.setObjectName("addAccount")
        menu = QMenu(self.add_button)
        for channel in channel_ui.messaging_channels():
            menu.addAction(channel_icon(channel.kind), channel_ui.account_title(channel.kind),
                           lambda k=channel.kind: self.add_account(k))
        self.add_button.setMenu(menu)
        self.edit_button = QPushButton(self.tr("Edit…"), page)
        self.edit_button.setObjectName("editAccount")
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.remove_button.setObjectName("removeAccount")
        self.edit_button.clicked.connect(self.edit_account)
        self.remove_button.clicked.connect(self.remove_selected)
        self.accounts.itemActivated.connect(lambda _item: self.edit_account())
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.accounts)
        layout.addLayout(row)
        self.fill_accounts()
        return page

    def fill_accounts(self) -> None:
        from shopinbox.channels import registry as channels
        from shopinbox.sources import registry as sources

        self.accounts.clear()
        # Accounts that only bring orders are listed under Order sources.
        order_kinds = set(sources.kinds()) - set(channels.kinds())
        for account in list_accounts(self.ctx):
            if account.kind in order_kinds or channels.is_log_only(account.kind):
                continue  # (a log-only channel's account holds its entries: nothing to edit)
            text = f"{account.name}  ({account.kind})"
            found = error_text.stored_texts(account.last_error)
            if found:
                text += "  — " + self.tr("error: {reason}").format(reason=found[0])
            item = QListWidgetItem(text)
            if found and found[1]:
                item.setToolTip(found[1])
            item.setData(Qt.ItemDataRole.UserRole, account)
            self.accounts.addItem(item)

    def _selected(self) -> AccountInfo | None:
        item = self.accounts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_form(self, kind: str, account: AccountInfo | None = None) -> AccountFormDialog | None:
        form_class = ACCOUNT_FORMS.get(kind)
        if form_class is None:
            QMessageBox.information(self, self.tr("Not available yet"),
                                    self.tr("This version cannot set up “{kind}” accounts yet.")
                                    .format(kind=kind))
            return None
        dialog = AccountFormDialog(form_class(self.ctx, account), self.tasks, self)
        dialog.accepted.connect(self._accounts_edited)
        dialog.open()
        return dialog

    def add_account(self, kind: str) -> AccountFormDialog | None:
        return self.open_form(kind)

    def edit_account(self) -> AccountFormDialog | None:
        account = self._selected()
        return self.open_form(account.kind, account) if account else None

    def _accounts_edited(self) -> None:
        self.fill_accounts()
        self.accounts_changed.emit()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove account"), text)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        account = self._selected()
        if account is None:
            return
        if self.confirm(self.tr("Remove “{name}” and the {count} messages fetched through it? "
                                "They can be fetched again by adding the account back.")
                        .format(name=account.name, count=account.message_count)):
            # Removing deletes the account's messages: a write, so never on the UI thread.
            self.remove_button.setEnabled(False)
            self.tasks.submit(remove_account, self.ctx, account.name,
                              on_done=lambda _removed: self._removed(),
                              on_error=self._remove_failed)

    def _removed(self) -> None:
        self.remove_button.setEnabled(True)
        self._accounts_edited()

    def _remove_failed(self, error: Exception) -> None:
        self.remove_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Remove account"), error_text.describe_or_text(error))

    # -- backups --
    def _backups_tab(self) -> QWidget:
        page = QWidget(self)
        self.backups = QListWidget(page)
        self.backups.setObjectName("backupList")
        self.backup_now = QPushButton(self.tr("Back up now"), page)
        self.backup_now.setObjectName("backupNow")
        self.restore_latest = QPushButton(self.tr("Restore the latest…"), page)
        self.restore_latest.setObjectName("restoreLatest")
        self.restore_chosen = QPushButton(self.tr("Restore the selected…"), page)
        self.restore_chosen.setObjectName("restoreChosen")
        self.backup_note = QLabel(page)
        self.backup_note.setObjectName("backupNote")
        self.backup_note.setWordWrap(True)
        self.backup_now.clicked.connect(self.take_backup)
        self.restore_latest.clicked.connect(lambda: self.restore(latest=True))
        self.restore_chosen.clicked.connect(lambda: self.restore(latest=False))
        row = QHBoxLayout()
        for button in (self.backup_now, self.restore_latest, self.restore_chosen):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("A copy of the database is taken every day (the last "
                                        "seven are kept) and before every upgrade."), page))
        layout.addWidget(self.backups)
        layout.addLayout(row)
        layout.addWidget(self.backup_note)
        self.fill_backups()
        return page

    def _backup_kind(self, label: str) -> str:
        names = {"daily": self.tr("daily"), "manual": self.tr("taken by hand"),
                 "before-restore": self.tr("before a restore")}
        if label in names:
            return names[label]
        if label.startswith("before-"):
            return self.tr("before an upgrade")
        return label

    def fill_backups(self) -> None:
        """Read the backups folder in the background, then show it newest first."""
        from shopinbox.app.core.backups import list_backups

        self.backup_tasks.submit(list_backups, self.ctx.paths, on_done=self._show_backups,
                                 on_error=self._backup_failed)

    def _show_backups(self, found: list) -> None:
        from shopinbox.ui.common.formatting import file_size, local_datetime

        self.backups.clear()
        for backup in found:
            item = QListWidgetItem(f"{local_datetime(backup.taken_at)}  ·  "
                                   f"{self._backup_kind(backup.label)}  ·  "
                                   f"{file_size(backup.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.backups.addItem(item)
        if not found:
            self.backup_note.setText(self.tr("No backups yet."))
        self.restore_latest.setEnabled(bool(found))
        self.restore_chosen.setEnabled(bool(found))
        self.backups_changed.emit()

    def take_backup(self) -> None:
        from shopinbox.app.core.backups import take_backup

        self.backup_now.setEnabled(False)
        self.backup_note.setText(self.tr("Backing up…"))
        self.backup_tasks.submit(take_backup, self.ctx.paths, on_done=self._backed_up,
                                 on_error=self._backup_failed)

    def _backed_up(self, path: object) -> None:
        self.backup_now.setEnabled(True)
        self.backup_note.setText(self.tr("Backed up to {file}.").format(file=str(path)))
        self.fill_backups()

    def _backup_failed(self, error: Exception) -> None:
        self.backup_now.setEnabled(True)
        self.backup_note.setText(error_text.describe_or_text(error))

    def restore(self, latest: bool) -> None:
        """Ask, then hand the chosen file to whoever restores it (`restore_requested`)."""
        item = self.backups.item(0) if latest else self.backups.currentItem()
        if item is None:
            self.backup_note.setText(self.tr("Choose a backup in the list first."))
            return
        path = str(item.data(Qt.ItemDataRole.UserRole))
        question = self.tr("Put back the backup of {when}? The messages, customers and replies "
                           "stored since then are replaced by that copy; the current database "
                           "is kept as a backup too, so this can be undone. The sync stops "
                           "while the backup is put back.").format(when=item.text())
        if self.confirm_restore(question):
            self.backup_note.setText(self.tr("Restoring…"))
            self.restore_requested.emit(path)

    def confirm_restore(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Restore a backup"), text,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- general --
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setObjectName("languageChoice")
        for code, name in (("", self.tr("System default")), ("en", "English"),
                           ("pl", "Polski"), ("ru", "Русский")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.prefs.get("language")), 0))
        self.notifications = QCheckBox(self.tr("Show a notification for new messages"), page)
        self.notifications.setObjectName("notificationsChoice")
        self.notifications.setChecked(self.prefs.get("notifications"))
        self.tray = QCheckBox(self.tr("Show the unread count in the system tray"), page)
        self.tray.setObjectName("trayChoice")
        self.tray.setChecked(self.prefs.get("tray_icon"))
        self.interval = QSpinBox(page)
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(1, 240)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(self.prefs.get("sync_interval_minutes"))
        self.read_after = QDoubleSpinBox(page)
        self.read_after.setObjectName("readAfter")
        self.read_after.setRange(0.0, 60.0)
        self.read_after.setSingleStep(0.5)
        self.read_after.setDecimals(1)
        self.read_after.setSuffix(self.tr(" s"))
        self.read_after.setValue(self.prefs.get("read_after_ms") / 1000)
        self.read_after.setToolTip(self.tr("Passing over a conversation (j/k, the first one at "
                                           "start) does not read it; Enter or a reply does."))
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.notifications)
        form.addRow("", self.tray)
        form.addRow(self.tr("Check for new messages every"), self.interval)
        form.addRow(self.tr("Mark a conversation read after it is open for"), self.read_after)
        return page

    def accept(self) -> None:
        old_language = self.prefs.get("language")
        self.prefs.set("notifications", self.notifications.isChecked())
        self.prefs.set("tray_icon", self.tray.isChecked())
        self.prefs.set("sync_interval_minutes", self.interval.value())
        self.prefs.set("read_after_ms", int(round(self.read_after.value() * 1000)))
        self.prefs.set("language", self.language.currentData())
        self.tasks.wait()
        self.backup_tasks.wait()
        self.order_sources.tasks.wait()
        super().accept()
        if self.language.currentData() != old_language:
            self.language_changed.emit(self.language.currentData())
