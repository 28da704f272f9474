"""Pure rules of campaigns and order notifications: segment filters, opt-out words, the
unsubscribe line, send pacing and the status → event mapping. No I/O."""
