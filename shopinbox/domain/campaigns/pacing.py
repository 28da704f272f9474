"""Send pacing: the moment the n-th message of a sender may go, for a rate in messages per
second (pure). An absolute schedule from the start (not "wait 1/rate after each"), so time a
send takes is absorbed as long as it is shorter than the interval, and a late message does not
push every later one back by the same amount (no burst either: a sender that fell behind by
more than one interval starts a new schedule from now)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Pace:
    rate: float | None  # messages per second; None: as fast as the server takes them
    start: float = 0.0
    sent: int = 0

    def next_at(self, now: float) -> float:
        """When the next message may go (≤ now: at once)."""
        if not self.rate or self.rate <= 0:
            return now
        due = self.start + self.sent / self.rate
        if now - due > 1.0 / self.rate:  # fell behind (a pause, a slow server): start anew
            self.start, self.sent = now, 0
            return now
        return due

    def took(self) -> None:
        self.sent += 1


def throttle_seconds(counts: dict[str, int], rates: dict[str, float | None]) -> float:
    """The least time the throttle allows for `counts` messages per sender (senders run side
    by side): the yardstick for "time spent outside the throttle"."""
    needed = [max(0, n - 1) / float(rates[k] or 1) for k, n in counts.items() if rates.get(k)]
    return max(needed, default=0.0)
