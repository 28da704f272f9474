"""Around the conversations: sync state, tray, welcome screen, settings, language, geometry."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from shopinbox.app.core.accounts import add_account, list_accounts
from shopinbox.app.core.context import AppContext
from shopinbox.domain.errors import ShopError
from shopinbox.ui.settings import settings_dialog
from shopinbox.ui.settings.settings_dialog import AccountForm, AccountFormDialog, SettingsDialog
from shopinbox.ui.shell.launch import WindowController
from shopinbox.ui.shell.main_window import MainWindow
from shopinbox.ui.shell.sync_bridge import ERROR, SYNCING, UP_TO_DATE


def test_sync_state_from_a_service_thread(qtbot, window, demo_ctx):
    account_id = add_account(demo_ctx, "Shop mail", "email", {"email": "a@b.c"}, "keyring")
    window.sync_status.rebuild()
    retried: list[int] = []
    window.bridge.add_retry_handler(retried.append)

    def service() -> None:  # what a sync service thread does
        window.bridge.on_state(account_id, SYNCING, "")
        window.bridge.on_state(account_id, ERROR, "authentication failed")

    with qtbot.waitSignals([window.bridge.state_changed] * 2, timeout=5000):
        threading.Thread(target=service).start()
    indicator = window.sync_status.indicators[account_id]
    assert "Shop mail" in indicator.label.text() and "error" in indicator.label.text()
    assert indicator.toolTip() == "authentication failed"
    assert not indicator.retry.isHidden()
    indicator.retry.click()
    assert retried == [account_id]
    window.bridge.on_state(account_id, UP_TO_DATE, "")
    qtbot.waitUntil(lambda: "up to date" in indicator.label.text())
    assert indicator.retry.isHidden()


def test_new_message_notification_switchable(qtbot, window):
    customer = window.inbox.current_customer_id()
    with qtbot.waitSignal(window.tray.notified) as shown:
        window.bridge.on_new_message(customer, 123)
    assert shown.args == [customer, 123]
    window.tray._clicked()  # the user clicks the notification
    assert window.customer_id == customer
    assert window.tray.unread >= 0
    window.prefs.set("notifications", False)
    with qtbot.assertNotEmitted(window.tray.notified, wait=50):
        window.bridge.on_new_message(customer, 124)


def test_welcome_screen_opens_the_demo(qtbot, tmp_path):
    ctx = AppContext.open(str(tmp_path / "real"))
    controller = WindowController(QApplication.instance(), ctx)
    first = controller.show()  # the controller closes and deletes it when the demo opens
    assert first.stack.currentWidget() is first.welcome
    for name in ("welcomeEmail", "welcomeTelegram", "welcomeDemo"):
        assert first.welcome.findChild(QPushButton, name).isVisible()
    with qtbot.waitSignal(controller.window_replaced, timeout=30000) as replaced:
        first.welcome.demo.click()
    demo_window = replaced.args[0]
    qtbot.addWidget(demo_window)
    assert demo_window.ctx.paths.root == tmp_path / "shopinbox-demo"
    assert demo_window.stack.currentWidget() is demo_window.splitter
    assert demo_window.inbox.model.rowCount() == 42
    assert list_accounts(ctx) == []  # the real profile stays empty
    demo_window.close()
    controller.ctx.close()
    ctx.close()


class FakeForm(AccountForm):
    """Stands in for a channel's form; the email engineer adds the wrong-password test."""

    title = "Test account"

    def __init__(self, ctx, account=None, parent=None) -> None:
        super().__init__(ctx, account, parent)
        from PySide6.QtWidgets import QLineEdit

        self.password = QLineEdit(self)
        self.password.setObjectName("password")

    def tester(self):
        password = self.password.text()

        def check() -> None:
            if password != "right":  # a form's failures are coded; the dialog words them
                raise ShopError("auth_failed", detail="535 wrong password")

        return check

    def save(self) -> int:
        return add_account(self.ctx, "Tested", "testkind", {}, "keyring")


def test_settings_account_form_hook(qtbot, demo_ctx, window, monkeypatch):
    monkeypatch.setitem(settings_dialog.ACCOUNT_FORMS, "testkind", FakeForm)
    dialog = SettingsDialog(demo_ctx, window.prefs, window)
    qtbot.addWidget(dialog)
    form_dialog = dialog.add_account("testkind")
    assert isinstance(form_dialog, AccountFormDialog)
    qtbot.keyClicks(form_dialog.form.password, "wrong")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=5000):
        form_dialog.test_button.click()
    shown = form_dialog.findChild(QLabel, "formResult").text()
    assert "did not accept the user name or password" in shown and "535" not in shown
    form_dialog.form.password.setText("right")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=5000):
        form_dialog.test_button.click()
    assert "works" in form_dialog.result_label.text()
    with qtbot.waitSignal(dialog.accounts_changed):
        form_dialog.buttons.accepted.emit()
    names = [dialog.accounts.item(r).text() for r in range(dialog.accounts.count())]
    assert any(name.startswith("Tested") for name in names)
    dialog.accounts.setCurrentRow(next(r for r, n in enumerate(names) if n.startswith("Tested")))
    dialog.confirm = lambda _text: True
    with qtbot.waitSignal(dialog.accounts_changed, timeout=10_000):
        dialog.remove_button.click()  # removed in the background
    assert "Tested" not in [a.name for a in list_accounts(demo_ctx)]
    dialog.interval.setValue(15)
    dialog.notifications.setChecked(False)
    dialog.accept()
    assert window.prefs.get("sync_interval_minutes") == 15
    assert window.prefs.get("notifications") is False


def test_change_language(qtbot, demo_ctx, translations_built):
    controller = WindowController(QApplication.instance(), demo_ctx)
    first = controller.show()
    assert first.bar.done_button.text() == "Done"
    settings = controller.open_settings()
    settings.language.setCurrentIndex(settings.language.findData("pl"))
    with qtbot.waitSignal(controller.window_replaced) as replaced:
        settings.accept()
    polish = replaced.args[0]
    assert polish.bar.done_button.text() == "Gotowe"
    assert polish.inbox.search.placeholderText().startswith("Szukaj")
    settings = controller.open_settings()
    settings.language.setCurrentIndex(settings.language.findData("en"))
    with qtbot.waitSignal(controller.window_replaced) as replaced:
        settings.accept()
    assert replaced.args[0].bar.done_button.text() == "Done"
    replaced.args[0].close()
    controller.tasks.wait()


def test_geometry_and_splitters_remembered(qtbot, demo_ctx):
    first = MainWindow(demo_ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # within the offscreen screen (800x600), which geometry clamps to
    first.splitter.setSizes([200, 300, 250])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(demo_ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == sizes
    assert second.size().width() == 760
    second.close()
