"""Command groups of the command line, one module each (see `shopinbox.cli`)."""
