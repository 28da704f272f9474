"""The settings dialog's email and Telegram forms against the real servers: a wrong password or
a revoked token gives a clear message in the form and saves nothing; the right ones save, and
the account appears in the list (and the window leaves the welcome screen)."""

from __future__ import annotations

import keyring
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from shopinbox.app.core.accounts import list_accounts
from shopinbox.channels.email.form import EmailAccountForm
from shopinbox.channels.telegram.form import TelegramAccountForm
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import AccountFormDialog, SettingsDialog
from tests.gui_channels.helpers import result_text


def _form_dialog(settings: SettingsDialog) -> AccountFormDialog:
    return settings.findChild(AccountFormDialog)


def _fill_email(qtbot, form: EmailAccountForm, dovecot, smtp_server, password: str) -> None:
    form.name.clear()
    qtbot.keyClicks(form.name, "Shop mail")
    form.address.clear()
    qtbot.keyClicks(form.address, dovecot.user)
    form.imap.set("127.0.0.1", dovecot.port, "none")
    form.smtp.set("127.0.0.1", smtp_server.port, "none")
    form.password.clear()
    qtbot.keyClicks(form.password, password)


def _save(qtbot, dialog: AccountFormDialog) -> None:
    with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
        dialog.buttons.accepted.emit()


def test_wrong_password_saves_nothing(qtbot, sqlite_ctx, dovecot, smtp_server):
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    dialog = settings.add_account("email")
    form = dialog.form
    _fill_email(qtbot, form, dovecot, smtp_server, "not-the-password")
    _save(qtbot, dialog)
    text = result_text(dialog)
    assert text.startswith("Not saved") and "password" in text.lower()
    assert dialog.isVisible() and form.isEnabled()
    assert list_accounts(sqlite_ctx) == []
    assert keyring.get_password("shopinbox", "account:Shop mail") is None
    assert "app password" in text  # the hint of what to do


# (Dovecot slows the next login from an address after a failed one: the right password gets
# its own test and server.)
def test_add_email_from_the_welcome_screen(qtbot, controller, sqlite_ctx, dovecot, smtp_server):
    control = controller()
    window = control.window
    assert window.stack.currentWidget() is window.welcome
    window.welcome.add_buttons["email"].click()
    dialog = _form_dialog(control.settings)
    form = dialog.form
    assert isinstance(form, EmailAccountForm) and dialog.isVisible()
    _fill_email(qtbot, form, dovecot, smtp_server, dovecot.password)
    with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
        dialog.test_button.click()
    assert result_text(dialog).startswith("The connection works")
    with qtbot.waitSignal(control.settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
    [account] = list_accounts(sqlite_ctx)
    assert (account.name, account.kind, account.settings["imap_port"]) == (
        "Shop mail", "email", dovecot.port)
    assert dovecot.password not in str(account.settings)
    assert keyring.get_password("shopinbox", "account:Shop mail") == dovecot.password
    listed = [control.settings.accounts.item(r).text()
              for r in range(control.settings.accounts.count())]
    assert listed == ["Shop mail  (email)"]
    # The window reads its accounts in the background (changes_applied), then leaves welcome.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter)
    assert account.id in window.sync_status.indicators


def test_typing_the_address_fills_the_provider_servers(qtbot, sqlite_ctx):
    form = EmailAccountForm(sqlite_ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.address, "sklep@gmail.com")
    assert form.findChild(QLineEdit, "imapHost").text() == "imap.gmail.com"
    assert form.findChild(QSpinBox, "smtpPort").value() == 465
    assert form.findChild(QComboBox, "imapSecurity").currentData() == "ssl"
    hint = form.findChild(QLabel, "providerHint")
    assert hint.isVisible() and "Gmail" in hint.text() and "app password" in hint.text()
    form.address.setText("sklep@outlook.com")
    assert form.smtp.host.text() == "smtp.office365.com"
    assert (form.smtp.port.value(), form.smtp.security.currentData()) == (587, "starttls")
    form.address.setText("sklep@my-own-shop.example")
    assert not hint.isVisible()
    form.imap.security.setCurrentIndex(form.imap.security.findData("starttls"))
    assert form.imap.port.value() == 143  # a default port follows the security setting


def test_edit_email_account_keeps_the_password(qtbot, sqlite_ctx, dovecot, smtp_server):
    from shopinbox.channels.email.account import add_email_account
    from tests.email.conftest import account_settings

    add_email_account(sqlite_ctx, "Shop mail", dovecot.user,
                      account_settings(dovecot, smtp_server), password=dovecot.password)
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    settings.accounts.setCurrentRow(0)
    dialog = settings.edit_account()
    form = dialog.form
    assert form.name.isReadOnly() and form.imap.port.value() == dovecot.port
    form.imap.port.setValue(1)  # a wrong port: nothing changes
    _save(qtbot, dialog)
    assert result_text(dialog).startswith("Not saved")
    assert list_accounts(sqlite_ctx)[0].settings["imap_port"] == dovecot.port
    form.imap.port.setValue(dovecot.port)
    form.username.setText(dovecot.user)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert keyring.get_password("shopinbox", "account:Shop mail") is not None


def test_add_telegram_bot(qtbot, sqlite_ctx, bot_server):
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    dialog = settings.add_account("telegram")
    form = dialog.form
    assert isinstance(form, TelegramAccountForm)
    qtbot.keyClicks(form.name, "Shop bot")
    qtbot.keyClicks(form.api_url, bot_server.url)

    form.token.setText("123456789:revoked-in-botfather")
    with qtbot.waitSignal(settings.tasks.finished, timeout=20_000):
        dialog.test_button.click()
    assert "rejected this token" in result_text(dialog)
    _save(qtbot, dialog)
    assert "rejected this token" in result_text(dialog) and list_accounts(sqlite_ctx) == []

    form.token.setText(bot_server.token)
    bot_server.webhook_url = "https://other-tool.example/hook"
    with qtbot.waitSignal(settings.tasks.finished, timeout=20_000):
        dialog.test_button.click()
    assert "@shop_test_bot" in result_text(dialog) and "webhook" in result_text(dialog)
    consent = form.findChild(QCheckBox, "deleteWebhook")
    assert consent.isVisible() and not consent.isChecked()
    _save(qtbot, dialog)  # no consent: nothing saved, the webhook stays
    assert "webhook" in result_text(dialog) and list_accounts(sqlite_ctx) == []
    assert bot_server.webhook_url and bot_server.calls_of("deleteWebhook") == []

    consent.setChecked(True)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
    [account] = list_accounts(sqlite_ctx)
    assert (account.name, account.settings["username"]) == ("Shop bot", "@shop_test_bot")
    assert bot_server.webhook_url == ""
    assert bot_server.token not in str(account.settings) and account.secret_ref
