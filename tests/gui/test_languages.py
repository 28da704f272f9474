"""Translations are complete, a pseudo-locale clips nothing, and screenshots in en/pl/ru."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from sqlalchemy import select

from shopinbox.store.models import Order
from shopinbox.ui.build_translations import lupdate_command, translation_sources
from shopinbox.ui.common.i18n import install_translations, translations_dir
from shopinbox.ui.inbox.customer_list_model import RowRole
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from shopinbox.ui.shell.main_window import MainWindow
from tests.gui.pseudo_locale import build_pseudo_qm

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "tests" / "screenshots" / "out"


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_translation_files_are_complete(language, tmp_path):
    source = translations_dir() / f"shopinbox_{language}.ts"
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    files = [str(p) for p in translation_sources()]
    result = subprocess.run([*lupdate_command(), *files, "-ts", str(copy)], capture_output=True,
                            text=True, check=True)
    assert "0 new" in result.stdout or "(0 new" in result.stdout, result.stdout
    root = ET.parse(copy).getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "vanished",
                                                           "obsolete")]
    assert unfinished == []


def _clipped(widget_root) -> list[str]:
    problems = []
    for widget in widget_root.findChildren(QLabel) + widget_root.findChildren(QAbstractButton):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        text = widget.text() if hasattr(widget, "text") else ""
        if not text:
            continue
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}: "
                            f"needs {hint.width()}x{hint.height()}, "
                            f"has {widget.width()}x{widget.height()}")
    return problems


def test_pseudo_locale_clips_nothing(qtbot, demo_ctx, tmp_path):
    app = QApplication.instance()
    qm = build_pseudo_qm(translations_dir() / "shopinbox_pl.ts", tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.bar.done_button.text().startswith("⟦")
        assert _clipped(window) == []
        dialog = SettingsDialog(demo_ctx, window.prefs, window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert _clipped(dialog) == []
        dialog.close()
        window.stack.setCurrentWidget(window.welcome)
        assert _clipped(window.welcome) == []
        window.close()
    finally:
        app.removeTranslator(translator)


def _colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 13):
        for x in range(0, image.width(), 13):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_screenshots(qtbot, demo_ctx, translations_built, language):
    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        model = window.inbox.model
        with demo_ctx.reader() as session:
            buyers = set(session.scalars(select(Order.customer_id)))
        rows = [model.index(r).data(RowRole) for r in range(model.rowCount())]
        row = next((r for r, info in enumerate(rows)
                    if len(info.channels) == 2 and info.id in buyers), 0)
        window.inbox.list.setCurrentIndex(model.index(row))
        window.open_customer(rows[row].id)
        # The customer is read in the background (operations): shoot once it is on screen.
        qtbot.waitUntil(lambda: window.customer_id is not None
                        and bool(window.timeline.toPlainText().strip()), timeout=10_000)
        # ... and the composer's channel and account choices (a query of their own)
        qtbot.waitUntil(lambda: window.composer.options is not None
                        and window.composer.channel.count() > 0 and not window.ops.busy,
                        timeout=10_000)
        app.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        image = window.grab().toImage()
        path = SHOTS / f"main-window-{language}.png"
        assert image.save(str(path))
        assert image.width() >= 1400 and _colours(image) > 30
        for panel in (window.inbox.list, window.timeline.viewport(), window.panel.widget()):
            assert _colours(panel.grab().toImage()) > 2, panel.objectName()
        assert window.composer.channel.currentText() and window.composer.account.currentText()
        window.close()
    finally:
        install_translations(app, "en")
