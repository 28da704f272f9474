"""The telegram channel's pure conversion of raw items to messages (no I/O)."""

KIND = "telegram"  # channel, account kind and identity kind
