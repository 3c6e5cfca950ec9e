"""Attribute reports of result layers and tables: XLSX, CSV, self-contained HTML and PDF.

Column headings carry units (``area_ha`` → "Area (ha)", ``protected_pct`` → "Protected (%)", ``euclid_m`` →
"Straight-line distance (m)"); the raw field name is kept (second header row in XLSX, ``[field]`` in CSV, a
"Columns and units" list in HTML/PDF). XLSX and CSV keep the source values exactly (numbers stay numbers, metres stay
metres); HTML and PDF format numbers for the reader's locale and show long distances in km.
"""
from __future__ import annotations

import base64
import contextlib
import csv
import datetime as dt
import html
import math
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QDate, QDateTime, QIODevice, QLocale, QSize, QSizeF, QUrl, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter, QTextDocument

from neaspec_planner.export import layout as page
from neaspec_planner.export import texts

FORMATS = (".xlsx", ".csv", ".html", ".pdf")
#: Decimals shown in HTML/PDF per unit (XLSX shows 2 for floats; values are always stored unrounded).
DISPLAY_DECIMALS = {"ha": 1, "%": 1, "km": 1, "m": 0, "deg": 4, "km2": 2, "cost": 1}
COUNTRY_FIELDS = ("country", "iso3", "party", "iso_a3", "ISO3", "ISO_A3", "adm0_a3", "ADM0_A3")
HEADER_FILL = "1F2D3D"


class ReportError(Exception):
    """A report cannot be written (message says why and what to do)."""


@dataclass
class Column:
    field: str
    kind: str  # int, float, text, bool, date
    unit: Optional[str]  # unit of the stored values
    display_unit: Optional[str] = None  # unit shown in HTML/PDF (m → km for long distances)
    factor: float = 1.0  # stored value × factor = displayed value

    def label(self, lang: str, display: bool = False) -> str:
        return texts.column_label(self.field, lang, self.display_unit if display else self.unit)


@dataclass
class Table:
    name: str
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    layer: Optional[QgsVectorLayer] = None
    source: str = ""
    notes: list[str] = field(default_factory=list)


# --- reading ----------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """QGIS attribute → plain Python (NULL → None, QDate → date, QDateTime → datetime)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        if value.isNull():
            return None
        value = value.value()
    if hasattr(value, "isNull") and not isinstance(value, (QDate, QDateTime)) and value.isNull():
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def _kind(qfield) -> str:
    vtype = qfield.type()
    if vtype in (QVariant.Type.Int, QVariant.Type.LongLong, QVariant.Type.UInt, QVariant.Type.ULongLong):
        return "int"
    if vtype == QVariant.Type.Double:
        return "float"
    if vtype == QVariant.Type.Bool:
        return "bool"
    if vtype in (QVariant.Type.Date, QVariant.Type.DateTime):
        return "date"
    return "text"


def table_from_layer(layer: QgsVectorLayer, name: str, lang: str = "en",
                     cancelled: Callable[[], bool] = lambda: False) -> Table:
    """All attributes of ``layer`` with typed columns (geometry left out)."""
    fields = layer.fields()
    # the GeoPackage/OGR feature id is storage, not data
    keys = set(layer.dataProvider().pkAttributeIndexes()) if layer.dataProvider() else set()
    keep = [i for i, f in enumerate(fields) if not (i in keys and f.name().lower() in ("fid", "ogc_fid"))]
    columns = [Column(fields[i].name(), _kind(fields[i]),
                      texts.field_unit(fields[i].name()) if _kind(fields[i]) in ("int", "float") else None)
               for i in keep]
    rows = []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    for feature in layer.getFeatures(request):
        if cancelled():
            raise ReportError("Cancelled: no report was written.")
        attributes = feature.attributes()
        rows.append([_plain(attributes[i]) for i in keep])
    for index, column in enumerate(columns):
        if column.kind == "text" and rows and all(isinstance(r[index], bool) or r[index] is None for r in rows):
            column.kind = "bool"
        if column.unit == "m":
            values = [abs(r[index]) for r in rows if isinstance(r[index], (int, float))]
            if values and sorted(values)[len(values) // 2] >= 1000:
                column.display_unit, column.factor = "km", 0.001
        if column.display_unit is None:
            column.display_unit = column.unit
    table = Table(name=name, title=texts.layer_title(name, lang), columns=columns, rows=rows,
                  layer=layer if layer.isSpatial() else None, source=layer.source().split("|")[0])
    if any(c.factor != 1.0 for c in columns):
        table.notes.append(texts.text("metres_note", lang))
    return table


def sheet_names(tables: Sequence[Table]) -> list[str]:
    """Unique Excel sheet names (≤ 31 characters, no ``[]:*?/\\``)."""
    names, seen = [], set()
    for table in tables:
        base = re.sub(r"[\[\]:*?/\\]", "_", table.name).strip("'") or "table"
        base = base[:31]
        candidate, n = base, 2
        while candidate.lower() in seen:
            suffix = f"_{n}"
            candidate = base[:31 - len(suffix)] + suffix
            n += 1
        seen.add(candidate.lower())
        names.append(candidate)
    return names


# --- XLSX -------------------------------------------------------------------------------------------------
def write_xlsx(tables: Sequence[Table], path: Path, lang: str, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.title = title
    wb.properties.creator = "NEASPEC Planner"
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    raw_font = Font(italic=True, color="5A6A7A", size=9)
    raw_fill = PatternFill("solid", fgColor="E8EDF2")
    thin = Side(style="thin", color="B0BAC4")
    for table, sheet_name in zip(tables, sheet_names(tables)):
        ws = wb.create_sheet(sheet_name)
        for col, column in enumerate(table.columns, start=1):
            head = ws.cell(row=1, column=col, value=column.label(lang))
            head.font, head.fill = header_font, header_fill
            head.alignment = Alignment(wrap_text=True, vertical="center")
            head.border = Border(bottom=thin)
            raw = ws.cell(row=2, column=col, value=column.field)
            raw.font, raw.fill = raw_font, raw_fill
        formats = [_xlsx_format(c) for c in table.columns]
        for r, row in enumerate(table.rows, start=3):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=_xlsx_value(value))
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a value, never a formula
                if formats[c - 1]:
                    cell.number_format = formats[c - 1]
        for col, column in enumerate(table.columns, start=1):
            longest = max([len(str(column.label(lang))) * 0.9, len(column.field)]
                          + [len(_xlsx_text(row[col - 1])) for row in table.rows[:500]])
            ws.column_dimensions[get_column_letter(col)].width = max(8.0, min(60.0, longest + 2))
        ws.row_dimensions[1].height = 30
        ws.freeze_panes = "A3"
        if table.columns:
            ws.auto_filter.ref = f"A2:{get_column_letter(len(table.columns))}{max(len(table.rows) + 2, 2)}"
    notes = wb.create_sheet(texts.text("columns", lang)[:31])
    heads = [texts.text("table", lang), texts.text("field", lang), texts.text("column", lang),
             texts.text("unit", lang), texts.text("note", lang)]
    for col, value in enumerate(heads, start=1):
        cell = notes.cell(row=1, column=col, value=value)
        cell.font, cell.fill = header_font, header_fill
    r = 2
    for table, sheet_name in zip(tables, sheet_names(tables)):
        for column in table.columns:
            unit = texts.unit_label(column.unit, lang) if column.unit else ""
            notes.append([sheet_name, column.field, column.label(lang), unit, ""])
            r += 1
        for note in table.notes:
            notes.append([sheet_name, "", "", "", note])
            r += 1
    notes.append([])
    notes.append([texts.text("generated", lang, date=_date_text(lang))])
    for col, width in zip("ABCDE", (24, 22, 40, 12, 50)):
        notes.column_dimensions[col].width = width
    notes.freeze_panes = "A2"
    with _exact_floats():
        wb.save(str(path))


@contextlib.contextmanager
def _exact_floats() -> Iterator[None]:
    """openpyxl writes numbers with 16 significant digits ("%.16g"), which can change the last bit of a double
    (0.30000000000000004 → 0.3). While saving, write floats as Python's shortest round-trip repr instead, so the
    workbook holds exactly the source value (Excel reads 17 digits)."""
    import openpyxl.cell._writer as cell_writer

    original = cell_writer.safe_string

    def exact(value: Any) -> str:
        if isinstance(value, float) and math.isfinite(value):
            return repr(value)
        return original(value)

    cell_writer.safe_string = exact
    try:
        yield
    finally:
        cell_writer.safe_string = original


def _xlsx_format(column: Column) -> Optional[str]:
    if column.kind == "int":
        return "#,##0"
    if column.kind == "float":
        return "0.0000" if column.unit == "deg" else "#,##0.00"
    if column.kind == "date":
        return "yyyy-mm-dd"
    return None


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, (int, float, bool, dt.date, dt.datetime)) or value is None:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return value
    if isinstance(value, (list, tuple, dict)):
        return str(value)
    return str(value)


def _xlsx_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


# --- CSV --------------------------------------------------------------------------------------------------
def csv_paths(path: Path, tables: Sequence[Table]) -> list[Path]:
    """``path`` for the first table; ``<stem>_<table>.csv`` beside it for the others."""
    out = [path]
    for name in sheet_names(tables)[1:]:
        safe = re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE)
        out.append(path.with_name(f"{path.stem}_{safe}{path.suffix}"))
    return out


def csv_dialect(lang: str, excel: bool) -> tuple[str, str, str]:
    """(encoding, separator, decimal point). Excel-friendly: BOM, and ``;`` with a decimal comma where the
    language's locale writes numbers that way (ru, mn…)."""
    if not excel:
        return "utf-8", ",", "."
    decimal = QLocale(texts.LOCALES[texts.language(lang)]).decimalPoint()
    if decimal == ",":
        return "utf-8-sig", ";", ","
    return "utf-8-sig", ",", "."


def write_csv(table: Table, path: Path, lang: str, excel: bool = False) -> None:
    encoding, sep, decimal = csv_dialect(lang, excel)
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=sep, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.field for c in table.columns])  # field names: the CSV joins back to the layer
        for row in table.rows:
            writer.writerow([_csv_value(v, decimal) for v in row])


def _csv_value(value: Any, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value) if math.isfinite(value) else ""
        return text.replace(".", decimal) if decimal != "." else text
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


# --- formatting for people (HTML, PDF) --------------------------------------------------------------------
def _date_text(lang: str) -> str:
    return QLocale(texts.LOCALES[texts.language(lang)]).toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


def display_value(value: Any, column: Column, locale: QLocale, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or column.kind == "bool":
        return texts.text("yes" if value else "no", lang)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        shown = value * column.factor
        if column.kind == "int" and column.factor == 1.0:
            return locale.toString(int(shown))
        decimals = DISPLAY_DECIMALS.get(column.display_unit or "", 2)
        return locale.toString(float(shown), "f", decimals)
    if isinstance(value, dt.datetime):
        return locale.toString(QDateTime(value), QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(QDate(value), QLocale.FormatType.ShortFormat)
    return str(value)


def _sort_key(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(float(value)) if math.isfinite(float(value)) else ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


# --- chart ------------------------------------------------------------------------------------------------
def protected_by_country(table: Table) -> list[tuple[str, float]]:
    """(country, protected %) when the table has a country column and ``protected_pct``.

    Several rows per country (e.g. per habitat) are combined area-weighted from ``protected_ha``/``habitat_ha``
    when present, else averaged.
    """
    names = [c.field for c in table.columns]
    lower = [n.lower() for n in names]
    if "protected_pct" not in lower:
        return []
    country = next((names[lower.index(f.lower())] for f in COUNTRY_FIELDS if f.lower() in lower), None)
    if country is None:
        return []
    ci, pi = names.index(country), lower.index("protected_pct")
    hi = lower.index("habitat_ha") if "habitat_ha" in lower else None
    si = lower.index("protected_ha") if "protected_ha" in lower else None
    groups: dict[str, list[list[Any]]] = {}
    for row in table.rows:
        if row[ci] is None or not isinstance(row[pi], (int, float)):
            continue
        groups.setdefault(str(row[ci]), []).append(row)
    result = []
    for name, rows in groups.items():
        if hi is not None and si is not None and all(isinstance(r[hi], (int, float)) and
                                                      isinstance(r[si], (int, float)) for r in rows):
            total = sum(r[hi] for r in rows)
            pct = 100.0 * sum(r[si] for r in rows) / total if total > 0 else 0.0
        else:
            pct = sum(r[pi] for r in rows) / len(rows)
        result.append((name, float(pct)))
    return sorted(result, key=lambda item: -item[1])


def bar_chart_svg(data: Sequence[tuple[str, float]], title: str, locale: QLocale, family: str) -> str:
    """Horizontal bar chart (0–100 %) as inline SVG."""
    label_w, bar_w, row_h, top = 150, 360, 26, 40
    width, height = label_w + bar_w + 70, top + row_h * len(data) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{html.escape(title)}" '
           f'font-family="{html.escape(family)}, sans-serif">',
           f'<text x="0" y="18" font-size="14" font-weight="bold" fill="#1f2d3d">{html.escape(title)}</text>']
    for tick in (0, 25, 50, 75, 100):
        x = label_w + bar_w * tick / 100
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 24}" stroke="#d5dce3" '
                   f'stroke-width="1"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="11" fill="#4a5a6a" text-anchor="middle">'
                   f'{tick}</text>')
    for i, (name, pct) in enumerate(data):
        y = top + i * row_h
        w = bar_w * max(0.0, min(pct, 100.0)) / 100
        out.append(f'<text x="{label_w - 8}" y="{y + 16}" font-size="12" fill="#1f2d3d" text-anchor="end">'
                   f'{html.escape(name)}</text>')
        out.append(f'<rect class="bar" x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
                   f'fill="#3a9d5d"><title>{html.escape(name)}: {pct:.1f} %</title></rect>')
        out.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 16}" font-size="11" fill="#1f2d3d">'
                   f'{locale.toString(pct, "f", 1)} %</text>')
    out.append("</svg>")
    return "\n".join(out)


def svg_to_image(svg: str, scale: float = 2.0) -> QImage:
    from qgis.PyQt.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


# --- map thumbnail ----------------------------------------------------------------------------------------
def thumbnail(layer: QgsVectorLayer, size: tuple[int, int] = (520, 340),
              project: Optional[QgsProject] = None) -> Optional[QImage]:
    """A small map of ``layer`` over the North-East Asia base map (equal-area projection), or None if empty."""
    from neaspec_planner.export import maps

    project = project or QgsProject.instance()
    extent = maps.combined_extent([layer], page.WGS84, project)
    if extent.isNull() or not math.isfinite(extent.xMinimum()) or extent.xMinimum() > extent.xMaximum():
        return None
    crs = page.laea_for(extent)
    base = maps.base_layer()
    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    settings.setLayers([layer, base])
    settings.setBackgroundColor(QColor("#eaf1f6"))
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(96)
    rect = QgsCoordinateTransform(page.WGS84, crs, project).transformBoundingBox(extent)
    settings.setExtent(page.with_margin(rect, 0.08, minimum=5000.0))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return None if image.isNull() else image


def png_base64(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return base64.b64encode(bytes(data)).decode("ascii")


# --- HTML -------------------------------------------------------------------------------------------------
CSS = """
body{font-family:%(font)s,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#1f2d3d;margin:2rem auto;max-width:1200px;
padding:0 1rem;line-height:1.4}
h1{font-size:1.7rem;margin:0 0 .2rem;border-bottom:3px solid #1f2d3d;padding-bottom:.4rem}
h2{font-size:1.25rem;margin:2.2rem 0 .4rem}
.meta{color:#4a5a6a;font-size:.9rem;margin:.2rem 0 .8rem}
.figures{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start;margin:.6rem 0 1rem}
.figures img{border:1px solid #b0bac4}
.wrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.85rem;min-width:50%%}
th{background:#1f2d3d;color:#fff;text-align:left;padding:.35rem .6rem;cursor:pointer;white-space:nowrap;
position:sticky;top:0;user-select:none}
th .raw{display:block;font-weight:normal;font-style:italic;color:#c7d2dc;font-size:.75rem}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
td{padding:.25rem .6rem;border-bottom:1px solid #e1e6eb}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr:nth-child(even) td{background:#f5f7f9}
.note{font-size:.85rem;color:#4a5a6a}
dl.columns{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;font-size:.85rem}
dl.columns dt{font-family:monospace}
footer{margin-top:3rem;color:#4a5a6a;font-size:.8rem;border-top:1px solid #d5dce3;padding-top:.5rem}
"""

SORT_JS = """
document.querySelectorAll("table.sortable").forEach(function(table){
  var heads = table.querySelectorAll("th");
  heads.forEach(function(th, col){
    th.addEventListener("click", function(){
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function(h){h.removeAttribute("aria-sort");});
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var numeric = th.dataset.type === "num";
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
        if (x === "" && y !== "") return 1;
        if (y === "" && x !== "") return -1;
        var r = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
"""


def _html_table(table: Table, lang: str, locale: QLocale) -> str:
    heads = []
    for column in table.columns:
        kind = "num" if column.kind in ("int", "float") else "text"
        heads.append(f'<th data-type="{kind}" title="{html.escape(column.field)}">'
                     f'{html.escape(column.label(lang, display=True))}'
                     f'<span class="raw">{html.escape(column.field)}</span></th>')
    body = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns):
            cls = ' class="num"' if column.kind in ("int", "float") else ""
            cells.append(f'<td{cls} data-v="{html.escape(_sort_key(value))}">'
                         f'{html.escape(display_value(value, column, locale, lang))}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="wrap"><table class="sortable"><thead><tr>{"".join(heads)}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _table_heading(table: Table, lang: str, locale: QLocale) -> str:
    """A table's heading and its name · row count line (HTML and PDF)."""
    rows = texts.text("rows", lang, n=locale.toString(len(table.rows)))
    return (f'<h2>{html.escape(table.title)}</h2><p class="meta">{html.escape(table.name)} · '
            f"{html.escape(rows)}</p>")


def html_report(tables: Sequence[Table], lang: str, title: str, with_maps: bool = True,
                project: Optional[QgsProject] = None) -> str:
    lang = texts.language(lang)
    locale = QLocale(texts.LOCALES[lang])
    family = page.font_family(lang)
    parts = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">'
             f'<meta name="generator" content="NEASPEC Planner"><title>{html.escape(title)}</title>'
             f'<style>{CSS % {"font": chr(34) + family + chr(34)}}</style></head><body>',
             f"<h1>{html.escape(title)}</h1>",
             f'<p class="meta">{html.escape(texts.text("generated", lang, date=_date_text(lang)))} · '
             f'{html.escape(texts.text("sort_hint", lang))}</p>']
    for table in tables:
        parts.append(f"<section>{_table_heading(table, lang, locale)}")
        figures = []
        if with_maps and table.layer is not None:
            image = thumbnail(table.layer, project=project)
            if image is not None:
                figures.append(f'<img class="map" alt="{html.escape(texts.text("map", lang))}: '
                               f'{html.escape(table.title)}" width="{image.width()}" height="{image.height()}" '
                               f'src="data:image/png;base64,{png_base64(image)}">')
        chart = protected_by_country(table)
        if chart:
            figures.append(bar_chart_svg(chart, texts.text("chart_title", lang), locale, family))
        if figures:
            parts.append('<div class="figures">' + "".join(figures) + "</div>")
        parts.append(_html_table(table, lang, locale))
        for note in table.notes:
            parts.append(f'<p class="note">{html.escape(note)}</p>')
        parts.append(f'<details><summary>{html.escape(texts.text("columns", lang))}</summary><dl class="columns">')
        for column in table.columns:
            parts.append(f"<dt>{html.escape(column.field)}</dt><dd>{html.escape(column.label(lang, True))}</dd>")
        parts.append("</dl></details></section>")
    parts.append(f"<footer>NEASPEC Planner · {html.escape(_date_text(lang))}</footer>")
    parts.append(f"<script>{SORT_JS}</script></body></html>")
    return "\n".join(parts)


# --- PDF --------------------------------------------------------------------------------------------------
def write_pdf(tables: Sequence[Table], path: Path, lang: str, title: str, with_maps: bool = True,
              project: Optional[QgsProject] = None) -> None:
    """A4 PDF through QTextDocument (selectable text, fonts embedded by Qt), maps and chart as images."""
    lang = texts.language(lang)
    locale = QLocale(texts.LOCALES[lang])
    family = page.font_family(lang)
    doc = QTextDocument()
    font = QFont(family)
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1{font-size:17pt;color:#1f2d3d} h2{font-size:13pt;color:#1f2d3d;margin-top:14px}"
        " p.meta{color:#4a5a6a} th{background-color:#1f2d3d;color:#ffffff;font-weight:bold}"
        " td.num{text-align:right} .raw{color:#c7d2dc;font-style:italic;font-size:7pt}")
    parts = [f"<h1>{html.escape(title)}</h1>",
             f'<p class="meta">{html.escape(texts.text("generated", lang, date=_date_text(lang)))}</p>']
    for t_index, table in enumerate(tables):
        parts.append(_table_heading(table, lang, locale))
        images = []
        if with_maps and table.layer is not None:
            image = thumbnail(table.layer, project=project)
            if image is not None:
                name = f"map{t_index}.png"
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                images.append(f'<img src="{name}" width="{int(image.width() * 0.62)}">')
        chart = protected_by_country(table)
        if chart:
            image = svg_to_image(bar_chart_svg(chart, texts.text("chart_title", lang), locale, family))
            name = f"chart{t_index}.png"
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            images.append(f'<img src="{name}" width="{int(image.width() / 2 * 0.75)}">')
        if images:
            parts.append("<p>" + "&nbsp;&nbsp;".join(images) + "</p>")
        heads = "".join(f"<th>{html.escape(c.label(lang, True))}<br><span class='raw'>{html.escape(c.field)}"
                        f"</span></th>" for c in table.columns)
        rows = []
        for row in table.rows:
            cells = "".join(
                f"<td{' class=num align=right' if c.kind in ('int', 'float') else ''}>"
                f"{html.escape(display_value(v, c, locale, lang))}</td>" for v, c in zip(row, table.columns))
            rows.append(f"<tr>{cells}</tr>")
        parts.append('<table border="0.5" cellspacing="0" cellpadding="3" width="100%">'
                     f"<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
        for note in table.notes:
            parts.append(f'<p class="meta">{html.escape(note)}</p>')
    doc.setHtml("\n".join(parts))
    writer = QPdfWriter(str(path))
    wide = max((len(t.columns) for t in tables), default=0) > 7
    from qgis.PyQt.QtCore import QMarginsF
    from qgis.PyQt.QtGui import QPageLayout, QPageSize

    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("NEASPEC Planner")
    # lay out in the writer's device pixels so point sizes and page breaks match the PDF page
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)


# --- entry point ------------------------------------------------------------------------------------------
def make_report(layers: Sequence[QgsMapLayer], output: str | os.PathLike, lang: str = "en", title: str = "",
                excel_csv: bool = False, with_maps: bool = True, project: Optional[QgsProject] = None,
                cancelled: Callable[[], bool] = lambda: False, names: Optional[Sequence[str]] = None) -> list[str]:
    """Write the attribute report of ``layers`` to ``output`` (.xlsx, .csv, .html or .pdf); returns the files."""
    output = Path(output)
    ext = output.suffix.lower()
    if ext not in FORMATS:
        raise ReportError(f"Output '{output}' must end in .xlsx, .csv, .html or .pdf.")
    lang = texts.language(lang)
    vector = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
    skipped = [layer.name() for layer in layers if not isinstance(layer, QgsVectorLayer)]
    if skipped:
        raise ReportError(f"Layer(s) {', '.join(skipped)} have no attribute table (rasters): choose vector layers or "
                          "tables.")
    if not vector:
        raise ReportError("No layer or table to report: choose at least one in INPUT.")
    from neaspec_planner.export.maps import display_name

    names = list(names) if names else [display_name(layer) for layer in vector]
    tables = [table_from_layer(layer, name, lang, cancelled) for layer, name in zip(vector, names)]
    title = title.strip() or texts.text("report_title", lang)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"Cannot create the folder of '{output}': {exc.strerror}. Choose a writable folder.") from exc
    targets = csv_paths(output, tables) if ext == ".csv" else [output]
    partials = [page.partial_path(t) for t in targets]
    try:
        if ext == ".xlsx":
            write_xlsx(tables, partials[0], lang, title)
        elif ext == ".csv":
            for table, partial in zip(tables, partials):
                write_csv(table, partial, lang, excel_csv)
        elif ext == ".html":
            partials[0].write_text(html_report(tables, lang, title, with_maps, project), encoding="utf-8")
        else:
            write_pdf(tables, partials[0], lang, title, with_maps, project)
            page.fix_pdf_text(partials[0])  # searchable text (Kangxi radicals, ligatures) as in every PDF
        if cancelled():
            raise ReportError("Cancelled: no report was written.")
    except OSError as exc:
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise ReportError(f"Cannot write '{output}': {exc.strerror or exc}. Choose a writable folder.") from exc
    except Exception:
        for partial in partials:
            partial.unlink(missing_ok=True)
        raise
    try:
        for partial, target in zip(partials, targets):
            os.replace(partial, target)
    except OSError as exc:
        raise ReportError(f"Cannot write '{output}': {exc.strerror}. Close it in other programs and run again.") \
            from exc
    return [str(t) for t in targets]

