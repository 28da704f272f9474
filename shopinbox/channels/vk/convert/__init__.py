"""The vk channel's pure conversion of raw items to messages (no I/O)."""

KIND = "vk"  # channel, account kind and identity kind
API_VERSION = "5.199"
CHAT_PEER_START = 2_000_000_000  # peer ids from here on are group chats, not one customer
