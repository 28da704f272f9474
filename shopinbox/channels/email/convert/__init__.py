"""The email channel's pure conversion of raw items to messages (no I/O)."""

KIND = "email"  # channel, account kind and identity kind
