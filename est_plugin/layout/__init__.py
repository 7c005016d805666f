"""Print layouts (walk map, weekly report) built with QgsPrintLayout."""
