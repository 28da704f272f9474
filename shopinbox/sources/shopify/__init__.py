"""Shopify (Admin GraphQL API orders): see `source.py`."""

from shopinbox.sources.shopify.source import ShopifySource

SOURCE = ShopifySource()
