"""The local store: SQLAlchemy models, engine set-up, migrations, queries and search. No Qt."""
