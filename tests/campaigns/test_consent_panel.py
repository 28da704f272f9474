"""The customer panel's consent row in the main window on the demo shop: it shows the
customer's marketing consent with where it came from and when, and the preferred channel; the
owner changes both with the keyboard, and they are recorded like `shopinbox consent set|prefer`
records them. Screenshots of the panel in en, pl and ru."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from shopinbox.app.campaigns.consent import consent_of
from shopinbox.store.models import Customer
from shopinbox.ui.common.i18n import install_translations
from tests.gui.conftest import demo_ctx, demo_template, translations_built, window  # noqa: F401
from tests.gui.test_languages import SHOTS, _clipped, _colours


def _shown(window):  # noqa: F811
    row = window.panel.consent
    return row.view is not None and row.view.customer_id == window.customer_id


def test_consent_and_preferred_channel_are_shown_and_changed(qtbot, window, demo_ctx):  # noqa: F811
    qtbot.waitUntil(lambda: _shown(window), timeout=20_000)
    row, customer_id = window.panel.consent, window.customer_id
    stored = consent_of(demo_ctx, customer_id)
    assert row.view.marketing == stored.marketing
    if stored.marketing is None:
        assert row.marketing.currentText() == "Unknown"
        assert "No consent recorded" in row.detail.text()

    row.marketing.setFocus()
    row.marketing.setCurrentIndex(0)
    target = row.marketing.findData("given")
    with qtbot.waitSignal(row.shown, timeout=20_000) as given:
        while row.marketing.currentIndex() < target:
            qtbot.keyClick(row.marketing, Qt.Key.Key_Down)
        if stored.marketing is True:  # already given: withdraw first, then give again
            qtbot.keyClick(row.marketing, Qt.Key.Key_Down)
    if stored.marketing is True:
        with qtbot.waitSignal(row.shown, timeout=20_000) as given:
            qtbot.keyClick(row.marketing, Qt.Key.Key_Up)
    assert given.args[0].marketing is True
    recorded = consent_of(demo_ctx, customer_id)
    assert recorded.marketing is True and recorded.source == "manual"
    assert row.marketing.currentText() == "Consent given"
    assert "set by hand" in row.detail.text() and row.detail.text().startswith("Given ")

    with qtbot.waitSignal(row.shown, timeout=20_000):
        qtbot.keyClick(row.marketing, Qt.Key.Key_Down)  # opted out
    recorded = consent_of(demo_ctx, customer_id)
    assert recorded.marketing is False and recorded.source == "manual"
    assert row.detail.text().startswith("Withdrawn ")

    assert row.channel.currentData() is None and row.channel.count() >= 2
    row.channel.setFocus()
    with qtbot.waitSignal(row.shown, timeout=20_000):
        qtbot.keyClick(row.channel, Qt.Key.Key_Down)
    chosen = row.channel.currentData()
    assert chosen is not None and consent_of(demo_ctx, customer_id).preferred_channel == chosen

    # another customer and back: what was recorded is read again
    with demo_ctx.reader() as session:
        other = session.scalar(select(Customer.id).where(
            Customer.id != customer_id, Customer.merged_into_id.is_(None)).limit(1))
    window.open_customer(other)
    qtbot.waitUntil(lambda: window.customer_id != customer_id and _shown(window), timeout=20_000)
    window.open_customer(customer_id)
    qtbot.waitUntil(lambda: window.customer_id == customer_id and _shown(window), timeout=20_000)
    assert row.marketing.currentData() == "opted_out" and row.channel.currentData() == chosen


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_consent_row_screenshots(qtbot, demo_ctx, translations_built, language):  # noqa: F811
    from shopinbox.store.campaigns import set_consent
    from shopinbox.ui.shell.main_window import MainWindow

    with demo_ctx.writer() as session, session.begin():  # consent as a Shopify import gives it
        for customer_id in session.scalars(select(Customer.id)):
            set_consent(session, customer_id, True, "import:shopify")
    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        main = MainWindow(demo_ctx)
        qtbot.addWidget(main)
        main.resize(1400, 860)
        main.show()
        qtbot.waitUntil(lambda: main.customer_id is not None and _shown(main), timeout=20_000)
        row = main.panel.consent
        if language != "en":
            assert row.marketing.currentText() not in ("Unknown", "Consent given", "Opted out")
        assert "Shopify" in row.detail.text()
        # The detail wraps: wait until the panel's form gave it the height of all its lines
        # (the relayout is a posted event; a grab before it showed the first line only).
        qtbot.waitUntil(lambda: row.detail.height() >= row.detail.heightForWidth(
            row.detail.width()) > 0 and row.detail.geometry().bottom() < row.height()
            and row.geometry().bottom() < row.channel.geometry().top(), timeout=5_000)
        assert _clipped(main.panel) == []
        SHOTS.mkdir(parents=True, exist_ok=True)
        image = main.panel.grab().toImage()
        assert _colours(image) > 5
        assert image.save(str(Path(SHOTS) / f"panel-consent-{language}.png"))
        main.close()
    finally:
        install_translations(app, "en")
