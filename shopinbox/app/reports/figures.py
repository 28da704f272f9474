"""The Reports use-case: one call computes every figure of the Reports view (and of
`shopinbox report --json`) in one short read session.

Weeks are reported by their local Monday, days by their local date, months as "YYYY-MM";
durations in seconds. The window and the CLI show the same numbers because both call `compute`.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.reports.hours import business_hours
from shopinbox.app.reports.ranges import Range, local_today, preset_range, utc_offsets
from shopinbox.store import reports as figures
from shopinbox.store.models import Account


@dataclass(frozen=True)
class ReportQuery:
    """What the user asked for: a preset (or custom days), and a channel and/or account."""

    preset: str = "30d"
    first: date | None = None
    last: date | None = None
    channel: str | None = None
    account_id: int | None = None


@dataclass
class Report:
    query: ReportQuery
    range: Range
    business_hours: bool
    responses: list[figures.ResponseRow]
    volume: list[figures.VolumeRow]
    heatmap: list[list[int]]
    customers: list[figures.CustomersRow]
    open_by_age: dict[str, int]
    snoozed_back_today: int
    promotions: list[figures.PromoRow]
    orders: list[figures.OrdersRow]
    mentions: list[figures.MentionsRow] = field(default_factory=list)
    accounts: dict[int, str] = field(default_factory=dict)
    compute_ms: float = 0.0

    def overall(self) -> figures.ResponseRow | None:
        return next((r for r in self.responses if r.channel is None and r.week is None), None)

    def weekly_volume(self) -> list[tuple[date, str, int, int, int]]:
        """Volume rows folded into local weeks (Monday): (week, channel, account, in, out)."""
        weeks: dict[tuple[date, str, int], list[int]] = {}
        for row in self.volume:
            monday = row.day - timedelta(days=row.day.weekday())
            totals = weeks.setdefault((monday, row.channel, row.account_id), [0, 0])
            totals[0] += row.inbound
            totals[1] += row.outbound
        return [(k[0], k[1], k[2], v[0], v[1]) for k, v in sorted(weeks.items())]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["query"] = asdict(self.query)
        data["range"] = {"first": self.range.first, "last": self.range.last,
                         "start": self.range.start, "end": self.range.end}
        data["customers"] = [dict(asdict(r), returning=r.returning) for r in self.customers]
        data["weekly_volume"] = [{"week": w, "channel": c, "account_id": a, "inbound": i,
                                  "outbound": o} for w, c, a, i, o in self.weekly_volume()]
        for row in data["responses"]:
            row["within"] = {f"{int(k) // 3600}h": v for k, v in row["within"].items()}
        data["heatmap"] = {"rows": "weekday, Monday first", "columns": "hour 0-23",
                           "counts": self.heatmap}
        data["accounts"] = {str(k): v for k, v in self.accounts.items()}
        return data


Scoped = tuple[figures.Scope, Range]


def scope_for(ctx: AppContext, query: ReportQuery, now: datetime | None = None,
              tz: tzinfo | None = None) -> Scoped:
    """What `query` covers now: the UTC interval, the local-time offsets inside it and the
    shop's business hours (a settings read). `compute` and `intent_figures` take it ready-made
    when one caller asks both (the Reports view, the CLI), so both read the same range."""
    now = now or datetime.now(UTC)
    span = preset_range(query.preset, now, tz, query.first, query.last)
    tomorrow = preset_range("custom", now, tz, local_today(now, tz),
                            local_today(now, tz)).end
    scope = figures.Scope(start=span.start, end=span.end, now=now, channel=query.channel or None,
                          account_id=query.account_id or None,
                          offsets=utc_offsets(span.start, max(span.end, now), tz),
                          hours=business_hours(ctx), today_end=tomorrow)
    return scope, span


def _responses(ctx: AppContext, scope: figures.Scope) -> list[figures.ResponseRow]:
    with ctx.reader() as session:
        figures.prepare(session)
        return figures.response_times(session, scope)


def compute(ctx: AppContext, query: ReportQuery, now: datetime | None = None,
            tz: tzinfo | None = None, scoped: Scoped | None = None) -> Report:
    """Every figure for `query`; `tz` None means the computer's local time zone; `scoped` a
    `scope_for` answer already at hand (then `now` and `tz` are its own).

    The response times (the one heavy statement) are read on a second connection while this
    one reads the other figures: the database works on both at once (SQLite and the driver
    release the GIL while a statement runs). Two read transactions can see two snapshots when a
    sync commits in between; a report taken while mail arrives may count a message in one
    figure and not yet in another, never wrongly in either."""
    began = time.perf_counter()
    scope, span = scoped or scope_for(ctx, query, now, tz)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report") as pool:
        responses = pool.submit(_responses, ctx, scope)
        with ctx.reader() as session:
            figures.prepare(session)
            open_by_age, snoozed = figures.open_work(session, scope)
            report = Report(
                query=query, range=span, business_hours=scope.hours is not None,
                responses=[],
                volume=figures.volume(session, scope),
                heatmap=figures.heatmap(session, scope),
                customers=figures.customers(session, scope),
                open_by_age=open_by_age, snoozed_back_today=snoozed,
                promotions=figures.promotions(session, scope),
                orders=figures.orders(session, scope),
                mentions=figures.orders_mentioned(session, scope),
                accounts={i: name for i, name in session.execute(
                    select(Account.id, Account.name))},
            )
        report.responses = responses.result()
    report.compute_ms = (time.perf_counter() - began) * 1000
    return report


def intent_figures(ctx: AppContext, query: ReportQuery, now: datetime | None = None,
                   tz: tzinfo | None = None, scoped: Scoped | None = None) -> dict[str, int]:
    """Inbound messages in the report's range (and channel/account) by what they want, their
    most likely intent (app/inbox/intents.py), every intent present. Apart from `compute`:
    the first count over thousands of messages reads each one with the model, so the Reports
    view shows it as its own card when it is ready, and the other figures do not wait."""
    from shopinbox.app.inbox.intents import intent_counts

    scope, _span = scoped or scope_for(ctx, query, now, tz)
    with ctx.reader() as session:
        return intent_counts(session, scope.start, scope.end, channel=scope.channel,
                             account_id=scope.account_id)


def channels_and_accounts(ctx: AppContext) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Channel kinds that have messages, and (id, name, kind) of message accounts: the filter."""
    from shopinbox.store.models import Message

    with ctx.reader() as session:
        kinds = sorted(session.scalars(select(Message.channel).distinct()))
        accounts = [(a.id, a.name, a.kind) for a in session.scalars(
            select(Account).where(Account.id.in_(select(Message.account_id).distinct()))
            .order_by(Account.name))]
    return kinds, accounts


def account_id(ctx: AppContext, name: str) -> int | None:
    """The id of the account called `name` (the CLI's --account), or None."""
    with ctx.reader() as session:
        return session.scalar(select(Account.id).where(Account.name == name))
