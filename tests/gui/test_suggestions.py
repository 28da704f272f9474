"""Merge suggestions in the window: a Telegram customer who writes another customer's email
address is offered for merging, with the reason; merging and dismissing work."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Account, Customer, Identity

LEFT = Qt.MouseButton.LeftButton


def _telegram_customer_writes(ctx, user_id: int, name: str, text: str) -> int:
    with ctx.writer() as session, session.begin():
        bot = session.scalar(select(Account).where(Account.name == "Demo bot"))
        result = store_messages(session, bot.id, [IncomingMessage(
            channel="telegram", direction="in", external_id=f"{user_id}:1",
            sent_at=datetime.now(UTC), identity=IdentityRef("telegram", str(user_id), name),
            customer_name=name, body_text=text, thread_key=str(user_id))], ctx.blobs)
        return next(iter(result.new_customer_ids))


def _email_owner(ctx, address: str) -> int:
    with ctx.reader() as session:
        return session.scalar(select(Identity.customer_id).where(Identity.value == address))


def test_accept_and_dismiss_suggestions(qtbot, window, demo_ctx):
    with demo_ctx.reader() as session:
        emails = list(session.scalars(select(Identity.value).where(Identity.kind == "email")
                                      .order_by(Identity.id).limit(2)))
    writer = _telegram_customer_writes(demo_ctx, 555001, "Zosia",
                                       f"Cześć, mój mail to {emails[0]} — gdzie paczka?")
    other = _telegram_customer_writes(demo_ctx, 555002, "Jan", f"to ja: {emails[1]}")
    owner = _email_owner(demo_ctx, emails[0])

    dialog = window.show_suggestions()
    # the two written addresses, then the demo's two same-name pairs (a weaker hint: last)
    qtbot.waitUntil(lambda: dialog.list.count() == 4, timeout=10_000)
    texts = [dialog.list.item(i).text() for i in range(4)]
    assert any(emails[0] in text and "Telegram" in text for text in texts[:2])
    assert all("weaker" in text for text in texts[2:])

    row = next(i for i, t in enumerate(texts) if emails[1] in t)
    dialog.list.setCurrentRow(row)
    qtbot.mouseClick(dialog.dismiss_button, LEFT)
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=10_000)

    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10_000)
    with demo_ctx.reader() as session:
        merged_away = session.get(Customer, writer)
        assert merged_away.merged_into_id == owner
        kinds = set(session.scalars(select(Identity.kind)
                                    .where(Identity.customer_id == owner)))
        assert {"email", "telegram"} <= kinds
        assert session.get(Customer, other).merged_into_id is None
    # Dismissed stays dismissed when the list is computed again.
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as loaded:
        dialog.reload()
    assert loaded.args == [2] and dialog.list.count() == 2
