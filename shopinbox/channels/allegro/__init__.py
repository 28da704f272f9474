"""Allegro (the seller's message centre and orders through the REST API): see `channel.py`."""

from shopinbox.channels.allegro.channel import AllegroChannel

CHANNEL = AllegroChannel()
