"""The settings dialog's Allegro form: the client id and secret of the app the shop registered
on apps.developer.allegro.pl, optionally the sandbox or other addresses. Saving signs in with
the device flow: the form shows the user code, opens the verification page in the browser, and
waits for the grant — in the background (the dialog's task runner), so the window stays
responsive; closing the dialog ends the wait. Editing an account signs in again (after a
revoked grant).

The client secret goes to the keyring, or only the name of an environment variable holding it
is saved (`SecretStoreChoice`, as the email and Telegram forms). The sign-in tokens change at
every renewal and can live in a keyring only: without one the form says so plainly, with how to
get one, and Save stops before the sign-in starts (`tokens_need_keyring`)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.channels.allegro import auth
from shopinbox.channels.allegro.account import add_allegro_account, sign_in_again, urls
from shopinbox.channels.allegro.auth import DeviceGrant
from shopinbox.domain.errors import ShopError
from shopinbox.ui.settings.secret_store import SecretStoreChoice
from shopinbox.ui.settings.settings_dialog import AccountForm, FormInvalid, small_print, with_help


class AllegroAccountForm(AccountForm):
    # (user code, verification page): emitted by the background sign-in, shown on the UI thread
    code_shown = Signal(str, str)

    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("Allegro seller account")
        self.setObjectName("allegroAccountForm")
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._stop = threading.Event()
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Allegro shop"))
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("clientId")
        self.client_secret = QLineEdit(self)
        self.client_secret.setObjectName("clientSecret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        help_text = QLabel(self.tr("Register an app of the “device” type on "
                                   "apps.developer.allegro.pl (free) and copy its Client ID "
                                   "and Client Secret here. Saving shows a code to confirm on "
                                   "allegro.pl."), self)
        help_text.setObjectName("clientHelp")
        help_text.setWordWrap(True)
        small_print(help_text)
        self.sandbox = QCheckBox(self.tr("Allegro sandbox (for trying things out)"), self)
        self.sandbox.setObjectName("sandbox")
        self.api_url = QLineEdit(self)
        self.api_url.setObjectName("apiUrl")
        self.api_url.setPlaceholderText(self.tr("optional: another REST API address"))
        self.auth_url = QLineEdit(self)
        self.auth_url.setObjectName("authUrl")
        self.auth_url.setPlaceholderText(self.tr("optional: another sign-in address"))
        self.code = QLabel(self)
        self.code.setObjectName("userCode")
        self.code.setWordWrap(True)
        self.code.setOpenExternalLinks(True)
        self.code.hide()
        self.variable: str | None = None  # the chosen environment variable, read by _values
        self.secret_store = SecretStoreChoice(
            "SHOPINBOX_ALLEGRO_SECRET", self, account.secret_ref if account else None)
        self.secret_store.in_env.toggled.connect(self._secret_from_env)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        notice = self.secret_store.take_notice(self)
        if not self.secret_store.keyring_ok:  # the tokens cannot follow the secret elsewhere
            notice.setText(self.tr(
                "No keyring (password store) was found on this computer. Allegro's sign-in "
                "tokens change at every renewal and can only be kept in a keyring, so an "
                "Allegro account can be added once there is one: GNOME Keyring (package "
                "gnome-keyring) or KWallet, unlocked by signing in to the desktop again — on "
                "Windows and macOS the system's own. Its Client Secret can still come from an "
                "environment variable."))
        outer.addWidget(notice)
        form = QFormLayout()
        outer.addLayout(form)
        self.setMinimumWidth(520)
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client Secret"), with_help(self.client_secret, help_text))
        form.addRow(self.tr("Secret kept"), self.secret_store)
        form.addRow("", self.sandbox)
        form.addRow(self.tr("API address"), self.api_url)
        form.addRow(self.tr("Sign-in address"), self.auth_url)
        form.addRow("", self.code)
        self.code_shown.connect(self._show_code)
        if account is not None:
            self.name.setText(account.name)
            self.name.setReadOnly(True)
            self.client_id.setText(str(account.settings.get("client_id", "")))
            self.client_id.setReadOnly(True)
            self.client_secret.setPlaceholderText(self.tr("unchanged"))
            api = str(account.settings.get("api_url") or "")
            self.sandbox.setChecked(api == auth.SANDBOX_API_URL)
            if api not in (auth.DEFAULT_API_URL, auth.SANDBOX_API_URL):
                self.api_url.setText(api)
                self.auth_url.setText(str(account.settings.get("auth_url") or ""))
        self._secret_from_env()

    def _secret_from_env(self) -> None:
        from_env = self.secret_store.uses_env
        self.client_secret.setEnabled(not from_env)
        if from_env:
            self.client_secret.clear()

    def _values(self) -> tuple[str, str, str, str, str]:
        name, client_id = self.name.text().strip(), self.client_id.text().strip()
        secret = self.client_secret.text().strip()
        if not name:
            raise FormInvalid(self.tr("Give the account a name."))
        if not client_id:
            raise FormInvalid(self.tr("Paste the Client ID of the shop's Allegro app."))
        self.variable = self.secret_store.env_variable()
        if not secret and not self.variable and self.account is None:
            raise FormInvalid(self.tr("Paste the Client Secret of the shop's Allegro app."))
        api, login = urls(self.api_url.text().strip() or None,
                          self.auth_url.text().strip() or None, self.sandbox.isChecked())
        return name, client_id, secret, api, login

    def _secret(self, secret: str, name: str = "") -> str:
        """Runs in the background: the secret in the named environment variable, the typed
        one, or the stored one when editing."""
        from shopinbox.app.core.secrets import env_ref, load_secret

        if self.variable:
            return load_secret(name or (self.account.name if self.account else ""),
                               env_ref(self.variable))
        if secret or self.account is None:
            return secret
        return load_secret(self.account.name, self.account.secret_ref)

    def _emit_code(self, grant: DeviceGrant) -> None:
        self.code_shown.emit(grant.user_code, grant.verification_uri_complete)

    def _show_code(self, user_code: str, page: str) -> None:
        self.code.setText(self.tr("Confirm the code <b>{code}</b> on the Allegro page that "
                                  "opened in the browser (or open <a href=\"{url}\">{url}</a>). "
                                  "Waiting for the confirmation…")
                          .format(code=user_code, url=page))
        self.code.show()
        self.open_url(QUrl(page))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        self._stop.set()  # the dialog was closed: stop waiting for the grant
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        self._stop.clear()
        super().showEvent(event)

    def tester(self) -> Callable[[], object]:
        name, client_id, secret, _api, login = self._values()
        return lambda: auth.start_device_flow(login, client_id, self._secret(secret, name))

    def describe_result(self, result: Any) -> str:
        return self.tr("Allegro accepts the app's Client ID and Client Secret; Save signs in.")

    def saver(self) -> Callable[[], int]:
        name, client_id, secret, api, login = self._values()
        ctx, account, stop, variable = self.ctx, self.account, self._stop, self.variable

        def save() -> int:
            if account is not None:
                sign_in_again(ctx, account.id, on_code=self._emit_code,
                              client_secret=secret or None, api_url=api, auth_url=login,
                              stop_event=stop, client_secret_env=variable)
                return account.id
            return add_allegro_account(ctx, name, client_id, self._secret(secret, name),
                                       on_code=self._emit_code, client_secret_env=variable,
                                       api_url=api, auth_url=login,
                                       stop_event=stop).account_id

        return save

    def save(self) -> int:
        return self.saver()()

    def describe_error(self, error: Exception) -> str:
        """Allegro's own words where they help; the shared wording for the rest."""
        self.code.hide()
        code = error.code if isinstance(error, ShopError) else None
        if code == "client_rejected":
            return self.tr("Allegro did not accept this Client ID or Client Secret. Copy both "
                           "again from apps.developer.allegro.pl (the app must be of the "
                           "“device” type).")
        if code == "sign_in_denied":
            return self.tr("The access was refused on the Allegro page. Save again and choose "
                           "“Allow”.")
        if code == "sign_in_expired":
            return self.tr("The code was not confirmed in time. Save again to get a new code.")
        if code == "token_revoked":
            return self.tr("Allegro no longer accepts this sign-in (the access was withdrawn "
                           "or has expired). Sign in again: Save shows a new code.")
        return super().describe_error(error)


FORM = AllegroAccountForm
