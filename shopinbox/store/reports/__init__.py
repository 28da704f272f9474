"""The Reports figures, computed by SQL on SQLite and PostgreSQL alike — one module per figure
family: `responses` (first response, time to done), `activity` (volume, heatmap, new vs
returning customers), `open_work` (waiting now, snoozed back today), `promotions` (codes handed
out; redemptions through one function), `orders` (who wrote vs who did not, orders named in
messages). `sql` holds the shared time arithmetic and the statement cache; `shapes` the rows.
"""

from shopinbox.store.reports.activity import customers, heatmap, volume
from shopinbox.store.reports.open_work import open_work
from shopinbox.store.reports.orders import orders, orders_mentioned
from shopinbox.store.reports.promotions import promotions, redemptions
from shopinbox.store.reports.responses import response_times
from shopinbox.store.reports.shapes import (
    AGE_BUCKETS,
    AGE_OVER,
    WITHIN,
    BusinessHours,
    CustomersRow,
    MentionsRow,
    OrdersRow,
    Percentiles,
    PromoRow,
    ResponseRow,
    Scope,
    VolumeRow,
)
from shopinbox.store.reports.sql import prepare

__all__ = [
    "AGE_BUCKETS", "AGE_OVER", "WITHIN", "BusinessHours", "CustomersRow", "MentionsRow",
    "OrdersRow", "Percentiles", "PromoRow", "ResponseRow", "Scope", "VolumeRow", "customers",
    "heatmap", "open_work", "orders", "orders_mentioned", "prepare", "promotions", "redemptions",
    "response_times", "volume",
]
