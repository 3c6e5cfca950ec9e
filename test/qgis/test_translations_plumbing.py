"""Translation plumbing: `make translations` (pylupdate5) extracts tr() strings into i18n/*.ts, `make transcompile`
(lrelease) builds .qm files, and the plugin installs the translator for the chosen language at load.

Runs on a copy of the sources so the repository's i18n/ is left alone.
"""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from neaspec_planner.languages import LOCALES

ROOT = Path(__file__).resolve().parents[2]
CONTEXT, SOURCE = "NeaspecPlannerPlugin", "NEASPEC Planner panel"  # plugin.py: self.tr("NEASPEC Planner panel")
MARKER = "Панель NEASPEC Planner (тест)"
# processing/base.py: a self.tr() string of the base class, used by every algorithm subclass, and a group name
BASE_CONTEXT, BASE_SOURCE, BASE_MARKER = "NeaspecAlgorithm", "Cancelled: no output was written.", "Отменено (тест)"
GROUP_SOURCE, GROUP_MARKER = "Analysis", "Анализ (тест)"

LOAD_SCRIPT = r'''
import sys
from qgis.core import QgsApplication, QgsSettings
app = QgsApplication([], False)
app.initQgis()
QgsSettings().setValue("neaspec_planner/language", "ru")
from neaspec_planner.plugin import NeaspecPlannerPlugin
plugin = NeaspecPlannerPlugin(None)
print("LOADED", plugin.translator is not None)
print("TEXT", plugin.tr(sys.argv[1]))
from neaspec_planner.processing.base import NeaspecAlgorithm
class ProbeAlgorithm(NeaspecAlgorithm):
    NAME = "probe"
print("BASE", ProbeAlgorithm().tr(sys.argv[2]))
print("GROUP", ProbeAlgorithm().group())
'''


def _copy_sources(tmp: Path) -> Path:
    tree = tmp / "tree"
    shutil.copytree(ROOT / "neaspec_planner", tree / "neaspec_planner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (tree / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "translations.sh", tree / "scripts")
    shutil.copy2(ROOT / "metadata.txt", tree)
    if (ROOT / "i18n").is_dir():
        shutil.copytree(ROOT / "i18n", tree / "i18n", ignore=shutil.ignore_patterns("*.qm"))
    else:
        (tree / "i18n").mkdir()
    return tree


def _translate_one(ts: Path, context: str, source: str, text: str) -> None:
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                tree.write(ts, encoding="utf-8", xml_declaration=True)
                return
    raise AssertionError(f"{source!r} (context {context}) not found in {ts}")


def test_update_compile_and_load_a_translation(tmp_path):
    tree = _copy_sources(tmp_path)
    subprocess.run(["bash", "scripts/translations.sh", "update"], cwd=tree, check=True, capture_output=True,
                   timeout=120)
    for locale in LOCALES:
        ts = tree / "i18n" / f"neaspec_planner_{locale}.ts"
        assert ts.is_file(), f"{ts.name} not created"
        root = ET.parse(ts).getroot()
        sources = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}
        assert (CONTEXT, SOURCE) in sources, f"{SOURCE!r} not extracted into {ts.name}"

    ru = tree / "i18n" / "neaspec_planner_ru.ts"
    _translate_one(ru, CONTEXT, SOURCE, MARKER)
    _translate_one(ru, BASE_CONTEXT, BASE_SOURCE, BASE_MARKER)
    _translate_one(ru, BASE_CONTEXT, GROUP_SOURCE, GROUP_MARKER)
    subprocess.run(["bash", "scripts/translations.sh", "compile"], cwd=tree, check=True, capture_output=True,
                   timeout=120)
    for locale in LOCALES:
        assert (tree / "i18n" / f"neaspec_planner_{locale}.qm").is_file()

    from qgis.PyQt.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tree / "i18n" / "neaspec_planner_ru.qm"))
    assert translator.translate(CONTEXT, SOURCE) == MARKER

    # the plugin itself picks the language setting and installs the translator (a fresh QGIS process)
    script = tmp_path / "load.py"
    script.write_text(LOAD_SCRIPT)
    (tmp_path / "home").mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8", "PYTHONPATH": str(tree), "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "qgis")}
    proc = subprocess.run(["/usr/bin/python3", str(script), SOURCE, BASE_SOURCE], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED True" in proc.stdout, proc.stdout + proc.stderr
    assert f"TEXT {MARKER}" in proc.stdout, proc.stdout + proc.stderr
    # a subclass finds the strings pylupdate5 filed under its base class
    assert f"BASE {BASE_MARKER}" in proc.stdout, proc.stdout + proc.stderr
    assert f"GROUP {GROUP_MARKER}" in proc.stdout, proc.stdout + proc.stderr
