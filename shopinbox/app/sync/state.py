"""One state enum and one report shape for every account the engine runs.

`SyncStatus`: syncing / up to date / waiting until T (throttled) / error with a code. The window
words them with tr(); the CLI prints `AccountState.english()`. `AccountReport` (a `PullReport`) is what one
bounded round of one account produced: its final state, the new messages, the change set (the
customer ids whose rows changed) and what its outbox sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from shopinbox.domain.errors import ShopError, english
from shopinbox.domain.sync_report import PullReport


class SyncStatus(StrEnum):
    SYNCING = "syncing"
    UP_TO_DATE = "up-to-date"
    WAITING = "waiting"  # throttled: the service asked to wait until `until`
    ERROR = "error"
    ELSEWHERE = "elsewhere"  # team mode: another desktop runs this account (params: holder)


@dataclass(frozen=True)
class AccountState:
    status: SyncStatus
    code: str | None = None  # ERROR: the error code; WAITING: "throttled"
    params: dict[str, Any] = field(default_factory=dict)
    until: datetime | None = None  # WAITING

    @classmethod
    def of_error(cls, error: ShopError) -> AccountState:
        if error.code == "throttled":
            return cls(SyncStatus.WAITING, error.code, dict(error.params), error.until)
        return cls(SyncStatus.ERROR, error.code, dict(error.params))

    def english(self) -> str:
        if self.status == SyncStatus.WAITING:
            when = self.until.astimezone().strftime("%H:%M") if self.until else "later"
            service = self.params.get("service")
            return f"waiting until {when}" + (f" ({service} asks to wait)" if service else "")
        if self.status == SyncStatus.ERROR:
            return english(self.code or "internal", self.params)
        if self.status == SyncStatus.ELSEWHERE:
            return f"synced by {self.params.get('holder') or 'another desktop'}"
        return "syncing" if self.status == SyncStatus.SYNCING else "up to date"


SYNCING = AccountState(SyncStatus.SYNCING)
UP_TO_DATE = AccountState(SyncStatus.UP_TO_DATE)


@dataclass
class AccountReport(PullReport):
    """One round of one account: what its pull reported (the one report shape, `PullReport`),
    the state it ended in and what its outbox sent. `ok` is False only for an error; an account
    that waits (throttled) is not failing — it goes on by itself at `state.until`."""

    account_id: int = 0
    state: AccountState = UP_TO_DATE
    sent: int = 0
    send_failed: int = 0

    @property
    def ok(self) -> bool:
        return self.state.status != SyncStatus.ERROR

    def take(self, pulled: PullReport) -> None:
        """Keep what the channel's pull reported."""
        self.new_messages = pulled.new_messages
        self.counts = pulled.counts.copy()
        self.parts = {name: counts.copy() for name, counts in pulled.parts.items()}
        self.cursor, self.text = pulled.cursor, pulled.text

    def summary(self) -> str:
        if self.state.status in (SyncStatus.ERROR, SyncStatus.WAITING, SyncStatus.ELSEWHERE):
            return self.state.english()
        text = super().summary()
        if self.sent or self.send_failed:
            text += f"; {self.sent} reply(ies) sent" + (
                f", {self.send_failed} failed" if self.send_failed else "")
        return text

    def as_dict(self) -> dict[str, Any]:
        """For `shopinbox sync --json`."""
        return {"account": self.account, "ok": self.ok, "summary": self.summary(),
                "state": str(self.state.status), "code": self.state.code,
                "until": self.state.until.isoformat() if self.state.until else None,
                "new_messages": self.new_messages, "sent": self.sent,
                "send_failed": self.send_failed,
                "changed_customer_ids": sorted(self.changed_customer_ids)}
