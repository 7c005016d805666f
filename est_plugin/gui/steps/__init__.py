"""The steps of the EST dock, in the order of the week's work."""
