"""The result protocol of the core: every analysis result carries ``messages`` and ``warnings``.

``messages`` are the lines of the log (what was read, repaired, reprojected, left out); ``warnings`` are what
the user must see (an empty output, data far from the habitat, parts left out). Both are lists of text: plain
``str``, an ``errors.Note`` or ``errors.Joined`` (translatable templates, ``errors.TRANSLATABLE``), or an object
with ``text(translate)`` (monitoring's rejected rows); ``str()`` of each is its English text.

Every public ``…Result`` dataclass of ``core/`` derives from ``Outcome`` and declares the two fields itself
(``messages: list[str] = field(default_factory=list)`` and the same for ``warnings``): a dataclass base with
defaulted fields would force defaults on every field of the results, so the base holds no fields, only the
protocol and its helpers. The Processing layer reports any result the same way (``Outcome.report``).

No QGIS import here.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from neaspec_planner.core.errors import TRANSLATABLE

#: ``translate(context, text)``, e.g. ``QCoreApplication.translate``.
Translate = Callable[[str, str], str]


def text_of(line: object, translate: Optional[Translate] = None) -> str:
    """One message or warning as text, translated when ``translate`` is given and the line carries a template."""
    if translate is not None:
        if isinstance(line, TRANSLATABLE):
            return line.translated(translate)
        text = getattr(line, "text", None)
        if callable(text):
            return str(text(translate))
    return str(line)


class Outcome:
    """Base of every core result: ``messages`` (log lines) and ``warnings`` (shown to the user).

    Subclasses are dataclasses that declare both fields (see the module docstring).

    >>> from dataclasses import dataclass, field
    >>> @dataclass
    ... class Demo(Outcome):
    ...     value: int
    ...     messages: list = field(default_factory=list)
    ...     warnings: list = field(default_factory=list)
    >>> Demo(1, ["read 3 features"], ["nothing overlaps"]).lines()
    ['read 3 features', 'nothing overlaps']
    """

    messages: list[Any]
    warnings: list[Any]

    def message_texts(self, translate: Optional[Translate] = None) -> list[str]:
        return [text_of(m, translate) for m in self.messages]

    def warning_texts(self, translate: Optional[Translate] = None) -> list[str]:
        return [text_of(w, translate) for w in self.warnings]

    def lines(self, translate: Optional[Translate] = None) -> list[str]:
        """Messages, then warnings, as text."""
        return self.message_texts(translate) + self.warning_texts(translate)

    def report(self, info: Callable[[str], Any], warn: Optional[Callable[[str], Any]] = None,
               translate: Optional[Translate] = None) -> None:
        """``info(line)`` for every message and ``warn(line)`` (``info`` when not given) for every warning."""
        for line in self.message_texts(translate):
            info(line)
        for line in self.warning_texts(translate):
            (warn or info)(line)


def recorder(messages: list[Any], log: Optional[Callable[[str], None]] = None,
             logger: Optional[logging.Logger] = None) -> Callable[[Any], None]:
    """A ``say(text)`` that keeps the line in ``messages``, logs it at INFO on ``logger`` and passes it to the
    caller's ``log`` (each optional)."""

    def say(text: Any) -> None:
        messages.append(text)
        if logger is not None:
            logger.info(str(text))
        if log is not None:
            log(text)

    return say
