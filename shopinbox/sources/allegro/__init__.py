"""Allegro orders (checkout forms, kept current by the order events feed): see `source.py`."""

from shopinbox.sources.allegro.source import AllegroOrderSource

SOURCE = AllegroOrderSource()
