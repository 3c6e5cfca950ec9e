"""Progress and cancel for long core functions.

Core functions take ``progress: ProgressFn | None``: a callable receiving the completed fraction (0..1) that
returns ``True`` to go on and ``False`` to cancel. ``Progress`` splits a run into phases.
"""
from __future__ import annotations

from typing import Callable, Optional

from neaspec_planner.core.errors import Cancelled

ProgressFn = Callable[[float], bool]


class Progress:
    """Report progress within ``[start, end]`` of the caller's range and raise ``Cancelled`` on request."""

    def __init__(self, callback: Optional[ProgressFn] = None, start: float = 0.0, end: float = 1.0) -> None:
        self.callback = callback
        self.start = start
        self.end = end

    def __call__(self, fraction: float) -> None:
        """Report ``fraction`` (0..1) of this range; raise ``Cancelled`` if the user asked to stop."""
        if self.callback is None:
            return
        value = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        if self.callback(value) is False:
            raise Cancelled("cancelled by the user")

    def phase(self, start: float, end: float) -> Progress:
        """A sub-range ``[start, end]`` (fractions of this range)."""
        span = self.end - self.start
        return Progress(self.callback, self.start + span * start, self.start + span * end)
