"""An attachment whose type no program on this computer opens: the window says so and offers to
save it instead. The offscreen platform has no document opener at all, so `openUrl` answers
False exactly as on a desktop with no program for the type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from shopinbox.store.models import Attachment, Message
from tests.gui.helpers import open_customer


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")
def test_open_with_no_program_offers_save(qtbot, window, demo_ctx, tmp_path, monkeypatch):
    with demo_ctx.reader() as session:
        attachment, customer_id = session.execute(
            select(Attachment.id, Message.customer_id).join(Message)
            .where(Attachment.filename == "paczka.png").limit(1)).one()
    open_customer(qtbot, window, customer_id)
    asked: list[str] = []
    window.offer_save = lambda name: asked.append(name) or True
    target = tmp_path / "saved.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    with qtbot.waitSignal(window.attachment_saved, timeout=10_000) as saved:
        window.timeline.anchorClicked.emit(QUrl(f"action:open/{attachment}"))
    assert asked == ["paczka.png"]
    assert saved.args == [str(target)] and target.read_bytes()[:4] == b"\x89PNG"
