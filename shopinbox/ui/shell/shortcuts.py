"""Single-key shortcuts (j/k, Enter, r, e, s, /, ?) that never fire while the user types; Esc
leaves the text field being typed in (dialogs close on Esc by themselves).

An event filter on the main window's widgets looks at each key press: when the focus is in an
editable text field it does nothing (the key is typed); otherwise a bound key runs its action
and is consumed. One table defines the bindings and the help sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


@dataclass
class Binding:
    keys: tuple[int, ...]
    label: str  # shown in the sheet, e.g. "j / ↓"
    description: str
    action: Callable[[], None]


def is_typing(widget: QWidget | None) -> bool:
    """True when key presses in `widget` are text input."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractSpinBox):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return False


class KeyboardShortcuts(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.bindings: list[Binding] = []
        self.leave_text: Callable[[], None] | None = None  # Esc in a text field of the window
        QApplication.instance().installEventFilter(self)

    def bind(self, keys: tuple[int, ...], label: str, description: str,
             action: Callable[[], None]) -> None:
        self.bindings.append(Binding(keys, label, description, action))

    def rows(self) -> list[tuple[str, str]]:
        return [(b.label, b.description) for b in self.bindings]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier
                                | Qt.KeyboardModifier.MetaModifier):
            return False
        focus = QApplication.focusWidget() or watched
        if is_typing(focus) or is_typing(watched):
            if (event.key() == Qt.Key.Key_Escape and self.leave_text is not None
                    and focus.window() is self.window):
                self.leave_text()  # Esc leaves the composer or the search field
                return True
            return False
        for binding in self.bindings:
            if event.key() in binding.keys or (event.text() and ord(event.text()[0]) in
                                               binding.keys):
                binding.action()
                return True
        return False

    def remove(self) -> None:
        QApplication.instance().removeEventFilter(self)
