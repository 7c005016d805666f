"""Errors raised by the core, each with a message a planner understands."""


class EstError(Exception):
    """Base class: the message says what is wrong and where, in the user's language."""


class InputError(EstError):
    """The input (file, layer, column, parameter value) cannot be used as it is."""


class NoUsableRowsError(InputError):
    """Every row of the input was rejected."""
