"""EST plugin package: core science (Qt-free), Processing provider, GUI and layouts."""
