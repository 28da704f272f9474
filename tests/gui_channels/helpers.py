"""Small helpers of the window-with-servers tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from shopinbox.ui.inbox.customer_list_model import RowRole


def inbox_names(window) -> list[str]:
    model = window.inbox.model
    return [model.index(r).data(RowRole).name for r in range(model.rowCount())]


def row_of(window, name: str) -> int:
    return inbox_names(window).index(name)


def result_text(dialog) -> str:
    return dialog.findChild(QLabel, "formResult").text()
