"""The settings dialog's Allegro form: the client id and secret of the app the shop registered
on apps.developer.allegro.pl, optionally the sandbox or other addresses. Saving signs in with
the device flow: the form shows the user code, opens the verification page in the browser, and
waits for the grant — in the background (the dialog's task runner), so the window stays
responsive; closing the dialog ends the wait. Editing an account signs in again (after a
revoked grant)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.channels.allegro import auth
from shopinbox.channels.allegro.account import add_allegro_account, sign_in_again, urls
from shopinbox.channels.allegro.auth import DeviceGrant
from shopinbox.domain.errors import ShopError
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
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.setMinimumWidth(520)
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client Secret"), with_help(self.client_secret, help_text))
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

    def _values(self) -> tuple[str, str, str, str, str]:
        name, client_id = self.name.text().strip(), self.client_id.text().strip()
        secret = self.client_secret.text().strip()
        if not name:
            raise FormInvalid(self.tr("Give the account a name."))
        if not client_id:
            raise FormInvalid(self.tr("Paste the Client ID of the shop's Allegro app."))
        if not secret and self.account is None:
            raise FormInvalid(self.tr("Paste the Client Secret of the shop's Allegro app."))
        api, login = urls(self.api_url.text().strip() or None,
                          self.auth_url.text().strip() or None, self.sandbox.isChecked())
        return name, client_id, secret, api, login

    def _secret(self, secret: str) -> str:
        """Runs in the background: the typed secret, or the stored one when editing."""
        if secret or self.account is None:
            return secret
        from shopinbox.app.core.secrets import load_secret

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
        _name, client_id, secret, _api, login = self._values()
        return lambda: auth.start_device_flow(login, client_id, self._secret(secret))

    def describe_result(self, result: Any) -> str:
        return self.tr("Allegro accepts the app's Client ID and Client Secret; Save signs in.")

    def saver(self) -> Callable[[], int]:
        name, client_id, secret, api, login = self._values()
        ctx, account, stop = self.ctx, self.account, self._stop

        def save() -> int:
            if account is not None:
                sign_in_again(ctx, account.id, on_code=self._emit_code,
                              client_secret=secret or None, api_url=api, auth_url=login,
                              stop_event=stop)
                return account.id
            return add_allegro_account(ctx, name, client_id, secret, on_code=self._emit_code,
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
