"""Input layers as they really come: recognise their schemas, normalise them, load them safely.

GIS officers bring Protected Planet downloads (legacy WDPA and the new WDPCA schema, polygons or points,
shapefiles with field names cut to 10 characters), IUCN Red List / BirdLife ranges, GLWD v1 polygons,
GLWD v2 and ESA WorldCover class rasters, Natural Earth / GADM country boundaries and national files in several
CRSs. This module recognises those schemas from their field names and turns them into the planner's common
columns; it never modifies the input (everything works on copies read through ``core/vector_io``).

Pure Python (no qgis import). Facts and field lists: ``shared/reference/region-facts.md`` §6; behaviour on bad
input: ``robustness.md``; user documentation: ``docs/algorithms/inputs.md``.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import crs as ncrs
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import CleanReport, clean_polygons
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.vector_io import VectorData

PA_COLUMNS = ["pa_id", "name", "iso3", "desig_type", "iucn_cat", "status", "rep_area_km2"]

# WDPA field names as published; shapefiles cut names to 10 characters (PARENT_ISO3 → PARENT_ISO).
WDPA_LEGACY = {"pa_id": ("WDPAID",), "name": ("NAME", "ORIG_NAME"), "iso3": ("ISO3", "PARENT_ISO3"),
               "desig_type": ("DESIG_TYPE",), "iucn_cat": ("IUCN_CAT",), "status": ("STATUS",),
               "rep_area_km2": ("REP_AREA",)}
WDPCA = {"pa_id": ("SITE_ID",), "name": ("NAME_ENG", "NAME"), "iso3": ("ISO3", "PRNT_ISO3"),
         "desig_type": ("DESIG_TYPE",), "iucn_cat": ("IUCN_CAT",), "status": ("STATUS",),
         "rep_area_km2": ("REP_AREA",)}
PA_SCHEMAS = {"wdpa": WDPA_LEGACY, "wdpca": WDPCA}

# IUCN Red List spatial data codes (letsR docs; IUCN mapping standards).
IUCN_PRESENCE = {1: "Extant", 2: "Probably extant", 3: "Possibly extant", 4: "Possibly extinct",
                 5: "Extinct (post-1500)", 6: "Presence uncertain"}
IUCN_ORIGIN = {1: "Native", 2: "Reintroduced", 3: "Introduced", 4: "Vagrant", 5: "Origin uncertain",
               6: "Assisted colonisation"}
IUCN_SEASONAL = {1: "Resident", 2: "Breeding season", 3: "Non-breeding season", 4: "Passage",
                 5: "Seasonal occurrence uncertain"}
DEFAULT_PRESENCE = (1, 2)
DEFAULT_ORIGIN = (1, 2)
DEFAULT_SEASONAL = (1, 2, 3)

#: Country code fields tried in this order (case-insensitive, also cut to 10 characters) when none is given.
COUNTRY_FIELDS = ("ISO3", "ISO_A3", "ADM0_A3", "GID_0", "ISO3166_1_", "ISO_A3_EH", "ADM0_ISO", "SOV_A3", "PARENT_ISO3",
                  "PRNT_ISO3", "COUNTRY_ISO3")
#: Values meaning "no code" (Natural Earth writes -99 for France, Norway, Kosovo, Somaliland…).
NO_COUNTRY_CODES = ("-99", "-9", "-1", "", "NONE", "NAN")
#: Where a row has no code, these fields are tried in turn.
COUNTRY_FALLBACK_FIELDS = ("ADM0_A3", "ISO_A3_EH", "SOV_A3", "GU_A3")
SHAPEFILE_FIELD_LIMIT = 10


# ------------------------------------------------------------------------------------------------ field names


def find_field(field_names: Iterable[str], *candidates: str) -> Optional[str]:
    """The actual name of the first candidate present, case-insensitive, also cut to 10 characters (shapefiles).

    >>> find_field(["WDPAID", "PARENT_ISO"], "PARENT_ISO3")
    'PARENT_ISO'
    """
    names = [str(n) for n in field_names]
    upper = {n.upper(): n for n in names}
    for cand in candidates:
        key = cand.upper()
        if key in upper:
            return upper[key]
        short = key[:SHAPEFILE_FIELD_LIMIT]
        if len(key) > SHAPEFILE_FIELD_LIMIT and short in upper:
            return upper[short]
    return None


def detect_pa_schema(field_names: Iterable[str]) -> Optional[Literal["wdpa", "wdpca"]]:
    """``"wdpa"`` (legacy WDPAID… schema), ``"wdpca"`` (SITE_ID… schema of 2026) or ``None``."""
    names = list(field_names)
    if find_field(names, "WDPAID"):
        return "wdpa"
    if find_field(names, "SITE_ID") and (find_field(names, "SITE_TYPE", "REALM", "PRNT_ISO3", "DESIG_ENG")):
        return "wdpca"
    return None


def detect_country_field(field_names: Iterable[str]) -> Optional[str]:
    """The ISO 3166 alpha-3 field of a boundary layer (ISO3, ISO_A3, ADM0_A3, GID_0, iso3 …) or ``None``."""
    return find_field(field_names, *COUNTRY_FIELDS)


def country_codes(attributes: pd.DataFrame, field_name: Optional[str] = None, layer_name: Optional[str] = None,
                  missing: Optional[str] = None, parameter: Optional[str] = None) -> tuple[np.ndarray, str]:
    """ISO3 codes per row (upper case, trimmed) and the field they come from: the one rule of every tool.

    The field is ``field_name`` or the first of ``COUNTRY_FIELDS`` present (case-insensitive, also cut to 10
    characters). "No code" values (``NO_COUNTRY_CODES``: Natural Earth writes -99 for France, Norway, Kosovo…)
    are filled from ADM0_A3, then ISO_A3_EH, SOV_A3, GU_A3; what is still missing is ``missing`` (None, or ""
    for tables that hold text only). ``InputError`` when the field is not there or none is found; the message
    names the layer (``layer_name``) and the parameter that chooses the field (``parameter``) when given.

    >>> codes, used = country_codes(pd.DataFrame({"ISO_A3": ["-99", " chn"], "ADM0_A3": ["FRA", "CHN"]}))
    >>> codes.tolist(), used
    (['FRA', 'CHN'], 'ISO_A3')
    """
    names = [str(c) for c in attributes.columns]
    fname = field_name or detect_country_field(names)
    error: Optional[InputError] = None
    if field_name and field_name not in attributes.columns:
        error = InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no field '{field}'; fields: {fields}."),
                           layer=layer_name or "countries", field=field_name, fields=", ".join(names))
    elif fname is None:
        error = InputError(
            QT_TRANSLATE_NOOP("InputError", "No country code field found (looked for {candidates}; fields: "
                              "{fields}). Choose the field holding ISO 3166 alpha-3 codes."),
            candidates=", ".join(COUNTRY_FIELDS), fields=", ".join(names))
        if layer_name:
            error = InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}': {error}"), layer=layer_name,
                               error=error)
    if error is not None:
        if parameter:
            error = InputError(QT_TRANSLATE_NOOP("InputError", "{error} ({parameter})"), error=error,
                               parameter=parameter)
        raise error

    def normalised(column: str) -> pd.Series:
        values = attributes[column].astype(object).where(attributes[column].notna(), None)
        values = values.map(lambda v: None if v is None else str(v).strip().upper())
        return values.where(~values.isin(NO_COUNTRY_CODES), None)

    codes = normalised(str(fname))
    for fallback in COUNTRY_FALLBACK_FIELDS:
        if not codes.isna().any():
            break
        alt = find_field(names, fallback)
        if alt and alt != fname:
            codes = codes.where(codes.notna(), normalised(alt))
    out = codes.to_numpy(dtype=object)
    if missing is not None:
        out[pd.isna(out)] = missing
    return out, str(fname)


def codes_from(layer_name: str, used: str) -> Note:
    """The log line of ``country_codes``: which field of which layer the codes came from."""
    return Note(QT_TRANSLATE_NOOP("InputError", "{layer}: country codes from field '{used}'."), layer=layer_name,
                used=used)


def id_text(value: object) -> Optional[str]:
    """Ids arrive as int, float (shapefile) or text: a stable text form ('555624857', '9000001'); None if missing."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    return str(value)


def check_polygon_layer(data: VectorData, role: str) -> None:
    """``InputError`` for a layer of points or lines where polygons are expected, or without a CRS."""
    geoms = np.asarray(data.geometry, dtype=object)
    present = geoms[~shapely.is_missing(geoms)] if geoms.size else geoms
    if present.size:
        kinds = shapely.get_type_id(present)
        polygonal = np.isin(kinds, (3, 6, 7)).any()
        if not polygonal:
            if np.isin(kinds, (0, 4)).all():
                if role.startswith("protected"):
                    raise InputError(QT_TRANSLATE_NOOP(
                        "InputError", "Layer '{layer}' ({role}) holds points, but polygons are needed. Protected "
                        "Planet publishes sites without a boundary as points with a reported area (REP_AREA, km²): "
                        "buffer them to circles of that area first (radius = sqrt(REP_AREA × 1,000,000 / π) metres, "
                        "in a projected CRS): tick 'Draw WDPA points as circles of their reported area (REP_AREA)' "
                        "of this tool, or use Vector ▸ Geoprocessing ▸ Buffer."), layer=data.name, role=role)
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Layer '{layer}' ({role}) holds points, but polygons are needed."),
                    layer=data.name, role=role)
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}' ({role}) holds no polygons (lines or other geometries); choose a "
                "polygon layer."), layer=data.name, role=role)
    ncrs.as_crs(data.crs, data.name)



# ------------------------------------------------------------------------------------------------ protected areas


@dataclass
class LoadReport:
    """What loading and normalising did, for the log."""

    layer: str
    schema: Optional[str] = None
    clean: Optional[CleanReport] = None
    dropped_status: int = 0
    buffered_points: int = 0
    dropped_points_without_area: int = 0
    messages: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.schema:
            out.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: recognised the {schema} schema."),
                            layer=self.layer, schema=self.schema.upper()))
        if self.clean is not None:
            out.append(self.clean.summary(self.layer))
        if self.dropped_status:
            out.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} sites with STATUS 'Proposed' left out."),
                            layer=self.layer, count=self.dropped_status))
        if self.buffered_points:
            out.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} points drawn as circles of their "
                                                            "reported area (REP_AREA) — APPROXIMATE shapes, not "
                                                            "boundaries."),
                            layer=self.layer, count=self.buffered_points))
        if self.dropped_points_without_area:
            out.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} points without a reported area "
                                                            "skipped."), layer=self.layer,
                            count=self.dropped_points_without_area))
        return out + self.messages


def normalise_pa_attributes(attributes: pd.DataFrame, schema: Optional[str] = None,
                            layer_name: str = "protected areas") -> pd.DataFrame:
    """The common columns ``pa_id, name, iso3, desig_type, iucn_cat, status, rep_area_km2`` from either WDPA schema.

    Missing optional fields give empty values; a layer with neither schema raises ``InputError``.
    """
    names = list(attributes.columns)
    schema = schema or detect_pa_schema(names)
    if schema not in PA_SCHEMAS:
        raise InputError(
            QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' is not a WDPA file: it has neither WDPAID (legacy WDPA) "
                              "nor SITE_ID with SITE_TYPE/REALM/PRNT_ISO3 (WDPCA). Pick the Protected Planet "
                              "download, or a layer with those fields."), layer=layer_name)
    out = pd.DataFrame(index=attributes.index)
    for column, candidates in PA_SCHEMAS[schema].items():
        present = [f for f in (find_field(names, c) for c in candidates) if f]
        if not present:
            out[column] = None
            continue
        values = attributes[present[0]]
        for extra in present[1:]:  # e.g. ISO3 empty → PARENT_ISO3; NAME empty → ORIG_NAME
            empty = values.isna() | (values.astype(str).str.strip() == "")
            values = values.where(~empty, attributes[extra])
        out[column] = values
    out["rep_area_km2"] = pd.to_numeric(out["rep_area_km2"], errors="coerce")
    out["pa_id"] = out["pa_id"].map(id_text)
    for column in ("name", "iso3", "desig_type", "iucn_cat", "status"):
        out[column] = out[column].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v))
                                      else str(v))
    return out


def status_mask(status: pd.Series, include_proposed: bool = False) -> np.ndarray:
    """Rows to keep: everything except STATUS 'Proposed' (case-insensitive) unless ``include_proposed``."""
    if include_proposed:
        return np.ones(len(status), dtype=bool)
    return ~status.fillna("").astype(str).str.strip().str.lower().eq("proposed").to_numpy()


def is_point_type(geometry_type: str) -> bool:
    return "POINT" in str(geometry_type).upper()


def buffer_points_by_area(points: np.ndarray, area_km2: np.ndarray, crs: object) -> np.ndarray:
    """Circles of equal area (``area_km2``) around points, drawn in the equal-area CRS, returned in ``crs``.

    Multipoints get one circle per part with the area shared equally. Rows with no or non-positive area → None.
    """
    points = np.asarray(points, dtype=object)
    area = np.asarray(area_km2, dtype=float)
    out = np.full(len(points), None, dtype=object)
    ok = ~shapely.is_missing(points) & np.isfinite(area) & (area > 0)
    ok[ok] &= ~shapely.is_empty(points[ok])
    if not ok.any():
        return out
    laea = ncrs.analysis_crs([(points[ok], crs)])
    pts = ncrs.reproject(points[ok], crs, laea)
    parts, index = shapely.get_parts(pts, return_index=True)
    n_parts = np.bincount(index, minlength=len(pts))
    radius = np.sqrt(area[ok][index] * 1e6 / n_parts[index] / np.pi)
    # a 64-gon of circumradius R has area 32 R² sin(2π/64); scale R so the polygon's area is exact
    radius = radius * np.sqrt(np.pi / (32 * np.sin(2 * np.pi / 64)))
    circles = shapely.buffer(parts, radius, quad_segs=16)
    merged = np.array([shapely.union_all(circles[index == i]) for i in range(len(pts))], dtype=object) \
        if len(parts) != len(pts) else circles
    out[ok] = ncrs.reproject(merged, laea, crs)
    return out


def without_proposed(data: VectorData, include_proposed: bool = False) -> tuple[VectorData, int]:
    """WDPA/WDPCA layers: the sites whose STATUS is not 'Proposed' (all rows when ``include_proposed`` or without a
    STATUS field), and how many were left out. The input is not modified."""
    status = find_field(list(data.attributes.columns), "STATUS")
    if status is None:
        return data, 0
    keep = status_mask(data.attributes[status], include_proposed)
    dropped = int((~keep).sum())
    if not dropped:
        return data, 0
    return VectorData(np.asarray(data.geometry, dtype=object)[keep], data.attributes[keep].reset_index(drop=True),
                      data.crs, data.name, data.geometry_type), dropped


def points_as_circles(data: VectorData) -> tuple[VectorData, int, int]:
    """WDPA point sites drawn as circles of their reported area (REP_AREA, km²) by ``buffer_points_by_area``;
    returns the layer, the circles drawn and the point sites found (points without a positive area stay None)."""
    geoms = np.asarray(data.geometry, dtype=object)
    points = np.isin(shapely.get_type_id(geoms), (0, 4))
    if not points.any():
        return data, 0, 0
    area_field = find_field(list(data.attributes.columns), "REP_AREA", "REP_AREA_K")
    if area_field is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has points but no REP_AREA field "
                                           "(reported area, km²) to draw them as circles."), layer=data.name)
    area = pd.to_numeric(data.attributes[area_field], errors="coerce").to_numpy(dtype=float)
    circles = buffer_points_by_area(geoms[points], area[points], data.crs)
    geoms = geoms.copy()
    geoms[points] = circles
    drawn = int(sum(c is not None for c in circles))
    return VectorData(geoms, data.attributes, data.crs, data.name, data.geometry_type), drawn, int(points.sum())


@dataclass
class ProtectedAreas:
    """Normalised protected areas: polygons (in the layer's CRS), common columns, CRS, name, log."""

    geometry: np.ndarray
    attributes: pd.DataFrame
    crs: pyproj.CRS
    name: str
    report: LoadReport

    def __len__(self) -> int:
        return len(self.geometry)


def normalise_protected_areas(data: VectorData, include_proposed: bool = False, buffer_points: bool = False,
                              progress: ProgressFn | None = None) -> ProtectedAreas:
    """WDPA / WDPCA layer (already read) → repaired polygons with ``PA_COLUMNS`` plus ``approximate``.

    ``buffer_points``: a WDPA point file is accepted only when asked, each point becoming a circle of its
    REP_AREA (flagged ``approximate``); otherwise points raise ``InputError``.
    """
    ncrs.as_crs(data.crs, data.name)
    step = Progress(progress)
    report = LoadReport(layer=data.name, schema=detect_pa_schema(data.attributes.columns))
    normalise_pa_attributes(data.attributes, report.schema, data.name)  # not a WDPA layer: InputError here
    step(0.1)
    # the rules of the Processing algorithms (processing/base.py drop_proposed, points_as_circles)
    data, report.dropped_status = without_proposed(data, include_proposed)
    pointish = np.isin(shapely.get_type_id(np.asarray(data.geometry, dtype=object)), (0, 4))
    if pointish.any() or is_point_type(data.geometry_type):
        if not buffer_points:
            raise InputError(
                QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' holds points (a WDPA point file: {count} sites have "
                                  "no boundary). Use the WDPA polygon file, or tick the option to draw each point as "
                                  "a circle of its reported area (REP_AREA) — an approximation, flagged in the "
                                  "output."), layer=data.name, count=int(pointish.sum()))
        data, report.buffered_points, points = points_as_circles(data)
        report.dropped_points_without_area = points - report.buffered_points
    crs = ncrs.as_crs(data.crs, data.name)
    geoms = np.asarray(data.geometry, dtype=object)
    attrs = normalise_pa_attributes(data.attributes, report.schema, data.name)
    approximate = pointish
    step(0.5)
    cleaned, index, clean = clean_polygons(geoms)
    report.clean = clean
    attrs = attrs.iloc[index].reset_index(drop=True)
    attrs["approximate"] = approximate[index]
    step(1.0)
    return ProtectedAreas(cleaned, attrs, crs, data.name, report)


# ------------------------------------------------------------------------------------------------ IUCN ranges


def is_iucn_range(field_names: Iterable[str]) -> bool:
    names = list(field_names)
    return bool(find_field(names, "presence") and find_field(names, "origin")
                and find_field(names, "sci_name", "binomial", "id_no", "sisid"))


def iucn_range_mask(attributes: pd.DataFrame, presence: Sequence[int] = DEFAULT_PRESENCE,
                    origin: Sequence[int] = DEFAULT_ORIGIN, seasonal: Sequence[int] = DEFAULT_SEASONAL,
                    layer_name: str = "range") -> np.ndarray:
    """Rows of an IUCN / BirdLife range layer kept by the PRESENCE, ORIGIN and SEASONAL codes.

    Defaults: presence 1–2 (extant, probably extant), origin 1–2 (native, reintroduced), seasonal 1–3 (resident,
    breeding, non-breeding). A code field that is missing is not filtered on; values that are not codes are
    dropped. ``InputError`` if the layer has none of the three fields or a code is out of range.
    """
    names = list(attributes.columns)
    keep = np.ones(len(attributes), dtype=bool)
    used = 0
    for key, wanted, legend in (("presence", presence, IUCN_PRESENCE), ("origin", origin, IUCN_ORIGIN),
                                ("seasonal", seasonal, IUCN_SEASONAL)):
        wrong = [c for c in wanted if c not in legend]
        if wrong:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "{field} codes {wrong} do not exist; valid codes: "
                                               "{valid}"),
                             field=key.upper(), wrong=wrong, valid=", ".join(f"{k} {v}" for k, v in legend.items()))
        fname = find_field(names, key)
        if fname is None:
            continue
        used += 1
        codes = pd.to_numeric(attributes[fname], errors="coerce").to_numpy()
        keep &= np.isin(codes, np.asarray(wanted, dtype=float))
    if not used:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no PRESENCE, ORIGIN or SEASONAL field: "
                                               "is it an IUCN Red List or BirdLife range map?"), layer=layer_name)
    return keep


# ------------------------------------------------------------------------------------------------ GLWD, legends


def is_glwd_v1(field_names: Iterable[str]) -> bool:
    names = list(field_names)
    return bool(find_field(names, "GLWD_ID") and find_field(names, "TYPE") and find_field(names, "LAKE_NAME"))


def read_legend(name: Literal["esa_worldcover", "glwd_v2", "glwd_v1_level3"]) -> pd.DataFrame:
    """A class legend shipped in ``resources/legends/<name>.csv`` (columns code, label, wetland, …)."""
    from neaspec_planner.paths import resource_path

    path = resource_path("legends", f"{name}.csv")
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Unknown legend '{legend}' (no {file} in resources/legends)."),
                         legend=name, file=path.name)
    with open(path, encoding="utf-8", newline="") as fh:
        frame = pd.DataFrame(list(csv.DictReader(fh)))
    frame["code"] = frame["code"].astype(int)
    frame["wetland"] = frame["wetland"].astype(int).astype(bool)
    return frame
