"""One module per channel and order source. No Qt, no SQLAlchemy: settings in, plain data out."""
