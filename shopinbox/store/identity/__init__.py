"""Customers across channels in the store: identities, merges and their exact undo, and merge suggestions."""
