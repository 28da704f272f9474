"""A channel is a plug-in: the dummy channel of tests/channels/dummy/ (registered at run time,
as an installed package would be through its entry point) shows up in the inbox filter, the
composer, Settings → Add, the welcome screen, `shopinbox account add-dummy`, doctor, and takes
part in a sync round and the outbox — with no edit outside its package."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import run_checks
from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.sync.service import sync_accounts
from shopinbox.channels import registry
from shopinbox.cli import main
from shopinbox.store.models import Account, Identity, Message
from tests.channels import dummy


@pytest.fixture
def dummy_channel():
    registry.register(dummy.CHANNEL)
    dummy.SERVER.inbox.clear()
    dummy.SERVER.sent.clear()
    yield dummy.CHANNEL
    registry.unregister(dummy.KIND)


@pytest.fixture
def dummy_profile(tmp_path, dummy_channel, capsys):
    profile = tmp_path / "profile"
    assert main(["--profile", str(profile), "account", "add-dummy", "shop-dummy"]) == 0
    assert "Added dummy account shop-dummy" in capsys.readouterr().out
    return profile


def test_cli_doctor_sync_and_outbox(dummy_profile):
    checks = {c.name: c for c in run_checks(str(dummy_profile))}
    assert checks["account shop-dummy"].ok
    assert "dummy server answers" in checks["account shop-dummy"].detail

    dummy.SERVER.inbox.append(("u1", "Ola Nowak", "Dzień dobry, gdzie paczka?"))
    ctx = AppContext.open(str(dummy_profile))
    try:
        results = sync_accounts(ctx)
        assert [(r.account, r.ok) for r in results] == [("shop-dummy", True)]
        with ctx.reader() as session:
            message = session.scalar(select(Message).where(Message.channel == "dummy"))
            identity = session.get(Identity, message.identity_id)
        assert message.body_text == "Dzień dobry, gdzie paczka?"
        assert (identity.kind, identity.value) == ("dummy_user", "u1")
        assert sync_accounts(ctx)[0].ok  # the cursor holds: nothing is stored twice
        with ctx.reader() as session:
            assert len(session.scalars(select(Message)).all()) == 1

        reply_id = queue_reply(ctx, message.customer_id, "Jutro!")  # default: where she wrote
        sync_accounts(ctx)
        with ctx.reader() as session:
            sent = session.get(Message, reply_id)
        assert sent.channel == "dummy" and sent.delivery_state == "sent"
        assert dummy.SERVER.sent == [("u1", "Jutro!")]
    finally:
        ctx.close()


def test_window_lists_the_dummy_channel(qtbot, dummy_profile, monkeypatch):
    from shopinbox.ui.settings.account_forms import register_builtin_forms
    from shopinbox.ui.settings.settings_dialog import ACCOUNT_FORMS, SettingsDialog
    from shopinbox.ui.shell.main_window import MainWindow

    dummy.SERVER.inbox.append(("u2", "Igor", "Привет"))
    ctx = AppContext.open(str(dummy_profile))
    try:
        sync_accounts(ctx)
        with ctx.reader() as session:
            customer_id = session.scalar(select(Message.customer_id))
            assert session.scalar(select(Account.kind)) == "dummy"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        filters = [window.inbox.channel.itemData(i) for i in range(window.inbox.channel.count())]
        assert "dummy" in filters
        welcome = window.welcome.findChild(type(window.welcome.demo), "welcomeDummy")
        assert welcome is not None and welcome.text() == "Add a dummy account"

        window.open_customer(customer_id)
        combo = window.composer.channel
        qtbot.waitUntil(lambda: "dummy" in [combo.itemData(i) for i in range(combo.count())])
        assert combo.itemText([combo.itemData(i) for i in range(combo.count())]
                              .index("dummy")) == "Dummy"

        register_builtin_forms()
        assert ACCOUNT_FORMS["dummy"] is dummy.form.FORM
        settings = SettingsDialog(ctx, window.prefs, window)
        qtbot.addWidget(settings)
        actions = [a.text() for a in settings.add_button.menu().actions()]
        assert "Dummy account" in actions
        window.close()
    finally:
        ctx.close()
