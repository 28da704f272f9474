"""The allegro channel's pure conversion of raw items to messages (no I/O)."""

KIND = "allegro"  # channel, account kind and identity kind (the buyer's Allegro login)
