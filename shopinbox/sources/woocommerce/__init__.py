"""WooCommerce (REST API v3 orders): see `source.py`."""

from shopinbox.sources.woocommerce.source import WooCommerceSource

SOURCE = WooCommerceSource()
