"""Read order exports (CSV) of Shopify, WooCommerce and PrestaShop, or any CSV with a mapping.

Pure parsing: bytes in, `OrderRecord`s and bad rows (with their line numbers) out. A bad row
rejects only the order it belongs to; every good order is still returned.

Layouts (headers are matched case-insensitively, ignoring punctuation):
- Shopify "Export orders": one row per line item; `Name` (`#1001`) on every row, order-level
  fields (`Email`, `Financial Status`, `Total` …) only on the first row of each order.
- WooCommerce order exports (e.g. "Advanced Order Export"): one row per item, order fields
  repeated; `Order Number`/`Order ID`, `Order Date`, `Order Status`, `Billing Email` or
  `Email (Billing)`, `Order Total`/`Order Total Amount`, `Item Name`, `Quantity`, `Item Cost`, `SKU`.
- PrestaShop back-office "Export" of the orders list: `ID;Reference;New client;Delivery;Customer;
  Total;Payment;Status;Date` (semicolons, labels in the admin's language), one row per order and
  no line items; totals carry the currency sign (`45,60 zł`).
- generic: `mapping` names the column of each field (number, email, phone, name, date, status,
  total, currency, item, quantity, price, sku, external_id, tracking, carrier, pickup).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from decimal import Decimal

from shopinbox.domain.charsets import decode_legacy
from shopinbox.domain.orders.records import BadRow, OrderLineRecord, OrderRecord, shopify_status
from shopinbox.domain.orders.values import parse_datetime, parse_money, parse_quantity

FORMATS = ("auto", "shopify", "woocommerce", "prestashop", "generic")
GENERIC_FIELDS = (
    "number", "external_id", "email", "phone", "name", "date", "status", "total", "currency",
    "item", "quantity", "price", "sku", "tracking", "carrier", "address", "discount_code",
    "accepts_marketing", "pickup",
)
# Where the parcel waits (a parcel locker, a pickup shop), in the columns shops export it in.
PICKUP_COLUMNS = ("Pickup Point", "Pickup Location", "Paczkomat", "Punkt odbioru",
                  "Пункт выдачи")


class CsvFormatError(ValueError):
    """The file as a whole cannot be read (unknown layout, missing required column)."""


@dataclass
class CsvImport:
    format: str
    orders: list[OrderRecord] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    rows: int = 0


def _key(header: str) -> str:
    return re.sub(r"[^\w]+", " ", header.lower().replace("\ufeff", "")).strip()


# logical field -> header aliases (compared through `_key`)
SHOPIFY = {
    "number": ("Name",), "email": ("Email",), "financial": ("Financial Status",),
    "fulfillment": ("Fulfillment Status",), "paid_at": ("Paid at",), "date": ("Created at",),
    "cancelled_at": ("Cancelled at",), "currency": ("Currency",), "total": ("Total",),
    "item": ("Lineitem name",), "quantity": ("Lineitem quantity",), "price": ("Lineitem price",),
    "sku": ("Lineitem sku",), "name": ("Shipping Name", "Billing Name"),
    "phone": ("Shipping Phone", "Phone", "Billing Phone"),
    "address": ("Shipping Street", "Shipping Zip", "Shipping City", "Shipping Country"),
    "external_id": ("Id",),
    "discount_code": ("Discount Code",), "accepts_marketing": ("Accepts Marketing",),
}
WOOCOMMERCE = {
    "number": ("Order Number", "Order ID", "order_number", "order_id"),
    "external_id": ("Order ID", "order_id"),
    "date": ("Order Date", "date", "Order Created Date"),
    "status": ("Order Status", "status"),
    "email": ("Billing Email", "Email (Billing)", "billing_email", "Customer Email"),
    "phone": ("Billing Phone", "Phone (Billing)", "billing_phone"),
    "first_name": ("Billing First Name", "First Name (Billing)", "billing_first_name"),
    "last_name": ("Billing Last Name", "Last Name (Billing)", "billing_last_name"),
    "total": ("Order Total", "Order Total Amount", "order_total"),
    "currency": ("Order Currency", "Currency", "order_currency"),
    "item": ("Item Name", "Product Name", "item_name"),
    "quantity": ("Quantity", "Quantity (- Refund)", "Item Quantity", "item_quantity"),
    "price": ("Item Cost", "Item Price", "item_cost"),
    "line_total": ("Item Total", "Order Line Total", "item_total"),
    "sku": ("SKU", "Item SKU", "sku"),
    "address": ("Shipping Address 1", "Address 1&2 (Shipping)", "Shipping Postcode",
                "Postcode (Shipping)", "Shipping City", "City (Shipping)"),
    "tracking": ("Tracking Number",), "carrier": ("Tracking Provider", "Carrier"),
    "discount_code": ("Coupon Code", "Coupons", "Coupon", "coupon_code", "Discount Code"),
    "pickup": PICKUP_COLUMNS,
}
PRESTASHOP = {
    "external_id": ("ID", "Id zamówienia"),
    "number": ("Reference", "Indeks", "Referencja", "Numer referencyjny", "Код", "Ссылка"),
    "name": ("Customer", "Klient", "Клиент", "Покупатель"),
    "email": ("Email", "E-mail", "Adres e-mail"),
    "total": ("Total", "Razem", "Suma", "Итого", "Всего"),
    "status": ("Status", "Статус"),
    "date": ("Date", "Data", "Дата"),
    "address": ("Delivery", "Dostawa", "Доставка"),
    "pickup": PICKUP_COLUMNS,
}
LAYOUTS: dict[str, Mapping[str, tuple[str, ...]]] = {
    "shopify": SHOPIFY, "woocommerce": WOOCOMMERCE, "prestashop": PRESTASHOP,
}
REQUIRED = {
    "shopify": ("number", "item"), "woocommerce": ("number",),
    "prestashop": ("external_id", "number", "total"), "generic": ("number",),
}


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); Excel-PL/RU files saved as "ANSI" (cp1250, cp1251) or
    older exports in ISO-8859-2 / KOI8-R read as what they are (`domain/charsets.py`)."""
    return decode_legacy(data)


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d])


def detect_format(headers: list[str]) -> str:
    keys = {_key(h) for h in headers}
    if {"name", "financial status", "lineitem name"} <= keys:
        return "shopify"
    if keys & {"order number", "order id", "order_number", "order_id"} and keys & {
        "billing email", "email billing", "billing_email", "order total", "order total amount",
        "order_total", "order status", "item name",
    }:
        return "woocommerce"
    if "id" in keys and keys & {_key(a) for a in PRESTASHOP["number"]} and keys & {
        _key(a) for a in PRESTASHOP["total"]
    }:
        return "prestashop"
    raise CsvFormatError(
        "could not recognise the export layout from its header "
        f"({', '.join(headers[:8])}…); choose --format, or --format generic with --map"
    )


def _columns(headers: list[str], layout: Mapping[str, tuple[str, ...]]) -> dict[str, list[int]]:
    index: dict[str, int] = {}
    for position, header in enumerate(headers):
        index.setdefault(_key(header), position)
    found: dict[str, list[int]] = {}
    for name, aliases in layout.items():
        positions = [index[_key(a)] for a in aliases if _key(a) in index]
        if positions:
            found[name] = positions
    return found


def parse_mapping(text: str) -> dict[str, tuple[str, ...]]:
    """`number=Order,email=Mail` -> layout for the generic importer."""
    layout: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise CsvFormatError(f"mapping {part!r} is not FIELD=COLUMN")
        if name not in GENERIC_FIELDS:
            raise CsvFormatError(f"unknown field {name!r}; fields: {', '.join(GENERIC_FIELDS)}")
        layout[name] = (column.strip(),)
    return layout


def preview_csv(data: bytes, rows: int = 5) -> tuple[str, list[str], list[list[str]]]:
    """(recognised layout or "", header, first `rows` rows) of an export, nothing parsed."""
    text = decode(data)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        headers = next(reader)
    except StopIteration:
        raise CsvFormatError("the file is empty") from None
    first: list[list[str]] = []
    for row in reader:
        if len(first) >= rows:
            break
        if any(cell.strip() for cell in row):
            first.append(row)
    try:
        found = detect_format(headers)
    except CsvFormatError:
        found = ""
    return found, headers, first


@dataclass
class _Group:
    key: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


def parse_orders_csv(
    data: bytes,
    format: str = "auto",
    mapping: Mapping[str, tuple[str, ...]] | None = None,
    default_tz: tzinfo = UTC,
    default_currency: str = "",
) -> CsvImport:
    """Every order in the file; rows that cannot be read are listed with their line numbers."""
    text = decode(data)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        headers = next(reader)
    except StopIteration:
        raise CsvFormatError("the file is empty") from None
    if format == "auto":
        format = detect_format(headers)
    if format == "generic":
        if not mapping:
            raise CsvFormatError("--format generic needs --map number=COLUMN,…")
        layout: Mapping[str, tuple[str, ...]] = mapping
    elif format in LAYOUTS:
        layout = LAYOUTS[format]
    else:
        raise CsvFormatError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    columns = _columns(headers, layout)
    missing = [f for f in REQUIRED[format] if f not in columns]
    if missing:
        wanted = "; ".join(f"{f}: {' / '.join(layout.get(f, (f,)))}" for f in missing)
        raise CsvFormatError(f"the {format} layout needs the column(s) {wanted}")
    result = CsvImport(format=format)
    groups: dict[str, _Group] = {}
    last_line = reader.line_num
    for row in reader:
        start, last_line = last_line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        number = _cell(row, columns, "number")
        if not number:
            result.bad_rows.append(BadRow(start, "no order number", field="number"))
            continue
        groups.setdefault(number, _Group(number)).rows.append((start, row))
    build = _build_shopify if format == "shopify" else _build_order
    for group in groups.values():
        try:
            order = build(group, columns, format, default_tz, default_currency)
        except _RowError as error:
            result.bad_rows.append(BadRow(error.line, error.reason, error.order, error.field,
                                          error.value))
            continue
        result.orders.append(order)
    result.bad_rows.sort(key=lambda b: b.line)
    return result


class _RowError(Exception):
    def __init__(self, line: int, reason: str, order: str = "", field: str = "",
                 value: str = "") -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason
        self.order, self.field, self.value = order, field, value


def _cell(row: list[str], columns: dict[str, list[int]], name: str) -> str:
    for position in columns.get(name, ()):
        if position < len(row) and row[position].strip():
            return row[position].strip()
    return ""


def _joined(row: list[str], columns: dict[str, list[int]], name: str) -> str:
    parts = [row[p].strip() for p in columns.get(name, ()) if p < len(row) and row[p].strip()]
    return ", ".join(parts)


def _first(group: _Group, columns: dict[str, list[int]], name: str) -> str:
    for _, row in group.rows:
        value = _cell(row, columns, name)
        if value:
            return value
    return ""


def _lines(group: _Group, columns: dict[str, list[int]]) -> list[OrderLineRecord]:
    lines = []
    for line_no, row in group.rows:
        name = _cell(row, columns, "item")
        if not name:
            continue
        reading = "quantity"
        try:
            quantity = parse_quantity(_cell(row, columns, "quantity"))
            reading = "price"
            price_text = _cell(row, columns, "price")
            price = parse_money(price_text)[0] if price_text else Decimal("0")
            reading = "line_total"
            total_text = _cell(row, columns, "line_total")
            total = parse_money(total_text)[0] if total_text else None
        except ValueError as error:
            raise _RowError(line_no, f"order {group.key}: {error}", group.key,
                            "total" if reading == "line_total" else reading,
                            _cell(row, columns, reading)) from None
        lines.append(OrderLineRecord(name=name, quantity=quantity, unit_price=price, total=total,
                                     sku=_cell(row, columns, "sku")))
    return lines


def _money(group: _Group, columns, lines: list[OrderLineRecord]) -> tuple[Decimal, str]:
    for line_no, row in group.rows:
        text = _cell(row, columns, "total")
        if text:
            try:
                return parse_money(text)
            except ValueError as error:
                raise _RowError(line_no, f"order {group.key}: {error}", group.key, "total",
                                text) from None
    return sum((line.line_total() for line in lines), Decimal("0")), ""


def _date(group: _Group, columns, names: tuple[str, ...], default_tz: tzinfo):
    for name in names:
        for line_no, row in group.rows:
            text = _cell(row, columns, name)
            if text:
                try:
                    return parse_datetime(text, default_tz)
                except ValueError as error:
                    raise _RowError(line_no, f"order {group.key}: {error}", group.key, "date",
                                    text) from None
    raise _RowError(group.rows[0][0], f"order {group.key}: no order date", group.key, "date")


def _build_order(group: _Group, columns, format: str, default_tz: tzinfo,
                 default_currency: str) -> OrderRecord:
    lines = _lines(group, columns)
    total, sign_currency = _money(group, columns, lines)
    name = _first(group, columns, "name") or " ".join(
        filter(None, (_first(group, columns, "first_name"), _first(group, columns, "last_name")))
    )
    status = _first(group, columns, "status")
    if format == "woocommerce":
        status = status.lower().removeprefix("wc-")
    number = group.key
    return OrderRecord(
        external_id=_first(group, columns, "external_id") or number.lstrip("#"),
        number=number,
        placed_at=_date(group, columns, ("date",), default_tz),
        status=status,
        total=total,
        currency=(_first(group, columns, "currency") or sign_currency or default_currency).upper(),
        email=_first(group, columns, "email").lower() or None,
        phone=_first(group, columns, "phone") or None,
        customer_name=name,
        shipping_address=_joined(group.rows[0][1], columns, "address"),
        carrier=_first(group, columns, "carrier") or None,
        tracking_number=_first(group, columns, "tracking") or None,
        pickup_point=_first(group, columns, "pickup") or None,
        lines=lines,
        discount_codes=_codes(group, columns),
        accepts_marketing=_yes_no(_first(group, columns, "accepts_marketing")),
    )


def _codes(group: _Group, columns) -> list[str]:
    """Discount codes of an order (a cell may list several: "A, B" or "A; B")."""
    found: list[str] = []
    for _line, row in group.rows:
        for part in re.split(r"[,;|]", _cell(row, columns, "discount_code")):
            if part.strip() and part.strip() not in found:
                found.append(part.strip())
    return found


def _yes_no(value: str) -> bool | None:
    value = value.strip().lower()
    if value in ("yes", "true", "1", "tak", "да"):
        return True
    if value in ("no", "false", "0", "nie", "нет"):
        return False
    return None


def _build_shopify(group: _Group, columns, format: str, default_tz: tzinfo,
                   default_currency: str) -> OrderRecord:
    record = _build_order(group, columns, format, default_tz, default_currency)
    record.placed_at = _date(group, columns, ("date", "paid_at"), default_tz)
    record.status = shopify_status(
        _first(group, columns, "financial"), _first(group, columns, "fulfillment"),
        bool(_first(group, columns, "cancelled_at")),
    )
    # The `Id` column is only on newer exports; the order name is unique per shop anyway.
    record.external_id = group.key
    return record
