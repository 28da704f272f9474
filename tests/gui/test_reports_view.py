"""The Reports view: computes in the background, paints real charts, hover and export work, and
it reads well in en, pl and ru (screenshots in tests/screenshots/out/)."""

from __future__ import annotations

import csv
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtWidgets import QApplication

from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.reports import reports_view
from shopinbox.ui.reports.charts import HeatmapChart
from shopinbox.ui.reports.reports_view import ReportsView
from tests.gui.test_languages import SHOTS, _clipped, _colours
from tests.reports import known_shop


def _open(qtbot, ctx) -> ReportsView:
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.resize(1180, 860)
    return view


def test_reports_compute_in_the_background_and_paint(qtbot, sqlite_ctx, monkeypatch):
    known_shop.build(sqlite_ctx)
    threads = []
    real = reports_view.compute

    def recording(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(reports_view, "compute", recording)
    view = _open(qtbot, sqlite_ctx)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.show()
    with qtbot.waitSignal(view.computed, timeout=20_000) as blocker:
        view.first_edit.setDate(QDate(2026, 11, 2))
        view.last_edit.setDate(QDate(2026, 11, 29))
        view.range_box.setCurrentIndex(view.range_box.findData("custom"))
    report = blocker.args[0]
    assert report.range.first == date(2026, 11, 2)
    assert threads and not any(threads)  # never on the UI thread
    qtbot.waitUntil(lambda: view.filter_box.count() > 1)
    with qtbot.waitSignals([view.computed, view.intents_shown], timeout=20_000):
        view.filter_box.setCurrentIndex(view.filter_box.findData("channel:email"))
    assert view.tiles["median"].value.text() == "42 min"
    assert view.tiles["p90"].value.text() == "2.0 h"
    assert view.tiles["waiting"].value.text() == "1"  # c5 (email); c10 wrote on Telegram
    # the intents card (read apart): c1's "Where is my order 1042?" is among the email's
    chart = view.cards["intents"].chart
    assert chart.categories[0] == "where is my order" and chart.series[0].values[0] >= 1
    for slug, card in view.cards.items():
        if slug not in ("promotions",):
            assert not card.chart.is_empty(), slug
        image = card.chart.grab().toImage()
        assert _colours(image) > 3, slug


@pytest.mark.qt_log_ignore("does not support raise")  # the tooltip, on the offscreen platform
def test_hover_shows_values_and_exports(qtbot, sqlite_ctx, tmp_path):
    known_shop.build(sqlite_ctx)
    view = _open(qtbot, sqlite_ctx)
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.show()
    # Custom first, then the days: the preset's report fills From/To with its own days (what
    # "Custom range" starts from), which would overwrite days set before it arrived.
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.range_box.setCurrentIndex(view.range_box.findData("custom"))
    with qtbot.waitSignal(view.computed, timeout=20_000) as computed:
        view.first_edit.setDate(QDate(2026, 11, 2))
        view.last_edit.setDate(QDate(2026, 11, 29))
        view.refresh()  # (also when a day was already on screen and changed nothing)
    assert (computed.args[0].range.first, computed.args[0].range.last) == (
        date(2026, 11, 2), date(2026, 11, 29))
    card = view.cards["heatmap"]
    view.scroll.ensureWidgetVisible(card)
    chart = card.chart
    assert isinstance(chart, HeatmapChart)
    rect = chart.plot_rect()
    # Tuesday, 08:00-09:00 (local time of this machine may shift it; look for any hover text)
    spot = QPoint(int(rect.left() + rect.width() * (8.5 / 24)), int(rect.top() + rect.height()
                                                                     * 1.5 / 7))
    with qtbot.waitSignal(chart.hovered, timeout=5000) as hovered:
        qtbot.mouseMove(chart, spot)
    assert ":00–" in hovered.args[0]
    line = view.cards["first-response"].chart
    view.scroll.ensureWidgetVisible(view.cards["first-response"])
    first_week = line.plot_rect()
    with qtbot.waitSignal(line.hovered, timeout=5000) as hovered:
        qtbot.mouseMove(line, QPoint(int(first_week.left() + first_week.width() / 8),
                                     int(first_week.center().y())))
    # week of 2 Nov: email 10 30 42, Telegram 5 15 300; all six: median (15 + 30) / 2 = 22.5
    assert "Email, median: 30 min" in hovered.args[0]
    assert "Telegram, median: 15 min" in hovered.args[0]
    png, data = tmp_path / "chart.png", tmp_path / "chart.csv"
    assert view.cards["first-response"].export_png(png) and png.stat().st_size > 1000
    view.cards["first-response"].export_csv(data)
    rows = list(csv.reader(data.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["Week from", "All channels, median", "All channels, 90th percentile"]
    assert float(rows[1][1]) == pytest.approx(22.5 / 60)  # hours


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_reports_screenshots(qtbot, demo_ctx, translations_built, language):
    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        view = ReportsView(demo_ctx)
        qtbot.addWidget(view)
        view.resize(1180, 860)
        with qtbot.waitSignal(view.computed, timeout=30_000):
            view.show()
        with qtbot.waitSignal(view.computed, timeout=30_000):
            view.range_box.setCurrentIndex(view.range_box.findData("90d"))
        for _ in range(3):
            app.processEvents()
        if language != "en":
            assert view.windowTitle() != "Reports"
        # the disabled From/To fields show the preset's days, not the custom range's defaults
        assert (view.first_edit.date().toPython(), view.last_edit.date().toPython()) == (
            view.report.range.first, view.report.range.last)
        assert _clipped(view) == []
        SHOTS.mkdir(parents=True, exist_ok=True)
        image = view.grab().toImage()
        assert image.save(str(Path(SHOTS) / f"reports-{language}.png"))
        assert _colours(image) > 30
        bar = view.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        app.processEvents()
        assert view.grab().toImage().save(str(Path(SHOTS) / f"reports-{language}-middle.png"))
        bar.setValue(bar.maximum())
        app.processEvents()
        assert view.grab().toImage().save(str(Path(SHOTS) / f"reports-{language}-end.png"))
        for slug in ("first-response", "answered-within", "volume", "heatmap", "customers"):
            assert not view.cards[slug].chart.is_empty(), slug
        view.close()
    finally:
        install_translations(app, "en")
