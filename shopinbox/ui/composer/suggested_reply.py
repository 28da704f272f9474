"""The composer's suggested-reply button: shown when the open customer's newest message asks
where their order is and the shop knows the order (`app.inbox.wismo`). One click (or `w` in the
window) puts the answer — status, carrier, tracking link, in the customer's language — into the
reply text, where it can be edited before sending.

The suggestion is read in the background when a customer's reply options arrive; a suggestion
for a customer the user has left meanwhile is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.wismo import SuggestedReply, suggest_reply
from shopinbox.ui.common.operations import OperationRunner


class SuggestedReplyButton(QPushButton):
    loaded = Signal(int)  # customer id: its suggestion (or that there is none) is known
    chosen = Signal(int)  # customer id: the suggestion is in the reply text

    def __init__(self, ctx: AppContext, ops: OperationRunner, composer: Any) -> None:
        super().__init__(composer)
        self.ctx, self.ops, self.composer = ctx, ops, composer
        self.setObjectName("composerSuggested")
        self.suggestion: SuggestedReply | None = None
        self._customer_id: int | None = None
        self.loaded_for: int | None = None  # the customer whose suggestion is known
        self.setVisible(False)
        self.clicked.connect(self.choose)

    def clear(self) -> None:
        self._customer_id, self.suggestion, self.loaded_for = None, None, None
        self.setVisible(False)

    def load(self, customer_id: int, channel: str | None) -> None:
        self.clear()
        self._customer_id = customer_id
        self.ops.query(suggest_reply, self.ctx, customer_id, channel,
                       on_done=lambda found: self._show(customer_id, found),
                       on_error=lambda _error: self._show(customer_id, None))

    def _show(self, customer_id: int, found: SuggestedReply | None) -> None:
        if customer_id != self._customer_id:
            return  # another customer is open now
        self.suggestion = found
        if found is not None:
            self.setText(self.tr("Suggested reply: order {number}").format(
                number=found.order_number))
            self.setToolTip(self.tr("The order's status and tracking link, in the customer's "
                                    "language; edit it before sending (w)"))
        self.setVisible(found is not None)
        self.loaded_for = customer_id
        self.loaded.emit(customer_id)

    def choose(self) -> bool:
        """Put the suggestion into the reply text, to edit before sending: it fills an empty
        text, else goes in at the cursor (False: there is none)."""
        found, composer = self.suggestion, self.composer
        if found is None or not self.isEnabled() or found.customer_id != composer.customer_id:
            return False
        composer.text.insertPlainText(found.text)
        if found.subject and not composer.subject.text() \
                and composer._has_subjects(composer.channel.currentData()):
            composer.subject.setText(found.subject)
        if found.missing:
            composer.note.setText(self.tr("Fill in by hand: {names}").format(
                names=", ".join(found.missing)))
        composer.text.setFocus()
        self.chosen.emit(found.customer_id)
        return True
