"""The status bar: one small indicator per account — syncing, up to date, waiting until a
time (throttled), or error with the reason and a retry button — driven by the SyncBridge's `state_changed` signal.

An error's detail is a stored error code (`ShopError.stored()`, e.g. from `Account.last_error`
at start-up or from the sync engine); it is worded in the UI language with what to do
(ui/common/error_text.py). Any other detail text (a progress note) is shown as it comes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QToolButton, QWidget

from shopinbox.app.core.context import AppContext
from shopinbox.app.inbox.rows import accounts_at_start
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError, parse_stored
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.shell.sync_bridge import (
    ELSEWHERE,
    ERROR,
    SYNCING,
    UP_TO_DATE,
    WAITING,
    SyncBridge,
)


class AccountState(QWidget):
    def __init__(self, account_id: int, name: str, bridge: SyncBridge,
                 parent: QWidget | None = None, service: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(f"syncState{account_id}")
        self.account_id, self.name, self.bridge = account_id, name, bridge
        self.service = service  # the channel's title: "Telegram asks to wait until 14:05"
        self.label = QLabel(self)
        self.retry = QToolButton(self)
        self.retry.setText(self.tr("Retry"))
        self.retry.setObjectName("syncRetry")
        self.retry.setAutoRaise(True)
        self.retry.clicked.connect(lambda: bridge.retry_requested.emit(account_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.retry)
        self.set_state("", "")

    def set_state(self, state: str, detail: str) -> None:
        texts = {SYNCING: self.tr("{name}: syncing…"), UP_TO_DATE: self.tr("{name}: up to date"),
                 WAITING: self.tr("{name}: waiting until {time}"),
                 ERROR: self.tr("{name}: error"),
                 ELSEWHERE: self.tr("{name}: synced by {time}") if detail
                 else self.tr("{name}: synced by another desktop")}
        dots = {SYNCING: "◌", UP_TO_DATE: "●", WAITING: "◔", ERROR: "●", ELSEWHERE: "●"}
        colours = {SYNCING: "#8a6d00", UP_TO_DATE: "#2e7d32", WAITING: "#8a6d00",
                   ERROR: "#c0392b", ELSEWHERE: "#1565c0"}
        text = texts.get(state, "{name}").format(name=self.name, time=detail)
        dot = f'<span style="color:{colours.get(state, "#888")}">{dots.get(state, "○")}</span> '
        self.label.setText(dot + text)
        shown = detail
        if state == WAITING and self.service:  # e.g. Telegram's flood control
            shown = self.tr("{service} asks to wait until {time}; shopinbox goes on by itself "
                            "then.").format(service=self.service, time=detail)
        elif state == WAITING:
            shown = self.tr("The service asked to wait until {time}; shopinbox goes on by "
                            "itself then.").format(time=detail)
        elif state == ELSEWHERE:  # team mode: one desktop runs each account
            shown = self.tr("Another desktop of the team fetches and sends for this account; "
                            "this one takes over when it stops.")
        elif error_text.is_stored_code(detail):
            shown = "\n".join(part for part in error_text.stored_texts(detail) or () if part)
        self.label.setToolTip(shown)
        self.setToolTip(shown)
        self.shown_detail = shown
        self.retry.setVisible(state == ERROR)
        self.state, self.detail = state, detail


def _stored_state(stored: str) -> tuple[str, str]:
    """A stored `throttled(until)` still in the future is a wait, not an error."""
    parsed = parse_stored(stored)
    if parsed is not None and parsed[0] == "throttled":
        until = ShopError("throttled", **parsed[1]).until
        if until is not None and until.tzinfo is not None and until > datetime.now(UTC):
            return WAITING, until.astimezone().strftime("%H:%M")
    return ERROR, stored


class SyncStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, bridge: SyncBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.ctx, self.bridge = ctx, bridge
        self.indicators: dict[int, AccountState] = {}
        self.count = QLabel(self)
        self.count.setObjectName("conversationCount")
        self.addWidget(self.count)
        self.rebuild()
        bridge.state_changed.connect(self.on_state)

    def rebuild(self) -> None:
        for indicator in self.indicators.values():
            self.removeWidget(indicator)
            indicator.deleteLater()
        self.indicators = {}
        accounts, errors = accounts_at_start(self.ctx)
        for account_id, name, kind in accounts:
            if registry.find(kind) is not None and not registry.is_log_only(kind):
                # channels sync; order sources and log-only channels (phone calls) do not
                self._add(account_id, name, channel_ui.title(kind))
        for account_id, stored in errors.items():  # until a round reports
            if account_id in self.indicators:
                self.indicators[account_id].set_state(*_stored_state(stored))
        for account_id, (state, detail) in self.bridge.states.items():
            if account_id in self.indicators:
                self.indicators[account_id].set_state(state, detail)

    def show_count(self, shown: int, unread: int) -> None:
        self.count.setText(self.tr("%n conversation(s)", "", shown) + " · "
                           + self.tr("%n unread", "", unread))

    def _add(self, account_id: int, name: str, service: str = "") -> AccountState:
        indicator = AccountState(account_id, name, self.bridge, self, service)
        self.addPermanentWidget(indicator)
        self.indicators[account_id] = indicator
        return indicator

    def on_state(self, account_id: int, state: str, detail: str) -> None:
        indicator = self.indicators.get(account_id)
        if indicator is None:
            name, kind = next(((n, k) for i, n, k in accounts_at_start(self.ctx)[0]
                               if i == account_id), (f"#{account_id}", ""))
            indicator = self._add(account_id, name,
                                  channel_ui.title(kind) if registry.find(kind) else "")
        indicator.set_state(state, detail)
