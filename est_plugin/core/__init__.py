"""The science of the EST plugin.

Nothing in this package imports qgis or Qt: functions take arrays and (Geo)DataFrames,
return the same, and raise :class:`EstError` subclasses with a message a planner understands.
"""
