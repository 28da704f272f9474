"""Report figures on a hand-built shop whose answers are known (tests/reports/known_shop.py),
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from shopinbox.app.reports.figures import ReportQuery, compute
from shopinbox.app.reports.hours import set_business_hours
from shopinbox.store.models import Account, Conversation, Customer, Message
from shopinbox.store.reports import BusinessHours
from tests.reports import known_shop

QUERY = ReportQuery(preset="custom", first=date(2026, 11, 2), last=date(2026, 11, 29))
MIN = 60


def _row(report, channel, week=None):
    return next(r for r in report.responses if r.channel == channel and r.week == week)


def test_response_times_per_channel_week_and_overall(ctx):
    known_shop.build(ctx)
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    email = _row(report, "email")
    assert (email.episodes, email.answered) == (6, 5)
    assert email.first_response.median == 42 * MIN
    assert email.first_response.p90 == 120 * MIN
    assert email.done.count == 3
    assert (email.done.median, email.done.p90) == (50 * MIN, 60 * MIN)
    assert email.within == {3600: 4, 4 * 3600: 5, 86_400: 5}
    telegram = _row(report, "telegram")
    assert (telegram.first_response.median, telegram.first_response.p90) == (15 * MIN, 300 * MIN)
    assert telegram.done.count == 0 and telegram.done.median is None
    assert telegram.within == {3600: 2, 4 * 3600: 2, 86_400: 3}
    overall = report.overall()
    assert (overall.first_response.median, overall.first_response.p90) == (36 * MIN, 300 * MIN)
    week1 = _row(report, "email", date(2026, 11, 2))
    week2 = _row(report, "email", date(2026, 11, 9))
    assert (week1.episodes, week1.first_response.median) == (3, 30 * MIN)
    assert (week2.episodes, week2.answered, week2.first_response.median) == (2, 2, 90 * MIN)
    last_week = _row(report, "email", date(2026, 11, 23))
    assert (last_week.episodes, last_week.answered, last_week.first_response.count) == (1, 0, 0)


def test_channel_and_account_filters(ctx):
    ids = known_shop.build(ctx)
    by_channel = compute(ctx, ReportQuery("custom", QUERY.first, QUERY.last, channel="telegram"),
                         now=known_shop.NOW, tz=UTC)
    assert {r.channel for r in by_channel.responses} == {"telegram", None}
    assert by_channel.overall().first_response.median == 15 * MIN
    by_account = compute(ctx, ReportQuery("custom", QUERY.first, QUERY.last,
                                          account_id=ids["mail"]), now=known_shop.NOW, tz=UTC)
    assert by_account.overall().first_response.median == 42 * MIN
    assert {v.account_id for v in by_account.volume} == {ids["mail"]}


def test_volume_heatmap_and_customers(ctx):
    ids = known_shop.build(ctx)
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    day = {(v.day, v.channel): (v.inbound, v.outbound) for v in report.volume}
    assert day[(date(2026, 11, 3), "email")] == (4, 4)
    assert day[(date(2026, 11, 3), "telegram")] == (3, 3)
    assert day[(date(2026, 11, 10), "email")] == (1, 1)
    assert day[(date(2026, 11, 10), "telegram")] == (0, 1)
    assert day[(date(2026, 11, 29), "email")] == (1, 0)  # automated and queued do not count
    weekly = {(w, c): (i, o) for w, c, _a, i, o in report.weekly_volume()}
    assert weekly[(date(2026, 11, 9), "email")] == (2, 2)
    # Tuesdays (row 1): 08:xx c1, c6, c7 (3 Nov) and c4 (10 Nov); 09:xx c2 twice, c8; 10:00 c3.
    assert (report.heatmap[1][8], report.heatmap[1][9], report.heatmap[1][10]) == (4, 3, 1)
    assert report.heatmap[2][8] == 1  # c4 on Wednesday 11 Nov 08:00
    assert report.heatmap[6][10] == 1  # c5 on Sunday 29 Nov 10:00 (the automated one is not)
    assert sum(map(sum, report.heatmap)) == 10
    overall = report.customers[-1]
    assert (overall.week, overall.customers, overall.new, overall.returning) == (None, 8, 8, 0)
    assert {r.week: r.customers for r in report.customers[:-1]} == {
        date(2026, 11, 2): 6, date(2026, 11, 9): 1, date(2026, 11, 23): 1}
    assert ids  # both accounts exist


def test_returning_customer(ctx):
    known_shop.build(ctx)
    with ctx.writer() as session, session.begin():
        c9 = session.query(Customer).filter_by(display_name="C9").one()
        mail = session.query(Account).filter_by(name="Shop mail").one()
        session.add(Message(account_id=mail.id, customer_id=c9.id, channel="email",
                            direction="in", external_id="back", sent_at=known_shop.WEEK2))
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    overall = report.customers[-1]
    assert (overall.customers, overall.new, overall.returning) == (9, 8, 1)


def test_local_time_zone_moves_hours_and_days(ctx):
    known_shop.build(ctx)
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=ZoneInfo("Asia/Tokyo"))  # UTC+9
    assert report.heatmap[1][17] == 4  # 08:xx UTC is 17:xx in Tokyo
    assert report.range.start == datetime(2026, 11, 1, 15, 0, tzinfo=UTC)


def test_open_work_snoozed_orders_and_promotions(ctx):
    known_shop.build(ctx)
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    # c5 waits since 29 Nov 10:00 (26 h), c10 since 30 minutes; c3, c4, c6-c8 were answered.
    assert report.open_by_age == {"lt_1h": 1, "1h_4h": 0, "4h_24h": 0, "1d_3d": 1,
                                  "3d_7d": 0, "gt_7d": 0}
    assert report.snoozed_back_today == 1
    assert [(o.month, o.wrote, o.orders, o.revenue) for o in report.orders] == [
        ("2026-11", False, 1, Decimal("50.00")), ("2026-11", True, 1, Decimal("100.00"))]
    [promo] = report.promotions
    assert (promo.pool, promo.promo, promo.given, promo.customers) == ("XMAS", "Christmas", 2, 2)
    # c1's order #1042 used its code A1: the pool's one redemption and its revenue
    assert (promo.redeemed, promo.revenue) == (1, {"PLN": Decimal("100.00")})


def test_orders_named_in_messages(ctx):
    known_shop.build(ctx)
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    assert [(m.month, m.messages, m.orders) for m in report.mentions] == [("2026-11", 2, 2)]
    by_telegram = compute(ctx, ReportQuery("custom", QUERY.first, QUERY.last,
                                           channel="telegram"), now=known_shop.NOW, tz=UTC)
    assert by_telegram.mentions == []  # c6 named someone else's order


def test_business_hours_and_holidays(ctx):
    """Mon-Fri 09:00-17:00 UTC. Friday 6 Nov 16:30 -> Monday 9 Nov 09:12 is 30 + 12 = 42
    business minutes; with Friday 13 Nov a holiday, Thursday 12 Nov 16:50 -> Monday 16 Nov
    09:32 is 10 + 32 = 42; a Saturday message answered Monday 09:42 also 42."""
    known_shop.build(ctx)
    with ctx.writer() as session, session.begin():
        session.query(Message).delete()
        mail = session.query(Account).filter_by(name="Shop mail").one()
        people = session.query(Customer).order_by(Customer.id).all()
        for n, (asked, answered) in enumerate([
                (datetime(2026, 11, 6, 16, 30), datetime(2026, 11, 9, 9, 12)),
                (datetime(2026, 11, 12, 16, 50), datetime(2026, 11, 16, 9, 32)),
                (datetime(2026, 11, 21, 11, 0), datetime(2026, 11, 23, 9, 42))]):
            for direction, when in (("in", asked), ("out", answered)):
                session.add(Message(account_id=mail.id, customer_id=people[n].id,
                                    channel="email", direction=direction,
                                    external_id=f"b{n}{direction}",
                                    sent_at=when.replace(tzinfo=UTC),
                                    delivery_state=None if direction == "in" else "sent"))
        session.query(Conversation).update({"status": "open"})
    set_business_hours(ctx, BusinessHours({d: (9 * 3600, 17 * 3600) for d in range(5)},
                                          (date(2026, 11, 13),)))
    report = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    assert report.business_hours
    overall = report.overall()
    assert (overall.first_response.median, overall.first_response.p90) == (42 * MIN, 42 * MIN)
    set_business_hours(ctx, None)
    wall = compute(ctx, QUERY, now=known_shop.NOW, tz=UTC).overall()
    assert wall.first_response.p90 == 3 * 86_400 + 16 * 3600 + 42 * 60  # Thu 16:50 -> Mon 09:32


def test_what_customers_asked_by_intent(ctx):
    """The report's intent dimension: inbound messages of the range (and channel) by their
    most likely intent; outbound messages and messages outside the range do not count."""
    from shopinbox.app.reports.figures import intent_figures
    from shopinbox.domain.kinds import IdentityKind
    from shopinbox.domain.messages import IdentityRef, IncomingMessage
    from shopinbox.store.ingest import store_messages

    with ctx.writer() as session, session.begin():
        account = Account(name="Shop mail", kind="email", settings={})
        session.add(account)
        session.flush()
        texts = [("in", datetime(2026, 11, 3, 9, 0, tzinfo=UTC), "Gdzie jest moja paczka?"),
                 ("in", datetime(2026, 11, 4, 9, 0, tzinfo=UTC), "Где мой заказ? Жду неделю"),
                 ("in", datetime(2026, 11, 5, 9, 0, tzinfo=UTC),
                  "I want to return the shoes, they are too small"),
                 ("out", datetime(2026, 11, 5, 10, 0, tzinfo=UTC), "Where is my order? Here:"),
                 ("in", datetime(2026, 10, 1, 9, 0, tzinfo=UTC), "Where is my parcel?")]
        store_messages(session, account.id, [IncomingMessage(
            channel="email", direction=direction, external_id=f"<asked-{n}@test>",
            sent_at=when, identity=IdentityRef(IdentityKind.EMAIL, f"c{n}@example.com"),
            sender_address=f"c{n}@example.com", subject="", body_text=text)
            for n, (direction, when, text) in enumerate(texts)], ctx.blobs)
    counts = intent_figures(ctx, QUERY, now=known_shop.NOW, tz=UTC)
    assert counts["where_is_my_order"] == 2 and counts["return"] == 1
    assert sum(counts.values()) == 3  # the shop's own message and October's are not counted
    assert intent_figures(ctx, ReportQuery(preset="custom", first=date(2026, 11, 2),
                                           last=date(2026, 11, 29), channel="telegram"),
                          now=known_shop.NOW, tz=UTC)["where_is_my_order"] == 0
