"""Qt widgets, models and dialogs: the only layer that imports QtWidgets."""
