"""shopinbox: one local inbox for a small online shop.

The version lives here and only here; packaging and the About box read it.
"""

__version__ = "0.1.0"
