"""Every Python file of the repository is valid on Python 3.9, the oldest Python a supported QGIS ships
(QGIS 3.22-3.34 on Windows and macOS): the 3.9 grammar, no standard-library module or name added later unless the
import is guarded (``sys.version_info`` test or ``try``/``except ImportError``), no keyword argument added later,
no run-time ``X | Y`` union of types. ruff's target version does not check imports; this test does.

Annotations: in a module without ``from __future__ import annotations`` they are evaluated when the function or
class is defined (dataclass fields included), so any ``X | Y`` in them fails on 3.9; with the future import they
are strings and never evaluated. Builtin generics (``list[int]``, PEP 585) are valid at run time on 3.9.
The planted snippets at the end show that the checker finds each kind of problem.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("neaspec_planner", "test", "scripts", "bench", "resources")
SKIP = {".venv", ".deps", "__pycache__", "build", "dist", "out"}

#: standard-library modules that do not exist in Python 3.9
NEW_MODULES = {"tomllib": "3.11", "wsgiref.types": "3.11"}
#: names that standard-library modules gained after 3.9
NEW_NAMES = {
    "typing": {"Self", "TypeAlias", "ParamSpec", "ParamSpecArgs", "ParamSpecKwargs", "Concatenate", "TypeGuard",
               "LiteralString", "Never", "assert_never", "assert_type", "reveal_type", "Required", "NotRequired",
               "Unpack", "TypeVarTuple", "dataclass_transform", "override", "is_typeddict", "get_overloads",
               "clear_overloads", "TypeAliasType", "ReadOnly", "TypeIs", "NoDefault", "get_protocol_members",
               "is_protocol"},
    "itertools": {"pairwise", "batched"},
    "datetime": {"UTC"},
    "enum": {"StrEnum", "ReprEnum", "verify", "member", "nonmember", "global_enum", "EnumCheck", "FlagBoundary"},
    "contextlib": {"chdir", "aclosing"},
    "asyncio": {"TaskGroup", "timeout", "timeout_at", "Runner", "Barrier"},
    "operator": {"call"},
    "inspect": {"get_annotations", "markcoroutinefunction"},
    "math": {"cbrt", "exp2", "sumprod", "fma"},
    "hashlib": {"file_digest"},
    "types": {"NoneType", "EllipsisType", "NotImplementedType", "UnionType", "get_original_bases"},
    "dataclasses": {"KW_ONLY"},
    "statistics": {"correlation", "covariance", "linear_regression"},
}
#: (function name, keyword) pairs added after 3.9
NEW_KEYWORDS = {("zip", "strict"), ("dataclass", "slots"), ("dataclass", "kw_only"), ("dataclass", "weakref_slot"),
                ("field", "kw_only"), ("NamedTemporaryFile", "delete_on_close")}
BUILTIN_TYPES = {"int", "float", "complex", "str", "bytes", "bool", "list", "dict", "tuple", "set", "frozenset",
                 "type", "object", "bytearray"}


def python_files() -> list[Path]:
    files = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if not SKIP.intersection(path.relative_to(ROOT).parts):
                files.append(path)
    return files


def _is_guard(node: ast.AST) -> bool:
    """A ``sys.version_info`` test or a ``try`` that catches ImportError / ModuleNotFoundError."""
    if isinstance(node, ast.If):
        return "version_info" in ast.dump(node.test)
    if isinstance(node, ast.Try):
        names = []
        for handler in node.handlers:
            kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            names += [k.id for k in kinds if isinstance(k, ast.Name)]
        return bool({"ImportError", "ModuleNotFoundError"} & set(names))
    return False


def _type_like(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and node.value is None:
        return True
    if isinstance(node, ast.Name):
        return node.id in BUILTIN_TYPES
    if isinstance(node, ast.Subscript):
        return _type_like(node.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _type_like(node.left) or _type_like(node.right)
    return False


class Checker(ast.NodeVisitor):
    def __init__(self, future_annotations: bool) -> None:
        self.future_annotations = future_annotations
        self.guarded = 0
        self.in_annotation = 0
        self.problems: list[str] = []

    def generic_visit(self, node: ast.AST) -> None:
        guard = _is_guard(node)
        self.guarded += guard
        super().generic_visit(node)
        self.guarded -= guard

    def _annotation(self, node: ast.AST | None) -> None:
        if node is not None:
            self.in_annotation += 1
            self.visit(node)
            self.in_annotation -= 1

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        for arg in node.args.posonlyargs + node.args.args + node.args.kwonlyargs + [node.args.vararg,
                                                                                      node.args.kwarg]:
            if arg is not None:
                self._annotation(arg.annotation)
        self._annotation(node.returns)
        for child in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d] + node.body:
            self.visit(child)

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast API

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:  # noqa: N802 - ast API
        self._annotation(node.annotation)
        self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802 - ast API
        for alias in node.names:
            if alias.name in NEW_MODULES and not self.guarded:
                self.problems.append(f"line {node.lineno}: `import {alias.name}` needs Python "
                                     f"{NEW_MODULES[alias.name]} (guard it with sys.version_info or try/except)")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 - ast API
        module = node.module or ""
        if self.guarded or node.level:
            return
        if module in NEW_MODULES:
            self.problems.append(f"line {node.lineno}: `from {module} import ...` needs Python {NEW_MODULES[module]}")
        late = sorted({a.name for a in node.names} & NEW_NAMES.get(module, set()))
        if late:
            self.problems.append(f"line {node.lineno}: {module}.{', '.join(late)} is not in Python 3.9")

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802 - ast API
        if isinstance(node.value, ast.Name) and node.attr in NEW_NAMES.get(node.value.id, set()) \
                and not self.guarded:
            self.problems.append(f"line {node.lineno}: {node.value.id}.{node.attr} is not in Python 3.9")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        for keyword in node.keywords:
            if (name, keyword.arg) in NEW_KEYWORDS:
                self.problems.append(f"line {node.lineno}: {name}({keyword.arg}=...) needs Python 3.10+")
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:  # noqa: N802 - ast API
        # Annotations are types: without the future import (evaluated when the function or class is defined,
        # dataclass fields included) any ``|`` in them fails on 3.9, whatever the classes; elsewhere ``|`` is a
        # union only when one side is a type we can recognise (``int | None``; ``a.B | a.C`` stays a flag set).
        if self.in_annotation and self.future_annotations:
            self.generic_visit(node)
            return
        union = bool(self.in_annotation) or _type_like(node.left) or _type_like(node.right)
        if isinstance(node.op, ast.BitOr) and union:
            self.problems.append(f"line {node.lineno}: `X | Y` of types is evaluated at run time (Python 3.10+); "
                                 "use Optional[...] / Union[...]")
            return
        self.generic_visit(node)


def problems_in(source: str, name: str = "<string>") -> list[str]:
    try:
        tree = ast.parse(source, filename=name, feature_version=(3, 9))
    except SyntaxError as exc:
        return [f"line {exc.lineno}: not valid Python 3.9 syntax: {exc.msg}"]
    future = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and
                 any(a.name == "annotations" for a in n.names) for n in tree.body)
    checker = Checker(future)
    checker.visit(tree)
    return checker.problems


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_valid_on_python_39(path: Path) -> None:
    problems = problems_in(path.read_text(encoding="utf-8"), str(path))
    assert not problems, f"{path.relative_to(ROOT)}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("source", "found"), [
    ("import tomllib\n", "tomllib"),
    ("from tomllib import loads\n", "tomllib"),
    ("match x:\n    case 1:\n        pass\n", "syntax"),
    ("from typing import Self\n", "Self"),
    ("import itertools\nitertools.pairwise([1])\n", "pairwise"),
    ("for a, b in zip(x, y, strict=True):\n    pass\n", "strict"),
    ("Number = int | float\n", "X | Y"),
    ("isinstance(v, (str | None))\n", "X | Y"),
    ("def f(a: int | None) -> None:\n    pass\n", "X | Y"),
    ("def f(layer: QgsVectorLayer | QgsRasterLayer):\n    pass\n", "X | Y"),
    ("def f() -> Path | str:\n    pass\n", "X | Y"),
    ("from dataclasses import dataclass\n@dataclass\nclass A:\n    crs: Crs | None = None\n", "X | Y"),
    ("x: dict[str, Path | None] = {}\n", "X | Y"),
    ("@dataclass(slots=True)\nclass A:\n    pass\n", "slots"),
    ("try:\n    import tomllib\nexcept ValueError:\n    tomllib = None\n", "tomllib"),
])
def test_checker_finds_what_python_39_lacks(source: str, found: str) -> None:
    assert any(found in p for p in problems_in(source)), problems_in(source)


@pytest.mark.parametrize("source", [
    "import sys\nif sys.version_info >= (3, 11):\n    import tomllib\nelse:\n    import tomli as tomllib\n",
    "try:\n    import tomllib\nexcept ModuleNotFoundError:\n    import tomli as tomllib\n",
    "from __future__ import annotations\ndef f(a: int | None) -> str | None:\n    pass\n",
    "flags = a.B | a.C\nmask = left | right\n",
    "from typing import Optional\nx: Optional[int] = None\n",
    # builtin generics (PEP 585) are evaluated fine on 3.9; with the future import no annotation is evaluated
    "def f(a: list[int], b: dict[str, tuple[int, ...]]) -> type[int]:\n    pass\n",
    "from __future__ import annotations\nfrom dataclasses import dataclass\n@dataclass\nclass A:\n"
    "    crs: Crs | None = None\n",
])
def test_checker_accepts_what_python_39_has(source: str) -> None:
    assert problems_in(source) == []
