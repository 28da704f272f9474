"""`shopinbox report --json` on the hand-built shop, and formula-safe CSV."""

from __future__ import annotations

import csv
import io
import json

from shopinbox.domain.csv_cells import safe_cell, write_csv
from tests.cli.test_cli import shopinbox
from tests.reports import known_shop


def test_report_json_gives_the_known_figures(sqlite_ctx, profile_dir):
    known_shop.build(sqlite_ctx)
    sqlite_ctx.close()
    result = shopinbox("report", "--from", "2026-11-02", "--to", "2026-11-29", "--channel",
                       "email", "--json", profile=profile_dir, env={"TZ": "UTC"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    overall = next(r for r in data["responses"] if r["channel"] is None and r["week"] is None)
    assert overall["first_response"] == {"count": 5, "median": 2520.0, "p90": 7200.0}
    assert overall["within"] == {"1h": 4, "4h": 5, "24h": 5}
    assert data["range"]["first"] == "2026-11-02" and data["query"]["channel"] == "email"
    assert len(data["heatmap"]["counts"]) == 7
    assert data["mentions"] == [{"month": "2026-11", "messages": 2, "orders": 2}]
    assert data["intents"]["where_is_my_order"] >= 1  # "Where is my order 1042?"
    assert data["promotions"][0]["given"] == 2 and data["promotions"][0]["redeemed"] == 1
    text = shopinbox("report", "--from", "2026-11-02", "--to", "2026-11-29", profile=profile_dir,
                     env={"TZ": "UTC"})
    assert "median 36 min" in text.stdout and "(8 of 9 answered)" in text.stdout


def test_report_rejects_a_bad_day(profile_dir):
    result = shopinbox("report", "--from", "yesterday", profile=profile_dir)
    assert result.returncode != 0 and "YYYY-MM-DD" in result.stderr


def test_csv_cells_cannot_become_formulas():
    dangerous = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    for value in dangerous:
        assert safe_cell(value) == "'" + value
    assert safe_cell("Anna") == "Anna" and safe_cell(-5) == -5
    text = write_csv(["Pool", "Codes"], [["=cmd|' /C calc'!A0", 3], ["-", -1.5]])
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Pool", "Codes"], ["'=cmd|' /C calc'!A0", "3"], ["'-", "-1.5"]]


def test_business_hours_spec_and_cli(sqlite_ctx, profile_dir):
    from datetime import date

    from shopinbox.app.reports.hours import business_hours, parse_spec

    hours = parse_spec("mon-fri 09:00-17:00, sat 10:00-14:00", "2026-12-24")
    assert hours.days[0] == (9 * 3600, 17 * 3600) and hours.days[5] == (36_000, 50_400)
    assert 6 not in hours.days and hours.holidays == (date(2026, 12, 24),)
    assert parse_spec("fri-mon 08:00-12:00").days.keys() == {4, 5, 6, 0}
    known_shop.build(sqlite_ctx)
    sqlite_ctx.close()
    result = shopinbox("report", "--from", "2026-11-02", "--to", "2026-11-29", "--json",
                       "--set-business-hours", "mon-sun 08:00-09:00", profile=profile_dir,
                       env={"TZ": "UTC"})
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["business_hours"] is True
    # Only 08:00-09:00 counts: c1 asked 08:00, answered 08:10 -> 10 min; c2 asked 09:00 -> 0.
    c1_week = next(r for r in data["responses"] if r["channel"] == "email"
                   and r["week"] == "2026-11-02")
    assert c1_week["first_response"]["median"] == 0.0  # 10 min, 0 (c2), 0 (c3): median 0
    from shopinbox.app.core.context import AppContext

    reopened = AppContext.open(str(profile_dir))
    try:
        assert business_hours(reopened).days[6] == (8 * 3600, 9 * 3600)
    finally:
        reopened.close()
