"""Edit one promo reply with a live preview for a chosen customer and channel.

The preview renders through `app.promos.preview_template` (the same sandbox as sending), a short
moment after the last keystroke; missing values and template errors show under the preview, and
Save stays refused by the app layer for a template the sandbox does not allow.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos import library as promos
from shopinbox.channels import registry
from shopinbox.domain.language_detect import VariantNotFound
from shopinbox.domain.promos.render import PromoTemplateError
from shopinbox.ui.common import channel_ui

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
        self.customer = QSpinBox(minimum=0, maximum=2_000_000_000, value=customer_id or 0)
        self.customer.setSpecialValueText(self.tr("no customer"))
        self.channel = QComboBox()
        for channel in channel_ui.channels():
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
        form.addRow(self.tr("Text"), self.body)
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
                       self.customer.valueChanged, self.channel.currentIndexChanged):
            signal.connect(self._schedule)

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
                self.customer.value() or None, channel, language=self._language or "en",
                promo=self.detail.id)
        except (PromoTemplateError, VariantNotFound, LookupError) as error:
            self.preview.clear()
            self.status.setText(self.tr("Cannot render: {error}").format(error=error))
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
            self.status.setText(self.tr("Cannot save: {error}").format(error=error))
            return
        self.detail.id = promo_id
        self.saved.emit(promo_id)
        self.accept()
