"""Joint monitoring across borders: one survey grid, camera-trap effort, detections and shared individuals.

Each range country keeps its own camera-trap stations and detections; the joint report needs them on ONE grid
that every country builds the same way, the detections and naive occupancy per cell and species, the habitat
nobody surveys and the individuals (identified by stripes or spots) seen on both sides of a border.

The common grid (``GRID_CRS``, documented in docs/algorithms/monitoring_grid.md)
    Square cells of ``cell_size`` metres in ONE fixed Lambert azimuthal equal-area CRS, centred at 45° N 120° E
    on WGS 84 with a false easting and northing of 13,000 km (every coordinate on Earth is then positive). The
    lattice origin is the CRS origin (0, 0): cell ``(i, j)`` is the half-open square
    ``[i·s, (i+1)·s) × [j·s, (j+1)·s)``. Its id is ``<size>E<i>N<j>`` (``10kmE1234N1402``, ``2500mE…``), the
    convention of the EEA reference grid; it depends on nothing but the cell's place, so a cell has the same id
    and the same square in every run, whatever the extent, and each country's tables join on it.

Edges (half-open cells)
    A station exactly on a vertical cell edge belongs to the cell east of it, on a horizontal edge to the cell
    north of it, on a corner to the cell north-east of it (``floor(x / s)``, ``floor(y / s)``). A station exactly
    on a border between two country polygons belongs to the first country code in alphabetical order (when the
    station has no ``country`` value of its own).

Definitions (methods.md "Joint monitoring")
    effort = station-days: ``effort_days`` when given, else ``end − start`` in days (camera-trap nights);
    a cell is surveyed when it holds a station (or a detection point without a station); naive occupancy =
    cells with a detection / cells surveyed; an individual detected at stations of two countries is shared.
    Per country: the stations of that country (their ``country`` value, else the country polygon they lie in)
    and the habitat lying in that country's part of each cell. A gap cell holds habitat and no station at all.

Bad rows (unknown station, unreadable or future dates, end before start, negative or non-numeric effort,
duplicate detections, a station id used at two places) are left out and returned with their line numbers
(header = line 1) and reason; everything else is used.

Vectorised: the area of each polygon in each cell comes from integrating its rings over the lattice in numpy
(``lattice_area.cell_areas``: rings cut at the lattice lines, a reversed cumulative sum per column; no overlay);
stations, detections and the summary are numpy / pandas group-bys on integer codes. No Python loop runs over
cells, stations or detections.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd
import pyproj
import shapely

from neaspec_planner.core import layers
from neaspec_planner.core.crs import as_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.geometry import clean_polygons
from neaspec_planner.core.lattice_area import cell_areas
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

#: The one CRS of the common grid (never centred on the data: every run and every country uses this one).
GRID_PROJ = ("+proj=laea +lat_0=45 +lon_0=120 +x_0=13000000 +y_0=13000000 +ellps=WGS84 +units=m +no_defs "
             "+type=crs")
GRID_CRS = pyproj.CRS.from_proj4(GRID_PROJ)
#: Lattice origin in GRID_CRS (metres): the lower-left corner of cell (0, 0).
ORIGIN = (0.0, 0.0)
DEFAULT_CELL = 10_000.0
#: Refuse grids larger than this many cells (before building anything), with the estimate.
MAX_CELLS = 20_000_000
#: Pieces smaller than this (m²) are floating-point slivers of shared edges.
SLIVER_M2 = 1e-4

GRID_FIELDS = ("cell_id", "countries", "habitat_ha", "stations", "effort_days")
SUMMARY_FIELDS = ("country", "species", "cells_habitat", "cells_surveyed", "cells_detected", "naive_occupancy",
                  "effort_days", "individuals", "shared_individuals", "habitat_gap_cells")
SHARED_FIELDS = ("individual", "species", "countries", "first", "last")

STATION_ID = ("station", "station_id", "camera_id", "trap_id", "location")
STATION_COUNTRY = ("country", "iso3")
STATION_START = ("start", "start_date", "setup_date", "deployed")
STATION_END = ("end", "end_date", "retrieval_date", "retrieved")
STATION_EFFORT = ("effort_days", "effort", "trap_nights", "camera_days")
DET_STATION = STATION_ID
DET_DATE = ("date", "datetime", "timestamp", "date_time", "time")
DET_SPECIES = ("species", "scientific_name", "sci_name", "common_name")
DET_INDIVIDUAL = ("individual", "individual_id", "animal_id", "id_individual")


@dataclass
class RejectedRow:
    """A row left out: table, its line (header = line 1; for layers without a header: the feature number),
    the reason as a translatable template and its fields."""

    table: str
    line: int
    template: str
    fields: dict = field(default_factory=dict)
    word: str = "line"   # "line" (text tables, header = line 1) or "feature" (layers numbered from 1)

    @property
    def reason(self) -> str:
        return self.template.format(**self.fields) if self.fields else self.template

    def text(self, translate: Optional[Callable[[str, str], str]] = None) -> str:
        reason = self.reason
        if translate is not None:
            try:
                reason = translate("InputError", self.template).format(**self.fields)
            except (KeyError, IndexError, ValueError):
                pass
        prefix = QT_TRANSLATE_NOOP("InputError", "{table} line {line}: {reason}") if self.word == "line" else \
            QT_TRANSLATE_NOOP("InputError", "{table} feature {line}: {reason}")
        if translate is not None:
            prefix = translate("InputError", prefix)
        try:
            return prefix.format(table=self.table, line=self.line, reason=reason)
        except (KeyError, IndexError, ValueError):
            return f"{self.table} {self.line}: {reason}"

    def __str__(self) -> str:
        return self.text()


@dataclass
class MonitoringResult(Outcome):
    """GRID (geometry + table), SUMMARY and SHARED tables, all in ``GRID_CRS``; the rows left out and notes."""

    grid_geometry: np.ndarray
    grid: pd.DataFrame
    summary: pd.DataFrame
    shared: pd.DataFrame
    species: pd.DataFrame          # species, code (the suffix of det_/occ_), detections
    crs: pyproj.CRS
    cell_size: float
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[Note] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------------------------- the lattice


def size_label(cell_size: float) -> str:
    """``10km`` for 10,000 m, ``2500m`` for 2,500 m: the prefix of the cell ids."""
    if cell_size >= 1000 and float(cell_size) % 1000 == 0:
        return f"{int(cell_size) // 1000}km"
    return f"{cell_size:g}m"


def cell_index(x: np.ndarray, y: np.ndarray, cell_size: float) -> tuple[np.ndarray, np.ndarray]:
    """Lattice indices of points in GRID_CRS: half-open cells, so an edge belongs to the cell east / north."""
    ix = np.floor((np.asarray(x, dtype=float) - ORIGIN[0]) / cell_size).astype(np.int64)
    iy = np.floor((np.asarray(y, dtype=float) - ORIGIN[1]) / cell_size).astype(np.int64)
    return ix, iy


def cell_ids(ix: np.ndarray, iy: np.ndarray, cell_size: float) -> np.ndarray:
    """``<size>E<i>N<j>`` for each cell (object array of str)."""
    ix = np.asarray(ix, dtype=np.int64)
    iy = np.asarray(iy, dtype=np.int64)
    prefix = size_label(cell_size) + "E"
    if not len(ix):
        return np.empty(0, dtype=object)
    # the few distinct columns and rows are worded once; object-array addition then concatenates the str values
    # in numpy's C loop (np.char.add is ~10× slower)
    ux, kx = np.unique(ix, return_inverse=True)
    uy, ky = np.unique(iy, return_inverse=True)
    east = prefix + ux.astype(str).astype(object)
    north = "N" + uy.astype(str).astype(object)
    return east[kx] + north[ky]


def cell_boxes(ix: np.ndarray, iy: np.ndarray, cell_size: float) -> np.ndarray:
    x0 = ORIGIN[0] + np.asarray(ix, dtype=float) * cell_size
    y0 = ORIGIN[1] + np.asarray(iy, dtype=float) * cell_size
    return shapely.box(x0, y0, x0 + cell_size, y0 + cell_size)


@dataclass
class Cover:
    """Which lattice cells each polygon covers: whole cells ``(g, ix, iy)`` and partial cells with their area."""

    full_g: np.ndarray
    full_ix: np.ndarray
    full_iy: np.ndarray
    part_g: np.ndarray
    part_ix: np.ndarray
    part_iy: np.ndarray
    part_area: np.ndarray


def lattice_cover(geoms: np.ndarray, cell_size: float, window: tuple[int, int, int, int],
                  progress: Optional[Progress] = None) -> Cover:
    """Exact cover of polygons (in GRID_CRS) by the lattice cells of ``window`` = ``(ix0, iy0, ix1, iy1)``
    (half-open index ranges): the area of each polygon in each cell by ring integration
    (``lattice_area.cell_areas``, no overlay); a cell holding at least (1 − 1e-9) of its area is whole, pieces
    of at most ``SLIVER_M2`` are dropped.
    """
    s = float(cell_size)
    g, ix, iy, area = cell_areas(np.asarray(geoms, dtype=object), s, window, SLIVER_M2)
    whole = area >= s * s * (1.0 - 1e-9)
    part = ~whole
    if progress is not None:
        progress(1.0)
    return Cover(g[whole], ix[whole], iy[whole], g[part], ix[part], iy[part], area[part])


# ------------------------------------------------------------------------------------------------ table helpers


def _lines(n: int, first_line: int) -> np.ndarray:
    return np.arange(n, dtype=np.int64) + first_line


def _text_values(values: pd.Series) -> np.ndarray:
    """Ids and names as stripped text (None where missing); each distinct value is converted once."""
    return _text_codes(values)[0]


def _text_codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``_text_values`` with a code per row into the distinct texts (−1 where missing) and those texts."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    cleaned = [_clean_text(v) for v in uniques] + [None]  # loop over distinct values only
    clean_codes, distinct = pd.factorize(pd.Series(cleaned, dtype=object))
    return (np.array(cleaned, dtype=object)[codes], clean_codes.astype(np.int64)[codes],
            np.asarray(distinct, dtype=object))


def _clean_text(value: object) -> Optional[str]:
    text = layers.id_text(value)
    if text is None:
        return None
    text = str(text).strip()
    return text or None


def parse_dates(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Dates (datetime64[s], NaT where missing or unreadable) and a mask of values present but unreadable.

    Accepted: ISO 8601 (``2024-03-05``, ``2024-03-05 14:22``, ``2024-03-05T14:22:00``), ``2024/03/05``,
    ``05.03.2024`` (day first), and date/datetime values of the layer itself.
    """
    series = pd.Series(values).reset_index(drop=True)
    if not len(series):
        return np.empty(0, dtype="datetime64[s]"), np.zeros(0, bool)
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        result = pd.to_datetime(series, errors="coerce").dt.tz_localize(None) \
            if getattr(series.dt, "tz", None) is not None else series
        return result.to_numpy(dtype="datetime64[s]"), np.zeros(len(series), bool)
    obj = series.astype(object)
    text = obj.where(obj.notna(), None)
    strings = text.map(type).to_numpy() == str  # noqa: E721 - element-wise: one type look-up per row
    if strings.all():
        result = pd.to_datetime(text, format="ISO8601", errors="coerce")
    else:
        result = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
        native = text.notna().to_numpy() & ~strings
        if native.any():
            result[native] = pd.to_datetime(text[native].astype(object), errors="coerce")
        if strings.any():
            result[strings] = pd.to_datetime(text[strings], format="ISO8601", errors="coerce")
    if getattr(result.dt, "tz", None) is not None:
        result = result.dt.tz_localize(None)
    missing = result.isna().to_numpy()
    blank = np.zeros(len(series), bool)
    if missing.any():  # the few rows ISO 8601 did not read: blank, or other formats
        idx = np.flatnonzero(missing)
        rest = text.iloc[idx]
        blank[idx] = rest.isna().to_numpy() | (rest.astype(str).str.strip() == "").to_numpy()
        todo = idx[~blank[idx] & strings[idx]]
        for fmt in ("%Y/%m/%d", "%d.%m.%Y", "%Y/%m/%d %H:%M:%S", "%d.%m.%Y %H:%M", "%Y%m%d"):
            if not len(todo):
                break
            parsed = pd.to_datetime(text.iloc[todo].astype(str).str.strip(), format=fmt, errors="coerce")
            got = parsed.notna().to_numpy()
            result.iloc[todo[got]] = parsed[got].to_numpy()
            todo = todo[~got]
    out = result.to_numpy(dtype="datetime64[s]")
    unreadable = ~blank & np.isnat(out)
    return out, unreadable


def _numbers(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Floats and a mask of values present but not numbers (e.g. "12a")."""
    series = values.astype(object).where(values.notna(), None)
    blank = series.map(lambda v: v is None or (isinstance(v, str) and not v.strip())).to_numpy(bool)
    numbers = pd.to_numeric(series.where(~blank, None), errors="coerce").to_numpy(dtype=float)
    return numbers, ~blank & ~np.isfinite(numbers)


def species_code(names: Sequence[str]) -> list[str]:
    """Field-name codes of species names: lower case, runs of other characters as ``_``; clashes numbered."""
    out: list[str] = []
    seen: set[str] = set()
    for name in names:  # one per species
        code = re.sub(r"\W+", "_", str(name).strip().lower()).strip("_") or "species"
        base, k = code, 2
        while code in seen:
            code = f"{base}_{k}"
            k += 1
        seen.add(code)
        out.append(code)
    return out


def _field(names: list[str], candidates: tuple[str, ...]) -> Optional[str]:
    return layers.find_field(names, *candidates)


# ------------------------------------------------------------------------------------------------ inputs


@dataclass
class Stations:
    ids: np.ndarray            # station id per kept station (str)
    x: np.ndarray
    y: np.ndarray
    country: np.ndarray        # ISO3 or None
    effort: np.ndarray         # station-days
    start: np.ndarray          # datetime64[s] (NaT where not given)
    end: np.ndarray
    inside: np.ndarray         # lies in a country polygon


def _country_of_points(x: np.ndarray, y: np.ndarray, cgeoms: np.ndarray, ccodes: np.ndarray) -> np.ndarray:
    """Country code of each point (points on a shared border: the first code alphabetically), None outside."""
    out = np.full(len(x), None, dtype=object)
    if not len(x) or not len(cgeoms):
        return out
    # candidate pairs by bounding box, then a prepared point-in-polygon test (boundary included) per pair
    tree = shapely.STRtree(cgeoms)
    p, c = tree.query(shapely.points(x, y))
    shapely.prepare(cgeoms)
    hit = shapely.intersects_xy(cgeoms[c], x[p], y[p]) if len(p) else np.zeros(0, bool)
    p, c = p[hit], c[hit]
    if len(p):
        order = np.lexsort((ccodes[c].astype(str), p))
        p, c = p[order], c[order]
        first = np.concatenate([[True], p[1:] != p[:-1]])
        out[p[first]] = ccodes[c[first]]
    return out


def read_stations(data: VectorData, cgeoms: np.ndarray, ccodes: np.ndarray, today: np.datetime64,
                  first_line: int, rejected: list[RejectedRow], warnings: list[Note]) -> Stations:
    """Stations layer → kept stations in GRID_CRS with their effort and country; bad rows appended."""
    attrs = data.attributes.reset_index(drop=True)
    names = [str(c) for c in attrs.columns]
    n = len(attrs)
    sid_f = _field(names, STATION_ID)
    if sid_f is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has no station id field (looked for "
                                           "{fields}; fields: {present})."),
                         layer=data.name, fields=", ".join(STATION_ID), present=", ".join(names) or "-")
    geoms = np.asarray(data.geometry, dtype=object)
    present = ~shapely.is_missing(geoms)
    present[present] = ~shapely.is_empty(geoms[present])
    kinds = shapely.get_type_id(geoms)
    if present.any() and not np.isin(kinds[present], (0, 4)).all():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' must hold points (one per station)."),
                         layer=data.name)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if present.any():
        pts = geoms[present]
        pts = np.where(shapely.get_type_id(pts) == 4, shapely.get_geometry(pts, 0), pts)
        projected = reproject(pts, as_crs(data.crs, data.name), GRID_CRS)
        x[present], y[present] = shapely.get_x(projected), shapely.get_y(projected)
    sid = _text_values(attrs[sid_f])
    lines = _lines(n, first_line)
    reason = np.full(n, None, dtype=object)
    fields: dict[int, dict] = {}
    marks: list[tuple[np.ndarray, str, Callable[[int], dict]]] = []

    def mark(mask: np.ndarray, template: str, args: Callable[[int], dict] = lambda i: {}) -> None:
        marks.append((np.asarray(mask, bool), template, args))

    effort = np.full(n, np.nan)
    start = np.full(n, np.datetime64("NaT"), dtype="datetime64[s]")
    end = start.copy()
    eff_f, st_f, en_f = _field(names, STATION_EFFORT), _field(names, STATION_START), _field(names, STATION_END)
    if eff_f is not None:
        effort, bad = _numbers(attrs[eff_f])
        mark(bad, QT_TRANSLATE_NOOP("InputError", "'{field}' is not a number ({value})"),
             lambda i: {"field": eff_f, "value": attrs[eff_f].iloc[i]})
        mark(np.isfinite(effort) & (effort < 0), QT_TRANSLATE_NOOP("InputError", "negative effort ({value} days)"),
             lambda i: {"value": f"{effort[i]:g}"})
    for fname, target in ((st_f, start), (en_f, end)):
        if fname is None:
            continue
        values, bad = parse_dates(attrs[fname])
        target[:] = values
        def unreadable(i: int, f: str = str(fname)) -> dict:
            return {"field": f, "value": attrs[f].iloc[i]}

        def future(i: int, f: str = str(fname), v: np.ndarray = values) -> dict:
            return {"field": f, "value": str(v[i].astype("datetime64[D]"))}

        mark(bad, QT_TRANSLATE_NOOP("InputError", "'{field}' is not a date ({value}); use YYYY-MM-DD"), unreadable)
        mark(~np.isnat(values) & (values > today), QT_TRANSLATE_NOOP("InputError", "'{field}' is in the "
                                                                     "future ({value})"), future)
    both = ~np.isnat(start) & ~np.isnat(end)
    mark(both & (end < start), QT_TRANSLATE_NOOP("InputError", "end date before start date"))
    mark(~present, QT_TRANSLATE_NOOP("InputError", "no location (empty geometry)"))
    mark(pd.isna(sid), QT_TRANSLATE_NOOP("InputError", "no station id"))
    for mask, template, args in marks:  # a few masks; the rows marked are the bad ones (few)
        hit = np.flatnonzero(mask & pd.isna(reason))
        reason[hit] = template
        for i in hit:  # the rejected rows only
            fields[int(i)] = args(int(i))
    # the same station id at two places: later rows at another place (more than 1 m away) are bad;
    # rows of one id at one place are several deployments, their effort adds up.
    ok = pd.isna(reason)
    idx = np.flatnonzero(ok)
    frame = pd.DataFrame({"sid": sid[idx], "x": x[idx], "y": y[idx], "row": idx})
    first = frame.groupby("sid", sort=False)[["x", "y", "row"]].transform("first")
    moved = np.hypot(frame["x"] - first["x"], frame["y"] - first["y"]).to_numpy() > 1.0
    for i, r in zip(idx[moved], first["row"].to_numpy()[moved]):
        reason[i] = QT_TRANSLATE_NOOP("InputError", "station '{station}' is already placed elsewhere "
                                      "(line {line})")
        fields[int(i)] = {"station": sid[i], "line": int(lines[r])}
    bad = ~pd.isna(reason)
    rejected.extend(RejectedRow(data.name, int(lines[i]), str(reason[i]), fields.get(int(i), {}),
                                "line" if first_line >= 2 else "feature") for i in np.flatnonzero(bad))
    keep = ~bad
    if eff_f is None and (st_f is None or en_f is None):
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}' has neither 'effort_days' nor "
                                               "'start' and 'end': effort is 0 and cells with stations count "
                                               "as surveyed."), layer=data.name))
    days = np.where(np.isfinite(effort), effort,
                    np.where(both, (end - start).astype("timedelta64[s]").astype(float) / 86400.0, np.nan))
    no_effort = keep & ~np.isfinite(days)
    if no_effort.any() and (eff_f is not None or (st_f is not None and en_f is not None)):
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} station row(s) without effort "
                                               "(no 'effort_days', no start and end dates) count as surveyed "
                                               "with 0 days: lines {lines}."),
                             layer=data.name, count=int(no_effort.sum()), lines=_line_list(lines[no_effort])))
    days = np.where(np.isfinite(days), days, 0.0)
    codes = np.full(n, None, dtype=object)
    c_f = _field(names, STATION_COUNTRY)
    if c_f is not None:
        given = _text_values(attrs[c_f])
        codes = pd.Series(given, dtype=object).str.upper().to_numpy(object)
    located = _country_of_points(x, y, cgeoms, ccodes) if keep.any() else np.full(n, None, dtype=object)
    codes = np.where(pd.isna(codes), located, codes)
    outside = keep & pd.isna(located)
    if outside.any():
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} station(s) lie outside every "
                                               "country polygon: {stations}. Check their coordinates (and "
                                               "CRS); their detections count in the grid, and in a country "
                                               "only through their 'country' value."),
                             layer=data.name, count=int(outside.sum()), stations=_line_list(sid[outside])))
    # one row per station id: deployments at one place add up
    frame = pd.DataFrame({"sid": sid[keep], "x": x[keep], "y": y[keep], "country": codes[keep],
                          "effort": days[keep], "start": start[keep], "end": end[keep],
                          "inside": ~pd.isna(located[keep])})
    agg = frame.groupby("sid", sort=False).agg(x=("x", "first"), y=("y", "first"), country=("country", "first"),
                                                effort=("effort", "sum"), start=("start", "min"),
                                                end=("end", "max"), inside=("inside", "first"))
    return Stations(agg.index.to_numpy(dtype=object), agg["x"].to_numpy(float), agg["y"].to_numpy(float),
                    agg["country"].to_numpy(dtype=object), agg["effort"].to_numpy(float),
                    agg["start"].to_numpy(dtype="datetime64[s]"), agg["end"].to_numpy(dtype="datetime64[s]"),
                    agg["inside"].to_numpy(dtype=bool))


def _line_list(values: np.ndarray, limit: int = 20) -> str:
    items = [str(v) for v in list(values[:limit])]
    more = len(values) - len(items)
    return ", ".join(items) + (f" (+{more})" if more > 0 else "")


@dataclass
class Detections:
    station: np.ndarray        # index into Stations, or -1 for a point without a station
    x: np.ndarray
    y: np.ndarray
    country: np.ndarray
    species: np.ndarray        # species index into ``names``
    names: list[str]
    individual: np.ndarray     # text or None
    date: np.ndarray           # datetime64[s]


def read_detections(data: VectorData, stations: Stations, cgeoms: np.ndarray, ccodes: np.ndarray,
                    today: np.datetime64, first_line: int, rejected: list[RejectedRow],
                    warnings: list[Note]) -> Detections:
    """Detections (a table keyed by station, or points) → kept detections; bad rows appended to ``rejected``."""
    attrs = data.attributes.reset_index(drop=True)
    names = [str(c) for c in attrs.columns]
    n = len(attrs)
    st_f, date_f, sp_f = _field(names, DET_STATION), _field(names, DET_DATE), _field(names, DET_SPECIES)
    ind_f = _field(names, DET_INDIVIDUAL)
    geoms = np.asarray(data.geometry, dtype=object) if data.geometry is not None else np.full(n, None, object)
    has_geom = ~shapely.is_missing(geoms)
    if has_geom.any():
        has_geom[has_geom] = ~shapely.is_empty(geoms[has_geom])
    for fname, label in ((date_f, "date"), (sp_f, "species")):
        if fname is None:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Table '{layer}' has no '{field}' column "
                                               "(columns: {present})."),
                             layer=data.name, field=label, present=", ".join(names) or "-")
    if st_f is None and not has_geom.any():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Table '{layer}' has no 'station' column and no "
                                           "points: detections need a station or a location."), layer=data.name)
    lines = _lines(n, first_line)
    no_text = (np.full(n, None, dtype=object), np.full(n, -1, np.int64), np.empty(0, object))
    sid, sid_code, sid_distinct = _text_codes(attrs[st_f]) if st_f is not None else no_text
    # each distinct station text looked up once; missing (code −1) → −1
    index = np.append(pd.Index(stations.ids).get_indexer(pd.Index(sid_distinct)), -1)[sid_code]
    no_sid = sid_code < 0
    dates, bad_date = parse_dates(attrs[date_f])
    sp_text, sp_code, sp_distinct = _text_codes(attrs[sp_f])
    individual, ind_code, _ = _text_codes(attrs[ind_f]) if ind_f is not None else no_text
    reason = np.full(n, None, dtype=object)
    rejected_row = np.zeros(n, bool)
    fields: dict[int, dict] = {}

    def mark(mask: np.ndarray, template: str, args: Callable[[int], dict] = lambda i: {}) -> None:
        hit = np.flatnonzero(np.asarray(mask, bool) & ~rejected_row)
        reason[hit] = template
        rejected_row[hit] = True
        for i in hit:  # the rejected rows only
            fields[int(i)] = args(int(i))

    mark(~no_sid & (index < 0), QT_TRANSLATE_NOOP("InputError", "unknown station '{station}' (not in the "
                                                  "stations layer, or left out there)"),
         lambda i: {"station": sid[i]})
    mark(no_sid & ~has_geom, QT_TRANSLATE_NOOP("InputError", "no station and no location"))
    mark(sp_code < 0, QT_TRANSLATE_NOOP("InputError", "no species"))
    mark(bad_date, QT_TRANSLATE_NOOP("InputError", "'{field}' is not a date ({value}); use YYYY-MM-DD"),
         lambda i: {"field": date_f, "value": attrs[date_f].iloc[i]})
    mark(np.isnat(dates), QT_TRANSLATE_NOOP("InputError", "no date"))
    mark(~np.isnat(dates) & (dates > today), QT_TRANSLATE_NOOP("InputError", "date in the future ({value})"),
         lambda i: {"value": str(dates[i].astype("datetime64[D]"))})
    # species names: case and spacing do not matter; the first spelling met is kept
    key_of = [" ".join(str(v).lower().split()) for v in sp_distinct]  # per distinct name
    key_code, key_distinct = pd.factorize(pd.Series(key_of, dtype=object))
    sp_key_code = np.append(key_code.astype(np.int64), -1)[sp_code]
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    located = has_geom & no_sid
    if located.any():
        pts = geoms[located]
        pts = np.where(shapely.get_type_id(pts) == 4, shapely.get_geometry(pts, 0), pts)
        projected = reproject(pts, as_crs(data.crs, data.name), GRID_CRS)
        x[located], y[located] = shapely.get_x(projected), shapely.get_y(projected)
    at_station = index >= 0
    x[at_station] = stations.x[index[at_station]]
    y[at_station] = stations.y[index[at_station]]
    # duplicates: the same station (or place), species, individual and date-time as an earlier row
    ok = ~rejected_row
    place = index.astype(np.int64).copy()
    if located.any():
        place_codes, _ = pd.MultiIndex.from_arrays([np.round(x[located], 0), np.round(y[located], 0)]).factorize()
        place[located] = -2 - place_codes
    rows = np.flatnonzero(ok)
    keys = [dates.astype("int64")[rows], ind_code[rows], sp_key_code[rows], place[rows]]
    # one code per distinct (date, individual, species, place), numbered in the order of first appearance
    # (hashing, no sort); codes stay below the row count, so each combination fits in int64
    group = np.zeros(len(rows), np.int64)
    for kcol in keys:  # four key columns
        codes, uniques = pd.factorize(kcol)
        group = pd.factorize(group * len(uniques) + codes)[0].astype(np.int64)
    seen = np.maximum.accumulate(group) if len(rows) else group
    first = np.ones(len(rows), bool)  # the earliest line of each combination
    first[1:] = group[1:] > seen[:-1]
    dup = ~first
    if dup.any():
        for i, r in zip(rows[dup], rows[first][group[dup]]):  # the duplicates only
            reason[i] = QT_TRANSLATE_NOOP("InputError", "duplicate of line {line}")
            fields[int(i)] = {"line": int(lines[r])}
        rejected_row[rows[dup]] = True
    bad = rejected_row
    rejected.extend(RejectedRow(data.name, int(lines[i]), str(reason[i]), fields.get(int(i), {}),
                                "line" if first_line >= 2 else "feature") for i in np.flatnonzero(bad))
    keep = ~bad
    # outside the station's dates: kept, but said
    st_idx = np.where(at_station, index, 0)
    outside = keep & at_station & (
        (~np.isnat(stations.start[st_idx]) & (dates.astype("datetime64[D]")
                                              < stations.start[st_idx].astype("datetime64[D]")))
        | (~np.isnat(stations.end[st_idx]) & (dates.astype("datetime64[D]")
                                              > stations.end[st_idx].astype("datetime64[D]"))))
    if outside.any():
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "{layer}: {count} detection(s) dated outside their "
                                               "station's start–end dates (kept; check the dates): lines "
                                               "{lines}."),
                             layer=data.name, count=int(outside.sum()), lines=_line_list(lines[outside])))
    country = np.full(n, None, dtype=object)
    country[at_station] = stations.country[index[at_station]]
    if (located & keep).any():
        country[located & keep] = _country_of_points(x[located & keep], y[located & keep], cgeoms, ccodes)
    # species: the kept names' keys in alphabetical order, each spelt as its first kept row
    kept_key = sp_key_code[keep]
    present = np.unique(kept_key)
    order = np.argsort(np.asarray(key_distinct, dtype=object)[present], kind="stable")
    rank = np.zeros(len(key_distinct) + 1, np.int64)
    rank[present[order]] = np.arange(len(present))
    codes = rank[kept_key]
    _, first = np.unique(codes, return_index=True)
    spellings = sp_text[keep][first]
    return Detections(index[keep], x[keep], y[keep], country[keep], codes,
                      [str(v) for v in spellings], individual[keep], dates[keep])


# ------------------------------------------------------------------------------------------------ countries


def _countries(countries: VectorData, country_field: Optional[str]) -> tuple[np.ndarray, np.ndarray]:
    codes, _ = layers.country_codes(countries.attributes, country_field, countries.name)
    geoms = reproject(np.asarray(countries.geometry, dtype=object), as_crs(countries.crs, countries.name), GRID_CRS)
    cleaned, idx, _ = clean_polygons(geoms)
    codes = np.asarray(codes, dtype=object)[idx]
    has = ~pd.isna(codes)
    return cleaned[has], codes[has]


def _extent_window(bounds: tuple[float, float, float, float], cell_size: float) -> tuple[int, int, int, int]:
    x0, y0, x1, y1 = bounds
    ix0, iy0 = cell_index(np.array([x0]), np.array([y0]), cell_size)
    ix1, iy1 = cell_index(np.array([x1]), np.array([y1]), cell_size)
    return int(ix0[0]), int(iy0[0]), int(ix1[0]) + 1, int(iy1[0]) + 1


def extent_in_grid(extent: tuple[float, float, float, float], extent_crs: object) -> tuple[float, float, float,
                                                                                          float]:
    """An extent rectangle given in any CRS as bounds in GRID_CRS (its outline densified first)."""
    src = as_crs(extent_crs, "extent")
    outline = shapely.segmentize(shapely.box(*extent), max(extent[2] - extent[0], extent[3] - extent[1]) / 64.0)
    projected = reproject(np.array([outline], dtype=object), src, GRID_CRS)[0]
    b = shapely.bounds(projected)
    return float(b[0]), float(b[1]), float(b[2]), float(b[3])


# ------------------------------------------------------------------------------------------------ the analysis


def monitoring_grid(countries: VectorData, stations: VectorData, detections: Optional[VectorData] = None, *,
                    habitat: Optional[VectorData] = None, habitat_raster: Optional[str] = None,
                    habitat_classes: Optional[Sequence[float]] = None, cell_size: float = DEFAULT_CELL,
                    extent: Optional[tuple[float, float, float, float]] = None, extent_crs: object = None,
                    country_field: Optional[str] = None, today: Optional[_dt.date] = None,
                    stations_first_line: int = 2, detections_first_line: int = 2,
                    progress: ProgressFn | None = None, log: Optional[Callable[[str], None]] = None
                    ) -> MonitoringResult:
    """The common monitoring grid, its per-country × species summary and the shared individuals.

    Parameters
    ----------
    countries : country polygons with an ISO3 field (``country_field`` or ISO3 / ISO_A3 / ADM0_A3 / GID_0).
    stations : points with ``station`` and optional ``country``, ``start``, ``end`` (dates), ``effort_days``.
    detections : a table (or points) with ``station``, ``date``, ``species`` and optional ``individual``.
    habitat, habitat_raster : optional habitat polygons, or a class raster (``habitat_classes``: the class values
        that are habitat; default every value other than 0 and nodata).
    cell_size : metres (the cell side); ``extent``: (xmin, ymin, xmax, ymax) in ``extent_crs`` (default: the
        stations inside the countries, the detection points and the habitat).
    today : dates after it are in the future (default: today, UTC).
    stations_first_line, detections_first_line : the line number of the first row (2 below a header line; 1
        for layers numbered by feature).

    Example
    -------
    >>> cell_ids(np.array([1300]), np.array([1402]), 10_000.0).tolist()
    ['10kmE1300N1402']
    """
    with np.errstate(invalid="ignore"):  # GEOS leaves the FP "invalid" flag set on disjoint operands
        return _monitoring_grid(countries, stations, detections, habitat, habitat_raster, habitat_classes, cell_size,
                                extent, extent_crs, country_field, today, stations_first_line,
                                detections_first_line, progress, log)


def _monitoring_grid(countries: VectorData, stations: VectorData, detections: Optional[VectorData],
                     habitat: Optional[VectorData], habitat_raster: Optional[str],
                     habitat_classes: Optional[Sequence[float]], cell_size: float,
                     extent: Optional[tuple[float, float, float, float]], extent_crs: object,
                     country_field: Optional[str], today: Optional[_dt.date], stations_first_line: int,
                     detections_first_line: int, progress: ProgressFn | None,
                     log: Optional[Callable[[str], None]]) -> MonitoringResult:
    step = Progress(progress)
    messages: list[str] = []
    warnings: list[Note] = []
    rejected: list[RejectedRow] = []
    say = log or (lambda text: None)
    if not (np.isfinite(cell_size) and cell_size > 0):
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The cell size must be a positive number of metres "
                                           "(got {value})."), value=cell_size)
    s = float(cell_size)
    today_np = np.datetime64(today or _dt.datetime.now(_dt.timezone.utc).date(), "D") + np.timedelta64(1, "D") \
        - np.timedelta64(1, "s")
    today_np = today_np.astype("datetime64[s]")

    cgeoms, ccodes = _countries(countries, country_field)
    order = np.argsort(ccodes.astype(str), kind="stable")
    cgeoms, ccodes = cgeoms[order], ccodes[order]
    step(0.05)
    st = read_stations(stations, cgeoms, ccodes, today_np, stations_first_line, rejected, warnings)
    if detections is not None:
        det = read_detections(detections, st, cgeoms, ccodes, today_np, detections_first_line, rejected, warnings)
    else:
        det = Detections(np.empty(0, np.int64), np.empty(0), np.empty(0), np.empty(0, object), np.empty(0, np.int64),
                         [], np.empty(0, object), np.empty(0, "datetime64[s]"))
    step(0.15)
    say(Note(QT_TRANSLATE_NOOP(
        "InputError", "{stations} stations and {detections} detections kept; {rejected} rows left out."),
        stations=len(st.ids), detections=len(det.station), rejected=len(rejected)))

    hab_geoms = None
    if habitat is not None and len(habitat):
        hab_geoms = reproject(np.asarray(habitat.geometry, dtype=object), as_crs(habitat.crs, habitat.name),
                              GRID_CRS)
        hab_geoms, _, rep = clean_polygons(hab_geoms)
        messages.append(rep.summary(habitat.name))

    # ------------------------------------------------------------------ extent, in lattice indices
    if extent is not None:
        bounds = extent_in_grid(extent, extent_crs if extent_crs is not None else GRID_CRS)
    else:
        xs, ys = [], []
        # stations outside every country (coordinate errors) do not stretch the default extent
        use = st.inside & np.isfinite(st.x) if st.inside.any() else np.isfinite(st.x)
        xs.append(st.x[use])
        ys.append(st.y[use])
        points = det.station < 0
        xs.append(det.x[points])
        ys.append(det.y[points])
        if hab_geoms is not None and len(hab_geoms):
            hb = shapely.bounds(hab_geoms)
            xs.append(np.concatenate([hb[:, 0], hb[:, 2]]))
            ys.append(np.concatenate([hb[:, 1], hb[:, 3]]))
        if habitat_raster is not None:
            rb = _raster_bounds(habitat_raster)
            xs.append(np.array([rb[0], rb[2]]))
            ys.append(np.array([rb[1], rb[3]]))
        allx, ally = np.concatenate(xs), np.concatenate(ys)
        ok = np.isfinite(allx) & np.isfinite(ally)
        if not ok.any():
            raise InputError(QT_TRANSLATE_NOOP("InputError", "No station, detection point or habitat to build "
                                               "the grid on: give stations with locations, or an extent."))
        bounds = (float(allx[ok].min()), float(ally[ok].min()), float(allx[ok].max()), float(ally[ok].max()))
    window = _extent_window(bounds, s)
    ix0, iy0, ix1, iy1 = window
    nx, ny = ix1 - ix0, iy1 - iy0
    if nx * ny > MAX_CELLS:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The grid would have {cells} cells of {size} m "
                                           "({nx} × {ny}); the limit is {limit}. Use larger cells or a "
                                           "smaller extent."),
                         cells=f"{nx * ny:,}", size=f"{s:g}", nx=nx, ny=ny, limit=f"{MAX_CELLS:,}")
    messages.append(Note(QT_TRANSLATE_NOOP("InputError", "Grid: {nx} × {ny} cells of {size} m in the common "
                                           "monitoring CRS (LAEA 45° N 120° E, origin 0, 0)."),
                         nx=nx, ny=ny, size=f"{s:g}"))

    # ------------------------------------------------------------------ countries per cell
    cover = lattice_cover(cgeoms, s, window, step.phase(0.15, 0.45))
    flat = lambda ix, iy: (np.asarray(iy) - iy0) * nx + (np.asarray(ix) - ix0)  # noqa: E731
    cc_cell = np.concatenate([flat(cover.full_ix, cover.full_iy), flat(cover.part_ix, cover.part_iy)])
    cc_country = np.concatenate([cover.full_g, cover.part_g])
    cc_full = np.concatenate([np.ones(len(cover.full_g), bool), np.zeros(len(cover.part_g), bool)])
    cc_area = np.concatenate([np.full(len(cover.full_g), s * s), cover.part_area])

    # ------------------------------------------------------------------ stations and detections per cell
    in_win = lambda ix, iy: (ix >= ix0) & (ix < ix1) & (iy >= iy0) & (iy < iy1)  # noqa: E731
    sx, sy = cell_index(np.nan_to_num(st.x, nan=-1e30), np.nan_to_num(st.y, nan=-1e30), s)
    st_in = in_win(sx, sy) & np.isfinite(st.x)
    if (~st_in).any():
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} station(s) lie outside the grid's extent "
                                               "and are left out of it: {stations}."),
                             count=int((~st_in).sum()), stations=_line_list(st.ids[~st_in])))
    st_cell = np.where(st_in, flat(sx, sy), -1)
    dx, dy = cell_index(np.nan_to_num(det.x, nan=-1e30), np.nan_to_num(det.y, nan=-1e30), s)
    d_in = in_win(dx, dy)
    det_cell = np.where(d_in, flat(dx, dy), -1)
    if (~d_in).any():
        warnings.append(Note(QT_TRANSLATE_NOOP("InputError", "{count} detection(s) lie outside the grid's extent "
                                               "and are left out of it."), count=int((~d_in).sum())))
    step(0.5)

    # ------------------------------------------------------------------ habitat per cell and country
    n_cells = nx * ny
    hab_cell_ha = np.zeros(0)
    hc_cell = np.empty(0, np.int64)
    hc_country = np.empty(0, np.int64)
    hc_ha = np.empty(0)
    if hab_geoms is not None and len(hab_geoms):
        united = shapely.union_all(hab_geoms)  # overlapping habitat polygons count once
        hab_cover = lattice_cover(np.array([united], dtype=object), s, window, step.phase(0.5, 0.65))
        hab_cells = np.concatenate([flat(hab_cover.full_ix, hab_cover.full_iy),
                                    flat(hab_cover.part_ix, hab_cover.part_iy)]).astype(np.int64)
        hab_ha = np.concatenate([np.full(len(hab_cover.full_g), s * s), hab_cover.part_area])
        hab_full = np.concatenate([np.ones(len(hab_cover.full_g), bool), np.zeros(len(hab_cover.part_g), bool)])
        hc_cell, hc_country, hc_ha = _habitat_by_country(hab_cells, hab_ha, hab_full, united, cc_cell, cc_country,
                                                         cc_full, cc_area, cgeoms, s, window, flat)
        hab_cell_ha = hab_ha
        hab_cell_idx = hab_cells
    elif habitat_raster is not None:
        hab_cell_idx, hab_cell_ha, hc_cell, hc_country, hc_ha = _habitat_raster(
            habitat_raster, habitat_classes, s, window, cc_cell, cc_country, cc_full, cgeoms,
            step.phase(0.5, 0.75))
    else:
        hab_cell_idx = np.empty(0, np.int64)
    step(0.75)

    # ------------------------------------------------------------------ the grid table
    station_count = np.bincount(st_cell[st_cell >= 0], minlength=n_cells)
    effort = np.bincount(st_cell[st_cell >= 0], weights=st.effort[st_cell >= 0], minlength=n_cells)
    point_cells = det_cell[(det.station < 0) & (det_cell >= 0)]
    surveyed = station_count > 0
    surveyed[point_cells] = True
    habitat_ha = np.zeros(n_cells)
    if len(hab_cell_idx):
        np.add.at(habitat_ha, hab_cell_idx, hab_cell_ha / 10_000.0)
    has_country = np.zeros(n_cells, bool)
    has_country[cc_cell] = True
    keep_cell = has_country | surveyed | (habitat_ha > 0) | np.isin(np.arange(n_cells), det_cell[det_cell >= 0])
    cells = np.flatnonzero(keep_cell)
    pos = np.full(n_cells, -1, np.int64)
    pos[cells] = np.arange(len(cells))
    cix = cells % nx + ix0
    ciy = cells // nx + iy0
    # countries per cell: sorted codes, comma-joined; cells of one country take its code directly and only the
    # few cells of several countries (the border cells) are joined
    pair = pd.DataFrame({"cell": cc_cell, "code": ccodes[cc_country] if len(cc_country) else
                         np.empty(0, object)}).drop_duplicates()
    per_cell = np.bincount(pair["cell"].to_numpy(np.int64), minlength=n_cells) if len(pair) else \
        np.zeros(n_cells, np.int64)
    countries_col = np.full(len(cells), None, dtype=object)
    one = per_cell[pair["cell"].to_numpy(np.int64)] == 1
    countries_col[pos[pair["cell"].to_numpy(np.int64)[one]]] = pair["code"].to_numpy(object)[one]
    several = pair[~one].sort_values(["cell", "code"])
    if len(several):
        joined = several.groupby("cell", sort=True)["code"].agg(",".join)
        countries_col[pos[joined.index.to_numpy()]] = joined.to_numpy(dtype=object)
    n_sp = len(det.names)
    codes = species_code(det.names)
    grid = pd.DataFrame({
        "cell_id": cell_ids(cix, ciy, s),
        "countries": countries_col,
        "habitat_ha": habitat_ha[cells],
        "stations": station_count[cells].astype(np.int64),
        "effort_days": effort[cells],
    })
    det_ok = det_cell >= 0
    counts = np.zeros((len(cells), n_sp), dtype=np.int64)
    if n_sp and det_ok.any():
        np.add.at(counts, (pos[det_cell[det_ok]], det.species[det_ok]), 1)
    extra = {}
    for j, code in enumerate(codes):  # one column per species
        extra[f"det_{code}"] = counts[:, j]
    for j, code in enumerate(codes):
        extra[f"occ_{code}"] = (counts[:, j] > 0).astype(np.int64)
    grid = pd.concat([grid, pd.DataFrame(extra, index=grid.index)], axis=1)
    gap = (grid["habitat_ha"].to_numpy() > 0) & ~surveyed[cells]
    grid["detected"] = (counts > 0).sum(axis=1).astype(np.int64)
    grid["gap"] = gap.astype(np.int64)
    geometry = cell_boxes(cix, ciy, s)
    step(0.85)

    # ------------------------------------------------------------------ summary and shared individuals
    summary, shared = _summary(st, st_cell, det, det_cell, surveyed, hc_cell, hc_country, hc_ha, ccodes,
                               cc_cell, cc_country)
    species_table = pd.DataFrame({"species": det.names, "code": codes,
                                  "detections": np.bincount(det.species, minlength=n_sp).astype(np.int64)
                                  if n_sp else np.empty(0, np.int64)})
    if rejected:
        warnings.insert(0, Note(QT_TRANSLATE_NOOP("InputError", "{count} row(s) left out (listed with their line "
                                                  "numbers)."), count=len(rejected)))
    step(1.0)
    return MonitoringResult(geometry, grid, summary, shared, species_table, GRID_CRS, s, rejected, warnings,
                            messages)


def _habitat_by_country(cells: np.ndarray, area: np.ndarray, hab_full: np.ndarray, united: object,
                        cc_cell: np.ndarray, cc_country: np.ndarray, cc_full: np.ndarray, cc_area: np.ndarray,
                        cgeoms: np.ndarray, s: float, window: tuple[int, int, int, int],
                        flat: Callable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Habitat area (m²) per (cell, country): cells wholly in the country take the cell's habitat, cells wholly
    habitat the country's part; in cells where both are partial, the area of habitat ∩ country there (one
    overlay per country concerned, then its area per cell by ring integration)."""
    if not len(cells) or not len(cc_cell):
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    frame = pd.DataFrame({"cell": cc_cell, "k": np.arange(len(cc_cell))})
    hab = pd.DataFrame({"cell": cells, "h": np.arange(len(cells))})
    joined = frame.merge(hab, on="cell", how="inner")
    k, h = joined["k"].to_numpy(), joined["h"].to_numpy()
    out = np.zeros(len(k))
    country_full = cc_full[k]
    a = country_full
    out[a] = area[h[a]]                                       # cell wholly in the country: all its habitat
    b = ~country_full & hab_full[h]
    out[b] = cc_area[k[b]]                                    # cell wholly habitat: the country's part
    c = ~country_full & ~hab_full[h]
    if c.any():
        gs = np.unique(cc_country[k[c]])
        both = shapely.intersection(cgeoms[gs], united)
        cover = lattice_cover(both, s, window)
        n_cells = (window[2] - window[0]) * (window[3] - window[1])
        key = np.concatenate([gs[cover.full_g] * n_cells + flat(cover.full_ix, cover.full_iy),
                              gs[cover.part_g] * n_cells + flat(cover.part_ix, cover.part_iy)])
        value = np.concatenate([np.full(len(cover.full_g), s * s), cover.part_area])
        at = pd.Index(key).get_indexer(cc_country[k[c]].astype(np.int64) * n_cells + cc_cell[k[c]])
        out[c] = np.where(at >= 0, value[at], 0.0)
    good = out > SLIVER_M2
    frame = pd.DataFrame({"cell": cc_cell[k[good]], "country": cc_country[k[good]], "m2": out[good]})
    frame = frame.groupby(["cell", "country"], as_index=False)["m2"].sum()
    return frame["cell"].to_numpy(np.int64), frame["country"].to_numpy(np.int64), frame["m2"].to_numpy(float)


def _raster_bounds(path: str) -> tuple[float, float, float, float]:
    from neaspec_planner.core.raster_io import raster_info

    rows, cols, gt, crs, _, _ = raster_info(path)
    if crs is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Raster '{layer}' has no coordinate reference system."),
                         layer=str(path))
    x0, y1 = gt[0], gt[3]
    x1, y0 = gt[0] + cols * gt[1], gt[3] + rows * gt[5]
    return extent_in_grid((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), crs)


def _habitat_raster(path: str, classes: Optional[Sequence[float]], s: float, window: tuple[int, int, int, int],
                    cc_cell: np.ndarray, cc_country: np.ndarray, cc_full: np.ndarray, cgeoms: np.ndarray,
                    progress: Progress) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Habitat area per cell from a class raster, sampled on a sub-grid of the lattice (nearest class, sub-cells
    no larger than the raster's own cells, at most 100 a side per cell); border cells split by the sub-cells'
    centres."""
    from neaspec_planner.core.raster_io import raster_info
    from neaspec_planner.core.raster_tools import warp_to_grid

    rows, cols, gt, crs, _, _ = raster_info(path)
    src = as_crs(crs, str(path))
    pixel = abs(float(gt[1]))
    if src.is_geographic:
        pixel *= 111_320.0 * 0.7  # degrees → metres at ~45° N (only to choose the sampling)
    f = int(min(100, max(1, math.ceil(s / max(pixel, 1e-9)))))
    sub = s / f
    ix0, iy0, ix1, iy1 = window
    nx, ny = ix1 - ix0, iy1 - iy0
    wanted = None if classes is None else np.asarray(list(classes), dtype=float)
    border_k = np.flatnonzero(~cc_full)
    border_cells = cc_cell[border_k]
    cell_sum = np.zeros(nx * ny)
    rows_per_block = max(1, int(4_000_000 // max(nx * f * f, 1)))
    pieces: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for r0 in range(0, ny, rows_per_block):  # blocks of cell rows (bounded memory), top row first
        r1 = min(ny, r0 + rows_per_block)
        top = ORIGIN[1] + (iy1 - r0) * s
        transform = (ORIGIN[0] + ix0 * s, sub, 0.0, top, 0.0, -sub)
        values = warp_to_grid(path, transform, ((r1 - r0) * f, nx * f), GRID_CRS, resampling="nearest",
                              dtype="float64", dst_nodata=np.nan)
        mask = np.isfinite(values) & (values != 0) if wanted is None else np.isin(values, wanted)
        block = mask.reshape(r1 - r0, f, nx, f).sum(axis=(1, 3)).astype(float)
        # block row 0 is the northernmost: lattice row iy1-1-r0
        cy = iy1 - 1 - (r0 + np.arange(r1 - r0)) - iy0
        cell_sum[(cy[:, None] * nx + np.arange(nx)[None, :]).ravel()] = block.ravel()
        if len(border_k):
            rr, cc = np.nonzero(mask)
            cell_flat = (iy1 - 1 - (r0 + rr // f) - iy0) * nx + cc // f
            on_border = np.isin(cell_flat, border_cells)
            if on_border.any():
                px = ORIGIN[0] + ix0 * s + (cc[on_border] + 0.5) * sub
                py = top - (rr[on_border] + 0.5) * sub
                pieces.append((cell_flat[on_border], px, py))
        progress(r1 / ny)
    area_cell = cell_sum * sub * sub
    cells = np.flatnonzero(area_cell > 0)
    # per country: whole-country cells take all; border cells count their habitat sub-cells' centres
    frame = pd.DataFrame({"cell": cc_cell, "country": cc_country, "full": cc_full, "k": np.arange(len(cc_cell))})
    whole = frame[frame["full"]]
    out_cell = [whole["cell"].to_numpy(np.int64)]
    out_country = [whole["country"].to_numpy(np.int64)]
    out_m2 = [area_cell[whole["cell"].to_numpy(np.int64)]]
    if pieces:
        pc = np.concatenate([p[0] for p in pieces])
        px = np.concatenate([p[1] for p in pieces])
        py = np.concatenate([p[2] for p in pieces])
        pts = pd.DataFrame({"cell": pc, "p": np.arange(len(pc))})
        border = frame[~frame["full"]]
        pairs = pts.merge(border, on="cell")
        p, k = pairs["p"].to_numpy(), pairs["k"].to_numpy()
        shapely.prepare(cgeoms)
        inside = shapely.contains_xy(cgeoms[cc_country[k]], px[p], py[p]) if len(p) else np.zeros(0, bool)
        hits = pd.DataFrame({"cell": pc[p[inside]], "country": cc_country[k[inside]]})
        counted = hits.groupby(["cell", "country"], as_index=False).size()
        out_cell.append(counted["cell"].to_numpy(np.int64))
        out_country.append(counted["country"].to_numpy(np.int64))
        out_m2.append(counted["size"].to_numpy(float) * sub * sub)
    hc_cell = np.concatenate(out_cell)
    hc_country = np.concatenate(out_country)
    hc_m2 = np.concatenate(out_m2)
    good = hc_m2 > 0
    return cells, area_cell[cells], hc_cell[good], hc_country[good], hc_m2[good]


def _pair_counts(pairs: np.ndarray, cnames: np.ndarray, n_species: int) -> pd.Series:
    """How often each (country, species) code ``country · n_species + species`` occurs, as a Series on
    (country name, species index)."""
    codes, counts = np.unique(np.asarray(pairs, dtype=np.int64), return_counts=True)
    index = pd.MultiIndex.from_arrays([cnames[codes // n_species] if len(codes) else np.empty(0, object),
                                       codes % n_species], names=["country", "sp"])
    return pd.Series(counts.astype(np.int64), index=index)


def _summary(st: Stations, st_cell: np.ndarray, det: Detections, det_cell: np.ndarray, surveyed: np.ndarray,
             hc_cell: np.ndarray, hc_country: np.ndarray, hc_ha: np.ndarray, ccodes: np.ndarray,
             cc_cell: np.ndarray, cc_country: np.ndarray) -> tuple[pd.DataFrame, pd.DataFrame]:
    """SUMMARY per country × species and SHARED individuals (group-bys over stations and detections)."""
    hab = pd.DataFrame({"cell": hc_cell, "country": ccodes[hc_country] if len(hc_country) else
                        np.empty(0, object), "m2": hc_ha})
    hab = hab[hab["m2"] > 0]
    hab_cells = hab.groupby("country")["cell"].nunique()
    gap_cells = hab[~surveyed[hab["cell"].to_numpy(np.int64)]].groupby("country")["cell"].nunique() \
        if len(hab) else pd.Series(dtype=np.int64)
    sta = pd.DataFrame({"country": st.country, "cell": st_cell, "effort": st.effort})
    sta = sta[(sta["cell"] >= 0) & sta["country"].notna()]
    # cells surveyed by a country: its stations' cells, and cells of its detection points without a station
    pts = pd.DataFrame({"country": det.country, "cell": det_cell})[(det.station < 0) & (det_cell >= 0)]
    surv = pd.concat([sta[["country", "cell"]], pts.dropna()])
    surveyed_cells = surv.groupby("country")["cell"].nunique()
    effort = sta.groupby("country")["effort"].sum()
    names = np.asarray(det.names, dtype=object)
    # detections in the grid with a country, as integer codes (countries in alphabetical order, individuals
    # by their text): distinct combinations are counted with np.unique on packed int64 keys
    country_code, cnames = pd.factorize(pd.Series(det.country, dtype=object), sort=True)
    ind_code, inames = pd.factorize(pd.Series(det.individual, dtype=object))
    cnames = np.asarray(cnames, dtype=object)
    inames = np.asarray(inames, dtype=object)
    sel = (det_cell >= 0) & (country_code >= 0)
    dcn, dsp, dcell = country_code[sel].astype(np.int64), det.species[sel].astype(np.int64), det_cell[sel]
    dind, ddate = ind_code[sel].astype(np.int64), det.date[sel]
    n_c, n_s, n_i = len(cnames), max(len(names), 1), max(len(inames), 1)
    n_cell = max(int(det_cell.max()) + 1 if len(det_cell) else 1, 1)
    pair = dcn * n_s + dsp                                              # (country, species)
    detected = _pair_counts(np.unique(pair * n_cell + dcell) // n_cell, cnames, n_s)
    known = dind >= 0
    ipair, iind, icn = pair[known], dsp[known] * n_i + dind[known], dcn[known]  # individual = (species, id)
    individuals = _pair_counts(np.unique(ipair * n_i + dind[known]) // n_i, cnames, n_s)
    ind_country = np.unique(iind * n_c + icn)                           # distinct (individual, country)
    who, n_countries = np.unique(ind_country // n_c, return_counts=True)
    shared_ids = who[n_countries >= 2]
    shared_ic = ind_country[np.isin(ind_country // n_c, shared_ids)]    # sorted by individual, then country
    shared_per = _pair_counts((shared_ic % n_c) * n_s + (shared_ic // n_c) // n_i, cnames, n_s)
    # every country that has habitat, stations or cells in the grid, × every species
    in_grid = set(ccodes[np.unique(cc_country)].tolist()) if len(cc_country) else set()
    countries = sorted(in_grid | set(sta["country"].tolist()) | set(cnames[np.unique(dcn)].tolist()))
    species = list(range(len(names))) or [-1]
    idx = pd.MultiIndex.from_product([countries, species], names=["country", "sp"])
    out = pd.DataFrame(index=idx).reset_index()
    cty = out["country"]
    key = pd.MultiIndex.from_arrays([out["country"], out["sp"]])
    sp_arr = out["sp"].to_numpy(np.int64)
    species_col = np.full(len(out), None, dtype=object)
    species_col[sp_arr >= 0] = names[sp_arr[sp_arr >= 0]]
    out["species"] = species_col
    out["cells_habitat"] = cty.map(hab_cells).fillna(0).astype(np.int64)
    out["cells_surveyed"] = cty.map(surveyed_cells).fillna(0).astype(np.int64)
    out["cells_detected"] = pd.Series(detected.reindex(key).to_numpy()).fillna(0).astype(np.int64).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        occ = out["cells_detected"].to_numpy(float) / out["cells_surveyed"].to_numpy(float)
    out["naive_occupancy"] = np.where(out["cells_surveyed"].to_numpy() > 0, occ, np.nan)
    out["effort_days"] = cty.map(effort).fillna(0.0).astype(float)
    out["individuals"] = pd.Series(individuals.reindex(key).to_numpy()).fillna(0).astype(np.int64).to_numpy()
    out["shared_individuals"] = pd.Series(shared_per.reindex(key).to_numpy() if len(shared_per) else
                                          np.zeros(len(out))).fillna(0).astype(np.int64).to_numpy()
    out["habitat_gap_cells"] = cty.map(gap_cells).fillna(0).astype(np.int64)
    summary = out[list(SUMMARY_FIELDS)].reset_index(drop=True)
    # SHARED: one row per transboundary individual
    if len(shared_ids):
        # its countries, sorted and comma-joined: object-array sums per individual (numpy's C loop)
        owner = shared_ic // n_c
        starts = np.flatnonzero(np.concatenate([[True], owner[1:] != owner[:-1]]))
        joined = np.add.reduceat(cnames[shared_ic % n_c] + ",", starts)
        rows = np.isin(iind, shared_ids)
        span = pd.Series(ddate[known][rows]).groupby(iind[rows]).agg(["min", "max"])  # sorted by individual
        shared = pd.DataFrame({
            "individual": inames[shared_ids % n_i],
            "species": names[shared_ids // n_i],
            "countries": pd.Series(joined, dtype=object).str[:-1].to_numpy(object),
            "first": pd.to_datetime(span["min"]).dt.strftime("%Y-%m-%d").to_numpy(object),
            "last": pd.to_datetime(span["max"]).dt.strftime("%Y-%m-%d").to_numpy(object)})
        shared = shared.sort_values(["species", "individual"]).reset_index(drop=True)
    else:
        shared = pd.DataFrame({c: pd.Series(dtype=object) for c in SHARED_FIELDS})
    return summary, shared
