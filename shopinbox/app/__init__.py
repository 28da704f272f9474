"""Use-cases the window and the command line both call. Knows no widgets."""
