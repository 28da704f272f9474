"""CSV exports neutralise cells a spreadsheet would run as formulas."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.promos.discounts import export_given_codes
from shopinbox.domain.csv_cells import safe_cell, write_csv
from shopinbox.store.models import Customer, DiscountCode, DiscountPool
from shopinbox.store.types import utcnow


def test_formula_starts_are_neutralised():
    for dangerous in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")"):
        assert safe_cell(dangerous) == "'" + dangerous
    for harmless in ("Anna", "a=b", "", "ł@x.pl"):
        assert safe_cell(harmless) == harmless
    assert safe_cell(-5) == -5  # numbers the export writes itself stay numbers
    rows = list(csv.reader(io.StringIO(write_csv(["name"], [["=cmd|' /C calc'!A0"]]))))
    assert rows == [["name"], ["'=cmd|' /C calc'!A0"]]


def test_given_codes_export_is_formula_safe(sqlite_ctx):
    load_demo_shop(sqlite_ctx)
    with sqlite_ctx.writer() as session, session.begin():
        code = session.scalar(select(DiscountCode).order_by(DiscountCode.id))
        customer = session.scalar(select(Customer).order_by(Customer.id))
        customer.display_name = '=HYPERLINK("http://x","y")'
        code.given_to_id, code.given_at, code.channel = customer.id, utcnow(), "email"
        pool = session.get(DiscountPool, code.pool_id).name
    rows = list(csv.reader(io.StringIO(export_given_codes(sqlite_ctx, pool))))
    assert ["'=HYPERLINK(\"http://x\",\"y\")"] == [r[2] for r in rows if "HYPERLINK" in r[2]]
