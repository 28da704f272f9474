"""Order exports as CSV files on the contract of `sources/base.py`: a file source. The parser
(`parse.py`) knows the Shopify, WooCommerce and PrestaShop export layouts and any other layout
through a column mapping; there is nothing to connect to."""

from __future__ import annotations

import argparse
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from shopinbox.sources.base import (
    FileImport,
    FilePreview,
    OrderSetupError,
    OrderSource,
    local_zone,
)

if TYPE_CHECKING:
    from shopinbox.app.core.doctor import Check
    from shopinbox.store.models import Account

KIND = "csv"


class CsvFileSource(OrderSource):
    kind = KIND
    title = "CSV export"
    order = 10
    imports_files = True
    form_module = "shopinbox.sources.csv_file.form"

    def preview_file(self, data: bytes, rows: int = 5, **_: Any) -> FilePreview:
        from shopinbox.sources.csv_file.parse import GENERIC_FIELDS, CsvFormatError, preview_csv

        try:
            found, headers, first = preview_csv(data, rows)
        except CsvFormatError as error:
            raise OrderSetupError(str(error)) from None
        return FilePreview(found, headers, first, GENERIC_FIELDS)

    def import_file(self, data: bytes, *, format: str = "auto", mapping: str | None = None,
                    default_tz: tzinfo | None = None, default_currency: str = "",
                    **_: Any) -> FileImport:
        """Times without an offset (WooCommerce, PrestaShop exports) are read in `default_tz`,
        the local zone of this machine unless given. `mapping` ("number=Order,email=Mail,…")
        names the columns of a `generic` file."""
        from shopinbox.sources.csv_file.parse import (
            FORMATS,
            CsvFormatError,
            parse_mapping,
            parse_orders_csv,
        )

        if format not in FORMATS:
            raise OrderSetupError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        try:
            layout = parse_mapping(mapping) if mapping else None
            parsed = parse_orders_csv(data, format, layout, default_tz or local_zone(),
                                      default_currency)
        except CsvFormatError as error:
            raise OrderSetupError(str(error)) from None
        return FileImport(format=parsed.format, orders=parsed.orders, bad_rows=parsed.bad_rows,
                          rows=parsed.rows, account_name=f"{parsed.format} CSV",
                          account_settings={"format": parsed.format})

    def check(self, account: Account) -> Check:
        from shopinbox.app.core.doctor import Check

        return Check("", True, "orders imported from export files: nothing to connect to")

    def register_cli(self, order_actions: argparse._SubParsersAction) -> None:
        from shopinbox.sources.csv_file.cli import register

        register(order_actions)
