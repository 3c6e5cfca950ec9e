"""The result protocol: every public ``…Result`` of ``core/`` is an ``Outcome`` with ``messages`` and ``warnings``
fields that default to fresh empty lists, and the protocol's helpers report them."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil

import pytest

import neaspec_planner.core
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, Note
from neaspec_planner.core.results import Outcome, recorder, text_of


def _result_classes() -> list[type]:
    found = {}
    for info in pkgutil.iter_modules(neaspec_planner.core.__path__):
        module = importlib.import_module(f"neaspec_planner.core.{info.name}")
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and name.endswith("Result") and not name.startswith("_") \
                    and obj.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = obj
    return [found[k] for k in sorted(found)]


RESULTS = _result_classes()


def test_the_known_results_are_found():
    names = {cls.__name__ for cls in RESULTS}
    assert {"OverlapResult", "RasterOverlapResult", "RamsarResult", "CorridorResult", "OptionsResult",
            "ResistanceResult", "PinchResult", "ConnectivityResult", "ProtConnResult", "MonitoringResult"} <= names


@pytest.mark.parametrize("cls", RESULTS, ids=lambda c: c.__name__)
def test_every_core_result_follows_the_protocol(cls):
    assert issubclass(cls, Outcome)
    assert dataclasses.is_dataclass(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for name in ("messages", "warnings"):
        assert name in fields, f"{cls.__name__} has no {name} field"
    # warnings defaults to a new list per result (never one list shared by all results)
    assert fields["warnings"].default_factory is list


def test_report_sends_messages_to_info_and_warnings_to_warn():
    @dataclasses.dataclass
    class Demo(Outcome):
        value: int
        messages: list = dataclasses.field(default_factory=list)
        warnings: list = dataclasses.field(default_factory=list)

    note = Note(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."), layer="a", field="b")
    demo = Demo(3, ["read 3", note], ["empty"])
    info, warn = [], []
    demo.report(info.append, warn.append)
    assert info == ["read 3", "Layer 'a' has no field 'b'."] and warn == ["empty"]
    both = []
    demo.report(both.append)
    assert both == ["read 3", "Layer 'a' has no field 'b'.", "empty"]
    shouted = demo.lines(lambda context, text: text.replace("Layer", "LAYER").replace("read", "READ"))
    assert shouted == ["read 3", "LAYER 'a' has no field 'b'.", "empty"]  # only templates are translated
    assert Demo(1).warnings is not Demo(2).warnings


def test_text_of_uses_a_text_method_when_translating():
    class Line:
        def text(self, translate=None):
            return "translated" if translate else "plain"

        def __str__(self):
            return self.text()

    assert text_of(Line()) == "plain" and text_of(Line(), lambda c, t: t) == "translated"


def test_recorder_keeps_logs_and_passes_on():
    kept, passed = [], []
    say = recorder(kept, passed.append)
    say("one")
    say("two")
    assert kept == ["one", "two"] and passed == ["one", "two"]
    only = []
    recorder(only)("three")
    assert only == ["three"]
