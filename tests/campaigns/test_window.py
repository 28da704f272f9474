"""The Campaigns window on the demo shop: the table and the review queue fill from a
background query, Send runs the campaign with its progress bar, Approve sends a notification;
screenshots in en, pl and ru."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from shopinbox.app.campaigns import campaigns, notifications, segments
from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.store import campaigns as store
from shopinbox.store.models import Customer, Order
from shopinbox.ui.campaigns.campaigns_view import CampaignsView
from shopinbox.ui.common.i18n import install_translations
from tests.gui.conftest import demo_ctx, demo_template, translations_built  # noqa: F401
from tests.gui.test_languages import SHOTS, _clipped, _colours


def _library(ctx) -> None:
    """Two promo replies, a review rule with one order waiting, consent for every second
    customer, and the segment "wszyscy"."""
    save_promo(ctx, PromoDetail(title="Wiosna", shortcut="/wiosna-okno", variants={
        "pl": ("Wiosna", "Wiosenna wyprzedaż -20%!"), "en": ("Spring", "Spring sale -20%!"),
        "ru": ("Весна", "Весенняя распродажа -20%!")}))
    save_promo(ctx, PromoDetail(title="Wysłane", shortcut="/wyslane-okno", variants={
        "pl": ("Wysłane", "Zamówienie {{ order.number }} jest w drodze."),
        "en": ("Shipped", "Order {{ order.number }} is on its way.")}))
    notifications.set_rule(ctx, "shipped", "/wyslane-okno", mode="review")
    with ctx.writer() as session, session.begin():
        ids = list(session.scalars(select(Customer.id).where(
            Customer.merged_into_id.is_(None)).order_by(Customer.id)))
        for customer_id in ids[::2]:
            store.set_consent(session, customer_id, True, "manual")
        order = session.scalars(select(Order).where(Order.customer_id.is_not(None))
                                .order_by(Order.id)).first()
        store.record_order_facts(session, None, [store.SeenOrder(
            order.id, order.customer_id, "processing", "shipped", datetime.now(UTC), [], None)])
    segments.save_segment(ctx, "wszyscy", {})


def _prepare(ctx) -> int:
    _library(ctx)
    return campaigns.create_campaign(ctx, "Wiosna w oknie", "/wiosna-okno", "wszyscy")


def test_campaign_runs_and_a_notification_is_approved_from_the_window(qtbot, demo_ctx):  # noqa: F811
    campaign_id = _prepare(demo_ctx)
    view = CampaignsView(demo_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    assert view.table.rowCount() == 1 and view.selected_id() == campaign_id
    assert view.queue.rowCount() == 1
    with qtbot.waitSignal(view.previewed, timeout=20_000) as shown:
        qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    assert len(shown.args[0].samples) == 5
    assert view.preview_text.toPlainText().count("«code»") == 0  # no pool: no code
    assert shown.args[0].samples[0].customer_name in view.preview_text.toPlainText()
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.snapshot is not None and view.snapshot.campaigns[0].state
                    == "done", timeout=60_000)
    row = view.snapshot.campaigns[0]
    assert row.sent > 0 and row.skipped.get("no_consent", 0) > 0
    assert view.progress.value() == view.progress.maximum() == row.total
    assert "no marketing consent" in view.skipped_label.text()
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.queue.parentWidget()))
    view.queue.selectRow(0)
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    assert view.queue.rowCount() == 0
    [sent] = notifications.listing(demo_ctx, ("queued",))
    assert sent.event == "shipped"


def test_create_preview_start_and_export_from_the_window(qtbot, demo_ctx, tmp_path):  # noqa: F811
    _library(demo_ctx)
    with demo_ctx.writer() as session, session.begin():  # a name a spreadsheet would run
        consented = session.scalars(select(store.CustomerConsent.customer_id).where(
            store.CustomerConsent.marketing.is_(True)).order_by(
            store.CustomerConsent.customer_id)).first()
        session.get(Customer, consented).display_name = '=HYPERLINK("http://x")'
    view = CampaignsView(demo_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.form.loaded, timeout=20_000):
        view.show()
    assert view.table.rowCount() == 0 and not view.run_button.isEnabled()
    view.tabs.setCurrentWidget(view.form)
    form = view.form
    assert not form.create_button.isEnabled()
    qtbot.keyClicks(form.name, "Z okna")
    form.promo.setCurrentIndex(next(i for i in range(form.promo.count())
                                    if "/wiosna-okno" in form.promo.itemText(i)))
    form.segment.setCurrentIndex(form.segment.findText("wszyscy"))
    form.rates["email"].setValue(600)
    assert form.create_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        with qtbot.waitSignal(form.created, timeout=20_000) as created:
            qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    campaign_id = created.args[0]
    info = campaigns.get_campaign(demo_ctx, campaign_id)
    assert info.state == "draft" and info.settings["rates"] == {"email": 10.0}
    assert view.tabs.currentIndex() == 0 and view.selected_id() == campaign_id
    assert view.run_button.text() == "Start" and view.run_button.isEnabled()

    qtbot.keyClicks(form.name, "Z okna")  # the same name again: refused, nothing lost
    with qtbot.waitSignal(form.refused, timeout=20_000) as refused:
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert "already exists" in refused.args[0] and form.name.text() == "Z okna"
    assert len(campaigns.list_campaigns(demo_ctx)) == 1

    with qtbot.waitSignal(view.previewed, timeout=20_000) as shown:
        qtbot.mouseClick(view.preview_button, Qt.MouseButton.LeftButton)
    found = shown.args[0]
    assert len(found.samples) == 5 and found.skipped.get("no_consent", 0) > 0
    text = view.preview_text.toPlainText()
    assert f"no marketing consent: {found.skipped['no_consent']}" in text
    assert found.samples[0].text.splitlines()[0] in text
    with qtbot.waitSignal(view.previewed, timeout=30_000) as dry:
        qtbot.mouseClick(view.dry_run_button, Qt.MouseButton.LeftButton)
    assert "nothing sent" in view.preview_text.toPlainText() and not dry.args[0].problems
    assert campaigns.report(demo_ctx, campaign_id).total == 0  # a dry run queues nothing

    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.progress.text().startswith("Done:"), timeout=60_000)
    result = campaigns.report(demo_ctx, campaign_id)
    assert result.sent == found.reached and result.campaign.state == "done"
    assert view.progress.text() == f"Done: {result.total} of {result.total} recipients"
    assert not view.run_button.isEnabled()

    target = tmp_path / "wyniki.csv"
    view.ask_export_file = lambda _name: str(target)
    with qtbot.waitSignal(view.exported, timeout=20_000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert list(rows[0]) == campaigns.EXPORT_COLUMNS and len(rows) == result.total
    assert sum(r["state"] == "sent" for r in rows) == result.sent
    assert {r["reason"] for r in rows if r["state"] == "skipped"} == set(result.skipped)
    [formula] = [r for r in rows if "HYPERLINK" in r["customer_name"]]
    assert formula["customer_name"] == "'=HYPERLINK(\"http://x\")" and formula["state"] == "sent"
    assert str(result.total) in view.skipped_label.text()


def test_a_campaign_scheduled_in_the_form_waits_for_its_time(qtbot, demo_ctx):  # noqa: F811
    from datetime import timedelta

    from PySide6.QtCore import QDateTime

    _library(demo_ctx)
    view = CampaignsView(demo_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.form.loaded, timeout=20_000):
        view.show()
    form = view.form
    view.tabs.setCurrentWidget(form)
    qtbot.keyClicks(form.name, "Jutro")
    form.promo.setCurrentIndex(next(i for i in range(form.promo.count())
                                    if "/wiosna-okno" in form.promo.itemText(i)))
    form.segment.setCurrentIndex(form.segment.findText("wszyscy"))
    assert not form.at_time.isEnabled()
    qtbot.mouseClick(form.at_choice, Qt.MouseButton.LeftButton)
    assert form.at_choice.isChecked() and form.at_time.isEnabled()
    when = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
    form.at_time.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
    with qtbot.waitSignal(form.created, timeout=20_000) as created:
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    info = campaigns.get_campaign(demo_ctx, created.args[0])
    assert info.state == "scheduled" and info.scheduled_at == when
    assert campaigns.due_campaigns(demo_ctx) == []


def test_segment_editor_counts_while_the_filter_is_edited(qtbot, demo_ctx):  # noqa: F811
    _prepare(demo_ctx)
    view = CampaignsView(demo_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.segments.counted, timeout=20_000) as everyone:
        view.show()
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.segments))
    with qtbot.waitSignal(view.segments.counted, timeout=20_000) as consented:
        view.segments.consent.setCurrentIndex(view.segments.consent.findData("yes"))
    assert 0 < consented.args[0].count < everyone.args[0].count
    assert view.segments.sample.count() == min(20, consented.args[0].count)
    assert str(consented.args[0].count) in view.segments.count_label.text()
    qtbot.keyClicks(view.segments.name, "Zgoda")
    with qtbot.waitSignal(view.segments.saved, timeout=20_000):
        qtbot.mouseClick(view.segments.save_button, Qt.MouseButton.LeftButton)
    assert segments.preview(demo_ctx, segments.find_segment(demo_ctx, "Zgoda").rules
                            ).count == consented.args[0].count


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_campaigns_screenshots(qtbot, demo_ctx, translations_built, language):  # noqa: F811
    _prepare(demo_ctx)
    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        view = CampaignsView(demo_ctx)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=20_000):
            view.show()
        if language != "en":
            assert view.windowTitle() != "Campaigns"
            assert view.run_button.text() != "Start"
        with qtbot.waitSignal(view.previewed, timeout=20_000):
            view.preview_button.click()
        SHOTS.mkdir(parents=True, exist_ok=True)
        for index, slug in ((0, "list"), (1, "form"), (2, "queue"), (3, "segments")):
            view.tabs.setCurrentIndex(index)
            app.processEvents()
            assert _clipped(view) == []
            image = view.grab().toImage()
            assert _colours(image) > 5
            assert image.save(str(Path(SHOTS) / f"campaigns-{slug}-{language}.png"))
        view.close()
    finally:
        install_translations(app, "en")
