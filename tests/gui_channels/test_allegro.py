"""The window with an Allegro account against the stand-in: Settings → Add account shows the
Allegro form; saving signs in with the device flow (the user code appears and the verification
page is opened, while the window stays responsive) and the account is listed; the window's sync
brings the buyer's thread into the inbox, and the composer warns about Allegro's rules."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from shopinbox.app.core.accounts import list_accounts
from shopinbox.channels.allegro.form import AllegroAccountForm
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from tests.allegro.conftest import add_account, approve_after_a_poll
from tests.fixtures.allegro_api_server import AllegroApiServer
from tests.gui.helpers import open_customer, settle
from tests.gui_channels.helpers import inbox_names, row_of


@pytest.fixture
def allegro_server():
    server = AllegroApiServer(interval=0).start()
    yield server
    server.stop()


def test_add_allegro_account_with_the_device_flow(qtbot, sqlite_ctx, allegro_server,
                                                  memory_keyring):
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    settings.show()
    dialog = settings.add_account("allegro")
    form = dialog.form
    assert isinstance(form, AllegroAccountForm) and dialog.isVisible()
    opened: list = []
    form.open_url = opened.append
    qtbot.keyClicks(form.name, "Allegro sklep")
    qtbot.keyClicks(form.client_id, allegro_server.client_id)
    qtbot.keyClicks(form.client_secret, allegro_server.client_secret)
    qtbot.keyClicks(form.api_url, allegro_server.url)
    qtbot.keyClicks(form.auth_url, allegro_server.url)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: form.code.isVisible(), timeout=10_000)
        [device] = allegro_server.devices.values()
        assert device.user_code in form.code.text()
        assert [url.toString() for url in opened] == [
            f"{allegro_server.url}/skojarz-aplikacje?code={device.user_code}"]
        threading.Thread(target=approve_after_a_poll, args=(allegro_server,),
                         daemon=True).start()
    [account] = list_accounts(sqlite_ctx)
    assert (account.name, account.kind, account.settings["username"]) == (
        "Allegro sklep", "allegro", "sklep_test")
    assert allegro_server.client_secret not in str(account.settings)
    assert ("shopinbox", "account:Allegro sklep/oauth") in memory_keyring.store


def test_window_syncs_the_thread_and_the_composer_warns(qtbot, controller, sqlite_ctx,
                                                        allegro_server):
    add_account(sqlite_ctx, allegro_server, "Allegro")
    allegro_server.add_message("anna_k", "Dzień dobry, czy jest rozmiar 38?")
    control = controller()
    window = control.window
    with qtbot.waitSignals([control.sync.run_finished], timeout=30_000):
        pass
    settle(qtbot, window)
    assert inbox_names(window) == ["anna_k"]
    row = row_of(window, "anna_k")
    customer_id = window.inbox.model.index(row).data(Qt.ItemDataRole.UserRole + 1)
    open_customer(qtbot, window, customer_id)  # reading it marks the thread read on Allegro
    [thread_id] = allegro_server.threads
    qtbot.waitUntil(lambda: allegro_server.read_marks == [(thread_id, True)], timeout=10_000)
    composer = window.composer
    assert composer.channel.currentData() == "allegro"
    composer.text.setPlainText("Taniej kupi Pani na www.mojsklep.pl")
    qtbot.waitUntil(lambda: composer.warnings.isVisible())
    assert "outside Allegro" in composer.warnings.text()
    composer.text.setPlainText("Tak, rozmiar 38 jest, wyślę dziś.")
    qtbot.waitUntil(lambda: not composer.warnings.isVisible())
    with qtbot.waitSignal(composer.delivered, timeout=20_000):
        qtbot.keyClick(composer.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m["text"] for m in allegro_server.sent] == ["Tak, rozmiar 38 jest, wyślę dziś."]


def test_sign_in_again_from_the_edit_form(qtbot, sqlite_ctx, allegro_server):
    add_account(sqlite_ctx, allegro_server, "Allegro")
    allegro_server.revoke()
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    settings.show()
    settings.accounts.setCurrentRow(0)
    dialog = settings.edit_account()
    form = dialog.form
    assert isinstance(form, AllegroAccountForm) and form.name.isReadOnly()
    form.open_url = lambda url: None
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: form.code.isVisible(), timeout=10_000)
        threading.Thread(target=approve_after_a_poll, args=(allegro_server,),
                         daemon=True).start()
    from shopinbox.app.core.accounts import get_account
    from shopinbox.channels import registry

    assert registry.channel("allegro").check(get_account(sqlite_ctx, "Allegro")).ok


def test_allegro_without_a_keyring_says_so_and_starts_no_sign_in(qtbot, sqlite_ctx,
                                                                  allegro_server,
                                                                  memory_keyring, monkeypatch):
    """The client secret may come from an environment variable, but the sign-in tokens change
    at every renewal and live in a keyring only: without one the form says so (and how to get
    one) and Save stops before the device flow, saving nothing."""
    import keyring
    import keyring.backends.fail

    from tests.gui_channels.helpers import result_text

    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        register_builtin_forms()
        settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
        qtbot.addWidget(settings)
        dialog = settings.add_account("allegro")
        form, store = dialog.form, dialog.form.secret_store
        assert store.notice.isVisible() and "No keyring" in store.notice.text()
        assert "gnome-keyring" in store.notice.text() and "sign-in tokens" in store.notice.text()
        assert "Until then" not in store.notice.text()
        assert store.in_env.isChecked() and not form.client_secret.isEnabled()
        qtbot.keyClicks(form.name, "Allegro sklep")
        qtbot.keyClicks(form.client_id, allegro_server.client_id)
        qtbot.keyClicks(form.api_url, allegro_server.url)
        qtbot.keyClicks(form.auth_url, allegro_server.url)
        qtbot.keyClicks(store.variable, "SHOP_ALLEGRO_SECRET")
        monkeypatch.setenv("SHOP_ALLEGRO_SECRET", allegro_server.client_secret)
        with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
            dialog.buttons.accepted.emit()
        text = result_text(dialog)
        assert "keyring" in text and "none was found" in text and "Traceback" not in text
        assert list_accounts(sqlite_ctx) == [] and not allegro_server.devices
    finally:
        keyring.set_keyring(memory_keyring)


def test_allegro_client_secret_from_an_environment_variable(qtbot, sqlite_ctx, allegro_server,
                                                            memory_keyring, monkeypatch):
    """With a keyring for the tokens, the client secret itself can stay in a variable."""
    register_builtin_forms()
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    settings.show()
    dialog = settings.add_account("allegro")
    form = dialog.form
    form.open_url = lambda _url: None
    qtbot.mouseClick(form.secret_store.in_env, Qt.MouseButton.LeftButton)
    assert not form.client_secret.isEnabled()
    qtbot.keyClicks(form.name, "Allegro sklep")
    qtbot.keyClicks(form.client_id, allegro_server.client_id)
    qtbot.keyClicks(form.api_url, allegro_server.url)
    qtbot.keyClicks(form.auth_url, allegro_server.url)
    qtbot.keyClicks(form.secret_store.variable, "SHOP_ALLEGRO_SECRET")
    monkeypatch.setenv("SHOP_ALLEGRO_SECRET", allegro_server.client_secret)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: form.code.isVisible(), timeout=10_000)
        threading.Thread(target=approve_after_a_poll, args=(allegro_server,),
                         daemon=True).start()
    [account] = list_accounts(sqlite_ctx)
    assert account.secret_ref == "env:SHOP_ALLEGRO_SECRET"
    assert ("shopinbox", "account:Allegro sklep") not in memory_keyring.store
    assert ("shopinbox", "account:Allegro sklep/oauth") in memory_keyring.store
