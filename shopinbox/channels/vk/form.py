"""The settings dialog's VK community form: the community's id and a community token with
access to messages; optionally another API server (VK moves from vk.com to vk.ru). The test
says whose community the token is and switches the Long Poll API on where it is off. The
token goes to the keyring, or only the name of an environment variable holding it is saved
(`SecretStoreChoice`: the only choice on a desktop without a keyring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.channels.vk.account import add_vk_account, check_token, update_vk_account
from shopinbox.domain.errors import ShopError
from shopinbox.ui.settings.secret_store import SecretStoreChoice, secret_to_try
from shopinbox.ui.settings.settings_dialog import AccountForm, FormInvalid, small_print, with_help


class VkAccountForm(AccountForm):
    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("VK community")
        self.setObjectName("vkAccountForm")
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Shop on VK"))
        self.group_id = QLineEdit(self)
        self.group_id.setObjectName("groupId")
        self.group_id.setPlaceholderText(self.tr("e.g. 218001234"))
        self.token = QLineEdit(self)
        self.token.setObjectName("token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        help_text = QLabel(self.tr("In the community, open Manage → API usage → Access tokens, "
                                   "create a token with access to community messages and paste "
                                   "it here. The community id is the number in "
                                   "vk.com/club…"), self)
        help_text.setObjectName("tokenHelp")
        help_text.setWordWrap(True)
        small_print(help_text)
        self.api_url = QLineEdit(self)
        self.api_url.setObjectName("apiUrl")
        self.api_url.setPlaceholderText(self.tr("optional; default https://api.vk.ru"))
        # The keyring, or (the CLI's --token-env; the only choice without a keyring) the name
        # of an environment variable holding the token.
        self.variable: str | None = None  # the chosen environment variable, read by _values
        self.secret_store = SecretStoreChoice(
            "SHOPINBOX_VK_TOKEN", self, account.secret_ref if account else None)
        self.secret_store.in_env.toggled.connect(self._token_from_env)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.secret_store.take_notice(self))
        form = QFormLayout()
        outer.addLayout(form)
        self.setMinimumWidth(520)
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Community id"), self.group_id)
        form.addRow(self.tr("Community token"), with_help(self.token, help_text))
        form.addRow(self.tr("Token kept"), self.secret_store)
        form.addRow(self.tr("API server"), self.api_url)
        if account is not None:
            self.name.setText(account.name)
            self.name.setReadOnly(True)
            self.group_id.setText(str(account.settings.get("group_id", "")))
            self.api_url.setText(account.settings.get("api_url", ""))
            self.token.setPlaceholderText(self.tr("unchanged"))
        self._token_from_env()

    def _token_from_env(self) -> None:
        from_env = self.secret_store.uses_env
        self.token.setEnabled(not from_env)
        if from_env:
            self.token.clear()

    def _values(self) -> tuple[str, str, str, str | None]:
        name, group, token = (self.name.text().strip(), self.group_id.text().strip(),
                              self.token.text().strip())
        if not name:
            raise FormInvalid(self.tr("Give the account a name."))
        if not group:
            raise FormInvalid(self.tr("Type the community id (the number in vk.com/club…)."))
        self.variable = self.secret_store.env_variable()
        if not token and not self.variable and self.account is None:
            raise FormInvalid(self.tr("Paste the community token."))
        return name, group, token, self.api_url.text().strip() or None

    def _token(self, token: str, name: str = "") -> str:
        """Runs in the background (`secret_store.secret_to_try`)."""
        return secret_to_try(token, self.variable, name, self.account)

    def tester(self) -> Callable[[], object]:
        name, group, token, api_url = self._values()
        return lambda: check_token(self._token(token, name), group, api_url)

    def describe_result(self, result: Any) -> str:
        text = self.tr("The token is the community {name} (@{screen}).").format(
            name=result.name, screen=result.screen_name)
        if result.long_poll_switched_on:
            text += " " + self.tr("Its Long Poll API has been switched on.")
        return text

    def saver(self) -> Callable[[], int]:
        name, group, token, api_url = self._values()
        ctx, account, variable = self.ctx, self.account, self.variable

        def save() -> int:
            if account is not None:
                update_vk_account(ctx, account.id, group, token or None, api_url,
                                  token_env=variable)
                return account.id
            return add_vk_account(ctx, name, group, self._token(token, name),
                                  token_env=variable, api_url=api_url)[0]

        return save

    def save(self) -> int:
        return self.saver()()

    def describe_error(self, error: Exception) -> str:
        """VK's own words where they help; the shared wording for the rest."""
        code = error.code if isinstance(error, ShopError) else None
        if code == "token_revoked":
            return self.tr("VK rejected this token: it is wrong or was deleted in the "
                           "community settings. Create a new one (Manage → API usage → "
                           "Access tokens).")
        if code == "permission_denied":
            return self.tr("This token has no access to the community's messages. Create a "
                           "token with access to messages (Manage → API usage → Access "
                           "tokens).")
        return super().describe_error(error)


FORM = VkAccountForm
