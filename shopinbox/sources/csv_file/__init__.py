"""Order exports as CSV files (Shopify, WooCommerce, PrestaShop, any layout): see `source.py`."""

from shopinbox.sources.csv_file.source import CsvFileSource

SOURCE = CsvFileSource()
