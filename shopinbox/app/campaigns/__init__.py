"""Campaigns and order-status notifications: segments (saved customer filters), consent and
opt-outs, campaigns sent through the outbox with one code each, the review queue of order
notifications. Knows no widget and no channel (channels come from the registry)."""
