"""Team mode, first start at a desktop: who works here? One of the shop's users, or a new one
(name, language, colour). Kept per desktop (`team/user`); no password — the PostgreSQL role
this desktop logs in with is the access control."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.team.users import COLOURS, LANGUAGES, UserView, add_user, list_users, use_user
from shopinbox.ui.common import error_text
from shopinbox.ui.common.preferences import Preferences

NEW = -1


class TeamUserDialog(QDialog):
    def __init__(self, ctx: AppContext, users: list[UserView], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("teamUserDialog")
        self.setWindowTitle(self.tr("Who works at this desktop?"))
        self.who = QComboBox(self)
        self.who.setObjectName("teamUser")
        for user in users:
            self.who.addItem(user.name, user.id)
        self.who.addItem(self.tr("Someone new…"), NEW)
        self.name = QLineEdit(self)
        self.name.setObjectName("teamUserName")
        self.language = QComboBox(self)
        for code, text in (("en", "English"), ("pl", "Polski"), ("ru", "Русский")):
            self.language.addItem(text, code)
        self.colour = QComboBox(self)
        for colour in COLOURS:
            self.colour.addItem(f"■ {colour}", colour)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#c0392b")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The team shares this database. Your name is shown on "
                                   "your replies, notes, merges and assignments."), self))
        form.addRow(self.tr("I am"), self.who)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.error)
        form.addRow(buttons)
        self.who.currentIndexChanged.connect(self._who_changed)
        self._who_changed()
        self.chosen: UserView | None = None

    def _who_changed(self) -> None:
        new = self.who.currentData() == NEW
        for widget in (self.name, self.language, self.colour):
            widget.setEnabled(new)

    def accept(self) -> None:
        try:
            if self.who.currentData() == NEW:
                language = self.language.currentData()
                self.chosen = add_user(self.ctx, self.name.text(),
                                       language=language if language in LANGUAGES else "en",
                                       colour=self.colour.currentData())
            else:
                self.chosen = use_user(self.ctx, int(self.who.currentData()))
        except Exception as error:  # a ShopError (no name), the database
            self.error.setText(error_text.describe_or_text(error))
            return
        super().accept()


def choose_team_user(ctx: AppContext, prefs: Preferences, parent: QWidget | None = None
                     ) -> UserView | None:
    """On a team database: this desktop's user — remembered, else asked once."""
    if not ctx.shared:
        return None
    remembered = int(prefs.get("team/user") or 0)
    users = list_users(ctx)
    if remembered and any(u.id == remembered for u in users):
        return use_user(ctx, remembered)
    dialog = TeamUserDialog(ctx, users, parent)
    if not dialog.exec() or dialog.chosen is None:
        return None
    prefs.set("team/user", dialog.chosen.id)
    return use_user(ctx, dialog.chosen.id)
