"""Write the two styles of the ``neaspec:monitoring_grid`` GRID layer (run with PyQGIS, headless):

* ``monitoring_grid.qml``: station-days per cell in five classes (1–30, 30–100, 100–300, 300–1,000, > 1,000;
  a cell with stations but no effort in grey), monitoring gaps (``gap = 1``: habitat, no station) hatched red,
  other cells outlined only;
* ``monitoring_occupancy.qml``: cells with detections by the number of species detected (1, 2, 3 or more),
  surveyed cells without detections in pale blue, gaps hatched red as above.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=/usr/share/qgis/python python3 resources/styles/build_monitoring_styles.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

HERE = Path(__file__).resolve().parent
OUTLINE = "#7f7f7f"


def fill(color: str, outline: str = OUTLINE, alpha: int = 255) -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": "0.1"})
    if alpha < 255:
        c = QColor(color)
        c.setAlpha(alpha)
        symbol.setColor(c)
    return symbol


def hollow() -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": "#bdbdbd", "outline_width": "0.05"})


def hatched() -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#c0392b", "outline_width": "0.3"})
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(45.0)
    pattern.setDistance(1.2)
    pattern.setLineWidth(0.3)
    pattern.setColor(QColor("#c0392b"))
    symbol.insertSymbolLayer(0, pattern)
    return symbol


def renderer(rules: list[tuple[str, str, QgsFillSymbol]]) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, symbol in rules:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def write(name: str, rules: list[tuple[str, str, QgsFillSymbol]]) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857&field=gap:integer&field=stations:integer&field=effort_days:double"
                           "&field=detected:integer", "grid", "memory")
    layer.setRenderer(renderer(rules))
    layer.setOpacity(0.85)
    message, ok = layer.saveNamedStyle(str(HERE / name))
    if not ok:
        raise SystemExit(f"could not write {name}: {message}")


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    greens = ["#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"]
    classes = [(0, 30), (30, 100), (100, 300), (300, 1000), (1000, None)]
    effort_rules = [("Monitoring gap (habitat, no station)", '"gap" = 1', hatched())]
    for (lo, hi), colour in zip(classes, greens):
        label = f"{lo:,}–{hi:,} station-days" if hi else f"> {lo:,} station-days"
        expr = f'"effort_days" > {lo}' + (f' AND "effort_days" <= {hi}' if hi else "")
        effort_rules.append((label, expr, fill(colour)))
    effort_rules.append(("Stations without effort", '"stations" > 0 AND "effort_days" <= 0', fill("#bdbdbd")))
    effort_rules.append(("Not surveyed", '"stations" = 0 AND "gap" = 0', hollow()))
    write("monitoring_grid.qml", effort_rules)
    occupancy_rules = [
        ("Monitoring gap (habitat, no station)", '"gap" = 1', hatched()),
        ("1 species detected", '"detected" = 1', fill("#fdae61")),
        ("2 species detected", '"detected" = 2', fill("#f46d43")),
        ("3 or more species detected", '"detected" >= 3', fill("#a50026")),
        ("Surveyed, nothing detected", '"detected" = 0 AND "stations" > 0', fill("#d1e5f0")),
        ("Not surveyed", '"detected" = 0 AND "stations" = 0 AND "gap" = 0', hollow()),
    ]
    write("monitoring_occupancy.qml", occupancy_rules)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
