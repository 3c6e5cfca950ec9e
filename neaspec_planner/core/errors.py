"""Exceptions shared by the analyses.

``InputError`` is a user mistake (bad layer, bad value): Processing turns it into a ``QgsProcessingException``,
the command line into exit code 2 with a one-line message. ``Cancelled`` is raised when the user stops a run.
"""


class InputError(ValueError):
    """Bad input: the message names the layer, feature or cell and says what to do."""


class Cancelled(Exception):
    """The user cancelled the run; nothing was written."""
