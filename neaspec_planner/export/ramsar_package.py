"""The designation package of one candidate transboundary Ramsar site, one folder per Party.

For candidate ``C02`` the package folder ``C02_<name-slug>/`` holds::

    README.txt                              what is in the package and how to use it
    C02_transboundary_map.pdf               all national components, coloured by Party
    C02_components.xlsx / .html             the components side by side (areas, coordinates, criteria)
    CHN/C02_CHN_boundary.shp .shx .dbf .prj .cpg   the Party's component, EPSG:4326, UTF-8, fields <= 10 chars
    CHN/C02_CHN_boundary.kml
    CHN/C02_CHN_map.pdf                     A4 map: this Party's component, the others in grey
    CHN/C02_CHN_RIS_sheet.xlsx / .html      Ramsar Information Sheet field sheet for this Party

Everything is built in a temporary folder beside the target and moved into place at the end, so a failed or
cancelled run leaves no half-written package. File names are ASCII and safe on Windows.
"""
from __future__ import annotations

import datetime as _dt
import html
import math
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from neaspec_planner.core.vector_io import truncate_utf8
from neaspec_planner.export import layout as page
from neaspec_planner.export import texts
from neaspec_planner.paths import replace_folder

#: Parties of the region: ISO3 → (English name, local name, language code).
PARTIES = {
    "CHN": ("China", "中国", "zh"),
    "PRK": ("Democratic People's Republic of Korea", "조선민주주의인민공화국", "ko"),
    "KOR": ("Republic of Korea", "대한민국", "ko"),
    "RUS": ("Russian Federation", "Российская Федерация", "ru"),
    "MNG": ("Mongolia", "Монгол Улс", "mn"),
    "JPN": ("Japan", "日本", "ja"),
}
#: Language names for the RIS sheet.
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese / 中文", "ru": "Russian / Русский", "mn": "Mongolian / Монгол",
                  "ko": "Korean / 조선말·한국어", "ja": "Japanese / 日本語"}
#: Short names for titles: ISO3 → (English, local).
SHORT_NAMES = {
    "CHN": ("China", "中国"), "PRK": ("DPR Korea", "조선"), "KOR": ("Republic of Korea", "대한민국"),
    "RUS": ("Russia", "Россия"), "MNG": ("Mongolia", "Монгол Улс"), "JPN": ("Japan", "日本"),
}
#: Party colours (same as resources/styles/ramsar_candidates.qml): fill, outline.
PARTY_COLOURS = {
    "CHN": ("#f4a259", "#b5651d"), "PRK": ("#5b8fd6", "#1f4e96"), "RUS": ("#6cc08b", "#2b7a4b"),
    "MNG": ("#b39ddb", "#5e35b1"), "KOR": ("#f28fb1", "#ad1457"), "JPN": ("#d4b483", "#8d6e3f"),
}
OTHER_COLOURS = ("#c8c8c8", "#7a7a7a")
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}

DISCLAIMER_EN = texts.text("candidate_disclaimer", "en")


def t(key: str, lang: str, **values: object) -> str:
    """A text in ``lang`` (English when missing), from the one text table (``export.texts``)."""
    return texts.text("candidate_disclaimer" if key == "disclaimer" else key, lang, **values)


def bilingual(key: str, lang: str, **values: object) -> str:
    """``English / local`` (just English when the language is English)."""
    en = t(key, "en", **values)
    local = t(key, lang, **values)
    return en if lang == "en" or local == en else f"{en} / {local}"


def short_name(name: str, limit: int = 60) -> str:
    """A short form of a generated name: the complex's word (``Tumen: …`` → ``Tumen wetland complex``), else the
    first member's name, cut at ``limit`` characters."""
    head, sep, _ = name.partition(": ")
    if sep and head and " – " not in head:
        return f"{head} wetland complex"
    first = re.split(r" – |; ", name)[0] if len(name) > limit else name
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def party_names(iso3: str) -> tuple[str, str, str]:
    """(English, local, language) of a Party; unknown codes keep the code and English."""
    return PARTIES.get(iso3, (iso3, "", "en"))


# ------------------------------------------------------------------------------------------ file names


def safe_name(text: str, fallback: str = "site", max_length: int = 60) -> str:
    """An ASCII file-name part safe on Windows: letters, digits, ``-`` and ``_``; no reserved device name.

    >>> safe_name("Tumen estuary – 图们江口 / Туманная")
    'Tumen_estuary'
    >>> safe_name("CON")
    '_CON'
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9-]+", "_", ascii_text).strip("_-")
    slug = slug[:max_length].rstrip("_-. ")
    if not slug:
        slug = re.sub(r"[^A-Za-z0-9-]+", "_", fallback).strip("_") or "site"
    if slug.split(".")[0].upper() in WINDOWS_RESERVED:
        slug = "_" + slug
    return slug




# ------------------------------------------------------------------------------------------ package data


@dataclass
class Component:
    """One national component of the candidate (one Party)."""

    candidate: str
    party: str
    geometry: object          # shapely, EPSG:4326
    area_ha: float
    lat: float
    lon: float
    name: str                 # candidate name (English)
    comp_name: str            # this component's member names (English)
    name_local: str
    extends_abroad: bool
    adjacent_ramsar: str
    includes_ramsar: str
    criteria: str
    criteria_all: str
    evidence: str
    members: str


@dataclass
class PackageResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def _get(row: pd.Series, key: str, default: object = "") -> object:
    value = row.get(key, default)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return default
    return value


#: Field names of the candidates layer as a shapefile cuts them (10 characters; GDAL numbers clashes).
SHAPEFILE_NAMES = {"extends_ab": "extends_abroad", "adjacent_r": "adjacent_ramsar", "includes_r": "includes_ramsar",
                   "criteria_a": "criteria_all", "centroid_l": "centroid_lat", "centroid_1": "centroid_lon"}


def _untruncate(attributes: pd.DataFrame) -> pd.DataFrame:
    """Restore the candidates' field names from a shapefile copy (``adjacent_r`` → ``adjacent_ramsar`` …)."""
    renames = {short: full for short, full in SHAPEFILE_NAMES.items()
               if short in attributes.columns and full not in attributes.columns}
    return attributes.rename(columns=renames) if renames else attributes


def components_of(geometry: np.ndarray, attributes: pd.DataFrame, candidate: str,
                  layer: str = "CANDIDATES") -> list[Component]:
    """The components of ``candidate`` from a ``neaspec:ramsar_candidates`` layer (geometries in EPSG:4326)."""
    from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
    from neaspec_planner.core.ramsar import equal_area_of_wgs84

    attributes = _untruncate(attributes)
    for required in ("candidate", "party"):
        if required not in attributes.columns:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer {layer} has no field '{field}': use the output of 'Ramsar candidates "
                              "(transboundary)' (neaspec:ramsar_candidates)."), layer=layer, field=required)
    ids = attributes["candidate"].astype(str).str.strip()
    available = sorted(set(ids))
    if not candidate:
        if len(available) != 1:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Choose a candidate id in CANDIDATE (available: "
                                                             "{available})."),
                             available=", ".join(available) or Note(QT_TRANSLATE_NOOP("InputError", "none")))
        candidate = available[0]
    sel = np.flatnonzero((ids == candidate.strip()).to_numpy())
    if not len(sel):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Candidate '{candidate}' is not in layer {layer} "
                                                         "(available: {available})."),
                         candidate=candidate, layer=layer, available=", ".join(available))
    rows = attributes.iloc[sel].reset_index(drop=True)
    geoms = np.asarray(geometry, dtype=object)[sel]
    import shapely

    missing = shapely.is_missing(geoms) | shapely.is_empty(shapely.force_2d(geoms))
    if missing.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Candidate '{candidate}' has {count} components without "
                                                         "geometry in {layer}."),
                         candidate=candidate, count=int(missing.sum()), layer=layer)
    geoms = shapely.force_2d(geoms)
    areas = equal_area_of_wgs84(geoms)
    out = []
    for i, row in rows.iterrows():
        cent = shapely.point_on_surface(geoms[i])
        lat = float(_get(row, "centroid_lat", cent.y) or cent.y)
        lon = float(_get(row, "centroid_lon", cent.x) or cent.x)
        out.append(Component(
            candidate=candidate.strip(), party=str(_get(row, "party", "")).strip().upper() or f"P{i + 1}",
            geometry=geoms[i], area_ha=float(areas[i]), lat=lat, lon=lon,
            name=str(_get(row, "name", "")), comp_name=str(_get(row, "comp_name", _get(row, "name", ""))),
            name_local=str(_get(row, "name_local", "")),
            extends_abroad=bool(int(_get(row, "extends_abroad", 0) or 0)) or len(rows) > 1,
            adjacent_ramsar=str(_get(row, "adjacent_ramsar", "")),
            includes_ramsar=str(_get(row, "includes_ramsar", "")),
            criteria=str(_get(row, "criteria", "")), criteria_all=str(_get(row, "criteria_all", "")),
            evidence=str(_get(row, "evidence", "")), members=str(_get(row, "members", ""))))
    # one component per Party: union duplicates (a layer edited by hand)
    by_party: dict[str, Component] = {}
    for comp in out:
        if comp.party in by_party:
            first = by_party[comp.party]
            first.geometry = shapely.union(first.geometry, comp.geometry)
            first.area_ha += comp.area_ha
        else:
            by_party[comp.party] = comp
    return sorted(by_party.values(), key=lambda c: c.party)


def dms(value: float, positive: str, negative: str) -> str:
    """Degrees, minutes, seconds with hemisphere: ``42°20′15″N``."""
    hemi = positive if value >= 0 else negative
    v = abs(value)
    d = int(v)
    m = int((v - d) * 60)
    s = (v - d - m / 60) * 3600
    if round(s) == 60:
        m, s = m + 1, 0.0
    if m == 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}′{s:02.0f}″{hemi}"


def ris_rows(comp: Component, others: Sequence[Component], lang: str, files: dict[str, str],
             sources: str) -> list[tuple[str, str, str]]:
    """(item, value, official value/notes) rows of one Party's RIS field sheet."""
    en, local, _ = party_names(comp.party)
    yes, no = bilingual("yes", lang), bilingual("no", lang)
    other_parties = ", ".join(f"{party_names(o.party)[0]} ({o.party})" for o in others)
    rows = [
        (bilingual("party", lang), f"{en} ({comp.party})" + (f" — {local}" if local else ""), ""),
        ("Candidate", f"{comp.candidate}: {comp.name}", ""),
        (t("site_name", "en") + " (English)", comp.comp_name, ""),
        (bilingual("site_name", lang) + f" ({LANGUAGE_NAMES.get(lang, lang)})", comp.name_local or "—", ""),
        (bilingual("coordinates", lang), f"{comp.lat:.5f}, {comp.lon:.5f}  "
                                         f"({dms(comp.lat, 'N', 'S')}, {dms(comp.lon, 'E', 'W')})", ""),
        (bilingual("gis_area", lang), round(comp.area_ha, 1), ""),
        (bilingual("official_area", lang), "", ""),
        (bilingual("extends", lang), (yes + f": {other_parties}") if others else no, ""),
        (bilingual("adjacent", lang), (yes + f": {comp.adjacent_ramsar}") if comp.adjacent_ramsar else no, ""),
        ("Designated Ramsar site(s) inside this component", comp.includes_ramsar or "—", ""),
        (bilingual("criteria", lang), comp.criteria or "—", ""),
        (bilingual("criteria_all", lang), comp.criteria_all or "—", ""),
        (bilingual("evidence", lang), comp.evidence or "— (no waterbird counts for this component)", ""),
        ("Member wetlands / sites", comp.members, ""),
        ("Boundary (shapefile, EPSG:4326)", files.get("shp", ""), ""),
        ("Boundary (KML)", files.get("kml", ""), ""),
        ("Map (PDF, A4)", files.get("map", ""), ""),
        ("Sources", sources, ""),
        ("Note", t("disclaimer", "en") + ("" if lang == "en" else "\n" + t("disclaimer", lang)), ""),
    ]
    return rows


# ------------------------------------------------------------------------------------------ writers


def write_boundary_files(comp: Component, folder: Path, stem: str) -> dict[str, Path]:
    """Shapefile (UTF-8, EPSG:4326, fields <= 10 characters) and KML of one component."""
    from neaspec_planner.core.vector_io import write_vector

    en, local, _ = party_names(comp.party)
    geom = np.array([comp.geometry], dtype=object)
    attrs = pd.DataFrame({
        "CAND_ID": [comp.candidate],
        "PARTY": [comp.party],
        "COUNTRY": [en],
        "NAME_EN": [truncate_utf8(comp.comp_name)],
        "NAME_LOCAL": [truncate_utf8(comp.name_local)],
        "GIS_HA": [round(comp.area_ha, 2)],
        "OFFIC_HA": [np.nan],
        "CEN_LAT": [round(comp.lat, 6)],
        "CEN_LON": [round(comp.lon, 6)],
        "EXT_ABROAD": [int(comp.extends_abroad)],
        "ADJ_RAMSAR": [truncate_utf8(comp.adjacent_ramsar)],
        "CRITERIA": [comp.criteria],
        "CRIT_ALL": [comp.criteria_all],
        "NOTE": ["Candidate boundary, not official"],
    })
    shp = write_vector(folder / f"{stem}.shp", geom, attrs, "EPSG:4326", layer_name=stem, geometry_type="MultiPolygon")
    name = f"{comp.candidate} {en}: {comp.comp_name}" + (f" ({comp.name_local})" if comp.name_local else "")
    description = (f"Candidate Ramsar site {comp.candidate}, {en} component. GIS area {comp.area_ha:,.1f} ha. "
                   f"Criteria: {comp.criteria or '-'}. {DISCLAIMER_EN}")
    kml = write_kml(folder / f"{stem}.kml", comp.geometry, stem, {
        "Name": name, "Description": description, "party": comp.party, "name_local": comp.name_local,
        "area_ha": round(comp.area_ha, 2), "criteria": comp.criteria})
    return {"shp": shp, "kml": kml}


def write_kml(path: Path, geometry: object, layer_name: str, values: dict[str, object]) -> Path:
    """One placemark (UTF-8 KML, WGS84) with its attributes as extended data."""
    import shapely
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tmp = page.partial_path(path)
    ds = ogr.GetDriverByName("KML").CreateDataSource(str(tmp))
    layer = ds.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon)
    defn = layer.GetLayerDefn()
    existing = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    for key, value in values.items():
        if key not in existing:
            layer.CreateField(ogr.FieldDefn(key, ogr.OFTReal if isinstance(value, float) else ogr.OFTString))
    feat = ogr.Feature(layer.GetLayerDefn())
    for key, value in values.items():
        feat.SetField(key, value if isinstance(value, float) else str(value))
    feat.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry))))
    layer.CreateFeature(feat)
    ds = None  # noqa: F841 - flush
    os.replace(tmp, path)
    return path


def _xlsx_sheet(ws, title: str, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int],
                input_columns: Sequence[int] = ()) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="BBBBBB")
    ws.append([title])
    ws["A1"].font = Font(name="Noto Sans", bold=True, size=13)
    ws.append([])
    ws.append(list(header))
    for cell in ws[3]:
        cell.font = Font(name="Noto Sans", bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5F8A")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=4, max_row=ws.max_row):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            cell.font = Font(name="Noto Sans")
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.0"
                cell.alignment = Alignment(horizontal="left", vertical="top")
            if cell.column - 1 in input_columns:
                cell.fill = PatternFill("solid", fgColor="FFF6D5")
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ws.freeze_panes = "A4"


def write_ris_sheet(comp: Component, others: Sequence[Component], lang: str, files: dict[str, str],
                    sources: str, xlsx_path: Path, html_path: Path) -> None:
    """The RIS field sheet of one Party as XLSX and self-contained HTML."""
    from openpyxl import Workbook

    rows = ris_rows(comp, others, lang, files, sources)
    title = bilingual("sheet_title", lang)
    header = ["RIS item", "Value (computed)", "Official value / notes (Administrative Authority)"]
    wb = Workbook()
    ws = wb.active
    ws.title = "RIS"
    _xlsx_sheet(ws, title, header, rows, (58, 80, 45), input_columns=(2,))
    comp_rows = component_table([comp, *others])
    ws2 = wb.create_sheet("Components")
    _xlsx_sheet(ws2, bilingual("combined_title", lang, cand=comp.candidate), list(comp_rows.columns),
                comp_rows.to_numpy().tolist(), (12, 34, 36, 30, 11, 11, 14, 16, 12, 36, 12), input_columns=(7,))
    _save_atomic_xlsx(wb, xlsx_path)
    body = _html_table(header, rows, input_column=2)
    body += f"<h2>{html.escape(bilingual('combined_title', lang, cand=comp.candidate))}</h2>"
    body += _html_table(list(comp_rows.columns), comp_rows.to_numpy().tolist(), input_column=7)
    _write_html(html_path, title, body, lang)


def component_table(comps: Sequence[Component]) -> pd.DataFrame:
    """Side-by-side table of the components (the official-area column is left empty)."""
    return pd.DataFrame({
        "Party": [c.party for c in comps],
        "Country": [" — ".join(v for v in party_names(c.party)[:2] if v) for c in comps],
        "Site name (English)": [c.comp_name for c in comps],
        "Site name (local)": [c.name_local for c in comps],
        "Centre latitude": [round(c.lat, 5) for c in comps],
        "Centre longitude": [round(c.lon, 5) for c in comps],
        "GIS area (ha)": [round(c.area_ha, 1) for c in comps],
        "Official area (ha)": ["" for _ in comps],
        "Extends into another country?": ["yes" if len(comps) > 1 else "no" for _ in comps],
        "Adjacent to another Party's Ramsar site?": [c.adjacent_ramsar or "no" for c in comps],
        "Criteria": [c.criteria or "—" for c in comps],
    })


def _save_atomic_xlsx(wb, path: Path) -> None:
    tmp = page.partial_path(path)
    wb.save(tmp)
    os.replace(tmp, path)


def _html_table(header: Sequence[str], rows: Sequence[Sequence[object]], input_column: int = -1) -> str:
    out = ["<table><thead><tr>", *(f"<th>{html.escape(str(h))}</th>" for h in header), "</tr></thead><tbody>"]
    for row in rows:
        out.append("<tr>")
        for j, value in enumerate(row):
            cls = ' class="input"' if j == input_column else ""
            shown = f"{value:,.1f}" if isinstance(value, float) else ("" if value is None else str(value))
            text = html.escape(shown).replace("\n", "<br>").replace(" | ", "<br>")
            out.append(f"<td{cls}>{text}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _write_html(path: Path, title: str, body: str, lang: str) -> None:
    doc = f"""<!DOCTYPE html>
<html lang="{html.escape(lang)}"><head><meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", "Noto Sans CJK JP", Arial, sans-serif;
       margin: 2em; color: #222; max-width: 80em; }}
h1 {{ font-size: 1.3em; }} h2 {{ font-size: 1.1em; margin-top: 2em; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ background: #2f5f8a; color: #fff; text-align: left; }}
th, td {{ border: 1px solid #bbb; padding: 0.35em 0.5em; vertical-align: top; }}
td.input {{ background: #fff6d5; min-width: 12em; }}
p.note {{ font-size: 0.9em; color: #555; }}
</style></head><body>
<h1>{html.escape(title)}</h1>
{body}
<p class="note">{html.escape(DISCLAIMER_EN)}<br>Generated {_dt.date.today().isoformat()} by NEASPEC Planner.</p>
</body></html>
"""
    tmp = page.partial_path(path)
    tmp.write_text(doc, encoding="utf-8")
    os.replace(tmp, path)


def readme_text(comps: Sequence[Component], files: Sequence[Path], root: Path) -> str:
    cand = comps[0].candidate
    lines = [
        f"NEASPEC Planner — designation package for candidate Ramsar site {cand}: {comps[0].name}",
        f"Generated {_dt.date.today().isoformat()}.",
        "",
        "Parties (one folder each): " + ", ".join(f"{party_names(c.party)[0]} ({c.party}) {c.area_ha:,.1f} ha"
                                                  for c in comps),
        "",
        "How to use (see docs/ramsar_package.md):",
        " 1. Each Administrative Authority takes its own folder (ISO3 code).",
        " 2. Check the boundary (shapefile or KML, EPSG:4326) against national maps and correct it in a GIS.",
        " 3. Enter the official area and any corrections in the yellow column of the RIS field sheet (XLSX).",
        " 4. Copy the values into the Ramsar Information Sheet online (RSIS) and upload the shapefile and map.",
        " 5. For a transboundary designation, share the transboundary map and the components table with the",
        "    other Parties' Administrative Authorities.",
        "",
        DISCLAIMER_EN,
        "",
        "Files:",
        *(f"  {p.relative_to(root).as_posix()}" for p in sorted(files)),
    ]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ package


def build_package(geometry: np.ndarray, attributes: pd.DataFrame, candidate: str, output_folder: str | Path,
                  language: Optional[str] = None, countries=None, sources: str = "",
                  progress: Optional[page.ProgressFn] = None,
                  make_maps: bool = True) -> PackageResult:
    """Write the package of ``candidate`` into ``output_folder/<id>_<slug>/`` (atomically).

    ``countries`` is an optional ``VectorData`` of country polygons (background and inset locator);
    ``language`` forces one language for the second line of labels (default: each Party's own language).
    """
    from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError
    from neaspec_planner.core.progress import Progress

    prog = Progress(progress)
    out_root = Path(output_folder)
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot create the output folder {folder}: {reason}"),
                         folder=str(out_root), reason=str(exc)) from exc
    if not os.access(out_root, os.W_OK):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Output folder is not writable: {folder}"),
                         folder=str(out_root))
    comps = components_of(geometry, attributes, candidate)
    cand = comps[0].candidate
    head, sep, _ = comps[0].name.partition(": ")
    label = head if sep and " – " not in head else comps[0].name.split(" – ")[0]
    slug = f"{safe_name(cand, 'C')}_{safe_name(label, 'candidate', 40)}"
    sources = sources or ("Candidate boundaries: NEASPEC Planner (neaspec:ramsar_candidates) from the wetland, "
                          "Ramsar site and country layers supplied by the user; country outlines as supplied.")
    result = PackageResult(out_root / slug)
    tmp = Path(tempfile.mkdtemp(prefix=f".{slug}.", dir=out_root))
    try:
        n = len(comps)
        for k, comp in enumerate(comps):
            party_lang = language if language and language != "auto" else party_names(comp.party)[2]
            folder = tmp / safe_name(comp.party, f"P{k + 1}")
            folder.mkdir()
            stem = f"{safe_name(cand, 'C')}_{safe_name(comp.party, 'P')}"
            written = write_boundary_files(comp, folder, f"{stem}_boundary")
            others = [o for o in comps if o is not comp]
            map_path = folder / f"{stem}_map.pdf"
            files = {"shp": written["shp"].name, "kml": written["kml"].name, "map": map_path.name}
            write_ris_sheet(comp, others, party_lang, files, sources, folder / f"{stem}_RIS_sheet.xlsx",
                            folder / f"{stem}_RIS_sheet.html")
            if make_maps:
                party_map(comps, comp, countries, party_lang, sources, map_path)
            prog((k + 1) / (n + 1))
        if make_maps:
            combined_map(comps, countries, language if language and language != "auto" else "en", sources,
                         tmp / f"{safe_name(cand, 'C')}_transboundary_map.pdf")
        table = component_table(comps)
        _components_files(table, cand, comps[0].name, tmp)
        files_all = [p for p in tmp.rglob("*") if p.is_file()]
        (tmp / "README.txt").write_text(readme_text(comps, files_all + [tmp / "README.txt"], tmp), encoding="utf-8")
        prog(1.0)
        replace_folder(tmp, result.folder)
    except BaseException:  # cancelled, bad input or a failure: nothing of the package is left
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    result.files = sorted(p for p in result.folder.rglob("*") if p.is_file())
    result.messages.append(f"Package of {cand} ({', '.join(c.party for c in comps)}): {len(result.files)} files in "
                           f"{result.folder}")
    return result


def _components_files(table: pd.DataFrame, cand: str, name: str, folder: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Components"
    _xlsx_sheet(ws, f"Candidate transboundary Ramsar site {cand}: {name}", list(table.columns),
                table.to_numpy().tolist(), (8, 34, 36, 30, 11, 11, 14, 16, 12, 36, 12), input_columns=(7,))
    stem = f"{safe_name(cand, 'C')}_components"
    _save_atomic_xlsx(wb, folder / f"{stem}.xlsx")
    _write_html(folder / f"{stem}.html", f"Candidate transboundary Ramsar site {cand}: {name}",
                _html_table(list(table.columns), table.to_numpy().tolist(), input_column=7), "en")


# ------------------------------------------------------------------------------------------ maps (QGIS)

PAGE_W, PAGE_H = 297.0, 210.0
NORTH_ARROW = "arrows/NorthArrow_02.svg"


def _label(layout, text_value: str, x: float, y: float, w: float, h: float, size: float, bold: bool = False,
           colour: str = "#222222", family: Optional[str] = None, lang: str = "en", fit: bool = False):
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize, QgsUnitTypes
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor

    label = QgsLayoutItemLabel(layout)
    label.setText(text_value)
    fam = family or page.script_font([text_value], lang)
    if fit and "\n" not in text_value:  # one line: shrink the font until the text fits the box
        from qgis.core import QgsLayoutUtils

        while size > 7 and QgsLayoutUtils.textWidthMM(page.qfont(fam, size, bold), text_value) > w - 1:
            size -= 0.5
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(page.text_format(fam, size, bold, colour))
    else:  # QGIS < 3.24
        label.setFont(page.qfont(fam, size, bold))
        label.setFontColor(QColor(colour))
    label.setMode(QgsLayoutItemLabel.ModeFont)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)
    return label


def _polygon_layer(name: str, geoms: Sequence[object], labels: Sequence[str], fill: str, outline: str,
                   width: float = 0.5, label_family: Optional[str] = None, label_size: float = 8.0,
                   dashed: bool = False, opacity: float = 1.0):
    """A memory polygon layer (EPSG:4326) from shapely geometries, single-symbol, optionally labelled."""
    import shapely
    from qgis.core import (
        QgsFeature,
        QgsFillSymbol,
        QgsGeometry,
        QgsPalLayerSettings,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=label:string", name, "memory")
    feats = []
    for geom, lab in zip(geoms, labels):
        g = QgsGeometry()
        g.fromWkb(shapely.to_wkb(shapely.force_2d(geom)))
        feat = QgsFeature(layer.fields())
        feat.setGeometry(g)
        feat.setAttributes([lab])
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    props = {"color": fill, "outline_color": outline, "outline_width": str(width), "outline_width_unit": "MM",
             "outline_style": "dash" if dashed else "solid", "joinstyle": "round"}
    symbol = QgsFillSymbol.createSimple(props)
    symbol.setOpacity(opacity)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label_family:
        settings = QgsPalLayerSettings()
        settings.fieldName = "label"
        fmt = page.text_format(label_family, label_size, True, outline)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor("white"))
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        settings.placement = QgsPalLayerSettings.OverPoint
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    return layer


def _party_layer(comp: Component, title: str, colours: tuple[str, str], family: str):
    """One national component in its Party's colours (``colours`` for other Parties), the legend entry ``title``
    with the Party's own name on a second line."""
    fill, line = PARTY_COLOURS.get(comp.party, colours)
    local = party_names(comp.party)[1]
    return _polygon_layer(title + (f"|{local}" if local else ""), [comp.geometry], [comp.party], fill, line, 0.6,
                          family, 9.0)


def _point_layer(name: str, points: Sequence[tuple[float, float]], colour: str = "#d7191c"):
    from qgis.core import QgsFeature, QgsGeometry, QgsMarkerSymbol, QgsPointXY, QgsSingleSymbolRenderer, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    feats = []
    for lon, lat in points:
        feat = QgsFeature()
        feat.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#00000000", "outline_color": colour, "outline_width": "0.6", "size": "4"})))
    return layer


def _countries_near(countries, lon: float, lat: float, dlon: float = 25.0, dlat: float = 16.0):
    """Country polygons (EPSG:4326 shapely) and their labels within a box around the candidate."""
    import shapely

    from neaspec_planner.core.crs import reproject
    from neaspec_planner.core.layers import find_field
    from neaspec_planner.core.ramsar import country_codes

    if countries is None or not len(countries):
        return [], []
    geoms = reproject(countries.geometry, countries.crs, "EPSG:4326")
    geoms = shapely.make_valid(geoms)
    geoms = shapely.clip_by_rect(geoms, lon - dlon, lat - dlat, lon + dlon, lat + dlat)
    try:
        codes, _ = country_codes(countries.attributes)
    except Exception:  # noqa: BLE001 - labels are optional
        codes = np.full(len(geoms), "", dtype=object)
    name_field = find_field(countries.attributes.columns, "NAME_EN", "NAME", "ADMIN", "NAME_ENG", "name")
    names = countries.attributes[name_field].fillna("").astype(str).to_numpy() if name_field else codes
    keep = ~(shapely.is_empty(geoms) | shapely.is_missing(geoms))
    labels = [party_names(c)[0] if c in PARTIES else (n or c) for c, n in zip(codes[keep], names[keep])]
    return list(geoms[keep]), labels


def _extent(geoms: Sequence[object], crs, margin: float, aspect: float):
    """Bounding box of the geometries in ``crs`` with ``margin`` (fraction, at least 2 km across), fitted to the
    item's aspect ratio."""
    import shapely
    from qgis.core import QgsRectangle

    from neaspec_planner.core.crs import reproject

    projected = reproject(np.array(list(geoms), dtype=object), "EPSG:4326", crs.toWkt())
    return page.fit_aspect(page.with_margin(QgsRectangle(*shapely.total_bounds(projected)), margin, 2000.0), aspect)


def _map_document(title: str, subtitle: str, comps: Sequence[Component], focus: Optional[Component], countries,
                  lang: str, sources: str, info: str):
    """The A4 landscape layout of a party map (``focus`` set) or of the combined map (``focus`` None)."""
    import shapely
    from qgis.core import (
        QgsCoordinateTransform,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemMapGrid,
        QgsLayoutItemPage,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsScaleBarSettings,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtGui import QColor

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
    all_text = [title, subtitle, info] + [c.name_local for c in comps]
    family = page.script_font(all_text, lang)
    centre = shapely.centroid(shapely.union_all([c.geometry for c in comps]))
    lon, lat = centre.x, centre.y
    crs = page.laea(lon, lat, rounding=0.1)

    # layers (bottom to top)
    cgeoms, clabels = _countries_near(countries, lon, lat)
    layers_main, layers_inset, legend_layers = [], [], []
    if cgeoms:
        back = _polygon_layer(t("countries", "en") + ("" if lang == "en" else " / " + t("countries", lang)),
                              cgeoms, clabels, "#f3f1ea", "#8a8a8a", 0.35, family, 9.0, dashed=True)
        inset_c = _polygon_layer("inset countries", cgeoms, clabels, "#ecebe4", "#9a9a9a", 0.15)
        layers_main.append(back)
        layers_inset.append(inset_c)
        legend_layers.append(back)
    if focus is not None:
        others = [c for c in comps if c is not focus]
        if others:
            grey = _polygon_layer(bilingual("other_components", lang), [o.geometry for o in others],
                                  [o.party for o in others], OTHER_COLOURS[0], OTHER_COLOURS[1], 0.4, family, 8.0)
            layers_main.append(grey)
            legend_layers.append(grey)
        en = party_names(focus.party)[0]
        mine = _party_layer(focus, f"{focus.candidate} {en} ({focus.party})", ("#e6550d", "#a63603"), family)
        layers_main.append(mine)
        legend_layers.append(mine)
    else:
        for comp in comps:
            en = party_names(comp.party)[0]
            lyr = _party_layer(comp, f"{en} ({comp.party}): {comp.area_ha:,.0f} ha", OTHER_COLOURS, family)
            layers_main.append(lyr)
            legend_layers.append(lyr)
    extent_geoms = [c.geometry for c in comps]
    marker = _point_layer("location", [(lon, lat)])
    layers_inset.append(marker)
    for lyr in layers_main + layers_inset:
        project.addMapLayer(lyr, False)

    def mm(x, y, w=None, h=None):
        return QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), (
            QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters) if w is not None else None)

    # title block
    _label(layout, title, 10, 6, 277, 9, 15, True, "#1d3557", family, fit=True)
    _label(layout, subtitle, 10, 15, 277, 6, 9, False, "#444444", family, fit=True)

    # main map
    main = QgsLayoutItemMap(layout)
    main.setId("main_map")
    pos, size = mm(10, 27, 200, 158)
    main.attemptMove(pos)
    main.attemptResize(size)
    main.setCrs(crs)
    main.setLayers(list(reversed(layers_main)))
    main.setExtent(_extent(extent_geoms, crs, 0.12, 200 / 158))
    main.setBackgroundColor(QColor("#dcecf5"))  # outside every country (sea)
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(_measure_mm(0.3))
    layout.addLayoutItem(main)
    main.setExtent(_extent(extent_geoms, crs, 0.12, 200 / 158))

    # graticule in degrees
    rect = main.extent()
    wgs = page.WGS84
    tr = QgsCoordinateTransform(crs, wgs, project)
    ll = tr.transformBoundingBox(rect)
    interval = page.grid_interval(max(ll.width(), ll.height()), target_lines=4.0)
    grid = QgsLayoutItemMapGrid("graticule", main)
    grid.setCrs(wgs)
    grid.setIntervalX(interval)
    grid.setIntervalY(interval)
    grid.setStyle(QgsLayoutItemMapGrid.Solid)
    grid.setGridLineColor(QColor(90, 90, 90, 110))
    grid.setGridLineWidth(0.15)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.DecimalWithSuffix)
    grid.setAnnotationPrecision(page.grid_precision(interval))
    for side in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right, QgsLayoutItemMapGrid.Top,
                 QgsLayoutItemMapGrid.Bottom):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, side)
        grid.setAnnotationDirection(QgsLayoutItemMapGrid.Vertical if side in (QgsLayoutItemMapGrid.Left,
                                                                               QgsLayoutItemMapGrid.Right)
                                    else QgsLayoutItemMapGrid.Horizontal, side)
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.LongitudeOnly, QgsLayoutItemMapGrid.Top)
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.LongitudeOnly, QgsLayoutItemMapGrid.Bottom)
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.LatitudeOnly, QgsLayoutItemMapGrid.Left)
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.LatitudeOnly, QgsLayoutItemMapGrid.Right)
    grid.setAnnotationTextFormat(page.text_format("Noto Sans", 6.5, False, "#333333"))
    grid.setFrameStyle(QgsLayoutItemMapGrid.Zebra)
    grid.setFrameWidth(1.2)
    grid.setAnnotationFrameDistance(1.0)
    main.grids().addGrid(grid)

    # north arrow (top right of the map, on a white box)
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(_svg_path(NORTH_ARROW))
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setBackgroundEnabled(True)
    arrow.setBackgroundColor(QColor(255, 255, 255, 220))
    pos, size = mm(196, 30, 11, 15)
    arrow.attemptMove(pos)
    arrow.attemptResize(size)
    layout.addLayoutItem(arrow)

    # scale bar (km), bottom left inside the map on a white box
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(30)
    bar.setMaximumBarWidth(55)
    bar.setHeight(2.0)
    bar.setTextFormat(page.text_format("Noto Sans", 7))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    bar.setBoxContentSpace(1.5)
    pos, _ = mm(13, 171)
    bar.attemptMove(pos)
    layout.addLayoutItem(bar)
    bar.update()

    # inset locator
    inset = QgsLayoutItemMap(layout)
    inset.setId("inset_map")
    pos, size = mm(215, 27, 72, 52)
    inset.attemptMove(pos)
    inset.attemptResize(size)
    inset.setCrs(crs)
    inset.setLayers([marker] + layers_inset[:-1])
    inset.setBackgroundColor(QColor("#dcecf5"))
    inset.setFrameEnabled(True)
    layout.addLayoutItem(inset)
    half_w, half_h = 1_300_000.0, 1_300_000.0 * 52 / 72
    cx, cy = 0.0, 0.0  # the LAEA CRS is centred on the candidate
    from qgis.core import QgsRectangle

    inset.setExtent(QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h))
    overview = inset.overview()
    overview.setLinkedMap(main)
    _label(layout, "Locator", 215, 79.5, 72, 5, 7, False, "#555555", "Noto Sans")

    # legend
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(bilingual("legend", lang))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    backgrounds = [lyr for lyr in legend_layers if lyr in layers_main[:1] and cgeoms]
    for lyr in [x for x in reversed(legend_layers) if x not in backgrounds] if focus is not None else \
            [x for x in legend_layers if x not in backgrounds]:
        root.addLayer(lyr)
    for lyr in backgrounds:
        root.addLayer(lyr)
    legend.setLinkedMap(main)
    for style, size_, bold in ((QgsLegendStyle.Title, 9.5, True), (QgsLegendStyle.Group, 8, True),
                               (QgsLegendStyle.Subgroup, 8, True), (QgsLegendStyle.SymbolLabel, 7.5, False)):
        legend.setStyleFont(style, page.qfont(family, size_, bold))
    legend.setSymbolWidth(7)
    legend.setSymbolHeight(4.5)
    legend.setWrapString("|")
    legend.setBackgroundEnabled(False)
    pos, _ = mm(215, 86)
    legend.attemptMove(pos)
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()

    # facts box
    _label(layout, info, 215, 134, 72, 51, 7.5, False, "#222222", family)

    # sources and statement
    disclaimer = t("disclaimer", "en") + ("" if lang == "en" else "\n" + t("disclaimer", lang))
    footer = (f"Sources: {sources}\nProjection: Lambert azimuthal equal-area centred on {lon:.2f}°E, {lat:.2f}°N; "
              f"graticule in degrees (WGS84). Produced {_dt.date.today().isoformat()} with NEASPEC Planner.\n"
              f"{disclaimer}")
    _label(layout, footer, 10, 189, 277, 17, 6.3, False, "#444444", page.script_font([footer], lang))
    return project, layout


def _measure_mm(value: float):
    from qgis.core import QgsLayoutMeasurement, QgsUnitTypes

    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutMillimeters)


def _svg_path(name: str) -> str:
    from qgis.core import QgsApplication

    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    return name


def export_pdf(layout, path: Path) -> None:
    """Vector PDF, text as text (searchable, fonts embedded), through the shared page settings."""
    from neaspec_planner.core.errors import InputError

    try:
        page.write_pdf(layout, path, dpi=300)
    except page.ExportError as exc:
        raise InputError(str(exc)) from exc


def _facts(comp: Component, others: Sequence[Component], lang: str) -> str:
    lines = [
        f"{t('gis_area', 'en')}: {comp.area_ha:,.1f}",
        f"{t('coordinates', 'en')}: {dms(comp.lat, 'N', 'S')}, {dms(comp.lon, 'E', 'W')}",
        f"Ramsar criteria (this component): {comp.criteria or '—'}",
        f"Ramsar criteria (whole complex): {comp.criteria_all or '—'}",
        "Extends into another country: " + (", ".join(o.party for o in others) if others else "no"),
        "Adjacent to another Party's Ramsar site: " + (comp.adjacent_ramsar or "no"),
    ]
    if comp.includes_ramsar:
        lines.append(f"Includes designated Ramsar site: {comp.includes_ramsar}")
    if comp.name_local:
        lines.insert(0, comp.name_local)
    return "\n".join(lines)


def party_map(comps: Sequence[Component], focus: Component, countries, lang: str, sources: str, path: Path) -> None:
    """A4 map of one Party's component (others in grey)."""
    en, local = SHORT_NAMES.get(focus.party, party_names(focus.party)[:2])
    title = t("map_title", "en", cand=focus.candidate, party=en)
    if lang != "en":
        title += "  |  " + t("map_title", lang, cand=focus.candidate, party=local or en)
    subtitle = f"{short_name(focus.comp_name, 90)}" + (f" — {short_name(focus.name_local, 60)}"
                                                       if focus.name_local else "") + \
        f"   (candidate {focus.candidate}: {short_name(focus.name, 70)})"
    others = [c for c in comps if c is not focus]
    project, layout = _map_document(title, subtitle, comps, focus, countries, lang, sources,
                                    _facts(focus, others, lang))
    export_pdf(layout, path)
    del project


def combined_map(comps: Sequence[Component], countries, lang: str, sources: str, path: Path) -> None:
    """A4 map of all national components of the candidate."""
    cand = comps[0].candidate
    title = t("combined_title", "en", cand=cand)
    if lang != "en":
        title += "  |  " + t("combined_title", lang, cand=cand)
    name = comps[0].name
    subtitle = name if len(name) <= 160 else name[:159] + "…"
    head, sep, _ = name.partition(": ")
    if sep and " – " not in head:
        title = title.replace(cand, f"{cand}: {head}", 1)
    total = sum(c.area_ha for c in comps)
    info = "\n".join([f"Total GIS area: {total:,.1f} ha"] +
                     [f"{c.party}: {c.area_ha:,.1f} ha; criteria {c.criteria or '—'}" for c in comps] +
                     [f"Whole complex criteria: {comps[0].criteria_all or '—'}"] +
                     [f"Adjacent Ramsar ({c.party}): {c.adjacent_ramsar}" for c in comps if c.adjacent_ramsar])
    project, layout = _map_document(title, subtitle, comps, None, countries, lang, sources, info)
    export_pdf(layout, path)
    del project
