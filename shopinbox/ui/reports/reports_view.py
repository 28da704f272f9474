"""The Reports window (Shop → Reports…): a date range and a channel/account filter on top, a row
of headline numbers, and chart cards below. Every figure is computed in the background
(`app.reports.figures.compute` through the TaskRunner); the UI thread only draws the result.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.app.reports.figures import (
    Report,
    ReportQuery,
    Scoped,
    channels_and_accounts,
    compute,
    intent_figures,
    scope_for,
)
from shopinbox.app.reports.ranges import PRESETS
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.formatting import date_pattern
from shopinbox.ui.common.tasks import TaskRunner
from shopinbox.ui.reports import report_format as fmt
from shopinbox.ui.reports.chart_card import ChartCard
from shopinbox.ui.reports.charts import BarChart, Chart, HeatmapChart, LineChart, Series
from shopinbox.ui.timeline.timeline_html import texts

AGES = ("lt_1h", "1h_4h", "4h_24h", "1d_3d", "3d_7d", "gt_7d")
DAILY_UP_TO = 45  # days; longer ranges are shown per week


class Tile(QFrame):
    """A headline number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class ReportsView(QDialog):
    computed = Signal(object)  # the Report, once every chart shows it
    intents_shown = Signal(object)  # {intent: count}, once its card shows them (read apart)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks or TaskRunner(self)
        self.report: Report | None = None
        self.generation = 0
        self.paint_ms = 0.0
        self.setObjectName("reportsView")
        self.setWindowTitle(self.tr("Reports"))
        self.resize(1180, 860)

        self.range_box = QComboBox(self)
        names = {"7d": self.tr("Last 7 days"), "30d": self.tr("Last 30 days"),
                 "90d": self.tr("Last 90 days"), "this_month": self.tr("This month"),
                 "last_month": self.tr("Last month"), "custom": self.tr("Custom range")}
        for preset in PRESETS:
            self.range_box.addItem(names[preset], preset)
        self.range_box.setCurrentIndex(PRESETS.index("30d"))
        today = QDate.currentDate()
        self.first_edit = QDateEdit(today.addDays(-29), self)
        self.last_edit = QDateEdit(today, self)
        for edit in (self.first_edit, self.last_edit):
            edit.setDisplayFormat(date_pattern())  # the locale's, with a four-digit year
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._custom_changed)
        self.filter_box = QComboBox(self)
        self.filter_box.addItem(self.tr("All channels and accounts"), None)
        self.status = QLabel(self)
        self.hours_note = QLabel(self)
        self.hours_note.setWordWrap(True)
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Period:"), self.range_box),
                              (self.tr("From:"), self.first_edit),
                              (self.tr("To:"), self.last_edit),
                              (self.tr("Show:"), self.filter_box)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addStretch(1)
        notes = QHBoxLayout()
        notes.addWidget(self.hours_note, 1)
        notes.addWidget(self.status)

        self.tiles = {key: Tile(caption, self) for key, caption in (
            ("median", self.tr("First response, median")),
            ("p90", self.tr("First response, 90% of customers within")),
            ("within", self.tr("Answered within an hour")),
            ("waiting", self.tr("Waiting for a reply now")),
            ("snoozed", self.tr("Snoozed, coming back today")))}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.cards: dict[str, ChartCard] = {}
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        specs: list[tuple[str, Chart]] = [
            ("first-response", LineChart(self.tr("First response time by week"), fmt.hours)),
            ("time-to-done", LineChart(self.tr("Time to done by week"), fmt.hours)),
            ("answered-within", BarChart(self.tr("Answered within 1 h, 4 h and 24 h"),
                                         fmt.percent)),
            ("volume", LineChart(self.tr("Messages received and sent"), fmt.count)),
            ("received-by-account", BarChart(self.tr("Received by channel and account"),
                                             fmt.count, stacked=True)),
            ("heatmap", HeatmapChart(self.tr("When customers write (weekday × hour)"),
                                     fmt.count)),
            ("customers", BarChart(self.tr("New and returning customers"), fmt.count,
                                   stacked=True)),
            ("waiting", BarChart(self.tr("Waiting for a reply, by how long"), fmt.count)),
            ("order-revenue", BarChart(self.tr("Order revenue: customers who wrote and who "
                                               "did not"), fmt.number)),
            ("order-count", BarChart(self.tr("Orders: customers who wrote and who did not"),
                                     fmt.count)),
            ("order-mentions", BarChart(self.tr("Orders customers wrote about"), fmt.count)),
            ("promotions", BarChart(self.tr("Discount codes handed out"), fmt.count)),
            ("intents", BarChart(self.tr("What customers asked"), fmt.count)),
        ]
        for index, (slug, chart) in enumerate(specs):
            card = ChartCard(chart, slug, grid_host)
            self.cards[slug] = card
            grid.addWidget(card, index // 2, index % 2)
            # Wrapped titles and notes report no height to the grid: reserve room for two lines
            # of each above the chart, so the chart is never pushed out of its card.
            grid.setRowMinimumHeight(index // 2, chart.minimumHeight()
                                     + 6 * self.fontMetrics().lineSpacing() + 30)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(notes)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)

        self.range_box.currentIndexChanged.connect(self._range_changed)
        self.filter_box.currentIndexChanged.connect(self.refresh)
        self.tasks.submit(channels_and_accounts, ctx, on_done=self._fill_filter)
        QTimer.singleShot(0, self.refresh)

    # -- asking --
    def query(self) -> ReportQuery:
        preset = self.range_box.currentData()
        what, _, value = (self.filter_box.currentData() or "").partition(":")
        channel = value if what == "channel" else None
        account = int(value) if what == "account" else None
        first = self.first_edit.date().toPython() if preset == "custom" else None
        last = self.last_edit.date().toPython() if preset == "custom" else None
        return ReportQuery(preset=preset, first=first, last=last, channel=channel,
                           account_id=account)

    def refresh(self) -> None:
        self.generation += 1
        generation = self.generation
        self.status.setText(self.tr("Computing…"))
        query = self.query()
        # The range, offsets and business hours once (a settings read), then both reads.
        self.tasks.submit(scope_for, self.ctx, query,
                          on_done=lambda scoped: self._compute(query, scoped, generation),
                          on_error=self._failed)

    def _compute(self, query: ReportQuery, scoped: Scoped, generation: int) -> None:
        if generation != self.generation:
            return  # the user changed the question meanwhile
        self.tasks.submit(compute, self.ctx, query, None, None, scoped,
                          on_done=lambda report: self._show(report, generation),
                          on_error=self._failed)
        # (read apart: a first count reads every message of the range with the intent model)
        self.tasks.submit(intent_figures, self.ctx, query, None, None, scoped,
                          on_done=lambda counts: self._show_intents(counts, generation),
                          on_error=self._failed)

    def _range_changed(self) -> None:
        custom = self.range_box.currentData() == "custom"
        self.first_edit.setEnabled(custom)
        self.last_edit.setEnabled(custom)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.range_box.currentData() == "custom":
            self.refresh()

    def _fill_filter(self, found: tuple[list[str], list[tuple[int, str, str]]]) -> None:
        kinds, accounts = found
        self.filter_box.blockSignals(True)
        for kind in kinds:
            self.filter_box.addItem(channel_ui.title(kind), f"channel:{kind}")
        for account_id, name, kind in accounts:
            self.filter_box.addItem(self.tr("{account} ({channel})").format(
                account=name, channel=channel_ui.title(kind)), f"account:{account_id}")
        self.filter_box.blockSignals(False)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The report could not be computed."))
        self.failed.emit(str(error))

    # -- showing --
    def _show(self, report: Report, generation: int) -> None:
        if generation != self.generation:
            return  # the user changed the question meanwhile
        began = time.perf_counter()
        self.report = report
        self.show_report(report)
        for card in self.cards.values():
            card.chart.repaint()
        self.paint_ms = (time.perf_counter() - began) * 1000
        self.status.setText(self.tr("{first} – {last}").format(
            first=fmt.long_day(report.range.first), last=fmt.long_day(report.range.last)))
        if report.query.preset != "custom":
            self._show_range(report.range.first, report.range.last)
        self.computed.emit(report)

    def _show_range(self, first: date, last: date) -> None:
        """The (disabled) From/To fields show the preset's days, so that choosing "Custom
        range" starts from what is on screen."""
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def show_report(self, report: Report) -> None:
        self.hours_note.setText(
            self.tr("Times count business hours only.") if report.business_hours else
            self.tr("Times count every hour of the day: the shop has set no business hours."))
        overall = report.overall()
        first = overall.first_response if overall else None
        self.tiles["median"].value.setText(fmt.seconds(first.median if first else None))
        self.tiles["p90"].value.setText(fmt.seconds(first.p90 if first else None))
        share = (100 * overall.within[3600] / overall.episodes) if overall and overall.episodes \
            else None
        self.tiles["within"].value.setText(fmt.percent(share) if share is not None else "–")
        self.tiles["waiting"].value.setText(fmt.count(sum(report.open_by_age.values())))
        self.tiles["snoozed"].value.setText(fmt.count(report.snoozed_back_today))
        weeks = self._weeks(report)
        self._responses(report, weeks)
        self._volume(report, weeks)
        self._heatmap(report)
        self._customers(report, weeks)
        self._waiting(report)
        self._orders(report)
        self._mentions(report)
        self._promotions(report)

    @staticmethod
    def _weeks(report: Report) -> list[date]:
        first = report.range.first - timedelta(days=report.range.first.weekday())
        return [first + timedelta(weeks=n)
                for n in range((report.range.last - first).days // 7 + 1)]

    def _chart(self, slug: str) -> Chart:
        return self.cards[slug].chart

    def _responses(self, report: Report, weeks: list[date]) -> None:
        labels = [fmt.short_day(w) for w in weeks]
        channels = sorted({r.channel for r in report.responses if r.channel})
        by_key = {(r.channel, r.week): r for r in report.responses}
        everything = self.tr("All channels")

        def line(channel: str | None, pick) -> list[float | None]:
            values = []
            for week in weeks:
                row = by_key.get((channel, week))
                value = pick(row) if row is not None else None
                values.append(value / 3600 if value is not None else None)
            return values

        first = [Series(self.tr("{channel}, median").format(channel=everything),
                        line(None, lambda r: r.first_response.median)),
                 Series(self.tr("{channel}, 90th percentile").format(channel=everything),
                        line(None, lambda r: r.first_response.p90))]
        done = [Series(self.tr("{channel}, median").format(channel=everything),
                       line(None, lambda r: r.done.median)),
                Series(self.tr("{channel}, 90th percentile").format(channel=everything),
                       line(None, lambda r: r.done.p90))]
        if len(channels) > 1:
            for channel in channels:
                name = self.tr("{channel}, median").format(channel=channel_ui.title(channel))
                first.append(Series(name, line(channel, lambda r: r.first_response.median)))
                done.append(Series(name, line(channel, lambda r: r.done.median)))
        week = self.tr("Week from")
        self._chart("first-response").set_data(week, labels, first)
        self._chart("time-to-done").set_data(week, labels, done)
        self.cards["time-to-done"].set_note(self.tr(
            "An exchange is done at the shop's last reply before the customer writes again, "
            "or when the conversation is marked done."))
        rows = [r for r in report.responses if r.week is None and r.channel]
        overall = report.overall()
        rows += [overall] if overall else []
        names = [channel_ui.title(r.channel) if r.channel else everything for r in rows]
        series = [Series(self.tr("within {hours} h").format(hours=limit // 3600),
                         [100 * r.within[limit] / r.episodes if r.episodes else None
                          for r in rows]) for limit in (3600, 4 * 3600, 86_400)]
        self._chart("answered-within").set_data(self.tr("Channel"), names, series)

    def _volume(self, report: Report, weeks: list[date]) -> None:
        daily = (report.range.last - report.range.first).days < DAILY_UP_TO
        if daily:
            keys = [report.range.first + timedelta(days=n)
                    for n in range((report.range.last - report.range.first).days + 1)]
            rows = [(v.day, v.channel, v.account_id, v.inbound, v.outbound)
                    for v in report.volume]
        else:
            keys, rows = weeks, report.weekly_volume()
        index = {key: n for n, key in enumerate(keys)}
        received, sent = [0.0] * len(keys), [0.0] * len(keys)
        per_account: dict[tuple[int, str], list[float]] = {}
        for key, channel, account, inbound, outbound in rows:
            if key not in index:
                continue
            received[index[key]] += inbound
            sent[index[key]] += outbound
            per_account.setdefault((account, channel), [0.0] * len(keys))[index[key]] += inbound
        labels = [fmt.short_day(k) for k in keys]
        header = self.tr("Day") if daily else self.tr("Week from")
        self._chart("volume").set_data(header, labels, [
            Series(self.tr("Received"), received), Series(self.tr("Sent"), sent)])
        accounts = [Series(self.tr("{account} ({channel})").format(
            account=report.accounts.get(account, str(account)),
            channel=channel_ui.title(channel)), values)
            for (account, channel), values in sorted(per_account.items())]
        self._chart("received-by-account").set_data(header, labels, accounts)

    def _heatmap(self, report: Report) -> None:
        days = [fmt.weekday(n) for n in range(7)]
        hours = [str(h) for h in range(24)]

        def text(row: int, column: int, value: int) -> str:
            return self.tr("{day} {start}:00–{end}:00: %n message(s)", "", value).format(
                day=days[row], start=column, end=column + 1)

        chart = self._chart("heatmap")
        assert isinstance(chart, HeatmapChart)
        chart.set_data(self.tr("Weekday / hour"), days, hours, report.heatmap, text)

    def _customers(self, report: Report, weeks: list[date]) -> None:
        by_week = {r.week: r for r in report.customers if r.week is not None}
        new = [float(by_week[w].new) if w in by_week else 0.0 for w in weeks]
        back = [float(by_week[w].returning) if w in by_week else 0.0 for w in weeks]
        self._chart("customers").set_data(self.tr("Week from"), [fmt.short_day(w) for w in weeks],
                                          [Series(self.tr("New"), new),
                                           Series(self.tr("Returning"), back)])
        total = next((r for r in report.customers if r.week is None), None)
        if total is not None:
            self.cards["customers"].set_note(self.tr(
                "{customers} wrote in this period: {new} for the first time, {back} again.")
                .format(customers=fmt.count(total.customers), new=fmt.count(total.new),
                        back=fmt.count(total.returning)))

    def _waiting(self, report: Report) -> None:
        names = {"lt_1h": self.tr("under 1 h"), "1h_4h": self.tr("1–4 h"),
                 "4h_24h": self.tr("4–24 h"), "1d_3d": self.tr("1–3 days"),
                 "3d_7d": self.tr("3–7 days"), "gt_7d": self.tr("over 7 days")}
        self._chart("waiting").set_data(self.tr("Waiting"), [names[a] for a in AGES], [
            Series(self.tr("Conversations"), [float(report.open_by_age.get(a, 0)) for a in AGES])])
        self.cards["waiting"].set_note(self.tr("Open conversations whose customer waits for an "
                                               "answer, now (not limited to the period)."))

    def _orders(self, report: Report) -> None:
        counts: dict[str, int] = {}
        for row in report.orders:
            counts[row.currency] = counts.get(row.currency, 0) + row.orders
        currency = max(counts, key=lambda c: counts[c]) if counts else ""
        months = sorted({r.month for r in report.orders})
        revenue = {(r.month, r.wrote): float(r.revenue) for r in report.orders
                   if r.currency == currency}
        number = {(r.month, r.wrote): 0 for r in report.orders}
        for row in report.orders:
            number[(row.month, row.wrote)] += row.orders
        labels = [fmt.month(m) for m in months]
        wrote, silent = self.tr("Wrote to the shop"), self.tr("Did not write")
        self._chart("order-revenue").set_data(self.tr("Month"), labels, [
            Series(wrote, [revenue.get((m, True), 0.0) for m in months]),
            Series(silent, [revenue.get((m, False), 0.0) for m in months])])
        self._chart("order-count").set_data(self.tr("Month"), labels, [
            Series(wrote, [float(number.get((m, True), 0)) for m in months]),
            Series(silent, [float(number.get((m, False), 0)) for m in months])])
        others = sorted(c for c in counts if c != currency)
        note = self.tr("Revenue in {currency}.").format(currency=currency or "–")
        if others:
            note += " " + self.tr("Orders in {currencies} are counted but not added up.").format(
                currencies=", ".join(others))
        self.cards["order-revenue"].set_note(note if counts else "")

    def _mentions(self, report: Report) -> None:
        months = [r.month for r in report.mentions]
        self._chart("order-mentions").set_data(self.tr("Month"), [fmt.month(m) for m in months], [
            Series(self.tr("Messages naming an order"),
                   [float(r.messages) for r in report.mentions]),
            Series(self.tr("Orders named"), [float(r.orders) for r in report.mentions])])
        self.cards["order-mentions"].set_note(self.tr(
            "Messages in which customers name the number of one of their orders."))

    def _promotions(self, report: Report) -> None:
        rows = report.promotions
        names = [self.tr("{pool} ({promo})").format(pool=p.pool, promo=p.promo) if p.promo
                 else p.pool for p in rows]
        series = [Series(self.tr("Codes handed out"), [float(p.given) for p in rows]),
                  Series(self.tr("Customers"), [float(p.customers) for p in rows])]
        redeemed = any(p.redeemed is not None for p in rows)
        if redeemed:
            series.append(Series(self.tr("Orders that used a code"),
                                 [float(p.redeemed or 0) for p in rows]))
        self._chart("promotions").set_data(self.tr("Code pool"), names, series)
        if not redeemed:
            self.cards["promotions"].set_note(self.tr(
                "Redemptions and their revenue appear once orders carry discount codes."))
            return
        revenue = [", ".join(fmt.money(total, currency)
                             for currency, total in sorted((p.revenue or {}).items()))
                   for p in rows]
        self.cards["promotions"].set_note("; ".join(
            self.tr("{pool}: revenue {revenue}").format(pool=name, revenue=text or "–")
            for name, text in zip(names, revenue, strict=True)))

    def _show_intents(self, counts: dict[str, int], generation: int) -> None:
        if generation != self.generation:
            return
        words = texts()
        names = [words.get(f"intent:{name}") or self.tr("something else") for name in counts]
        self._chart("intents").set_data(self.tr("Request"), names, [
            Series(self.tr("Messages"), [float(count) for count in counts.values()])])
        self.cards["intents"].set_note(self.tr(
            "Messages customers sent in the period, by what the newest guess says they want; "
            "corrections in the timeline teach it."))
        self.intents_shown.emit(counts)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.generation += 1  # a report still computing is dropped when it arrives
        super().closeEvent(event)

