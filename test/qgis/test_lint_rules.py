"""scripts/check_qgis_rules.py (run by `make lint`): each rule fires on the bad form and not on the good one."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("_check_qgis_rules", ROOT / "scripts" / "check_qgis_rules.py")
rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rules)


def codes(source: str) -> list[str]:
    return [f.code for f in rules.check_source(source, Path("x.py"))]


@pytest.mark.parametrize(("bad", "good", "code"), [
    ("from qgis._core import QgsVectorLayer", "from qgis.core import QgsVectorLayer", "QGS101"),
    ("import qgis._gui", "import qgis.gui", "QGS102"),
    ("from PyQt5.QtCore import QTimer", "from qgis.PyQt.QtCore import QTimer", "QGS103"),
    ("import PyQt5.QtWidgets", "import qgis.PyQt.QtWidgets", "QGS104"),
    ("import sip", "from qgis.PyQt import sip", "QGS104"),
    ("import ogr", "from osgeo import ogr", "QGS106"),
    ("dialog.exec_()", "dialog.exec()", "QGS107"),
    ("from qgis.PyQt.QtWidgets import qApp", "from qgis.PyQt.QtWidgets import QApplication", "QGS401"),
    ("from qgis.PyQt.QtCore import QRegExp", "from qgis.PyQt.QtCore import QRegularExpression", "QGS406"),
    ("from . import resources_rc", "from . import paths", "QGS408"),
    ("from qgis.PyQt.QtCore import *", "from qgis.PyQt.QtCore import Qt", "NQS001"),
    ("from qgis.core import QgsMapLayerRegistry", "from qgis.core import QgsProject", "NQS002"),
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft",
     "from qgis.PyQt.QtCore import Qt\nx = Qt.AlignmentFlag.AlignLeft", "NQS003"),
    ("from qgis.PyQt.QtWidgets import QMessageBox\nb = QMessageBox.Yes",
     "from qgis.PyQt.QtWidgets import QMessageBox\nb = QMessageBox.StandardButton.Yes", "NQS003"),
])
def test_rule_fires_on_bad_form_only(bad, good, code):
    assert code in codes(bad)
    assert codes(good) == []


def test_noqa_and_scope():
    assert codes("dialog.exec_()  # noqa: QGS107") == []
    assert codes("dialog.exec_()  # noqa: QGS101") == ["QGS107"]
    assert codes("import processing") == []  # QGS111 is off: qgis.processing has no run() in QGIS 3.22
    assert codes("from qgis.PyQt.QtCore import Qt\nflag = Qt.AlignmentFlag") == []  # the enum type itself


def test_command_line_exit_status(tmp_path, capsys):
    (tmp_path / "good.py").write_text("from qgis.PyQt.QtCore import Qt\n")
    assert rules.main([str(tmp_path)]) == 0
    (tmp_path / "bad.py").write_text("w.exec_()\n")
    assert rules.main([str(tmp_path)]) == 1
    assert "bad.py:1:1: QGS107" in capsys.readouterr().out
