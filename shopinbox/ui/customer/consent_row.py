"""The customer panel's consent row: marketing consent (given / opted out / unknown, where it
came from and when) and the channel campaigns and notifications prefer, both changeable.

A change is recorded like `shopinbox consent set|prefer` does it (app/campaigns/consent.py:
source "manual", now); the row reads its state in the background when the customer changes
and after each change, and drops an answer that arrives for a customer no longer shown.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from shopinbox.app.campaigns import consent
from shopinbox.app.campaigns.consent import ConsentView
from shopinbox.app.core.context import AppContext
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.error_text import describe_or_text
from shopinbox.ui.common.formatting import local_datetime
from shopinbox.ui.common.operations import OperationRunner

GIVEN, OPTED_OUT = "given", "opted_out"
IMPORT_NAMES = {"shopify": "Shopify", "woocommerce": "WooCommerce", "allegro": "Allegro"}


def record_consent(ctx: AppContext, customer_id: int, marketing: bool) -> ConsentView:
    consent.set_consent(ctx, customer_id, marketing)
    return consent.consent_of(ctx, customer_id)


def record_preference(ctx: AppContext, customer_id: int, channel: str | None) -> ConsentView:
    consent.set_preferred_channel(ctx, customer_id, channel)
    return consent.consent_of(ctx, customer_id)


class ConsentRow(QWidget):
    shown = Signal(object)  # the ConsentView on screen (tests wait on it)

    def __init__(self, ctx: AppContext, ops: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentRow")
        self.ctx, self.ops = ctx, ops
        self.customer_id: int | None = None
        self.view: ConsentView | None = None
        self.kinds: set[str] = set()
        self.marketing = QComboBox(self)
        self.marketing.setObjectName("marketingConsent")
        self.channel = QComboBox(parent)  # laid out by the panel, in a row of its own
        self.channel.setObjectName("preferredChannel")
        self.channel.setToolTip(self.tr("The channel campaigns and order notifications use"))
        self.detail = QLabel(self)
        self.detail.setObjectName("consentDetail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color:#666")
        layout = QVBoxLayout(self)  # the channel box is the panel's next row (a narrow panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.marketing)
        layout.addWidget(self.detail)
        self.marketing.activated.connect(self._marketing_chosen)
        self.channel.activated.connect(self._channel_chosen)

    def show_customer(self, customer_id: int | None, identity_kinds: set[str]) -> None:
        """Read the consent of the customer now shown; `identity_kinds` say which channels
        can reach them (the preference is offered among those)."""
        self.customer_id, self.view = customer_id, None
        self.kinds = set(identity_kinds)
        self.marketing.clear()
        self.channel.clear()
        self.detail.clear()
        self._enable(False)
        if customer_id is not None:
            self.ops.query(consent.consent_of, self.ctx, customer_id,
                           on_done=self._show, on_error=self._failed)

    def _show(self, found: ConsentView) -> None:
        if found.customer_id != self.customer_id:
            return  # an answer for a customer no longer shown
        self.view = found
        self.marketing.clear()
        if found.marketing is None:
            self.marketing.addItem(self.tr("Unknown"), None)
        self.marketing.addItem(self.tr("Consent given"), GIVEN)
        self.marketing.addItem(self.tr("Opted out"), OPTED_OUT)
        wanted = None if found.marketing is None else GIVEN if found.marketing else OPTED_OUT
        self.marketing.setCurrentIndex(max(self.marketing.findData(wanted), 0))
        self.channel.clear()
        self.channel.addItem(self.tr("their last channel"), None)
        for channel in channel_ui.channels():
            if channel.identity_kind in self.kinds or channel.kind == found.preferred_channel:
                self.channel.addItem(channel_ui.title(channel.kind), channel.kind)
        self.channel.setCurrentIndex(max(self.channel.findData(found.preferred_channel), 0))
        self.detail.setText(self.describe(found))
        self._fit()
        self._enable(True)
        self.shown.emit(found)

    def _fit(self) -> None:
        """A wrapped label whose text arrives after the panel was laid out keeps the height
        of its first text in the panel's form; ask for the height its lines need now."""
        width = self.detail.width() or self.width()
        self.detail.setMinimumHeight(max(self.detail.heightForWidth(width), 0))
        # The panel's form keeps this row at the height it first had: ask for the new one
        # (else the second line of the detail hides under the next row).
        layout = self.layout()
        layout.invalidate()
        self.setMinimumHeight(layout.totalMinimumSize().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def _enable(self, enabled: bool) -> None:
        self.setEnabled(enabled)
        self.channel.setEnabled(enabled)

    def describe(self, found: ConsentView) -> str:
        """Where the consent came from and when, in one line."""
        if found.opted_out_at is not None and not found.marketing:
            return self.tr("Opted out %1 (%2).").replace("%1", self._when(found.opted_out_at)) \
                .replace("%2", self._source(found.source))
        if found.marketing is None:
            return self.tr("No consent recorded: campaigns leave this customer out.")
        text = self.tr("Given %1 (%2).") if found.marketing else self.tr("Withdrawn %1 (%2).")
        return text.replace("%1", self._when(found.changed_at)).replace(
            "%2", self._source(found.source))

    def _when(self, moment: datetime | None) -> str:
        return local_datetime(moment) if moment is not None else ""

    def _source(self, source: str) -> str:
        kind, _sep, detail = source.partition(":")
        if kind == "manual":
            return self.tr("set by hand")
        if kind == "reply":
            return self.tr("asked in a reply on %1").replace("%1", channel_ui.title(detail))
        if kind == "import":
            return self.tr("from the shop's orders: %1").replace(
                "%1", IMPORT_NAMES.get(detail, detail))
        return source or self.tr("unknown")

    def _failed(self, error: Exception) -> None:
        self.detail.setText(describe_or_text(error))
        self._enable(self.view is not None)

    def _marketing_chosen(self) -> None:
        choice = self.marketing.currentData()
        if self.customer_id is None or self.view is None or choice is None:
            return
        if (choice == GIVEN) == bool(self.view.marketing) and self.view.marketing is not None:
            return
        self._enable(False)
        self.ops.run(record_consent, self.ctx, self.customer_id, choice == GIVEN,
                     on_success=self._show, on_failure=self._failed)

    def _channel_chosen(self) -> None:
        choice = self.channel.currentData()
        if self.customer_id is None or self.view is None or \
                choice == self.view.preferred_channel:
            return
        self._enable(False)
        self.ops.run(record_preference, self.ctx, self.customer_id, choice,
                     on_success=self._show, on_failure=self._failed)
