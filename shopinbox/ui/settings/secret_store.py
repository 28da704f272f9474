"""Where an account form keeps its password or token: the OS keyring, or (the explicit choice
the command line has with `--password-env` / `--token-env`) an environment variable the user
names, read at sync time — for a headless `shopinbox sync` service, or a desktop without a
keyring. Without a usable keyring the widget says so plainly, tells how to get one on this
system, and preselects the variable; it never falls back to a plain file by itself."""

from __future__ import annotations

import re
import sys
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.secrets import keyring_status
from shopinbox.ui.settings.settings_dialog import FormInvalid, small_print

VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def keyring_usable() -> bool:
    """Whether an OS keyring backend can store secrets (asked each time a form opens)."""
    try:
        return keyring_status()[0]
    except Exception:  # a broken backend is as good as none
        return False


class SecretStoreChoice(QWidget):
    """Two choices — keyring or environment variable — and the variable's name."""

    def __init__(self, suggested_variable: str, parent: QWidget | None = None,
                 secret_ref: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("secretStore")
        self.keyring_ok = keyring_usable()
        self.notice = QLabel(self)
        self.notice.setObjectName("noKeyringNotice")
        self.notice.setWordWrap(True)
        self.notice.setText(self.tr("No keyring (password store) was found on this computer, so "
                                    "the secret cannot be kept there.") + " " + self.how_to())
        self.notice.setVisible(not self.keyring_ok)
        self.in_keyring = QRadioButton(self.tr("Keep it in the system keyring"), self)
        self.in_keyring.setObjectName("secretInKeyring")
        self.in_env = QRadioButton(self.tr("Read it from an environment variable"), self)
        self.in_env.setToolTip(self.tr("For a headless service, or a computer without a "
                                       "keyring."))
        self.in_env.setObjectName("secretInEnv")
        group = QButtonGroup(self)
        group.addButton(self.in_keyring)
        group.addButton(self.in_env)
        self.variable = QLineEdit(self)
        self.variable.setObjectName("secretVariable")
        self.variable.setPlaceholderText(suggested_variable)
        self.env_help = QLabel(self.tr("shopinbox reads the secret from this variable whenever "
                                       "it connects; set it where shopinbox runs (for example "
                                       "export {name}=… before starting it). Only its name is "
                                       "saved.").format(name=suggested_variable), self)
        self.env_help.setObjectName("secretVariableHelp")
        self.env_help.setWordWrap(True)
        small_print(self.env_help)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.notice, self.in_keyring, self.in_env, self.variable, self.env_help):
            layout.addWidget(widget)
        for button in (self.in_keyring, self.in_env):  # never clipped by a narrow form
            button.setMinimumWidth(button.sizeHint().width())
        self.in_keyring.setEnabled(self.keyring_ok)
        from_env = bool(secret_ref and secret_ref.startswith("env:"))
        if from_env and secret_ref:
            self.variable.setText(secret_ref[4:])
        (self.in_env if from_env or not self.keyring_ok else self.in_keyring).setChecked(True)
        self.in_env.toggled.connect(self._show_variable)
        self._show_variable()

    def take_notice(self, new_parent: QWidget) -> QLabel:
        """The no-keyring notice, moved to `new_parent`, for the form to show across its whole
        width above the fields (a wrapped label inside a form row gets too little height)."""
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(self.notice)
        self.notice.setParent(new_parent)
        self.notice.setVisible(not self.keyring_ok)
        return self.notice

    def how_to(self) -> str:
        """How to get a keyring on this system."""
        if sys.platform == "darwin":
            return self.tr("The macOS Keychain should be there: open Keychain Access, check "
                           "that the login keychain is unlocked, then restart shopinbox.")
        if sys.platform.startswith("win"):
            return self.tr("Windows Credential Manager should be there: sign in to Windows "
                           "with your own user account, then restart shopinbox.")
        return self.tr("To get one, install GNOME Keyring (package gnome-keyring) or KWallet, "
                       "sign in to the desktop again so that it is unlocked, then restart "
                       "shopinbox. Until then, use an environment variable.")

    def _show_variable(self) -> None:
        env = self.in_env.isChecked()
        self.variable.setVisible(env)
        self.env_help.setVisible(env)

    @property
    def uses_env(self) -> bool:
        return self.in_env.isChecked()

    def env_variable(self) -> str | None:
        """The variable's name when that choice is made (None: the keyring); `FormInvalid`
        when the name is missing or not a variable name."""
        if not self.uses_env:
            return None
        name = self.variable.text().strip() or self.variable.placeholderText()
        if not VARIABLE.match(name):
            raise FormInvalid(self.tr("“{name}” is not a variable name: use letters, digits "
                                      "and _ only.").format(name=name))
        return name


def secret_to_try(typed: str, variable: str | None, name: str, account: Any | None) -> str:
    """The secret an account form tests or saves with (runs in the background): the one in
    the named environment variable, else the typed one, else — editing an account and
    leaving the field empty — the stored one."""
    from shopinbox.app.core.secrets import env_ref, load_secret

    if variable:
        return load_secret(name or (account.name if account else ""), env_ref(variable))
    if typed or account is None:
        return typed
    return load_secret(account.name, account.secret_ref)
