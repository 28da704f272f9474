"""The main window's attachment and merge actions, apart from the window's layout and its
reading flow (ui/shell/main_window.py mixes them in). They use the window's operation runner,
status bar and signals; their words keep the window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopinbox.app.core.changes import OpResult
from shopinbox.app.core.context import AppContext
from shopinbox.ui.common import error_text
from shopinbox.ui.common.deferred import deferred
from shopinbox.ui.common.dialogs import MergeDialog

_FILES = "shopinbox.app.inbox.attachment_files"
export_for_opening = deferred(_FILES, "export_for_opening")
save_attachment = deferred(_FILES, "save_attachment")
suggested_name = deferred(_FILES, "suggested_name")

if TYPE_CHECKING:
    from shopinbox.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def _merge(ctx: AppContext, other_id: int, customer_id: int) -> OpResult:
    # (imported here, in the writes thread: identity merging and its phone rules are not
    # needed to put the inbox on screen)
    from shopinbox.app.identity.merge_actions import merge_by_hand

    return merge_by_hand(ctx, other_id, customer_id)


def _undo_merge(ctx: AppContext, merge_id: int) -> OpResult:
    from shopinbox.app.identity.merge_actions import undo_merge_by_hand

    return undo_merge_by_hand(ctx, merge_id)


class AttachmentActions:
    """Open an attachment with the desktop's program (fetched on demand with progress), or
    save it; when no program opens it, offer to save it."""

    def open_attachment(self: MainWindow, attachment_id: int) -> None:
        """Exported to a temporary file in the background, then handed to the desktop."""
        from pathlib import PurePath

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        def failed(error: Exception) -> None:  # attachment_unavailable, offline, OSError
            self.sync_status.clearMessage()
            QMessageBox.warning(self, translate("MainWindow", "Cannot open"), error_text.describe(error))

        def opened(path) -> None:
            self.sync_status.clearMessage()
            self.attachment_opened.emit(str(path))
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                # No program here opens this type: say so, and offer to save it instead.
                if self.offer_save(PurePath(str(path)).name):
                    self.save_attachment_as(attachment_id)

        self.ops.query(export_for_opening, self.ctx, attachment_id,
                       self.attachment_progress.emit, on_done=opened, on_error=failed)

    def offer_save(self: MainWindow, name: str) -> bool:
        """Asked when no program on this computer opens an attachment."""
        answer = QMessageBox.question(
            self, translate("MainWindow", "No program for this file"),
            translate("MainWindow", "No program on this computer opens “{name}”. Save it to a folder "
                    "instead?").format(name=name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return answer == QMessageBox.StandardButton.Save

    def show_attachment_progress(self: MainWindow, done: int, expected: int) -> None:
        """A download on demand (the content was not in the profile yet) in the status bar."""
        percent = min(100, done * 100 // max(expected, 1))
        self.sync_status.showMessage(
            translate("MainWindow", "Downloading the attachment… {percent} %").format(percent=percent))

    def save_attachment_as(self: MainWindow, attachment_id: int, target: str | None = None) -> None:
        """Ask where (the suggested name is read in the background first), then save in the
        background; `attachment_saved(path)` follows."""
        if target is None:
            self.ops.query(suggested_name, self.ctx, attachment_id,
                           on_done=lambda name: self._save_attachment_to(attachment_id, name))
            return
        self._write_attachment(attachment_id, target)

    def _save_attachment_to(self: MainWindow, attachment_id: int, name: str) -> None:
        target, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save attachment"), name)
        if target:
            self._write_attachment(attachment_id, target)

    def _write_attachment(self: MainWindow, attachment_id: int, target: str) -> None:
        def failed(error: Exception) -> None:
            self.sync_status.clearMessage()
            QMessageBox.warning(self, translate("MainWindow", "Cannot save"), error_text.describe_or_text(error))

        def saved(_result) -> None:
            self.sync_status.clearMessage()
            self.attachment_saved.emit(target)

        self.ops.query(save_attachment, self.ctx, attachment_id, target,
                       self.attachment_progress.emit, on_done=saved, on_error=failed)


class MergeActions:
    """Merge two customers by hand (asked in a dialog when the other is not given) and undo a
    merge, as operations."""

    def merge_customer(self: MainWindow, customer_id: int, other_id: int | None = None) -> None:
        """Merge `other_id` (chosen in a dialog when not given) into `customer_id`, as an
        operation; `merged(merge_id)` follows."""
        if other_id is None:
            dialog = MergeDialog(self.ctx, customer_id, self.detail.name if self.detail
                                 else "", self, ops=self.ops)
            if not dialog.exec() or dialog.chosen is None:
                return
            other_id = dialog.chosen

        def done(merge_id: int) -> None:
            self.sync_status.showMessage(translate("MainWindow", "Merged. Use “Undo merge” to take it back."),
                                         8000)
            self.merged.emit(merge_id)

        self.ops.run(_merge, self.ctx, other_id, customer_id, on_success=done,
                     on_failure=lambda error: self._cannot(translate("MainWindow", "Cannot merge"), error))

    def undo_merge(self: MainWindow, merge_id: int) -> None:
        def done(_undone: object) -> None:
            self.sync_status.showMessage(translate("MainWindow", "The merge was undone: both customers are "
                                                 "separate again."), 8000)

        self.ops.run(_undo_merge, self.ctx, merge_id, on_success=done,
                     on_failure=lambda error: self._cannot(translate("MainWindow", "Cannot undo"), error))

    def _cannot(self: MainWindow, title: str, error: Exception) -> None:
        from shopinbox.app.identity.merging import MergeError

        if isinstance(error, MergeError):
            QMessageBox.warning(self, title, str(error))
        else:
            self._write_failed(error)
