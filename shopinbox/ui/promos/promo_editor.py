"""Edit one promo reply with a live preview for a chosen customer and channel.

The preview renders through `app.promos.preview_template` (the same sandbox as sending), a short
moment after the last keystroke; missing values and template errors show under the preview, and
Save stays refused by the app layer for a template the sandbox does not allow. Beside the text
the values a template can use are listed (double-click inserts one); the preview customer is
picked by name (`CustomerPicker`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos import library as promos
from shopinbox.channels import registry
from shopinbox.domain.language_detect import VariantNotFound
from shopinbox.domain.promos.render import PromoTemplateError
from shopinbox.domain.promos.values import PLACEHOLDERS
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.promos.customer_picker import CustomerPicker

PREVIEW_DELAY_MS = 250


class PromoEditor(QDialog):
    """`PromoEditor(ctx, promo_id_or_None, customer_id)`; emits `saved(promo_id)`."""

    saved = Signal(int)
    previewed = Signal()

    def __init__(self, ctx: AppContext, promo: int | str | None = None,
                 customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Promo reply"))
        self.detail = (promos.get_promo(ctx, promo) if promo is not None
                       else promos.PromoDetail(title="", shortcut="/", variants={"en": ("", "")}))
        self._language = ""
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build(customer_id)
        self._load_variant(sorted(self.detail.variants)[0])
        self.refresh_preview()

    def _build(self, customer_id: int | None) -> None:
        self.title = QLineEdit(self.detail.title)
        self.shortcut = QLineEdit(self.detail.shortcut)
        self.category = QLineEdit(self.detail.category)
        self.language = QComboBox()
        self.language.addItems(sorted(self.detail.variants))
        add_language = QPushButton(self.tr("Add language…"))
        add_language.clicked.connect(self._add_language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language, 1)
        language_row.addWidget(add_language)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.placeholders = self._placeholder_list()
        text_row = QHBoxLayout()
        text_row.addWidget(self.body, 3)
        text_row.addWidget(self.placeholders, 2)
        self.customer = CustomerPicker(self.ctx, self)
        if customer_id:
            from shopinbox.app.promos.lookup import customer_name

            self.customer.set_customer(customer_id)
            self.customer.tasks.submit(customer_name, self.ctx, customer_id,
                                       on_done=lambda name: name and self.customer.set_customer(
                                           customer_id, name))
        self.channel = QComboBox()
        for channel in channel_ui.messaging_channels():
            self.channel.addItem(channel_ui.title(channel.kind), channel.kind)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Language"), language_row)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), text_row)
        form.addRow(self.tr("Preview for customer"), self.customer)
        form.addRow(self.tr("Channel"), self.channel)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.language.currentTextChanged.connect(self._load_variant)
        for signal in (self.subject.textChanged, self.body.textChanged,
                       self.customer.chosen, self.channel.currentIndexChanged):
            signal.connect(self._schedule)

    def placeholder_texts(self) -> dict[str, str]:
        return {
            "customer.first_name": self.tr("the customer's first name"),
            "customer.name": self.tr("the customer's full name"),
            "customer.email": self.tr("the customer's email address"),
            "order.number": self.tr("number of the last order"),
            "order.status": self.tr("its status, in the reply's language"),
            "order.total": self.tr("its total with the currency"),
            "order.date": self.tr("the day it was placed"),
            "order.tracking_url": self.tr("the parcel's tracking link"),
            "order.tracking_number": self.tr("the parcel's tracking number"),
            "order.carrier": self.tr("the carrier"),
            "order.pickup_point": self.tr("where the parcel waits to be picked up"),
            "shop.name": self.tr("the shop's name"),
            "promo.title": self.tr("this reply's title"),
            "promo.code": self.tr("a discount code, one per customer"),
        }

    def _placeholder_list(self) -> QListWidget:
        """The values this template can use; double-click (or Enter) puts one in the text."""
        shown = QListWidget(self)
        shown.setObjectName("placeholders")
        shown.setToolTip(self.tr("Double-click a value to put it into the text."))
        texts = self.placeholder_texts()
        for name in PLACEHOLDERS:
            label = texts.get(name, "")
            if name == "promo.code" and self.detail.pool_id is None:
                label = self.tr("a discount code (attach a code pool first)")
            item = QListWidgetItem(f"{{{{ {name} }}}}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(label)
            shown.addItem(item)
        shown.itemActivated.connect(self.insert_placeholder)
        return shown

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText("{{ " + item.data(Qt.ItemDataRole.UserRole) + " }}")
        self.body.setFocus()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _store_variant(self) -> None:
        if self._language:
            self.detail.variants[self._language] = (self.subject.text(),
                                                    self.body.toPlainText())

    def _load_variant(self, language: str) -> None:
        if not language:
            return
        self._store_variant()
        self._language = language
        subject, body = self.detail.variants.get(language, ("", ""))
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._schedule()

    def _add_language(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("Add language"),
                                        self.tr("Language code (e.g. de):"))
        code = code.strip().lower()
        if ok and code and code not in self.detail.variants:
            self._store_variant()
            self.detail.variants[code] = self.detail.variants.get(self._language, ("", ""))
            self.language.addItem(code)
            self.language.setCurrentText(code)

    def refresh_preview(self) -> None:
        """Render the current variant now (also called by the timer after typing stops)."""
        self._timer.stop()
        channel = self.channel.currentData()
        try:
            rendered = promos.preview_template(
                self.ctx, self.subject.text(), self.body.toPlainText(),
                self.customer.customer_id(), channel, language=self._language or "en",
                promo=self.detail.id)
        except (PromoTemplateError, VariantNotFound, LookupError) as error:
            self.preview.clear()
            # A template's error is a code with its values (the line …): worded here.
            reason = (error_text.describe(error) if isinstance(error, PromoTemplateError)
                      else str(error))
            self.status.setText(self.tr("Cannot render: {error}").format(error=reason))
        else:
            shown = registry.find(channel)
            if shown is not None:
                self.preview.setHtml(shown.preview_html(rendered.subject,
                                                        rendered.markup.get(channel),
                                                        rendered.text))
            else:
                self.preview.setHtml(f"<p><b>{rendered.subject}</b></p>{rendered.html}"
                                     if rendered.subject else rendered.html)
            notes = []
            if rendered.missing:
                notes.append(self.tr("Missing: {names}").format(names=", ".join(rendered.missing)))
            if rendered.asked:
                notes.append(self.tr("Asked when inserting: {names}").format(
                    names=", ".join(rendered.asked)))
            self.status.setText("\n".join(notes) or self.tr("Ready to send."))
        self.previewed.emit()

    def save(self) -> None:
        self._store_variant()
        self.detail.title = self.title.text()
        self.detail.shortcut = self.shortcut.text()
        self.detail.category = self.category.text()
        try:
            promo_id = promos.save_promo(self.ctx, self.detail)
        except promos.PromoInvalid as error:
            cause = error.__cause__
            reason = (error_text.describe(cause) if isinstance(cause, PromoTemplateError)
                      else str(error))
            self.status.setText(self.tr("Cannot save: {error}").format(error=reason))
            return
        self.detail.id = promo_id
        self.saved.emit(promo_id)
        self.accept()
