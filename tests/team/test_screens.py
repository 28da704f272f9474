"""What team mode and the server's state add to the window, in en, pl and ru (screenshots in
tests/screenshots/out/): the merges into a customer with who made them in the customer panel,
the customer note worded for the team, and a mail moved to another folder on the server."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.identity.merge_actions import merge_by_hand
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids
from shopinbox.app.team.users import add_user, use_user
from shopinbox.store.models import Message, ServerLocation
from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.shell.main_window import MainWindow
from tests.gui.conftest import translations_built  # noqa: F401
from tests.gui.helpers import open_customer

SHOTS = Path(__file__).resolve().parents[1] / "screenshots" / "out"
WORDS = {"en": ("merged by Anna", "moved to Archiwum on the server"),
         "pl": ("scalił(a) Anna", "przeniesiona na serwerze do folderu Archiwum"),
         "ru": ("объединил(а) Anna", "перемещено на сервере в папку Archiwum")}


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_merges_and_moves_on_screen(qtbot, sqlite_ctx, translations_built, language):  # noqa: F811
    ctx = sqlite_ctx
    load_demo_shop(ctx)
    use_user(ctx, add_user(ctx, "Anna", language="pl").id)
    source, into = conversation_ids(ctx, InboxFilter(status="all"))[:2]
    merge_by_hand(ctx, source, into)
    with ctx.writer() as session, session.begin():  # one of its mails was filed away there
        message = session.scalars(select(Message).where(Message.customer_id == into,
                                                        Message.direction == "in")).first()
        session.execute(update(Message).where(Message.id == message.id).values(folder="INBOX"))
        session.add(ServerLocation(message_id=message.id, account_id=message.account_id,
                                   folder="Archiwum", validity=1, uid=1))
    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        open_customer(qtbot, window, into)
        merged, moved = WORDS[language]
        qtbot.waitUntil(lambda: moved in window.timeline.toPlainText(), timeout=10_000)
        assert merged in window.panel.merges.text()
        assert window.panel.merges.isVisible() and window.panel.merges_title.isVisible()
        app.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().toImage().save(str(SHOTS / f"team-merge-moved-{language}.png"))
        window.close()
    finally:
        install_translations(app, "en")
