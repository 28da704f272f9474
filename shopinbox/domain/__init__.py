"""Plain data and pure functions: parsing, normalisation, rules. No I/O happens here."""
