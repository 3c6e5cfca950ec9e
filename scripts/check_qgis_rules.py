"""QGIS plugin lint rules ruff does not have (the main flake8-qgis rules, same codes), plus a few of ours.

Usage: ``python scripts/check_qgis_rules.py PATH...`` (folders are searched for ``*.py``); exit 1 on findings.
A finding is silenced with ``# noqa: CODE`` on its line. Not checked: flake8-qgis QGS111 (``from qgis import
processing``), because ``qgis.processing`` has no ``run()`` in QGIS 3.22, our minimum version.

QGS101/102  import from qgis protected modules (``qgis._core``; ``qgis._3d`` is allowed)
QGS103/104  import PyQt5/PyQt6/PySide/sip directly instead of ``qgis.PyQt``
QGS106      ``import gdal`` / ``ogr`` / ``osr`` instead of ``from osgeo import ...``
QGS107      ``exec_()`` instead of ``exec()``
QGS401      ``qApp`` instead of ``QApplication.instance()``
QGS406      ``QRegExp`` (removed in Qt6) instead of ``QRegularExpression``
QGS407      ``QDesktopWidget`` (removed in Qt6)
QGS408      compiled Qt resources (``resources_rc`` modules; removed in PyQt6): load files by path
NQS001      ``from qgis... import *``
NQS002      ``QgsMapLayerRegistry`` (removed in QGIS 3): use ``QgsProject.instance()``
NQS003      unscoped Qt enum (``Qt.AlignLeft``): write ``Qt.AlignmentFlag.AlignLeft`` (Qt6 needs it)
"""
from __future__ import annotations

import ast
import importlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
GDAL_MODULES = ("gdal", "ogr", "osr", "gdalconst", "gdal_array", "gdalnumeric")
REMOVED_NAMES = {
    "qApp": ("QGS401", "use QApplication.instance() instead of qApp"),
    "QRegExp": ("QGS406", "QRegExp is removed in Qt6: use QRegularExpression"),
    "QDesktopWidget": ("QGS407", "QDesktopWidget is removed in Qt6: use QScreen (QGuiApplication.screens())"),
    "QgsMapLayerRegistry": ("NQS002", "QgsMapLayerRegistry is gone since QGIS 3: use QgsProject.instance()"),
}
NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Z0-9, ]+))?", re.IGNORECASE)
SKIP_DIRS = {".venv", ".deps", "__pycache__", ".git", "build", "dist", "out"}


class Finding(NamedTuple):
    path: Path
    line: int
    col: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col + 1}: {self.code} {self.message}"


def _scoped_enum_name(module: str, cls_name: str, attr: str) -> str | None:
    """``Enum`` when ``cls_name.attr`` is an enum member reachable as ``cls_name.Enum.attr``, else None."""
    try:
        cls = getattr(importlib.import_module(module), cls_name)
        value = getattr(cls, attr)
    except (ImportError, AttributeError):
        return None
    enum_type = type(value)
    if isinstance(value, type) or enum_type in (int, float, str, bool) or not isinstance(value, int):
        return None
    enum_name = enum_type.__name__
    if enum_name == attr or getattr(cls, enum_name, None) is not enum_type:
        return None
    return enum_name


class Checker(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.findings: list[Finding] = []
        self.qt_classes: dict[str, str] = {}  # local name -> qgis.PyQt module it was imported from

    def add(self, node: Any, code: str, message: str) -> None:
        self.findings.append(Finding(self.path, node.lineno, node.col_offset, code, message))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 - ast.NodeVisitor API
        module = node.module or ""
        root = module.split(".")[0]
        if module.startswith("qgis._") and not module.startswith("qgis._3d"):
            self.add(node, "QGS101", f"use 'from {module.replace('._', '.', 1)} import ...' instead of '{module}'")
        if root in QT_BINDINGS:
            self.add(node, "QGS103", f"use 'from qgis.PyQt{module[len(root):]} import ...' instead of '{module}'")
        if module in GDAL_MODULES:
            self.add(node, "QGS106", f"use 'from osgeo import {module}' instead of 'from {module} import ...'")
        if any(alias.name == "*" for alias in node.names) and root == "qgis":
            self.add(node, "NQS001", f"do not star-import from {module}: import the names you use")
        if module.endswith("_rc") or any(alias.name.endswith("_rc") for alias in node.names):
            self.add(node, "QGS408", "compiled Qt resources are gone in PyQt6: load icons and .ui files by path")
        for alias in node.names:
            if alias.name in REMOVED_NAMES:
                self.add(node, *REMOVED_NAMES[alias.name])
        if module.startswith("qgis.PyQt."):
            for alias in node.names:
                self.qt_classes[alias.asname or alias.name] = module
        self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802 - ast.NodeVisitor API
        for alias in node.names:
            root = alias.name.split(".")[0]
            if alias.name.startswith("qgis._") and not alias.name.startswith("qgis._3d"):
                self.add(node, "QGS102", f"use 'import {alias.name.replace('._', '.', 1)}' instead of '{alias.name}'")
            if root in QT_BINDINGS:
                self.add(node, "QGS104", f"use 'qgis.PyQt{alias.name[len(root):]}' instead of '{alias.name}'")
            if alias.name in GDAL_MODULES:
                self.add(node, "QGS106", f"use 'from osgeo import {alias.name}' instead of 'import {alias.name}'")
            if alias.name.endswith("_rc"):
                self.add(node, "QGS408", "compiled Qt resources are gone in PyQt6: load icons and .ui files by path")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast.NodeVisitor API
        if isinstance(node.func, ast.Attribute) and node.func.attr == "exec_":
            self.add(node, "QGS107", "use 'exec()' instead of 'exec_()'")
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:  # noqa: N802 - ast.NodeVisitor API
        if node.id in REMOVED_NAMES:
            self.add(node, *REMOVED_NAMES[node.id])

    def visit_Attribute(self, node: ast.Attribute) -> None:  # noqa: N802 - ast.NodeVisitor API
        if node.attr in REMOVED_NAMES:
            self.add(node, *REMOVED_NAMES[node.attr])
        if isinstance(node.value, ast.Name) and node.value.id in self.qt_classes:
            cls_name = node.value.id
            enum_name = _scoped_enum_name(self.qt_classes[cls_name], cls_name, node.attr)
            if enum_name:
                self.add(node, "NQS003", f"use the scoped enum '{cls_name}.{enum_name}.{node.attr}' (needed by Qt6)")
        self.generic_visit(node)


def _silenced(finding: Finding, lines: list[str]) -> bool:
    match = NOQA.search(lines[finding.line - 1]) if finding.line <= len(lines) else None
    if match is None:
        return False
    codes = match.group("codes")
    return codes is None or finding.code in {c.strip().upper() for c in codes.split(",")}


def check_source(source: str, path: Path) -> list[Finding]:
    tree = ast.parse(source, filename=str(path))
    checker = Checker(path)
    checker.visit(tree)
    lines = source.splitlines()
    return [f for f in sorted(checker.findings, key=lambda f: (f.line, f.col)) if not _silenced(f, lines)]


def python_files(paths: list[str]) -> Iterator[Path]:
    for arg in paths:
        path = Path(arg)
        if path.is_file():
            yield path
        elif path.is_dir():
            for found in sorted(path.rglob("*.py")):
                if not SKIP_DIRS.intersection(found.parts):
                    yield found


def main(argv: list[str] | None = None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    findings: list[Finding] = []
    for path in python_files(paths or ["neaspec_planner"]):
        findings += check_source(path.read_text(encoding="utf-8"), path)
    for finding in findings:
        print(finding)
    if findings:
        print(f"{len(findings)} QGIS rule finding(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
