"""The window's side: a reply that may have been sent says so and asks before Retry sends it
again; Settings → Backups lists the backups, backs up now and puts one back (with a question
first, in the background), after which the window shows the restored shop."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from shopinbox.app.core.accounts import add_account
from shopinbox.app.core.backups import list_backups, take_backup
from shopinbox.app.outbox.sending import queue_reply, recover_interrupted
from shopinbox.domain.errors import throttled
from shopinbox.domain.kinds import DeliveryState
from shopinbox.store.models import Customer, Message
from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from shopinbox.ui.shell.launch import WindowController
from shopinbox.ui.shell.main_window import MainWindow
from shopinbox.ui.shell.sync_bridge import WAITING
from tests.gui.conftest import (  # noqa: F401
    demo_ctx,
    demo_template,
    translations_built,
    window,
)
from tests.gui.helpers import customer_with, open_customer, settle


def _state(ctx, message_id: int) -> str:
    with ctx.reader() as session:
        return session.scalar(select(Message.delivery_state).where(Message.id == message_id))


def test_may_have_been_sent_asks_before_retry(qtbot, window, demo_ctx):  # noqa: F811
    customer = customer_with(demo_ctx, {"email"})
    reply = queue_reply(demo_ctx, customer, "Paczka wyszła.")
    with demo_ctx.writer() as session, session.begin():  # what a kill -9 mid-send leaves
        session.execute(update(Message).where(Message.id == reply)
                        .values(delivery_state=DeliveryState.SENDING))
    assert recover_interrupted(demo_ctx) == 1
    open_customer(qtbot, window, customer)
    shown = window.timeline.toPlainText()
    assert "it may have been sent" in shown and "Check with the customer" in shown
    assert f"action:retry-unsure/{reply}" in window.timeline.toHtml()
    asked: list[bool] = []
    window.timeline.confirm_resend = lambda: asked.append(True) or False  # the user says no
    window.timeline.anchorClicked.emit(QUrl(f"action:retry-unsure/{reply}"))
    settle(qtbot, window)
    assert asked == [True] and _state(demo_ctx, reply) == "failed"
    window.timeline.confirm_resend = lambda: True  # checked with the customer: send again
    with qtbot.waitSignal(window.composer.delivered, timeout=10_000) as delivered:
        window.timeline.anchorClicked.emit(QUrl(f"action:retry-unsure/{reply}"))
    settle(qtbot, window)
    assert delivered.args[2] == "sent" and _state(demo_ctx, reply) == "sent"


def test_backups_tab_lists_and_backs_up_now(qtbot, demo_ctx):  # noqa: F811
    take_backup(demo_ctx.paths)
    dialog = SettingsDialog(demo_ctx, Preferences(demo_ctx.paths.root))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backups.count() == len(list_backups(demo_ctx.paths)))
    before = dialog.backups.count()
    assert before >= 1 and "taken by hand" in dialog.backups.item(0).text()
    with qtbot.waitSignal(dialog.backups_changed, timeout=10_000):
        dialog.backup_now.click()  # in the background
    assert dialog.backups.count() == before + 1
    assert "Backed up to" in dialog.backup_note.text()
    requested: list[str] = []
    dialog.restore_requested.connect(requested.append)
    dialog.confirm_restore = lambda _text: False
    dialog.restore_latest.click()
    assert requested == []  # nothing happens without a yes
    dialog.confirm_restore = lambda _text: True
    dialog.backups.setCurrentRow(before)  # the oldest
    dialog.restore_chosen.click()
    assert requested == [str(list_backups(demo_ctx.paths)[before].path)]


def test_restore_from_settings_reopens_the_restored_shop(qtbot, demo_ctx):  # noqa: F811
    with demo_ctx.reader() as session:
        customer_id, name = session.execute(select(Customer.id, Customer.display_name)
                                            .order_by(Customer.id)).first()
    take_backup(demo_ctx.paths)
    with demo_ctx.writer() as session, session.begin():  # a change after the backup
        session.execute(update(Customer).where(Customer.id == customer_id)
                        .values(display_name="Po kopii"))
    controller = WindowController(QApplication.instance(), demo_ctx)
    controller.show()
    settings = controller.open_settings()
    qtbot.waitUntil(lambda: settings.backups.count() >= 1)
    questions: list[str] = []
    settings.confirm_restore = lambda text: questions.append(text) or True
    with qtbot.waitSignal(controller.restored, timeout=20_000) as restored:
        settings.restore_latest.click()
    assert questions and "can be undone" in questions[0]
    try:
        assert controller.ctx is not demo_ctx
        with controller.ctx.reader() as session:
            assert session.get(Customer, customer_id).display_name == name
        kept = restored.args[0]
        assert "before-restore" in kept  # the replaced database is a backup itself
        assert any(str(b.path) == kept for b in list_backups(controller.ctx.paths))
    finally:
        controller.window.close()
        controller.stop_sync()
        controller.tasks.wait()
        controller.ctx.close()


@pytest.fixture
def polish(translations_built):  # noqa: F811
    app = QApplication.instance()
    assert install_translations(app, "pl")
    yield
    install_translations(app, "en")


def test_a_throttled_bot_says_telegram_asks_to_wait_in_polish(qtbot, demo_ctx, polish):  # noqa: F811
    account_id = add_account(demo_ctx, "Sklep bot", "telegram", {"username": "@b"}, "keyring")
    customer = customer_with(demo_ctx, {"email"})
    until = datetime.now(UTC) + timedelta(minutes=30)
    reply = queue_reply(demo_ctx, customer, "Zaraz odpowiem.")
    with demo_ctx.writer() as session, session.begin():  # held back by flood control
        session.execute(update(Message).where(Message.id == reply).values(
            delivery_error=throttled(until, service="Telegram").stored()))
    main = MainWindow(demo_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    when = f"{until.astimezone():%H:%M}"
    with qtbot.waitSignal(main.bridge.state_changed, timeout=5000):
        threading.Thread(target=main.bridge.on_state, args=(account_id, WAITING, when)).start()
    tip = main.sync_status.indicators[account_id].toolTip()
    assert tip == f"Telegram prosi o przerwę do {when}; potem shopinbox sam wznowi pracę."
    open_customer(qtbot, main, customer)
    qtbot.waitUntil(lambda: f"Telegram prosi o przerwę do {when}." in main.timeline.toPlainText(),
                    timeout=5000)
    assert "asks to wait" not in main.timeline.toPlainText()
    main.close()


def test_a_reply_held_back_by_the_service_says_so_in_the_composer(qtbot, window, demo_ctx,  # noqa: F811
                                                                   monkeypatch):
    from shopinbox.app.outbox import sending

    until = datetime.now(UTC) + timedelta(minutes=20)

    def flood_control(_ctx, _message_id):  # what a throttled channel's sender raises
        raise throttled(until, service="Telegram")

    monkeypatch.setitem(sending.LOCAL_SENDERS, "demo", flood_control)
    customer = customer_with(demo_ctx, {"email"})
    open_customer(qtbot, window, customer)
    qtbot.keyClicks(window.composer.text, "Za chwile")
    with qtbot.waitSignal(window.composer.delivered, timeout=10_000) as delivered:
        window.composer.send.click()
    settle(qtbot, window)
    when = f"{until.astimezone():%H:%M}"
    assert delivered.args[2] == "queued" and _state(demo_ctx, delivered.args[1]) == "queued"
    assert window.composer.note.text().startswith(
        f"Waiting to be sent: Telegram asks to wait until {when}.")
    assert f"queued: Telegram asks to wait until {when}." in window.timeline.toPlainText()


def test_the_window_settles_a_crashed_send_before_its_sync_starts(qtbot, demo_ctx):  # noqa: F811
    """`run_window` no longer recovers before the window shows (SQLAlchemy would load before
    the first paint): the controller does it in the background once the views are ready, and
    only then starts the sync runner, whose outbox could otherwise send the reply again."""
    customer = customer_with(demo_ctx, {"email"})
    reply = queue_reply(demo_ctx, customer, "Paczka wyszła.")
    with demo_ctx.writer() as session, session.begin():  # what a kill -9 mid-send leaves
        session.execute(update(Message).where(Message.id == reply)
                        .values(delivery_state=DeliveryState.SENDING))
    control = WindowController(QApplication.instance(), demo_ctx)
    control.recover_on_start = True
    main = control.show()
    qtbot.addWidget(main)
    try:
        assert control._sync is None  # not before the first paint
        qtbot.waitUntil(lambda: control._sync is not None, timeout=20_000)
        qtbot.waitUntil(lambda: _state(demo_ctx, reply) == "failed", timeout=20_000)
        with demo_ctx.reader() as session:
            error = session.scalar(select(Message.delivery_error).where(Message.id == reply))
        assert "may_have_been_sent" in (error or "")
    finally:
        control.stop_sync()
        main.close()
        control.tasks.wait()
