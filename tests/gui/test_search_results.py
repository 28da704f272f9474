"""Search results as a list: each message row names the customer, its channel, date and who
wrote it (shop or customer) and marks the matched words in the snippet; a "no results" state;
a click opens the customer's timeline scrolled to that message, which is highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shopinbox.ui.inbox.search_model import HitRole, KindRole, MessageRowRole
from shopinbox.ui.timeline.timeline_html import FOCUSED

SHOTS = Path(__file__).resolve().parents[2] / "tests" / "screenshots" / "out"


def _search(qtbot, window, text):
    window.inbox.search.clear()
    with qtbot.waitSignal(window.inbox.search_finished, timeout=10000) as done:
        qtbot.keyClicks(window.inbox.search, text)
    return done.args[0]


def _message_rows(view):
    model = view.model()
    return [model.index(r, 0) for r in range(model.rowCount())
            if model.index(r, 0).data(KindRole) == "message"]


def _anchor_top(timeline, message_id):
    """The y of the message's anchor in the timeline's viewport (None: not in the document)."""
    document = timeline.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if f"m{message_id}" in iterator.fragment().charFormat().anchorNames():
                top = document.documentLayout().blockBoundingRect(block).top()
                return top - timeline.verticalScrollBar().value()
            iterator += 1
        block = block.next()
    return None


def test_message_rows_show_who_where_when_and_mark_the_word(qtbot, window):
    assert _search(qtbot, window, "przesylka") > 0  # finds "przesyłka" and its forms
    rows = _message_rows(window.inbox.results)
    assert rows
    for index in rows:
        row, hit = index.data(MessageRowRole), index.data(HitRole)
        assert row["channel"] == hit.channel and row["name"]
        assert row["who"] == ("shop" if hit.direction == "out" else "customer")
        assert row["date"][-4:].isdigit()  # a 4-digit year
        assert "background-color:#ffe27a" in row["snippet_html"]  # a matched word is marked
        text, spans = ((hit.snippet, hit.highlights) if hit.highlights
                       else (hit.subject, hit.subject_highlights))  # in the body or the subject
        start, end = spans[0]
        assert text[start:end].lower().startswith("przesy")
    height = window.inbox.results.visualRect(rows[0]).height()
    assert height >= 2 * window.inbox.results.fontMetrics().height()  # two lines were painted


def test_no_results_state(qtbot, window):
    assert _search(qtbot, window, "qqzzxxyy") == 0
    assert window.inbox.stack.currentWidget() is window.inbox.empty
    assert "qqzzxxyy" in window.inbox.empty.text()


def test_click_opens_the_timeline_scrolled_to_the_message_and_highlighted(qtbot, window):
    assert _search(qtbot, window, "herbata") > 0
    results = window.inbox.results
    rows = _message_rows(results)
    index = rows[-1]  # an older hit: the timeline has to scroll to it
    hit = index.data(HitRole)
    results.scrollTo(index)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                     pos=results.visualRect(index).center())
    qtbot.waitUntil(lambda: window.customer_id == hit.customer_id
                    and window.timeline.focused_id == hit.message_id, timeout=10000)
    assert FOCUSED in window.timeline.toHtml().lower()
    top = _anchor_top(window.timeline, hit.message_id)
    assert top is not None and 0 <= top < window.timeline.viewport().height()


@pytest.mark.parametrize("language", ["en", "pl", "ru"])
def test_search_results_screenshots(qtbot, demo_ctx, translations_built, language):
    """Saved for a look (tests/screenshots/out): the results list beside the timeline opened at
    a hit, and the WISMO suggestion in the composer when that customer asks."""
    from PySide6.QtWidgets import QApplication

    from shopinbox.ui.common.i18n import install_translations
    from shopinbox.ui.shell.main_window import MainWindow

    app = QApplication.instance()
    assert install_translations(app, language)
    try:
        window = MainWindow(demo_ctx)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.customer_id is not None and not window.ops.busy)
        query = {"en": "order", "pl": "zamówienie", "ru": "заказ"}[language]
        with qtbot.waitSignal(window.inbox.search_finished, timeout=10000):
            window.inbox.search.setText(query)
        index = _message_rows(window.inbox.results)[0]
        window.inbox.results.setCurrentIndex(index)
        window.inbox.results.clicked.emit(index)
        hit = index.data(HitRole)
        qtbot.waitUntil(lambda: window.timeline.focused_id == hit.message_id
                        and window.composer.suggested.loaded_for == hit.customer_id
                        and not window.ops.busy, timeout=10000)
        app.processEvents()
        SHOTS.mkdir(parents=True, exist_ok=True)
        image = window.grab().toImage()
        assert image.save(str(SHOTS / f"search-results-{language}.png"))
        window.close()
    finally:
        install_translations(app, "en")
