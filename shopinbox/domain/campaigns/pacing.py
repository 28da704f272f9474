"""Send pacing: the moment the n-th message of a sender may go, for a rate in messages per
second (pure). An absolute schedule from the start (not "wait 1/rate after each"), so time a
send takes is absorbed as long as it is shorter than the interval, and a late message does not
push every later one back by the same amount (no burst either: a sender that fell behind by
more than one interval starts a new schedule from now). And a sliding window over the last
`rate` messages (at least one): a sender that caught up after a slow message does not send the
ones it owes in a bunch — the server sees at most `rate` + 1 messages in any one second, the
one extra only where a send took longer than an interval."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field


@dataclass
class Pace:
    rate: float | None  # messages per second; None: as fast as the server takes them
    start: float = 0.0
    sent: int = 0
    recent: deque[float] = field(default_factory=deque)  # when the last ones went (see took)
    turn: float = 0.0  # when the message in hand was allowed to go (the last next_at)

    def next_at(self, now: float) -> float:
        """When the next message may go (≤ now: at once)."""
        if not self.rate or self.rate <= 0:
            return now
        due = self.start + self.sent / self.rate
        if now - due > 1.0 / self.rate:  # fell behind (a pause, a slow server): start anew
            self.start, self.sent = now, 0
            due = now
        per_second = max(1, int(self.rate))
        if len(self.recent) >= per_second:  # the second since the oldest of them is full
            due = max(due, self.recent[-per_second] + 1.0)
        self.turn = due
        return due

    def took(self, at: float | None = None) -> None:
        """A message went out. `at`: when the send returned (the server had it by then), on the
        clock of `next_at`. The window counts it from its turn, or from up to one interval
        before `at` when the send took longer: a quick send costs the schedule nothing, a slow
        one cannot make the messages after it bunch up at the server."""
        if self.rate and self.rate > 0:
            went = self.turn if at is None else max(self.turn, at - 1.0 / self.rate)
            self.recent.append(went)
            while len(self.recent) > max(1, int(self.rate)):
                self.recent.popleft()
        self.sent += 1


def throttle_seconds(counts: dict[str, int], rates: dict[str, float | None]) -> float:
    """The least time the throttle allows for `counts` messages per sender (senders run side
    by side): the yardstick for "time spent outside the throttle"."""
    needed = [max(0, n - 1) / float(rates[k] or 1) for k, n in counts.items() if rates.get(k)]
    return max(needed, default=0.0)
