"""The right side: who the customer is and what they bought.

Name, language, note and labels are edited in place and saved when the field is left; orders
show number, date, status, total, items and a tracking link; lifetime value per currency;
merging with another customer, and undoing the last merge.

It shows a `CustomerView` (app/inbox/read_model.py); each edit runs as a background operation
whose `Changes` refresh the inbox row and this panel.
"""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.actions import set_labels, update_customer
from shopinbox.app.inbox.read_model import CustomerView, OrderView
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.formatting import local_date, local_datetime, money
from shopinbox.ui.common.operations import OperationRunner
from shopinbox.ui.customer.consent_row import ConsentRow

LANGUAGES = (("", None), ("Polski", "pl"), ("Русский", "ru"), ("English", "en"))


class NoteEdit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        self.left.emit()


class CustomerPanel(QScrollArea):
    merge_requested = Signal(int)
    undo_merge_requested = Signal(int)  # merge id

    def __init__(self, ctx: AppContext, ops: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.ctx, self.ops = ctx, ops
        self.customer_id: int | None = None
        self.detail: CustomerView | None = None
        self.shown_order_id: int | None = None  # an order shown from a link in a message
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.name = QLineEdit(body)
        self.name.setObjectName("customerName")
        self.identities = QLabel(body)
        self.identities.setObjectName("customerIdentities")
        self.identities.setWordWrap(True)
        self.identities.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.identities.setOpenExternalLinks(True)  # tel: links of phone numbers
        self.language = QComboBox(body)
        self.language.setObjectName("customerLanguage")
        for text, code in LANGUAGES:
            self.language.addItem(text or self.tr("unknown"), code)
        self.labels = QLineEdit(body)
        self.labels.setObjectName("customerLabels")
        self.labels.setPlaceholderText(self.tr("comma, separated"))
        self.note = NoteEdit(body)
        self.note.setObjectName("customerNote")
        # On a team database the others see the note too: say so (internal notes on the
        # conversation are in the timeline; this one is about the customer).
        self.note.setPlaceholderText(
            self.tr("A note about this customer, seen by the whole team") if ctx.shared
            else self.tr("A note only you see"))
        self.note.setMaximumHeight(90)
        self.value = QLabel(body)
        self.value.setObjectName("lifetimeValue")
        self.merges = QLabel(body)
        self.merges.setObjectName("customerMerges")
        self.merges.setWordWrap(True)
        self.orders = QTextBrowser(body)
        self.orders.setObjectName("orders")
        self.orders.setOpenExternalLinks(True)
        self.orders.setMinimumHeight(160)
        self.merge = QPushButton(self.tr("Merge with…"), body)
        self.merge.setObjectName("mergeButton")
        self.undo = QPushButton(self.tr("Undo merge"), body)
        self.undo.setObjectName("undoMergeButton")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Reach at"), self.identities)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Lifetime value"), self.value)
        self.consent = ConsentRow(ctx, ops, body)  # marketing consent, preferred channel
        form.addRow(self.tr("Marketing"), self.consent)
        form.addRow(self.tr("Campaigns via"), self.consent.channel)
        self.merges_title = QLabel(self.tr("Merged"), body)
        form.addRow(self.merges_title, self.merges)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge)
        merge_row.addWidget(self.undo)
        for channel in channel_ui.log_channels():  # "Log a call…" (a log-only channel's entry)
            button = QPushButton(channel_ui.log_title(channel.kind), body)
            button.setObjectName(f"log{channel.kind.capitalize()}Button")
            button.clicked.connect(partial(self._log_entry, channel.kind))
            merge_row.addWidget(button)
        merge_row.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        self.orders_title = QLabel(self.tr("<b>Orders</b>"), body)
        layout.addWidget(self.orders_title)
        layout.addWidget(self.orders, 1)
        layout.addLayout(merge_row)
        self.setWidget(body)

        self.name.editingFinished.connect(self._save_name)
        self.labels.editingFinished.connect(self._save_labels)
        self.note.left.connect(self._save_note)
        self.language.activated.connect(self._save_language)
        self.merge.clicked.connect(lambda: self.customer_id and self.merge_requested.emit(
            self.customer_id))
        self.undo.clicked.connect(self._undo)
        self.show_customer(None)

    def show_customer(self, detail: CustomerView | None) -> None:
        if detail is None or detail.id != self.customer_id:
            self.shown_order_id = None  # the marked order belongs to the customer shown
        if detail is None or detail.id != self.customer_id:
            self.consent.show_customer(detail.id if detail else None,
                                       {i.kind for i in detail.identities} if detail else set())
        self.detail = detail
        self.customer_id = detail.id if detail else None
        self.widget().setEnabled(detail is not None)
        if detail is None:
            for widget in (self.name, self.labels):
                widget.clear()
            self.note.clear()
            self.identities.clear()
            self.orders.clear()
            self.value.clear()
            self._show_merges([])
            self.undo.setVisible(False)
            return
        self.name.setText(detail.name)
        lines = []
        for identity in detail.identities:
            shown = channel_ui.identity_text(identity.kind, identity.value, identity.display)
            label = (self.tr("phone") if identity.kind == "phone"
                     else channel_ui.identity_title(identity.kind) or identity.kind)
            text = f"{label}: {html.escape(shown)}"
            if identity.kind == "phone":  # a click calls it (the desktop's phone or VoIP app)
                text = (f'{label}: <a href="tel:{html.escape(identity.value)}">'
                        f'{html.escape(shown)}</a>')
            reason = error_text.stored_texts(identity.unreachable_reason)
            if reason:
                text += f' <span style="color:#c0392b">({html.escape(reason[0])})</span>'
            lines.append(text)
        self.identities.setText("<br>".join(lines) or self.tr("no identities"))
        self.language.setCurrentIndex(max(self.language.findData(detail.language), 0))
        self.labels.setText(", ".join(detail.labels))
        self.note.setPlainText(detail.note or "")
        values = [money(total, currency) for currency, total in
                  sorted(detail.lifetime_value.items())]
        self.value.setText(" + ".join(values) or self.tr("no orders yet"))
        self.orders.setHtml(self._orders_html(detail.orders))
        self._show_merges(detail.merges)
        self.undo.setVisible(detail.undoable_merge_id is not None)

    def _show_merges(self, merges: list) -> None:
        """Who was merged into this customer, when, and by whom ("merged by Anna")."""
        lines = []
        for merge in merges:
            text = (self.tr("{name}, merged by {user} · {when}") if merge.by
                    else self.tr("{name}, merged · {when}"))
            lines.append(html.escape(text.format(name=merge.source_name, user=merge.by,
                                                 when=local_datetime(merge.at))))
        self.merges.setText("<br>".join(lines))
        for widget in (self.merges, self.merges_title):
            widget.setVisible(bool(lines))

    def show_order(self, order_id: int) -> bool:
        """Scroll the orders to this one and mark it (an order number clicked in a message);
        False when it is not this customer's (the message names someone else's order)."""
        if self.detail is None or all(o.id != order_id for o in self.detail.orders):
            return False
        self.shown_order_id = order_id
        self.orders.setHtml(self._orders_html(self.detail.orders))
        self.orders.scrollToAnchor(f"order{order_id}")
        return True

    def _orders_html(self, orders: list[OrderView]) -> str:
        if not orders:
            none = self.tr("No orders.")
            return f'<p style="color:#777">{none}</p>'
        statuses = {"completed": self.tr("completed"), "shipped": self.tr("shipped"),
                    "processing": self.tr("processing"), "cancelled": self.tr("cancelled")}
        tracking = self.tr("Tracking")
        parts = []
        for order in orders:
            status = statuses.get(order.status, order.status)
            marked = (' style="background-color:#fff3b0"' if order.id == self.shown_order_id
                      else "")
            parts.append(
                f'<a name="order{order.id}"></a><p{marked}><b>{html.escape(order.number)}</b> · '
                f'{local_date(order.placed_at)} · '
                f'{html.escape(status)} · <b>{money(order.total, order.currency)}</b>')
            for line in order.lines:
                parts.append(f'<br>&nbsp;&nbsp;{line.quantity} × {html.escape(line.name)}')
            if order.phone:  # a click calls it, as the identities' numbers
                dial = "".join(c for c in order.phone if c.isdigit() or c == "+")
                parts.append(f'<br>&nbsp;&nbsp;☎ <a href="tel:{dial}">'
                             f'{html.escape(order.phone)}</a>')
            if order.tracking_url:
                label = html.escape(f'{order.carrier or ""} {order.tracking_number or ""}'
                                    .strip() or self.tr("tracking"))
                parts.append(f'<br>&nbsp;&nbsp;{tracking}: '
                             f'<a href="{html.escape(order.tracking_url)}">{label}</a>')
            parts.append("</p>")
        return "".join(parts)

    # -- saving edits: each is an operation; the shown view is updated at once --
    def _save_name(self) -> None:
        name = self.name.text().strip()
        if self.detail and name and name != self.detail.name:
            self.detail.name = name
            self.ops.run(partial(update_customer, name=name), self.ctx, self.customer_id)

    def _save_labels(self) -> None:
        if self.detail is None:
            return
        labels = [label.strip() for label in self.labels.text().split(",") if label.strip()]
        if sorted(set(labels)) != sorted(self.detail.labels):
            self.detail.labels = sorted(set(labels))
            self.ops.run(set_labels, self.ctx, self.customer_id, labels)

    def _save_note(self) -> None:
        note = self.note.toPlainText()
        if self.detail and note != (self.detail.note or ""):
            self.detail.note = note
            self.ops.run(partial(update_customer, note=note), self.ctx, self.customer_id)

    def _save_language(self) -> None:
        if self.detail is None:
            return
        code = self.language.currentData()
        self.detail.language = code
        self.ops.run(partial(update_customer, language=code, clear_language=code is None),
                     self.ctx, self.customer_id)

    def save_pending(self) -> None:
        """Before switching customer: keep what was typed but not yet left."""
        self._save_name()
        self._save_labels()
        self._save_note()

    def _log_entry(self, kind: str, _checked: bool = False) -> None:
        """The channel's dialog records the entry as an operation; `changes_applied` then
        shows it in the timeline."""
        if self.detail is not None:
            self.entry_dialog = channel_ui.open_entry_dialog(kind, self, self.ctx, self.ops,
                                                             self.detail.id, self.detail.name)

    def _undo(self) -> None:
        if self.detail is not None and self.detail.undoable_merge_id is not None:
            self.undo_merge_requested.emit(self.detail.undoable_merge_id)
