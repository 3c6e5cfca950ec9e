"""Core error messages are translatable: every ``InputError`` in core/ raises a ``QT_TRANSLATE_NOOP`` template
with its fields (so pylupdate5 extracts it into the ``InputError`` context), and ``translated`` formats the
translation with the same fields, translating a wrapped message too."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError

CORE = Path(__file__).resolve().parents[2] / "neaspec_planner" / "core"


def _untranslatable(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "InputError":
            first = node.args[0] if node.args else None
            marked = isinstance(first, ast.Call) and getattr(first.func, "id", None) == "QT_TRANSLATE_NOOP" and \
                isinstance(first.args[0], ast.Constant) and first.args[0].value == "InputError" and \
                isinstance(first.args[1], ast.Constant)
            if not marked:
                out.append(f"{path.name}:{node.lineno}")
    return out


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_messages_are_translatable_templates(path):
    assert _untranslatable(path) == []


def test_translated_fills_the_translation_and_a_wrapped_message():
    table = {"Layer '{layer}' has no field '{field}'.": "레이어 '{layer}'에 필드 '{field}'가 없습니다.",
             "{error} (COUNTRY_FIELD)": "{error}（COUNTRY_FIELD）"}

    def translate(context: str, text: str) -> str:
        assert context == "InputError"
        return table.get(text, text)

    inner = InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'."), layer="parks",
                       field="ISO3")
    outer = InputError(QT_TRANSLATE_NOOP("InputError", "{error} (COUNTRY_FIELD)"), error=inner)
    assert str(outer) == "Layer 'parks' has no field 'ISO3'. (COUNTRY_FIELD)"
    assert outer.translated(translate) == "레이어 'parks'에 필드 'ISO3'가 없습니다.（COUNTRY_FIELD）"


def test_a_broken_translation_falls_back_to_english():
    error = InputError("Layer '{layer}' is empty.", layer="parks")
    assert error.translated(lambda _c, _t: "Слой «{name}» пуст.") == "Layer 'parks' is empty."


#: the calls that put a line into a result's log or warnings: ``say(text)`` / ``_say(…, text)`` (the last
#: argument), ``log(text)``, and ``….append(text)`` on a list named messages, warnings, notes, report, out or parts
SAYERS = {"say", "_say"}
LISTS = {"messages", "warnings", "notes", "report", "out", "parts"}


def _message_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    if not call.args:
        return None
    if isinstance(func, ast.Name) and func.id in SAYERS:
        return call.args[-1]
    if isinstance(func, ast.Name) and func.id == "log":
        return call.args[0]
    if isinstance(func, ast.Attribute) and func.attr in ("append", "insert") and \
            ast.unparse(func.value).split(".")[-1] in LISTS:
        return call.args[-1]
    return None


def _english_log_lines(path: Path) -> list[str]:
    """Log lines written as text (an f-string, a literal or a sum of them) instead of a translatable ``Note``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            arg = _message_argument(node)
            if isinstance(arg, ast.BinOp):
                arg = arg.left
                while isinstance(arg, ast.BinOp):
                    arg = arg.left
            if isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                out.append(f"{path.name}:{node.lineno}")
    return out


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_log_lines_are_translatable_notes(path):
    assert _english_log_lines(path) == []


def test_the_log_line_check_finds_english_lines(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('def f(say, messages, warnings, name):\n    say(f"{name}: read.")\n'
                      '    messages.append("Done.")\n    warnings.append("a " + name)\n'
                      '    messages.append(Note(QT_TRANSLATE_NOOP("InputError", "{name}: read."), name=name))\n',
                      encoding="utf-8")
    assert _english_log_lines(sample) == ["sample.py:2", "sample.py:3", "sample.py:4"]


def test_a_cleaning_summary_is_one_line_of_translatable_parts():
    from neaspec_planner.core.errors import translated
    from neaspec_planner.core.geometry import CleanReport

    table = {"{layer}: {count} features": "{layer}：{count} 个要素",
             "{count} invalid geometries repaired (make_valid)": "已修复 {count} 个无效几何（make_valid）"}
    line = CleanReport(total=12, repaired=2).summary("parks")
    assert str(line) == "parks: 12 features; 2 invalid geometries repaired (make_valid)"
    assert translated(line, lambda _c, text: table.get(text, text)) == \
        "parks：12 个要素; 已修复 2 个无效几何（make_valid）"
