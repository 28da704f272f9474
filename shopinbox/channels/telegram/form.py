"""The settings dialog's Telegram bot form: paste the token from @BotFather, optionally a
self-hosted Bot API server. The test is getMe (shows the bot's @username) plus getWebhookInfo:
a webhook left set by another tool is reported, and removed only when the user ticks the box.
The token goes to the keyring, or only the name of an environment variable holding it is saved
(`SecretStoreChoice`: the only choice on a desktop without a keyring)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from shopinbox.app.core.accounts import AccountError, AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.channels.telegram.account import add_telegram_account, check_token
from shopinbox.domain.errors import ShopError
from shopinbox.ui.settings.secret_store import SecretStoreChoice, secret_to_try
from shopinbox.ui.settings.settings_dialog import AccountForm, FormInvalid, small_print, with_help


class WebhookSet(AccountError):
    """The bot has a webhook and the user has not agreed to remove it (code `webhook_set`)."""

    def __init__(self, url: str) -> None:
        super().__init__("webhook_set", url=url)
        self.url = url


class TelegramAccountForm(AccountForm):
    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("Telegram bot")
        self.setObjectName("telegramAccountForm")
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Shop bot"))
        self.token = QLineEdit(self)
        self.token.setObjectName("token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("123456789:AAE…"))
        help_text = QLabel(self.tr("In Telegram, open @BotFather, send /newbot (or /token for an "
                                   "existing bot) and paste the token it gives here."), self)
        help_text.setObjectName("tokenHelp")
        help_text.setWordWrap(True)
        small_print(help_text)
        self.api_url = QLineEdit(self)
        self.api_url.setObjectName("apiUrl")
        self.api_url.setPlaceholderText(self.tr("optional: a self-hosted Bot API server"))
        self.delete_webhook = QCheckBox(self.tr("Remove the webhook so this app receives the "
                                                "messages"), self)
        self.delete_webhook.setObjectName("deleteWebhook")
        self.delete_webhook.hide()
        # The keyring, or (the CLI's --token-env; the only choice without a keyring) the name
        # of an environment variable holding the token.
        self.variable: str | None = None  # the chosen environment variable, read by _values
        self.secret_store = SecretStoreChoice(
            "SHOPINBOX_BOT_TOKEN", self, account.secret_ref if account else None)
        self.secret_store.in_env.toggled.connect(self._token_from_env)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.secret_store.take_notice(self))
        form = QFormLayout()
        outer.addLayout(form)
        self.setMinimumWidth(520)  # wrapped help text gets its height for this width
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Bot token"), with_help(self.token, help_text))
        form.addRow(self.tr("Token kept"), self.secret_store)
        form.addRow(self.tr("API server"), self.api_url)
        form.addRow("", self.delete_webhook)
        if account is not None:
            self.name.setText(account.name)
            self.name.setReadOnly(True)
            self.api_url.setText(account.settings.get("api_url", ""))
            self.token.setPlaceholderText(self.tr("unchanged"))
        self._token_from_env()

    def _token_from_env(self) -> None:
        from_env = self.secret_store.uses_env
        self.token.setEnabled(not from_env)
        if from_env:
            self.token.clear()

    def _values(self) -> tuple[str, str, str | None, bool]:
        name, token = self.name.text().strip(), self.token.text().strip()
        if not name:
            raise FormInvalid(self.tr("Give the account a name."))
        self.variable = self.secret_store.env_variable()
        if not token and not self.variable and self.account is None:
            raise FormInvalid(self.tr("Paste the bot token from @BotFather."))
        return name, token, self.api_url.text().strip() or None, self.delete_webhook.isChecked()

    def _token(self, token: str, name: str = "") -> str:
        """Runs in the background (`secret_store.secret_to_try`)."""
        return secret_to_try(token, self.variable, name, self.account)

    def tester(self) -> Callable[[], object]:
        name, token, api_url, _delete = self._values()
        return lambda: check_token(self._token(token, name), api_url)[:2]

    def describe_result(self, result: Any) -> str:
        me, webhook = result
        text = self.tr("The bot is @{username}.").format(username=me.username)
        if webhook.url:
            self.delete_webhook.show()
            text += " " + self._webhook_text(webhook.url)
        return text

    def _webhook_text(self, url: str) -> str:
        return self.tr("Another tool has set a webhook ({url}), so this app would get no "
                       "messages. Tick “Remove the webhook” to remove it — only if nothing else "
                       "needs it.").format(url=url)

    def saver(self) -> Callable[[], int]:
        name, token, api_url, delete_webhook = self._values()
        ctx, account = self.ctx, self.account

        variable = self.variable

        def save() -> int:
            secret = self._token(token, name)
            _me, webhook, _ = check_token(secret, api_url)
            if webhook.url and not delete_webhook:
                raise WebhookSet(webhook.url)
            if account is not None:
                from shopinbox.channels.telegram.account import update_telegram_account

                update_telegram_account(ctx, account.id, token or None, api_url, delete_webhook,
                                        token_env=variable)
                return account.id
            return add_telegram_account(ctx, name, secret, token_env=variable, api_url=api_url,
                                        delete_webhook=delete_webhook).account_id

        return save

    def save(self) -> int:
        return self.saver()()

    def describe_error(self, error: Exception) -> str:
        """Telegram's own words for the codes where they help (@BotFather); the shared
        wording of ui/common/error_text.py for the rest."""
        code = error.code if isinstance(error, ShopError) else None
        if code == "webhook_set":
            self.delete_webhook.show()
            return self._webhook_text(str(getattr(error, "params", {}).get("url", "")))
        if code == "token_revoked":
            return self.tr("Telegram rejected this token: it is wrong or was revoked in "
                           "@BotFather. Paste the current token (/token in @BotFather).")
        if code == "not_a_token":
            return self.tr("That is not a bot token: @BotFather gives one like 123456789:AAE…; "
                           "paste it whole.")
        return super().describe_error(error)


FORM = TelegramAccountForm

