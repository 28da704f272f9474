"""Segment filters in SQL on SQLite and PostgreSQL, consent and opt-outs, and the editor's
count + sample for 10,000 customers within 200 ms."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert

from shopinbox.app.campaigns import segments
from shopinbox.domain.campaigns.segments import SegmentRuleError, parse_rules
from shopinbox.store import campaigns as store
from shopinbox.store.models import (
    Account,
    Customer,
    CustomerLabel,
    DiscountCode,
    DiscountPool,
    Identity,
    Message,
    Order,
    OrderLine,
)

T0 = datetime(2026, 6, 1, tzinfo=UTC)


def _shop(ctx, count: int) -> dict[str, int]:
    """Customer i: language pl/ru/en in turn, an email identity, every 2nd also Telegram
    (every 10th of those blocked), i % 4 orders of 50 each (the 3rd cancelled), label "vip"
    for every 5th, consent for every 3rd, a message from them i hours after T0, a code from
    pool P for every 7th."""
    with ctx.writer() as session, session.begin():
        account = Account(name="mail", kind="email", settings={})
        pool = DiscountPool(name="P")
        session.add_all([account, pool])
        session.flush()
        session.execute(insert(Customer), [
            {"id": i + 1, "display_name": f"Klient {i}", "language": ("pl", "ru", "en")[i % 3],
             "note": "", "created_at": T0, "updated_at": T0} for i in range(count)])
        session.execute(insert(Identity), [
            {"customer_id": i + 1, "kind": "email", "value": f"k{i}@example.pl", "display": "",
             "created_at": T0} for i in range(count)] + [
            {"customer_id": i + 1, "kind": "telegram", "value": str(9000 + i), "display": "",
             "created_at": T0, "unreachable_reason": "blocked" if i % 20 == 1 else None}
            for i in range(1, count, 2)])
        session.execute(insert(CustomerLabel), [
            {"customer_id": i + 1, "label": "vip"} for i in range(0, count, 5)])
        orders, lines = [], []
        for i in range(count):
            for n in range(i % 4):
                oid = len(orders) + 1
                orders.append({"id": oid, "source": "csv", "external_id": f"{i}-{n}",
                               "number": f"{i}-{n}", "customer_id": i + 1, "customer_name": "",
                               "placed_at": T0 + timedelta(days=n + i % 30),
                               "status": "cancelled" if n == 2 else "completed",
                               "total": Decimal(50), "currency": "PLN", "shipping_address": "",
                               "updated_at": T0})
                lines.append({"order_id": oid, "position": 0, "sku": f"SKU-{n}",
                              "name": "Świeca „Las”" if n == 1 else "Mydło", "quantity": 1,
                              "unit_price": Decimal(50), "total": Decimal(50)})
        for start in range(0, len(orders), 5000):
            session.execute(insert(Order), orders[start:start + 5000])
            session.execute(insert(OrderLine), lines[start:start + 5000])
        session.execute(insert(Message), [
            {"account_id": account.id, "customer_id": i + 1, "channel": "email",
             "direction": "in", "external_id": f"<m{i}@x>", "sent_at": T0 + timedelta(hours=i),
             "subject": "", "body_text": "hej", "extra": {}, "created_at": T0,
             "sender_address": "", "sender_name": "", "recipients": "", "is_read": False,
             "is_automated": False, "send_attempts": 0} for i in range(count)])
        session.execute(insert(DiscountCode), [
            {"pool_id": pool.id, "code": f"C{i}", "given_to_id": i + 1, "given_at": T0}
            for i in range(0, count, 7)])
        for i in range(0, count, 3):
            store.set_consent(session, i + 1, True, "import:test", at=T0)
    return {"pool": pool.id}


def _count(ctx, rules: dict) -> int:
    return segments.preview(ctx, rules).count


def test_every_filter_field_on_both_engines(ctx):
    ids = _shop(ctx, 60)
    assert _count(ctx, {}) == 60
    assert _count(ctx, {"languages": ["ru"]}) == 20
    assert _count(ctx, {"languages": "pl,en"}) == 40
    assert _count(ctx, {"channels": ["telegram"]}) == 27  # 30 with Telegram, 3 blocked
    assert _count(ctx, {"labels": ["vip"]}) == 12
    assert _count(ctx, {"without_labels": ["vip"]}) == 48
    assert _count(ctx, {"min_orders": 2}) == 30
    assert _count(ctx, {"max_orders": 0}) == 15
    assert _count(ctx, {"min_value": "100"}) == 30  # the cancelled order does not count
    assert _count(ctx, {"min_value": "101"}) == 0
    assert _count(ctx, {"product": "świeca"}) == 30 and _count(ctx, {"product": "sku-2"}) == 15
    assert _count(ctx, {"ordered_after": "2026-07-03"}) == 0
    last = {i: (T0 + timedelta(days=i % 4 - 1 + i % 30)).date() for i in range(60) if i % 4}
    assert _count(ctx, {"ordered_after": "2026-06-20"}) == \
        sum(1 for d in last.values() if d.isoformat() >= "2026-06-20")
    assert _count(ctx, {"ordered_before": "2026-06-05"}) == \
        sum(1 for d in last.values() if d.isoformat() <= "2026-06-05")
    assert _count(ctx, {"contacted_after": (T0 + timedelta(hours=50)).date().isoformat()}) == 12
    assert _count(ctx, {"contacted_before": T0.date().isoformat()}) == 24
    assert _count(ctx, {"has_code_from": ids["pool"]}) == 9
    assert _count(ctx, {"no_code_from": ids["pool"]}) == 51
    assert _count(ctx, {"consent": "yes"}) == 20
    assert _count(ctx, {"consent": "yes", "labels": ["vip"], "languages": ["pl"]}) == 4
    sample = segments.preview(ctx, {"labels": ["vip"]}, limit=3).sample
    assert sample == [(1, "Klient 0"), (6, "Klient 5"), (11, "Klient 10")]
    with ctx.writer() as session, session.begin():
        assert store.record_opt_out(session, 1, T0 + timedelta(days=1), None, "manual")
    assert _count(ctx, {"consent": "yes"}) == 19
    try:
        parse_rules({"min_value": "a lot"})
    except SegmentRuleError as error:
        assert "min_value" in str(error)
    else:
        raise AssertionError("a bad value must be refused")


def test_count_and_sample_of_ten_thousand_within_200_ms(sqlite_ctx):
    _shop(sqlite_ctx, 10_000)
    rules = {"languages": ["pl", "ru"], "min_orders": 1, "consent": "yes", "product": "świeca",
             "without_labels": ["vip"], "channels": ["email"]}
    segments.preview(sqlite_ctx, rules)  # warm the statement cache
    times = []
    for _ in range(5):
        started = time.perf_counter()
        found = segments.preview(sqlite_ctx, rules)
        times.append(time.perf_counter() - started)
    print(f"10,000 customers: {found.count} match; median {sorted(times)[2] * 1000:.0f} ms")
    assert found.count > 0 and len(found.sample) == 20
    assert sorted(times)[2] < 0.2
