"""What the report figures are asked for (`Scope`, `BusinessHours`) and what they answer: plain
dataclasses, one per figure's row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

DAY = 86_400
AGE_BUCKETS = ((3600, "lt_1h"), (4 * 3600, "1h_4h"), (DAY, "4h_24h"), (3 * DAY, "1d_3d"),
               (7 * DAY, "3d_7d"))
AGE_OVER = "gt_7d"
WITHIN = (3600, 4 * 3600, DAY)


@dataclass(frozen=True)
class BusinessHours:
    """Opening hours per weekday (0 = Monday): seconds after local midnight (open, close).
    A weekday that is missing is closed; holidays are closed all day."""

    days: dict[int, tuple[int, int]]
    holidays: tuple[date, ...] = ()

    def week_seconds(self) -> int:
        return sum(close - open_ for open_, close in self.days.values())

    def key(self) -> tuple:
        """A hashable form (the statements are built once per shape of business hours)."""
        return (tuple(sorted(self.days.items())), self.holidays)


@dataclass(frozen=True)
class Scope:
    """What a report covers: [start, end) in UTC, an optional channel and account, the local
    time rules as (from UTC epoch second, offset seconds) pairs — the first one also applies
    before its start — and the business hours when the shop set them."""

    start: datetime
    end: datetime
    now: datetime
    channel: str | None = None
    account_id: int | None = None
    offsets: tuple[tuple[int, int], ...] = ((0, 0),)
    hours: BusinessHours | None = None
    today_end: datetime | None = None  # local midnight after `now` (snoozed coming back today)


@dataclass
class Percentiles:
    count: int
    median: float | None
    p90: float | None


@dataclass
class ResponseRow:
    """First response / time to done (seconds) for one channel and week (week None: the whole
    range; channel None: every channel)."""

    channel: str | None
    week: date | None
    episodes: int
    answered: int
    first_response: Percentiles
    done: Percentiles
    within: dict[int, int] = field(default_factory=dict)  # seconds -> episodes answered within


@dataclass
class VolumeRow:
    day: date
    channel: str
    account_id: int
    inbound: int
    outbound: int


@dataclass
class CustomersRow:
    week: date | None
    customers: int
    new: int

    @property
    def returning(self) -> int:
        return self.customers - self.new


@dataclass
class PromoRow:
    pool_id: int
    pool: str
    promo: str | None
    given: int
    customers: int
    redeemed: int | None  # None: orders carry no discount codes yet
    revenue: dict[str, Decimal] | None  # currency -> total of the orders that used the codes


@dataclass
class OrdersRow:
    month: str  # "YYYY-MM"
    currency: str
    wrote: bool
    orders: int
    revenue: Decimal


@dataclass
class MentionsRow:
    """Per local month of the messages: inbound messages that name one of the customer's own
    orders, and how many different orders they name."""

    month: str  # "YYYY-MM"
    messages: int
    orders: int
