"""The VK channel in the window, through the channel contract only: Settings → Add account
offers the VK form (a revoked token is explained and saves nothing, the right one saves), and a
synced VK customer shows in the inbox filter, the composer and the customer panel."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.core.accounts import AccountError, list_accounts
from shopinbox.app.sync.service import sync_accounts
from shopinbox.channels.vk.form import VkAccountForm
from shopinbox.store.models import Message
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import ACCOUNT_FORMS, SettingsDialog
from tests.gui_channels.helpers import result_text


def test_add_vk_community_in_settings(qtbot, sqlite_ctx, vk_server):
    register_builtin_forms()
    assert ACCOUNT_FORMS["vk"] is VkAccountForm
    settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(settings)
    assert "VK community" in [a.text() for a in settings.add_button.menu().actions()]
    dialog = settings.add_account("vk")
    form = dialog.form
    assert isinstance(form, VkAccountForm)
    qtbot.keyClicks(form.name, "Sklep VK")
    qtbot.keyClicks(form.group_id, str(vk_server.group_id))
    qtbot.keyClicks(form.api_url, vk_server.url)
    form.token.setText("vk1.a.deleted-in-the-community-settings")
    with qtbot.waitSignal(settings.tasks.finished, timeout=20_000):
        dialog.test_button.click()
    assert "VK rejected this token" in result_text(dialog)
    with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
        dialog.buttons.accepted.emit()
    assert "VK rejected this token" in result_text(dialog) and list_accounts(sqlite_ctx) == []

    form.token.setText(vk_server.token)
    with qtbot.waitSignal(settings.tasks.finished, timeout=20_000):
        dialog.test_button.click()
    assert "Sklep Ola (@sklep_ola)" in result_text(dialog)
    with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
        dialog.buttons.accepted.emit()
    [account] = list_accounts(sqlite_ctx)
    assert (account.name, account.kind, account.settings["group_id"]) == (
        "Sklep VK", "vk", vk_server.group_id)
    assert vk_server.token not in str(account.settings) and account.secret_ref == "keyring"


def test_window_shows_the_vk_customer(qtbot, sqlite_ctx, vk_server, vk_account, olga):
    from shopinbox.ui.shell.main_window import MainWindow

    vk_server.message_new(olga, "Привет! Есть размер S?")
    (result,) = sync_accounts(sqlite_ctx)
    assert result.ok and result.new_messages == 1
    with sqlite_ctx.reader() as session:
        customer_id = session.scalar(select(Message.customer_id))
    window = MainWindow(sqlite_ctx)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome.findChild(type(window.welcome.demo), "welcomeVk")
    assert welcome is not None and welcome.text() == "Add a VK community"
    channel_filter = window.inbox.channel
    filters = [channel_filter.itemData(i) for i in range(channel_filter.count())]
    assert "vk" in filters
    assert channel_filter.itemText(filters.index("vk")) == "VK"
    window.open_customer(customer_id)
    combo = window.composer.channel
    qtbot.waitUntil(lambda: "vk" in [combo.itemData(i) for i in range(combo.count())])
    assert combo.itemText([combo.itemData(i) for i in range(combo.count())].index("vk")) == "VK"
    from PySide6.QtWidgets import QLabel

    identities = window.findChild(QLabel, "customerIdentities")
    qtbot.waitUntil(lambda: "Ольга Смирнова (@olga_sm)" in identities.text())
    window.close()


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_vk_form_in_each_language(qtbot, sqlite_ctx, translations_built, language):
    """Nothing clipped, fits the smallest screen, names in the UI language (screenshots in
    tests/screenshots/out)."""
    from PySide6.QtWidgets import QApplication

    from shopinbox.ui.common import channel_ui
    from shopinbox.ui.common.i18n import install_translations
    from tests.gui.test_languages import SHOTS, _clipped

    app = QApplication.instance()
    assert install_translations(app, language)
    register_builtin_forms()
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
        qtbot.addWidget(settings)
        settings.show()
        dialog = settings.add_account("vk")
        qtbot.waitExposed(dialog)
        dialog.result_label.setText(dialog.form.describe_error(
            AccountError("permission_denied")))
        dialog.adjustSize()
        app.processEvents()
        assert _clipped(dialog) == []
        assert dialog.width() <= 800 and dialog.height() <= 600
        assert dialog.grab().toImage().save(str(SHOTS / f"account-form-vk-{language}.png"))
        expected = {"en": ("VK", "VK community"), "pl": ("VK", "Społeczność VK"),
                    "ru": ("ВКонтакте", "Сообщество ВКонтакте")}[language]
        assert (channel_ui.title("vk"), channel_ui.account_title("vk")) == expected
        assert dialog.windowTitle() == expected[1]
        dialog.close()
    finally:
        install_translations(app, "en")


def test_vk_community_without_a_keyring_reads_its_token_from_a_variable(
        qtbot, sqlite_ctx, vk_server, memory_keyring, monkeypatch):
    """No keyring at all: the form says so and how to get one, offers only the environment
    variable, and the account saves with the variable's name (never the token)."""
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        register_builtin_forms()
        settings = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
        qtbot.addWidget(settings)
        dialog = settings.add_account("vk")
        form, store = dialog.form, dialog.form.secret_store
        assert store.notice.isVisible() and "No keyring" in store.notice.text()
        assert "gnome-keyring" in store.notice.text()
        assert not store.in_keyring.isEnabled() and store.in_env.isChecked()
        assert not form.token.isEnabled() and store.variable.isVisible()
        qtbot.keyClicks(form.name, "Sklep VK")
        qtbot.keyClicks(form.group_id, str(vk_server.group_id))
        qtbot.keyClicks(form.api_url, vk_server.url)
        qtbot.keyClicks(store.variable, "SHOP_VK_TOKEN")
        monkeypatch.delenv("SHOP_VK_TOKEN", raising=False)
        with qtbot.waitSignal(dialog.tasks.finished, timeout=20_000):
            dialog.buttons.accepted.emit()
        text = result_text(dialog)
        assert "SHOP_VK_TOKEN" in text and "not set" in text and list_accounts(sqlite_ctx) == []
        monkeypatch.setenv("SHOP_VK_TOKEN", vk_server.token)
        with qtbot.waitSignal(settings.accounts_changed, timeout=20_000):
            dialog.buttons.accepted.emit()
        [account] = list_accounts(sqlite_ctx)
        assert account.secret_ref == "env:SHOP_VK_TOKEN"
        assert vk_server.token not in str(account.settings)
        edit = settings.open_form("vk", account)
        assert edit.form.secret_store.in_env.isChecked()
        assert edit.form.secret_store.variable.text() == "SHOP_VK_TOKEN"
    finally:
        keyring.set_keyring(memory_keyring)
