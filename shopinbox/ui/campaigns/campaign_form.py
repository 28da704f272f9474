"""The "New campaign" form of the Campaigns window: name, promo reply, segment, optional code
pool, when it starts (when the owner presses Start, or at a time — then the running app starts
it), and a throttle per channel.

The choices are read in one background query (`data.form_choices`) and the campaign is
created in the background (`data.create`); a refused name is said in the user's language and
the form keeps everything typed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.ui.campaigns import data
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.error_text import describe_or_text
from shopinbox.ui.common.tasks import TaskRunner

MAX_PER_MINUTE = 100_000


class CampaignForm(QWidget):
    loaded = Signal(object)  # the FormChoices shown
    created = Signal(int)  # campaign id
    refused = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("campaignForm")
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Spring sale"))
        self.promo = QComboBox(self)
        self.segment = QComboBox(self)
        self.pool = QComboBox(self)
        self.now_choice = QRadioButton(self.tr("When I press Start"), self)
        self.at_choice = QRadioButton(self.tr("At"), self)
        self.now_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.now_choice)
        group.addButton(self.at_choice)
        self.at_time = QDateTimeEdit(self)
        self.at_time.setCalendarPopup(True)
        self.at_time.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_time.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.at_time.setEnabled(False)
        self.at_choice.toggled.connect(self.at_time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.now_choice)
        when.addWidget(self.at_choice)
        when.addWidget(self.at_time)
        when.addStretch(1)

        self.rates: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Promo reply"), self.promo)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Discount codes"), self.pool)
        form.addRow(self.tr("Start"), when)
        for channel in channel_ui.channels():
            spin = QSpinBox(self)
            spin.setRange(0, MAX_PER_MINUTE)
            spin.setSuffix(self.tr(" per minute"))
            spin.setSpecialValueText(self.tr("as fast as the channel allows"))
            self.rates[channel.kind] = spin
            form.addRow(self.tr("At most on %1").replace("%1", channel_ui.title(channel.kind)),
                        spin)
        explanation = QLabel(self.tr(
            "Only customers with marketing consent are reached, each on their own channel and "
            "in their language. A scheduled campaign is started by the app at its time."), self)
        explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create campaign"), self)
        self.create_button.clicked.connect(self.create)
        self.name.textChanged.connect(self._check)
        self.promo.currentIndexChanged.connect(self._check)
        self.segment.currentIndexChanged.connect(self._check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._check()

    # -- reading --
    def reload(self) -> None:
        self.tasks.submit(data.form_choices, self.ctx, on_done=self._fill,
                          on_error=lambda error: self.status.setText(describe_or_text(error)))

    def _fill(self, choices: data.FormChoices) -> None:
        for box, items in ((self.promo, choices.promos), (self.segment, choices.segments)):
            wanted = box.currentData()
            box.clear()
            for item_id, text in items:
                box.addItem(text, item_id)
            if wanted is not None and box.findData(wanted) >= 0:
                box.setCurrentIndex(box.findData(wanted))
        wanted = self.pool.currentData()
        self.pool.clear()
        self.pool.addItem(self.tr("The promo reply's own pool, if it has one"), None)
        for pool_id, name, free in choices.pools:
            self.pool.addItem(self.tr("%1 (%2 free)").replace("%1", name)
                              .replace("%2", str(free)), pool_id)
        if wanted is not None and self.pool.findData(wanted) >= 0:
            self.pool.setCurrentIndex(self.pool.findData(wanted))
        if not choices.promos or not choices.segments:
            self.status.setText(self.tr(
                "A campaign needs a promo reply (Promo replies) and a saved segment "
                "(the Segments tab)."))
        self._check()
        self.loaded.emit(choices)

    def _check(self) -> None:
        self.create_button.setEnabled(bool(self.name.text().strip())
                                      and self.promo.currentData() is not None
                                      and self.segment.currentData() is not None)

    # -- creating --
    def request(self) -> data.NewCampaign:
        at: datetime | None = None
        if self.at_choice.isChecked():
            at = datetime.fromtimestamp(self.at_time.dateTime().toSecsSinceEpoch(), UTC)
        rates = {kind: spin.value() / 60.0 for kind, spin in self.rates.items() if spin.value()}
        return data.NewCampaign(self.name.text().strip(), int(self.promo.currentData()),
                                int(self.segment.currentData()), self.pool.currentData(), at,
                                rates)

    def create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self.create_button.setEnabled(False)
        self.status.setText(self.tr("Creating…"))
        self.tasks.submit(data.create, self.ctx, self.request(), on_done=self._created,
                          on_error=self._refused)

    def _created(self, campaign_id: int) -> None:
        self.status.setText(self.tr("Campaign “%1” created.").replace("%1", self.name.text()
                                                                        .strip()))
        self.name.clear()
        self._check()
        self.created.emit(campaign_id)

    def _refused(self, error: Any) -> None:
        if isinstance(error, data.NameTaken):
            text = self.tr("A campaign with this name already exists: choose another name.")
        elif isinstance(error, LookupError):
            text = self.tr("The promo reply, segment or code pool no longer exists.")
            self.reload()
        else:
            text = describe_or_text(error)
        self.status.setText(text)
        self._check()
        self.refused.emit(text)
