"""Which layer may import which (read from the sources with ``ast``): the export algorithms are the only way from
Processing into ``export/``, the dock reaches the analyses only through Processing and the workflow, and the
algorithms' keys are not written as strings in the dock."""
from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "neaspec_planner"
#: the Processing algorithms that are adapters over ``export/`` (their entry points: ``export.maps.build_map`` /
#: ``export.maps.export``, ``export.report.make_report``, ``export.ramsar_package.build_package``)
EXPORT_ALGORITHMS = {"planning_map.py", "report.py", "ramsar_package.py"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = "neaspec_planner." + path.parent.name if node.level == 1 else ""
            module = node.module or ""
            names.add(f"{base}.{module}".strip(".") if node.level else module)
    return names


def test_only_the_export_algorithms_import_export():
    leaks = {p.name: sorted(m for m in imported_modules(p) if m.startswith("neaspec_planner.export"))
             for p in sorted((PACKAGE / "processing").glob("*.py")) if p.name not in EXPORT_ALGORITHMS}
    assert {name: mods for name, mods in leaks.items() if mods} == {}
    for name in EXPORT_ALGORITHMS:  # the list names real modules that do use export
        assert any(m.startswith("neaspec_planner.export") for m in imported_modules(PACKAGE / "processing" / name))


def test_the_gui_does_not_import_export_and_the_core_imports_no_qgis():
    for path in sorted((PACKAGE / "gui").glob("*.py")):
        assert not [m for m in imported_modules(path) if m.startswith("neaspec_planner.export")], path.name
    for path in sorted((PACKAGE / "core").glob("*.py")):
        assert not [m for m in imported_modules(path) if m.split(".")[0] == "qgis"], path.name


def test_the_dock_reads_results_by_the_algorithms_key_constants():
    """``r.get("OUTPUT")`` would break silently if an algorithm renamed its key; ``r.get(Overlap.OUTPUT)`` cannot."""
    source = (PACKAGE / "gui" / "dock.py").read_text(encoding="utf-8")
    assert re.findall(r"""\.(?:get|output)\((?:folder, )?["'][A-Z][A-Z_]+["']\)""", source) == []
    assert "neaspec:" not in re.sub(r'"""[\s\S]*?"""', "", source)  # algorithm ids come from the workflow
