"""The settings dialog's email account form: typing the address fills the servers from the
provider presets; the connection test and the save are the CLI's (`add_email_account`), run in
the background. The password goes to the OS keyring, or — the CLI's `--password-env`, and the
only choice on a desktop without a keyring — only the name of an environment variable holding
it is saved. A private CA file (a self-hosted server) is trusted for IMAP and SMTP alike. A
failed test saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.accounts import AccountInfo
from shopinbox.app.core.context import AppContext
from shopinbox.channels.email.account import (
    DEFAULT_PORTS,
    add_email_account,
    complete_settings,
    config_from,
    provider_preset,
    test_config,
)
from shopinbox.channels.email.imap_client import MailConnectionError
from shopinbox.ui.common import error_text
from shopinbox.ui.settings.secret_store import SecretStoreChoice
from shopinbox.ui.settings.settings_dialog import AccountForm, FormInvalid, small_print, with_help


class ServerRow(QWidget):
    """Host, port and security of one protocol on one line."""

    def __init__(self, protocol: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.protocol = protocol
        self.host = QLineEdit(self)
        self.host.setObjectName(f"{protocol}Host")
        self.host.setPlaceholderText(f"{protocol}.example.com")
        self.port = QSpinBox(self)
        self.port.setObjectName(f"{protocol}Port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[(protocol, "ssl")])
        self.security = QComboBox(self)
        self.security.setObjectName(f"{protocol}Security")
        for code, text in (("ssl", self.tr("SSL/TLS")), ("starttls", self.tr("STARTTLS")),
                           ("none", self.tr("None (unencrypted)"))):
            self.security.addItem(text, code)
        self.security.currentIndexChanged.connect(self._default_port)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host, 1)
        layout.addWidget(self.port)
        layout.addWidget(self.security)

    def _default_port(self) -> None:
        """Switching security moves a default port along (993 ↔ 143); a custom one stays."""
        if self.port.value() in {p for (proto, _s), p in DEFAULT_PORTS.items()
                                 if proto == self.protocol}:
            self.port.setValue(DEFAULT_PORTS[(self.protocol, self.security.currentData())])

    def set(self, host: str, port: int, security: str) -> None:
        self.host.setText(host)
        self.security.setCurrentIndex(max(self.security.findData(security), 0))
        self.port.setValue(int(port))

    def values(self) -> dict[str, Any]:
        p = self.protocol
        return {f"{p}_host": self.host.text().strip(), f"{p}_port": self.port.value(),
                f"{p}_security": self.security.currentData()}


class CaFileRow(QWidget):
    """The private CA file: a path and a button that opens a file picker."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.path = QLineEdit(self)
        self.path.setObjectName("caFile")
        self.path.setPlaceholderText(self.tr("optional: only for a server with its own "
                                             "certificate authority"))
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.setObjectName("chooseCaFile")
        self.choose.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.choose)

    def _pick(self) -> None:
        found, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA certificate"), self.path.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if found:
            self.path.setText(found)


class EmailAccountForm(AccountForm):
    def __init__(self, ctx: AppContext, account: AccountInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, account, parent)
        self.title = self.tr("Email account")
        self.setObjectName("emailAccountForm")
        self.name = QLineEdit(self)
        self.name.setObjectName("accountName")
        self.name.setPlaceholderText(self.tr("e.g. Shop mailbox"))
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText(self.tr("shop@example.com"))
        self.hint = QLabel(self)
        self.hint.setObjectName("providerHint")
        self.hint.setWordWrap(True)
        small_print(self.hint)
        self.hint.hide()
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("the same as the address"))
        self.imap = ServerRow("imap", self)
        self.smtp = ServerRow("smtp", self)
        self.smtp.set("", DEFAULT_PORTS[("smtp", "ssl")], "ssl")
        self.ca_file = CaFileRow(self)
        self.secret_store = SecretStoreChoice(
            "SHOPINBOX_MAIL_PASSWORD", self, account.secret_ref if account else None)
        self.secret_store.in_env.toggled.connect(self._password_from_env)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.secret_store.take_notice(self))
        form = QFormLayout()
        outer.addLayout(form)
        self.setMinimumWidth(520)  # wrapped help text gets its height for this width
        form.addRow(self.tr("Account name"), self.name)
        form.addRow(self.tr("Email address"), with_help(self.address, self.hint))
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Incoming (IMAP)"), self.imap)
        form.addRow(self.tr("Outgoing (SMTP)"), self.smtp)
        form.addRow(self.tr("CA file"), self.ca_file)
        form.addRow(self.tr("Password kept"), self.secret_store)
        self._preset_name = ""
        self.address.textChanged.connect(self._fill_from_preset)
        if account is not None:
            self._show_account(account)
        self._password_from_env()

    def _password_from_env(self) -> None:
        """With the password in an environment variable there is nothing to type here."""
        from_env = self.secret_store.uses_env
        self.password.setEnabled(not from_env)
        if from_env:
            self.password.clear()
            self.password.setPlaceholderText(self.tr("read from the environment variable"))
        else:
            self.password.setPlaceholderText(self.tr("unchanged") if self.account else "")

    def _show_account(self, account: AccountInfo) -> None:
        settings = account.settings
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.address.blockSignals(True)
        self.address.setText(settings.get("email", ""))
        self.address.blockSignals(False)
        if settings.get("username") != settings.get("email"):
            self.username.setText(settings.get("username", ""))
        for row in (self.imap, self.smtp):
            p = row.protocol
            row.set(settings.get(f"{p}_host", ""), settings.get(f"{p}_port", 993),
                    settings.get(f"{p}_security", "ssl"))
        self.ca_file.path.setText(settings.get("ca_file", ""))

    def _fill_from_preset(self, address: str) -> None:
        preset = provider_preset(address) if "@" in address else None
        name = preset.name if preset is not None else ""
        if name == self._preset_name:
            return
        self._preset_name = name
        if preset is None:
            self.hint.hide()
            return
        self.imap.set(preset.imap_host, preset.imap_port, preset.imap_security)
        self.smtp.set(preset.smtp_host, preset.smtp_port, preset.smtp_security)
        text = self.tr("Server settings for {provider} filled in.").format(provider=preset.name)
        if preset.app_password:
            text += " " + self.tr("{provider} usually refuses the normal password here: use an "
                                  "app password, or switch IMAP access on in the mailbox "
                                  "settings first.").format(provider=preset.name)
        self.hint.setText(text)
        self.hint.setToolTip(preset.app_password)
        self.hint.show()

    # -- what the dialog calls --
    def _values(self) -> tuple[str, str, dict[str, Any], str, str | None]:
        name, address = self.name.text().strip(), self.address.text().strip()
        if not name:
            raise FormInvalid(self.tr("Give the account a name."))
        if "@" not in address:
            raise FormInvalid(self.tr("Type the shop's email address."))
        variable = self.secret_store.env_variable()
        password = "" if variable else self.password.text()
        if not password and not variable and self.account is None:
            raise FormInvalid(self.tr("Type the password."))
        given = {**self.imap.values(), **self.smtp.values(),
                 "username": self.username.text().strip() or address,
                 "ca_file": self.ca_file.path.text().strip()}
        for protocol in ("IMAP", "SMTP"):
            if not given[f"{protocol.lower()}_host"]:
                raise FormInvalid(self.tr("Type the {protocol} server's name.")
                                   .format(protocol=protocol))
        return name, address, given, password, variable

    def tester(self) -> Callable[[], object]:
        name, address, given, password, variable = self._values()
        account = self.account

        def test() -> list[str]:
            from shopinbox.app.core.secrets import load_secret
            from shopinbox.channels.email.account import env_secret

            settings, _note = complete_settings(address, given)
            if variable:
                secret = env_secret(name, variable)
            elif password or account is None:  # adding: the typed password (empty fails)
                secret = password
            else:  # editing with the password field left empty keeps the stored one
                secret = load_secret(account.name, account.secret_ref)
            return test_config(config_from(settings, secret))

        return test

    def saver(self) -> Callable[[], int]:
        name, address, given, password, variable = self._values()
        ctx, account = self.ctx, self.account
        if account is not None:
            def update() -> int:
                from shopinbox.channels.email.account import update_email_account

                update_email_account(ctx, account.id, address, given, password or None,
                                     password_env=variable)
                return account.id
            return update
        return lambda: add_email_account(ctx, name, address, given, password=password or None,
                                         password_env=variable)[0]

    def save(self) -> int:
        return self.saver()()

    def describe_error(self, error: Exception) -> str:
        hints = {
            "auth": self.tr("Check the user name and password. Gmail, Yahoo, iCloud, Yandex, "
                            "Mail.ru and Outlook with two-step login need an app password."),
            "host": self.tr("Check the server name and the internet connection."),
            "refused": self.tr("Check the port and the security setting (SSL/TLS: 993 and 465, "
                               "STARTTLS: 143 and 587)."),
            "tls": self.tr("Check the security setting; a server with a certificate of its own "
                           "needs its CA file in the “CA file” field."),
            "timeout": self.tr("Check the port, a firewall or VPN, then try again."),
        }
        hint = hints.get(getattr(error, "kind", ""), "") \
            if isinstance(error, MailConnectionError) else ""
        if not hint:
            return super().describe_error(error)
        text, _general = error_text.error_texts(error)
        side = getattr(error, "params", {}).get("protocol")
        return f"{side}: {text} {hint}" if side else f"{text} {hint}"


FORM = EmailAccountForm

