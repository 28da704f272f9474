"""The one report shape of a sync round: what a channel's `pull`, an order source's round and
the sync engine's per-account report (`app/sync/state.AccountReport`, a subclass) all return.

Counters are named, not fields: each channel counts what it has (`updates`, `edited`, `files`,
`flag changes`; an order source `pages`, `created`, `updated` …) without a report class of its
own, and a channel with several places to read (an email account's folders) keeps one counter
set per place in `parts`. The CLI, the log and the benchmarks print `summary()`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from shopinbox.domain.errors import ShopError


@dataclass
class PullReport:
    """One bounded round of one account."""

    account: str
    new_messages: int = 0
    changed_customer_ids: set[int] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)  # the channel's own counters
    parts: dict[str, Counter[str]] = field(default_factory=dict)  # per folder / feed, in order
    failure: ShopError | None = None  # what stopped the round (stored as its code)
    error: str | None = None  # the failure in English (CLI, log; never shown by the window)
    stopped: bool = False  # the account cannot go on until the user acts (a revoked token)
    cursor: str | None = None  # where the next round starts, when the channel shows it
    text: str = ""  # the channel's own one-line summary, when it has a better one
    # told the customer ids of each committed batch (the window refreshes those rows)
    on_change: Callable[[set[int]], None] | None = field(default=None, repr=False,
                                                          compare=False)

    @property
    def ok(self) -> bool:
        return self.failure is None and self.error is None

    def add_changed(self, customer_ids: set[int]) -> None:
        """Customers a committed batch changed: kept for the report, and told to `on_change`
        at once — every one of them, also a customer an earlier batch of this (long-running,
        push-mode) report changed already: their rows changed again. Every channel calls this
        once per committed batch; nobody tells the same batch twice."""
        batch = {int(customer_id) for customer_id in customer_ids}
        self.changed_customer_ids |= batch
        if batch and self.on_change is not None:
            self.on_change(batch)

    def part(self, name: str) -> Counter[str]:
        """The counters of one folder / feed (created on first use, kept in order)."""
        return self.parts.setdefault(name, Counter())

    def fail(self, error: ShopError, *, text: str | None = None, stopped: bool = False) -> None:
        """Record what stopped the round: the code, and English text for the CLI and log."""
        self.failure, self.error, self.stopped = error, text or error.english(), stopped

    def summary(self) -> str:
        if self.text:
            return self.text
        extra = ", ".join(f"{value} {name}" for name, value in self.counts.items() if value)
        text = f"{self.new_messages} new message(s)" + (f", {extra}" if extra else "")
        return text + (f"; stopped: {self.error}" if self.error else "")
