"""Team mode: users of a shop, assignment, internal notes, and the live link between desktops
that share one PostgreSQL database (LISTEN/NOTIFY for changes and "is replying")."""
