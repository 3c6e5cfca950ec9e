"""Exceptions shared by the analyses.

``InputError`` is a user mistake (bad layer, bad value): Processing turns it into a ``QgsProcessingException``,
the command line into exit code 2 with a one-line message. ``Cancelled`` is raised when the user stops a run.

Translatable messages: raise ``InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field
'{field}'."), layer=name, field=key)``. The template (with ``{name}`` placeholders) is the message id that
``pylupdate5`` extracts (it looks for the name ``QT_TRANSLATE_NOOP``); ``str(exc)`` is the English text, and the
Processing layer looks the template up in the ``InputError`` context and formats the translation with the same
fields. A plain string still works (it is shown untranslated). A field may be another ``InputError`` (a message
wrapped with more context) or a ``Note`` (a translatable word such as ``Note(QT_TRANSLATE_NOOP("InputError",
"Cost table"))``): it is translated too.

Log lines and warnings of a result are ``Note``s the same way (``test/core/test_errors.py`` checks that no message
of ``core/`` is plain English text); ``Joined`` shows several of them as one line (a cleaning summary).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: the translation context of every core message
CONTEXT = "InputError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 extracts
    """Marks ``text`` for translation in ``context``; returns it unchanged (core imports no Qt)."""
    return text


class InputError(ValueError):
    """Bad input: the message names the layer, feature or cell and says what to do."""

    def __init__(self, message: str, **fields: Any) -> None:
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)

    def translated(self, translate: Any) -> str:
        """The message in the interface language: ``translate(context, template)`` formatted with the fields.

        Fields that are messages themselves (``InputError``, ``Note``) are translated too."""
        return _format(translate(CONTEXT, self.template), self.fields, translate, str(self))


class Cancelled(Exception):
    """The user cancelled the run; nothing was written."""


class Note(str):
    """A log message that can be shown translated: ``str`` is the English text; ``template`` and ``fields`` as in
    ``InputError`` (build it with ``Note(QT_TRANSLATE_NOOP("InputError", "… {name} …"), name=…)``)."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, **fields: Any) -> Note:
        note = super().__new__(cls, template.format(**fields) if fields else template)
        note.template, note.fields = template, fields
        return note

    def translated(self, translate: Any) -> str:
        return _format(translate(CONTEXT, self.template), self.fields, translate, str(self))


class Joined(str):
    """Log messages shown as one line (``"; "`` between them): ``str`` is the English line, ``translated`` joins
    the translated parts (each a ``Note`` or plain text)."""

    parts: list[str]
    separator: str

    def __new__(cls, parts: Sequence[str], separator: str = "; ") -> Joined:
        joined = super().__new__(cls, separator.join(str(part) for part in parts))
        joined.parts, joined.separator = list(parts), separator
        return joined

    def translated(self, translate: Any) -> str:
        return self.separator.join(translated(part, translate) for part in self.parts)


#: the messages that carry a template and are shown translated (``translated`` on each)
TRANSLATABLE = (InputError, Note, Joined)


def _format(text: str, fields: dict[str, Any], translate: Any, english: str) -> str:
    """``text`` formatted with ``fields``, those that are messages themselves (``InputError``, ``Note``) translated;
    the English text if the translation is broken (a broken translation never hides the message)."""
    if not fields:
        return text
    values = {key: (value.translated(translate) if isinstance(value, TRANSLATABLE) else value)
              for key, value in fields.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return english


def translated(message: str, translate: Any) -> str:
    """``message`` in the interface language if it carries a template (``TRANSLATABLE``); plain strings are returned
    as they are."""
    return message.translated(translate) if isinstance(message, TRANSLATABLE) else str(message)
