"""The email form on a desktop without an OS keyring, and against servers with a private CA:
the real Dovecot (its TLS listener) and aiosmtpd with STARTTLS, both on a self-signed
certificate that only its CA file makes trusted."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest

from shopinbox.app.core.accounts import list_accounts
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from tests.fixtures.smtp_server import start_smtp
from tests.gui_channels.helpers import result_text


@pytest.fixture
def no_keyring(memory_keyring):
    """A session with no keyring backend at all (keyring's own `fail` backend)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(memory_keyring)


@pytest.fixture
def tls_smtp(dovecot):
    server = start_smtp(dovecot.user, dovecot.password,
                        tls_cert=(dovecot.cert, dovecot.root / "key.pem"))
    yield server
    server.stop()


def _settings(qtbot, ctx) -> SettingsDialog:
    register_builtin_forms()
    settings = SettingsDialog(ctx, Preferences(ctx.paths.root))
    qtbot.addWidget(settings)
    return settings


def _fill(qtbot, form, dovecot, imap_port, imap_security, smtp_port, smtp_security) -> None:
    qtbot.keyClicks(form.name, "Shop mail")
    qtbot.keyClicks(form.address, dovecot.user)
    form.imap.set("127.0.0.1", imap_port, imap_security)
    form.smtp.set("127.0.0.1", smtp_port, smtp_security)


def _press(qtbot, dialog, button) -> None:
    with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
        button.click()


def test_no_keyring_saves_with_an_environment_variable(qtbot, sqlite_ctx, no_keyring, dovecot,
                                                        smtp_server, monkeypatch):
    settings = _settings(qtbot, sqlite_ctx)
    dialog = settings.add_account("email")
    form = dialog.form
    store = form.secret_store
    # Said plainly, with how to get a keyring; the keyring choice is off, the variable is on.
    assert store.notice.isVisible()
    assert "No keyring" in store.notice.text() and "gnome-keyring" in store.notice.text()
    assert not store.in_keyring.isEnabled() and store.in_env.isChecked()
    assert store.variable.isVisible() and not form.password.isEnabled()
    _fill(qtbot, form, dovecot, dovecot.port, "none", smtp_server.port, "none")
    qtbot.keyClicks(store.variable, "SHOP_MAIL_PW")
    # The variable is not set yet: one sentence saying so, one saying what to do; nothing saved.
    monkeypatch.delenv("SHOP_MAIL_PW", raising=False)
    _press(qtbot, dialog, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    text = result_text(dialog)
    assert text.startswith("Not saved") and "SHOP_MAIL_PW" in text and "not set" in text
    assert "Error" not in text and "Traceback" not in text and list_accounts(sqlite_ctx) == []
    monkeypatch.setenv("SHOP_MAIL_PW", dovecot.password)
    _press(qtbot, dialog, dialog.test_button)
    assert result_text(dialog).startswith("The connection works")
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [account] = list_accounts(sqlite_ctx)
    assert account.secret_ref == "env:SHOP_MAIL_PW"
    assert dovecot.password not in str(account.settings)
    # Editing it shows where the password is read from, and saving keeps it there.
    edit = settings.open_form("email", account)
    assert edit.form.secret_store.in_env.isChecked()
    assert edit.form.secret_store.variable.text() == "SHOP_MAIL_PW"
    edit.form.username.setText(dovecot.user)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        edit.buttons.button(edit.buttons.StandardButton.Save).click()
    [account] = list_accounts(sqlite_ctx)
    assert account.secret_ref == "env:SHOP_MAIL_PW"


def test_a_bad_variable_name_is_refused_in_the_form(qtbot, sqlite_ctx, no_keyring):
    dialog = _settings(qtbot, sqlite_ctx).add_account("email")
    form = dialog.form
    qtbot.keyClicks(form.name, "Shop mail")
    qtbot.keyClicks(form.address, "shop@example.com")
    form.imap.set("imap.example.com", 993, "ssl")
    form.smtp.set("smtp.example.com", 465, "ssl")
    qtbot.keyClicks(form.secret_store.variable, "MY-PASSWORD")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "not a variable name" in result_text(dialog)


def test_with_a_keyring_the_password_goes_there(qtbot, sqlite_ctx):
    form = _settings(qtbot, sqlite_ctx).add_account("email").form
    assert not form.secret_store.notice.isVisible() and form.secret_store.in_keyring.isChecked()
    assert form.password.isEnabled() and not form.secret_store.variable.isVisible()


def test_private_ca_for_imap_and_smtp(qtbot, sqlite_ctx, dovecot, tls_smtp, tmp_path):
    settings = _settings(qtbot, sqlite_ctx)
    dialog = settings.add_account("email")
    form = dialog.form
    _fill(qtbot, form, dovecot, dovecot.tls_port, "ssl", tls_smtp.port, "starttls")
    qtbot.keyClicks(form.password, dovecot.password)
    # Without the CA: not trusted, worded for the user, pointing at the field.
    _press(qtbot, dialog, dialog.test_button)
    text = result_text(dialog)
    assert "secure connection" in text and "CA file" in text
    assert "certificate verify failed" not in text and "SSL" not in text.replace("SSL/TLS", "")
    # A file that is no certificate is refused before connecting.
    junk = tmp_path / "notes.txt"
    junk.write_text("not a certificate")
    qtbot.keyClicks(form.ca_file.path, str(junk))
    _press(qtbot, dialog, dialog.test_button)
    assert "could not be read as a certificate" in result_text(dialog)
    form.ca_file.path.clear()
    qtbot.keyClicks(form.ca_file.path, str(dovecot.cert))
    _press(qtbot, dialog, dialog.test_button)
    assert result_text(dialog).startswith("The connection works"), result_text(dialog)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [account] = list_accounts(sqlite_ctx)
    assert account.settings["ca_file"] == str(dovecot.cert)
    assert account.settings["imap_port"] == dovecot.tls_port
    assert tls_smtp.logins == [dovecot.user, dovecot.user]  # the test, then the save's test
    # Editing shows the CA file; clearing it removes it (and the test then fails again).
    edit = settings.open_form("email", list_accounts(sqlite_ctx)[0])
    assert edit.form.ca_file.path.text() == str(dovecot.cert)


def test_telegram_bot_without_a_keyring(qtbot, sqlite_ctx, no_keyring, bot_server, monkeypatch):
    """The Telegram form has the same choice: the token is read from a named variable."""
    settings = _settings(qtbot, sqlite_ctx)
    dialog = settings.add_account("telegram")
    form = dialog.form
    assert form.secret_store.notice.isVisible() and form.secret_store.in_env.isChecked()
    assert not form.token.isEnabled()
    qtbot.keyClicks(form.name, "Shop bot")
    qtbot.keyClicks(form.api_url, bot_server.url)
    qtbot.keyClicks(form.secret_store.variable, "SHOP_BOT_TOKEN")
    monkeypatch.setenv("SHOP_BOT_TOKEN", bot_server.token)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    [account] = list_accounts(sqlite_ctx)
    assert account.secret_ref == "env:SHOP_BOT_TOKEN"
    assert account.settings["username"] == "@shop_test_bot"
