"""Reports: how fast the shop answers, on which channels, and what promotions earn."""
