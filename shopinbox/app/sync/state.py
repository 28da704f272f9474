"""One state enum and one report shape for every account the engine runs.

`SyncStatus`: syncing / up to date / waiting until T (throttled) / error with a code. The window
words them with tr(); the CLI prints `AccountState.english()`. `AccountReport` is what one
bounded round of one account produced: its final state, the new messages, the change set (the
customer ids whose rows changed) and what its outbox sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from shopinbox.domain.errors import ShopError, english


class SyncStatus(StrEnum):
    SYNCING = "syncing"
    UP_TO_DATE = "up-to-date"
    WAITING = "waiting"  # throttled: the service asked to wait until `until`
    ERROR = "error"


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
        return "syncing" if self.status == SyncStatus.SYNCING else "up to date"


SYNCING = AccountState(SyncStatus.SYNCING)
UP_TO_DATE = AccountState(SyncStatus.UP_TO_DATE)


@dataclass
class AccountReport:
    """One round of one account. `ok` is False only for an error; an account that waits
    (throttled) is not failing — it goes on by itself at `state.until`."""

    account: str
    account_id: int = 0
    state: AccountState = UP_TO_DATE
    new_messages: int = 0
    changed_customer_ids: set[int] = field(default_factory=set)
    details: dict[str, Any] = field(default_factory=dict)
    sent: int = 0
    send_failed: int = 0
    text: str = ""  # the channel's own summary of the pull, when it gave one

    @property
    def ok(self) -> bool:
        return self.state.status != SyncStatus.ERROR

    @property
    def summary(self) -> str:
        if self.state.status in (SyncStatus.ERROR, SyncStatus.WAITING):
            return self.state.english()
        extra = ", ".join(f"{value} {name}" for name, value in self.details.items() if value)
        text = self.text or f"{self.new_messages} new message(s)" + (f", {extra}" if extra
                                                                      else "")
        if self.sent or self.send_failed:
            text += f"; {self.sent} reply(ies) sent" + (
                f", {self.send_failed} failed" if self.send_failed else "")
        return text

    def as_dict(self) -> dict[str, Any]:
        """For `shopinbox sync --json`."""
        return {"account": self.account, "ok": self.ok, "summary": self.summary,
                "state": str(self.state.status), "code": self.state.code,
                "until": self.state.until.isoformat() if self.state.until else None,
                "new_messages": self.new_messages, "sent": self.sent,
                "send_failed": self.send_failed,
                "changed_customer_ids": sorted(self.changed_customer_ids)}
