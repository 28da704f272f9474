"""Inserting a promo reply into the composer: chosen in a dialog or by its shortcut, rendered
for this customer and channel in the background, fill-in fields asked first (ui/composer/
composer.py mixes it in; its words keep the composer's translation context)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from shopinbox.app.outbox.compose import PromoChoice
from shopinbox.app.promos.reply import render_promo
from shopinbox.ui.common import error_text
from shopinbox.ui.composer.promo_dialog import PromoDialog

if TYPE_CHECKING:
    from shopinbox.ui.composer.composer import Composer

translate = QCoreApplication.translate


class PromoInsertion:
    """The composer's promo reply insertion (`promo_inserted(shortcut)` follows)."""

    def pick_promo(self: Composer) -> None:
        if self.customer_id is None:
            return
        dialog = PromoDialog(self.ctx, self)
        if dialog.exec() and dialog.chosen:
            self.insert_promo(dialog.chosen)

    def insert_promo(self: Composer, shortcut: str) -> None:
        """Render the promo for this customer and channel (a background query); fill-in fields
        are asked first, then it is rendered again with the answers. `promo_inserted` follows.

        The discount code stays a visible placeholder until the message is sent; values that
        are missing (e.g. no order yet) are marked in the text and block sending until fixed.
        """
        if self.customer_id is None:
            return
        customer_id = self.customer_id
        channel = self.channel.currentData() or (self.options.default_channel
                                                 if self.options else None) or ""
        self.ops.query(render_promo, self.ctx, shortcut, customer_id, channel,
                       on_done=lambda rendered: self._ask_promo(customer_id, shortcut, channel,
                                                                rendered),
                       on_error=self._promo_failed)

    def _ask_promo(self: Composer, customer_id: int, shortcut: str, channel: str, rendered) -> None:
        if customer_id != self.customer_id:
            return
        answers: dict[str, str] = {}
        for field_name in rendered.asked:
            value, accepted = QInputDialog.getText(
                self, translate("Composer", "Promo reply"), translate("Composer", "{field}:").format(field=field_name))
            if not accepted:
                return
            answers[field_name] = value
        if not answers:
            self._insert_rendered(customer_id, shortcut, channel, rendered, answers)
            return
        self.ops.query(partial(render_promo, language=rendered.language, answers=answers),
                       self.ctx, shortcut, customer_id, channel,
                       on_done=lambda again: self._insert_rendered(customer_id, shortcut,
                                                                   channel, again, answers),
                       on_error=self._promo_failed)

    def _promo_failed(self: Composer, error: Exception) -> None:  # LookupError, ValueError
        self.note.setText(translate("Composer", "Cannot insert the promo reply: {reason}").format(
            reason=error_text.describe_or_text(error)))

    def _insert_rendered(self: Composer, customer_id: int, shortcut: str, channel: str, rendered,
                         answers: dict[str, str]) -> None:
        if customer_id != self.customer_id:
            return
        self.promo_choice = PromoChoice(shortcut, rendered.language, answers)
        self.text.insertPlainText(rendered.text)
        if rendered.subject and not self.subject.text() and self._has_subjects(channel):
            self.subject.setText(rendered.subject)
        if rendered.missing:
            self.note.setText(translate("Composer", "Fill in by hand: {names}").format(
                names=", ".join(rendered.missing)))
        self.text.setFocus()
        self.promo_inserted.emit(shortcut)
