"""The Campaigns window (Shop → Campaigns…): campaigns with their progress, pause/resume and
results, and the review queue of order-status notifications."""
