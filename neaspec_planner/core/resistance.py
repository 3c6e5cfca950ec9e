"""Resistance (cost) surfaces from land cover, barriers and terrain for least-cost corridors. No qgis import.

Output: a Float32 GeoTIFF on the land-cover grid with every passable cell ``>= 1`` and impassable or unknown
cells set to nodata ``NODATA`` (``-9999.0``, declared as the band's nodata value). Steps, per band of rows so a
large raster never sits in memory whole:

1. land cover → cost: a lookup table (``class,cost`` CSV or a species profile in ``resources/profiles/``),
   vectorised with ``np.take`` on a lookup array (classes 0..65535) or ``np.searchsorted`` otherwise;
2. terrain (optional DEM on the same grid, or resampled onto it with ``gdal.Warp``): slope multipliers (tiger,
   leopard, crane) or the snow leopard's ruggedness discount, applied to the land-cover cost;
3. barriers (lines): buffered by ``width / 2`` metres in the raster's CRS, rasterised with ALL_TOUCHED and
   combined as ``max(land-cover cost, barrier cost)``.

Every number in the species profiles is an expert default (ED) to adjust: see ``resources/profiles/README.md``.
"""
from __future__ import annotations

import copy
import csv
import io
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal, Optional, Union

import numpy as np
import pandas as pd
import pyproj
import shapely
from osgeo import gdal

from neaspec_planner.core.crs import WGS84, as_crs, check_projected_raster, equal_area_crs, reproject
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.profiles import ALL_PROFILES, PROFILES
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.raster_io import open_raster
from neaspec_planner.core.raster_tools import (
    AtomicRasterWriter,
    TileInfo,
    block_rows,
    bounds_in,
    cells_per_cell,
    expand_tiles,
    grid_bounds,
    group_by_crs,
    mosaic_vrt,
    polygon_lonlat,
    rasterize_on_grid,
    same_grid,
    snapped_grid,
    tile_info,
    warp_block,
    warp_to_grid,
    window_transform,
)
from neaspec_planner.core.results import Outcome
from neaspec_planner.paths import resource_path

NODATA = -9999.0
ESA_CLASSES = {
    10: "Tree cover", 20: "Shrubland", 30: "Grassland", 40: "Cropland", 50: "Built-up",
    60: "Bare / sparse vegetation", 70: "Snow and ice", 80: "Permanent water bodies", 90: "Herbaceous wetland",
    95: "Mangroves", 100: "Moss and lichen",
}
#: Words accepted in a cost column for "impassable" (the class or barrier becomes nodata).
#: cost texts that mean "impassable" (cost tables, barrier and option layers alike)
IMPASSABLE_WORDS = frozenset({"nodata", "impassable", "no data", "inf", "barrier"})
#: Slope multipliers (ED): ``(threshold in degrees, multiplier)`` applied where slope > threshold (the last wins).
SLOPE_RULES: dict[str, tuple[tuple[float, float], ...]] = {
    "amur_tiger": ((30.0, 1.5), (45.0, 3.0)),
    "amur_leopard": ((30.0, 1.5), (45.0, 3.0)),
    "crane": ((5.0, 5.0),),
}
#: Snow leopard ruggedness discount (ED): ``R × (1 − TRI_WEIGHT · min(TRI / TRI_p90, 1))``, never below 1.
TRI_WEIGHT = 0.5
TRI_SAMPLE = 4_000_000
#: Barrier cost for lines with neither a cost nor a type (ED: a full barrier).
DEFAULT_BARRIER_COST = 1000.0
BARRIER_TYPE_FIELDS = ("highway", "railway", "barrier", "type", "fclass")
BLOCK_CELLS = 2_600_000
#: Runs from tiles: ``AGGREGATE`` choices, output cells per block, GDAL's block cache and warp buffers (MB), the
#: rest of the programme (MB), the largest analysis grid, and the LUT value of a class missing from the table
#: (so large that any average including one such fine cell exceeds every real cost).
AGGREGATES = ("mean", "mode")
MOSAIC_BLOCK_CELLS = 1_048_576
GDAL_CACHE_MB = 128
WARP_MEMORY_MB = 64
BASE_MB = 200
MAX_GRID_CELLS = 2_000_000_000
UNKNOWN_COST = 1.0e15
INTEGER_TYPES = (gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)


@dataclass
class CostTable:
    """Class → cost; ``costs`` is NaN for impassable classes. ``classes`` sorted ascending, unique."""

    classes: np.ndarray
    costs: np.ndarray
    source: str
    labels: dict[int, str] = field(default_factory=dict)

    def cost_of(self, cls: int) -> float:
        i = int(np.searchsorted(self.classes, cls))
        if i < self.classes.size and self.classes[i] == cls:
            return float(self.costs[i])
        raise KeyError(cls)


@dataclass
class ResistanceResult(Outcome):
    path: Path
    shape: tuple[int, int]
    nodata_cells: int
    barrier_cells: int
    min_cost: float
    max_cost: float
    class_counts: dict[int, int]
    messages: list[str]
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ tables


def _read_csv_rows(path: str | Path, what: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and ``(line number, fields)`` rows of a CSV with ``#`` comment lines; comma or semicolon."""
    path = Path(path)
    if not path.exists():
        raise InputError(QT_TRANSLATE_NOOP("InputError", "{what} '{path}' not found."), what=what, path=str(path))
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "{what} '{file}' is not a text CSV file (binary content); save it as CSV (comma separated, "
                          "UTF-8) with the columns class,cost."), what=what, file=path.name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:  # pragma: no cover - cp1252 decodes nearly anything
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}' cannot be read as text; save it as UTF-8 CSV."),
                what=what, file=path.name) from exc
    numbered = [(i + 1, line) for i, line in enumerate(text.splitlines())
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "{what} '{file}' has no rows; it needs the columns class,cost."), what=what, file=path.name)
    first = numbered[0][1]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    parsed = list(csv.reader(io.StringIO("\n".join(line for _, line in numbered)), delimiter=delimiter))
    rows = [(n, [f.strip() for f in fields]) for (n, _), fields in zip(numbered, parsed)]
    header = [h.lower() for h in rows[0][1]]
    return header, rows


def _parse_cost(text: str, line: int, path: Path, what: str) -> float:
    if text.strip().lower() in IMPASSABLE_WORDS:
        return np.nan
    try:
        value = float(text)
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "{what} '{file}', line {line}: cost '{text}' is not a number. Write a number ≥ 1, or "
                          "'impassable' for a class that cannot be crossed."),
            what=what, file=path.name, line=line, text=text) from None
    if not np.isfinite(value):
        return np.nan
    if value < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "{what} '{file}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 (1 = "
                          "easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin)."),
            what=what, file=path.name, line=line, text=text)
    return value


def read_cost_table(path: str | Path) -> CostTable:
    """Read a ``class,cost`` CSV (header row, ``#`` comments, extra columns ignored, ``;`` also accepted).

    ``cost`` is a number ≥ 1 or ``impassable``/``nodata``. Errors name the file and the line.
    """
    path = Path(path)
    what = Note(QT_TRANSLATE_NOOP("InputError", "Cost table"))
    header, rows = _read_csv_rows(path, what)
    if "class" in header and "cost" in header:
        ci, vi = header.index("class"), header.index("cost")
        rows = rows[1:]
    else:
        try:  # no header: the first two columns
            float(rows[0][1][0]), float(rows[0][1][1])
        except (ValueError, IndexError):
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}', line {line}: the header must name the columns 'class' and 'cost' "
                              "(found: {found})."),
                what=what, file=path.name, line=rows[0][0], found=", ".join(rows[0][1])) from None
        ci, vi = 0, 1
    classes: list[int] = []
    costs: list[float] = []
    labels: dict[int, str] = {}
    seen: dict[int, int] = {}
    li = header.index("label") if "label" in header else None
    for line, fields in rows:
        if len(fields) <= max(ci, vi):
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}', line {line}: expected at least the columns class,cost; found "
                              "'{found}'."), what=what, file=path.name, line=line, found=",".join(fields))
        try:
            cls_f = float(fields[ci])
        except ValueError:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}', line {line}: class '{value}' is not an integer class code."),
                what=what, file=path.name, line=line, value=fields[ci]) from None
        if not cls_f.is_integer():
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}', line {line}: class '{value}' is not an integer class code."),
                what=what, file=path.name, line=line, value=fields[ci])
        cls = int(cls_f)
        if cls in seen:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "{what} '{file}', line {line}: class {cls} is already given on line {first}; keep one "
                              "row per class."), what=what, file=path.name, line=line, cls=cls, first=seen[cls])
        seen[cls] = line
        classes.append(cls)
        costs.append(_parse_cost(fields[vi], line, path, what))
        if li is not None and len(fields) > li:
            labels[cls] = fields[li]
    if not classes:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "{what} '{file}' has a header but no rows."), what=what,
                         file=path.name)
    order = np.argsort(classes)
    return CostTable(np.asarray(classes, dtype=np.int64)[order], np.asarray(costs, dtype=float)[order],
                     str(path), labels)


def profile_path(profile: str) -> Path:
    if profile not in PROFILES:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Unknown species profile '{profile}'; use one of {profiles} "
                                           "(custom needs a TABLE)."), profile=profile,
                         profiles=", ".join(ALL_PROFILES))
    return resource_path("profiles", f"{profile}.csv")


def profile_table(profile: str) -> CostTable:
    """The bundled ESA WorldCover cost table of a species profile (all expert defaults)."""
    return read_cost_table(profile_path(profile))


def barrier_table(profile: str) -> dict[str, float]:
    """Barrier type → cost for a profile from ``resources/profiles/barriers.csv`` (inf = impassable)."""
    path = resource_path("profiles", "barriers.csv")
    what = Note(QT_TRANSLATE_NOOP("InputError", "Barrier table"))
    header, rows = _read_csv_rows(path, what)
    if profile not in header:
        return {}
    ti, pi = header.index("type"), header.index(profile)
    out = {}
    for line, fields in rows[1:]:
        value = _parse_cost(fields[pi], line, path, what)
        out[fields[ti].lower()] = np.inf if np.isnan(value) else value
    return out


# ------------------------------------------------------------------------------------------------ classes


def classify(block: np.ndarray, table: CostTable, nodata: Optional[float] = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Costs of a block of classes: ``(cost float64 with NaN = impassable/nodata, unknown mask, valid mask)``.

    ``valid`` is False on the raster's nodata cells; ``unknown`` marks valid cells whose class is not in the
    table (their cost is NaN). Vectorised: a lookup array with ``np.take`` when the classes fit 0..65535,
    ``np.searchsorted`` otherwise.
    """
    block = np.asarray(block)
    valid = np.ones(block.shape, dtype=bool)
    if nodata is not None and not (isinstance(nodata, float) and np.isnan(nodata)):
        valid &= block != nodata
    if block.dtype.kind == "f":
        valid &= np.isfinite(block)
        frac = valid & (block != np.round(block))
        if frac.any():
            r, c = np.argwhere(frac)[0]
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "The land-cover raster has non-integer values (e.g. {value} at block row {row}, column "
                              "{column}): it must hold integer class codes."), value=block[r, c], row=r, column=c)
        ints = np.where(valid, block, 0).astype(np.int64)
    else:
        ints = block
    lo = int(ints.min()) if ints.size else 0
    hi = int(ints.max()) if ints.size else 0
    if ints.size and lo >= 0 and hi < 65536:
        # Lookup array over 0..hi: NaN = impassable, -1 = not in the table.
        lut = np.full(hi + 1, -1.0)
        inside = table.classes[(table.classes >= 0) & (table.classes <= hi)]
        lut[inside] = table.costs[np.searchsorted(table.classes, inside)]
        cost = np.take(lut, ints)
    else:
        pos = np.clip(np.searchsorted(table.classes, ints), 0, table.classes.size - 1)
        cost = np.where(table.classes[pos] == ints, table.costs[pos], -1.0)
    unknown = valid & (cost == -1.0)
    cost[~valid | unknown] = np.nan
    return cost, unknown, valid


# ------------------------------------------------------------------------------------------------ terrain


def _fill_halo(a: np.ndarray) -> np.ndarray:
    """Fill NaN cells of the one-cell halo by linear extrapolation from inside (a plane stays a plane)."""
    if a.shape[0] >= 4:
        a[0] = np.where(np.isnan(a[0]), 2 * a[1] - a[2], a[0])
        a[-1] = np.where(np.isnan(a[-1]), 2 * a[-2] - a[-3], a[-1])
    else:
        a[0] = np.where(np.isnan(a[0]), a[1], a[0])
        a[-1] = np.where(np.isnan(a[-1]), a[-2], a[-1])
    if a.shape[1] >= 4:
        a[:, 0] = np.where(np.isnan(a[:, 0]), 2 * a[:, 1] - a[:, 2], a[:, 0])
        a[:, -1] = np.where(np.isnan(a[:, -1]), 2 * a[:, -2] - a[:, -3], a[:, -1])
    else:
        a[:, 0] = np.where(np.isnan(a[:, 0]), a[:, 1], a[:, 0])
        a[:, -1] = np.where(np.isnan(a[:, -1]), a[:, -2], a[:, -1])
    return a


def slope_degrees(halo: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Horn (1981) slope in degrees of the inner cells of an array with a one-cell halo (as gdaldem)."""
    a = halo
    dzdx = ((a[:-2, 2:] + 2 * a[1:-1, 2:] + a[2:, 2:]) - (a[:-2, :-2] + 2 * a[1:-1, :-2] + a[2:, :-2])) / (8 * dx)
    dzdy = ((a[2:, :-2] + 2 * a[2:, 1:-1] + a[2:, 2:]) - (a[:-2, :-2] + 2 * a[:-2, 1:-1] + a[:-2, 2:])) / (8 * dy)
    return np.degrees(np.arctan(np.hypot(dzdx, dzdy)))


def terrain_ruggedness(halo: np.ndarray) -> np.ndarray:
    """Riley et al. (1999) TRI of the inner cells: sqrt of the summed squared differences to the 8 neighbours."""
    centre = halo[1:-1, 1:-1]
    total = np.zeros(centre.shape, dtype=float)
    rows, cols = centre.shape
    for dr in (0, 1, 2):  # 8 shifted views (a fixed 3×3 stencil, not a loop over cells)
        for dc in (0, 1, 2):
            if dr == 1 and dc == 1:
                continue
            total += (halo[dr:dr + rows, dc:dc + cols] - centre) ** 2
    return np.sqrt(total)


def slope_multiplier(profile: str, slope: np.ndarray) -> np.ndarray:
    """Multiplier per cell from the profile's slope rules (1 where the slope is unknown)."""
    mult = np.ones(slope.shape, dtype=float)
    for threshold, factor in SLOPE_RULES.get(profile, ()):
        mult[slope > threshold] = factor
    return mult


def ruggedness_factor(tri: np.ndarray, tri_p90: float) -> np.ndarray:
    """Snow leopard: ``1 − 0.5·min(TRI/TRI_p90, 1)`` (1 where TRI is unknown or the land is flat)."""
    if not np.isfinite(tri_p90) or tri_p90 <= 0:
        return np.ones(tri.shape)
    f = 1.0 - TRI_WEIGHT * np.minimum(tri / tri_p90, 1.0)
    return np.where(np.isfinite(f), f, 1.0)


class _DemReader:
    """DEM values with a one-cell halo for a band of rows of the land-cover grid (read directly when the DEM
    is on the same grid, otherwise resampled bilinearly onto it with gdal.Warp)."""

    def __init__(self, path: str, transform: tuple, shape: tuple[int, int], crs: object) -> None:
        ds = open_raster(path)
        wkt = ds.GetProjection()
        self.name = Path(path).name
        if not wkt:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "DEM '{name}' has no coordinate reference system. Set it and run again."), name=self.name)
        import pyproj

        self.path, self.transform, self.shape, self.crs = path, transform, shape, crs
        self.direct = same_grid(ds.GetGeoTransform(), (ds.RasterYSize, ds.RasterXSize), pyproj.CRS.from_wkt(wkt),
                                transform, shape, crs)
        self.ds = ds if self.direct else None
        self.nodata = ds.GetRasterBand(1).GetNoDataValue()

    def halo(self, row0: int, nrows: int) -> np.ndarray:
        rows, cols = self.shape
        if self.direct:
            r0, r1 = max(row0 - 1, 0), min(row0 + nrows + 1, rows)
            assert self.ds is not None
            arr = self.ds.GetRasterBand(1).ReadAsArray(0, r0, cols, r1 - r0)
            if arr is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Cannot read DEM '{name}': it may be corrupt or truncated ({reason})."),
                    name=self.name, reason=gdal.GetLastErrorMsg())
            arr = arr.astype(float)
            if self.nodata is not None:
                arr[arr == self.nodata] = np.nan
            out = np.full((nrows + 2, cols + 2), np.nan)
            out[r0 - row0 + 1:r1 - row0 + 1, 1:-1] = arr
        else:
            out = warp_to_grid(self.path, window_transform(self.transform, row0 - 1, -1), (nrows + 2, cols + 2),
                               self.crs, "bilinear", "float64")
        return _fill_halo(out)


def _tri_p90(dem: Union[_DemReader, _MosaicDem], progress: Progress) -> float:
    """90th percentile of TRI over the raster (from a regular sample of at most ``TRI_SAMPLE`` cells)."""
    rows, cols = dem.shape
    step = max(1, int(np.ceil(np.sqrt(rows * cols / TRI_SAMPLE))))
    samples = []
    blocks = list(block_rows(rows, cols, BLOCK_CELLS))
    for i, (row0, n) in enumerate(blocks):
        tri = terrain_ruggedness(dem.halo(row0, n))
        keep = (np.arange(row0, row0 + n) % step) == 0
        vals = tri[keep][:, ::step]
        samples.append(vals[np.isfinite(vals)])
        progress((i + 1) / len(blocks))
    values = np.concatenate(samples) if samples else np.zeros(0)
    return float(np.percentile(values, 90)) if values.size else float("nan")


# ------------------------------------------------------------------------------------------------ barriers


def _normalise_type(values: pd.Series) -> pd.Series:
    s = values.astype("string").str.strip().str.lower()
    s = s.str.replace(r"_link$", "", regex=True).str.replace(r"^track_grade\d$", "track", regex=True)
    return s.str.replace(" ", "_", regex=False)


def barrier_costs(attributes: pd.DataFrame, profile: str, cost_field: str = "cost",
                  default_cost: Optional[float] = None, layer_name: str = "barriers"
                  ) -> tuple[np.ndarray, list[str]]:
    """Cost per barrier feature (``inf`` = impassable) and log messages.

    Per feature: a number in ``cost_field`` (case-insensitive; shapefile names cut to 10 characters) wins;
    ``impassable`` there makes it impassable; otherwise its type (first non-empty of highway, railway, barrier,
    type, fclass) is looked up in the profile's barrier table; otherwise ``default_cost``. Without
    ``default_cost``, lines with no type at all get ``DEFAULT_BARRIER_COST`` and unrecognised types stop the
    run with their list.
    """
    n = len(attributes)
    messages: list[str] = []
    costs = np.full(n, np.nan)
    lower = {str(c).lower(): c for c in attributes.columns}
    col = lower.get(cost_field.lower()) or lower.get(cost_field.lower()[:10])
    if col is not None and n:
        raw = attributes[col]
        text = raw.astype("string").str.strip()
        numeric = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
        impassable = text.str.lower().isin(IMPASSABLE_WORDS).fillna(False).to_numpy(dtype=bool)
        bad = raw.notna().to_numpy() & (text.fillna("") != "").to_numpy(dtype=bool) & np.isnan(numeric) & ~impassable
        if bad.any():
            idx = np.flatnonzero(bad)
            examples = ", ".join(f"feature {i} ('{raw.iloc[i]}')" for i in idx[:5])
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}': field '{field}' has values that are not numbers in {count} "
                              "feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty."),
                layer=layer_name, field=col, count=idx.size, examples=examples)
        low = numeric < 1
        if low.any():
            idx = np.flatnonzero(low)
            examples = ", ".join(f"feature {i} ({numeric[i]:g})" for i in idx[:5])
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}': field '{field}' has costs below 1 in {count} feature(s): {examples}. "
                              "Barrier costs are resistances ≥ 1."),
                layer=layer_name, field=col, count=idx.size, examples=examples)
        costs = np.where(impassable, np.inf, numeric)
        costs[np.isinf(numeric)] = np.inf
    todo = np.isnan(costs)
    type_cols = [lower[f] for f in BARRIER_TYPE_FIELDS if f in lower]
    types = pd.Series([pd.NA] * n, dtype="string")
    if type_cols and todo.any():
        frame = attributes[type_cols].apply(_normalise_type).replace("", pd.NA)
        types = frame.bfill(axis=1).iloc[:, 0].astype("string")
        table = barrier_table(profile)
        mapped = types.map(table).astype(float).to_numpy()
        use = todo & ~np.isnan(mapped)
        costs[use] = mapped[use]
        if use.any():
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{count} barrier line(s) costed from their type with the {profile} barrier table "
                              "(expert defaults)."), count=int(use.sum()), profile=profile))
    todo = np.isnan(costs)
    if todo.any():
        typed = todo & types.notna().to_numpy(dtype=bool)
        if default_cost is not None:
            costs[todo] = float(default_cost)
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{count} barrier line(s) without a cost or a known type got the default cost "
                              "{cost:g}."), count=int(todo.sum()), cost=default_cost))
        elif typed.any():
            counts = types[typed].value_counts()
            listing = ", ".join(f"'{t}' ({c})" for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            known = ", ".join(sorted(barrier_table(profile))) or \
                Note(QT_TRANSLATE_NOOP("InputError", "none for the custom profile"))
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Layer '{layer}': {count} line(s) have a type with no barrier cost for profile "
                              "'{profile}': {listing}. Known types: {known}. Add a numeric '{field}' field, remove "
                              "those lines (e.g. minor roads), or set BARRIER_COST."),
                layer=layer_name, count=int(typed.sum()), profile=profile, listing=listing, known=known,
                field=cost_field)
        else:
            costs[todo] = DEFAULT_BARRIER_COST
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{count} barrier line(s) have no cost and no type: treated as barriers of "
                              "{cost:g} (expert default; set BARRIER_COST to change)."),
                count=int(todo.sum()), cost=DEFAULT_BARRIER_COST))
    if default_cost is not None and float(default_cost) < 1:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The default barrier cost must be ≥ 1 (got {cost:g})."),
                         cost=float(default_cost))
    return costs, messages


def barrier_polygons(geometries: np.ndarray, geoms_crs: object, raster_crs: object, width_m: float,
                     layer_name: str = "barriers") -> tuple[np.ndarray, np.ndarray, int]:
    """Lines buffered by ``width_m / 2`` in the raster's CRS: ``(polygons, kept mask, skipped count)``."""
    if not np.isfinite(width_m) or width_m <= 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Barrier width must be a positive number of metres (got {width})."), width=width_m)
    geoms = np.asarray(geometries, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) if geoms.size else np.zeros(0, bool)
    points = present & np.isin(shapely.get_type_id(geoms), [0, 4])
    if points.any():
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "Layer '{layer}' holds points (e.g. feature {feature}); barriers must be lines (roads, "
                          "railways, fences)."), layer=layer_name, feature=int(np.flatnonzero(points)[0]))
    src = as_crs(geoms_crs, layer_name)
    projected = reproject(geoms[present], src, raster_crs)
    return shapely.buffer(projected, width_m / 2.0), present, int((~present).sum())


# ------------------------------------------------------------------------------------------------ tiles


@dataclass
class AnalysisGrid:
    """The output grid of a run from tiles: north-up, ``cell`` metres, edges on multiples of ``cell``."""

    transform: tuple[float, float, float, float, float, float]
    shape: tuple[int, int]
    crs: pyproj.CRS
    extent_lonlat: shapely.Polygon

    @property
    def cell(self) -> float:
        return abs(self.transform[1])


#: Tile names as published, so a gap in the extent can be named as the tiles to download:
#: ``(regex, tile size in degrees, name template)``; the name carries the tile's lower-left corner.
TILE_NAMINGS = (
    (re.compile(r"^(?P<pre>ESA_WorldCover_10m_\d{4}_v\d+_)[NS]\d{2}[EW]\d{3}(?P<post>_Map\.tif)$", re.I), 3,
     "{pre}{ns}{lat:02d}{ew}{lon:03d}{post}"),
    (re.compile(r"^(?P<pre>Copernicus_DSM_COG_\d+_)[NS]\d{2}_00_[EW]\d{3}_00(?P<post>_DEM\.tif)$", re.I), 1,
     "{pre}{ns}{lat:02d}_00_{ew}{lon:03d}_00{post}"),
    (re.compile(r"^(?P<pre>)[NS]\d{2}[EW]\d{3}(?P<post>(\.SRTMGL1)?\.hgt(\.zip)?)$", re.I), 1,
     "{pre}{ns}{lat:02d}{ew}{lon:03d}{post}"),
)


def tile_names_for(gap_lonlat: object, example_name: str) -> list[str]:
    """Names of the published tiles (same product and version as ``example_name``) that meet ``gap_lonlat``."""
    for pattern, size, template in TILE_NAMINGS:
        match = pattern.match(example_name)
        if match is None:
            continue
        lon0, lat0, lon1, lat1 = shapely.bounds(gap_lonlat)
        lons = np.arange(np.floor(lon0 / size) * size, lon1, size)
        lats = np.arange(np.floor(lat0 / size) * size, lat1, size)
        glon, glat = np.meshgrid(lons, lats)
        cells = shapely.box(glon, glat, glon + size, glat + size)
        meets = shapely.area(shapely.intersection(cells, gap_lonlat)) > 1e-9
        names = []
        for lat, lon in zip(glat[meets].astype(int).tolist(), glon[meets].astype(int).tolist()):
            names.append(template.format(pre=match["pre"], post=match["post"], ns="N" if lat >= 0 else "S",
                                         lat=abs(lat), ew="E" if lon >= 0 else "W", lon=abs(lon)))
        return sorted(names)
    return []


def coverage_gaps(tiles: Sequence[TileInfo], grid: AnalysisGrid, what: str) -> list[Note]:
    """Warnings for the parts of the extent no tile covers: where (lon/lat box), how much, and which tiles."""
    union = shapely.union_all([t.footprint_lonlat() for t in tiles])
    gap = shapely.difference(grid.extent_lonlat, union)
    if gap.is_empty:
        return []
    whole = float(shapely.area(reproject([grid.extent_lonlat], WGS84, grid.crs))[0])
    parts = shapely.get_parts(gap)
    areas = shapely.area(reproject(parts, WGS84, grid.crs))
    keep = areas > 1e-6 * whole
    if not keep.any():
        return []
    parts, areas = parts[keep], areas[keep]
    order = np.argsort(-areas)
    boxes = []
    for part in parts[order][:5]:
        x0, y0, x1, y1 = shapely.bounds(part)
        boxes.append(f"lon {x0:.3f}–{x1:.3f}°, lat {y0:.3f}–{y1:.3f}°")
    if parts.size > 5:
        boxes.append(f"… ({parts.size - 5} more)")
    notes = [Note(QT_TRANSLATE_NOOP("InputError", "{what}: {pct} % of the extent has no tile, so no data there "
                                    "(output nodata): {where}."), what=what,
                  pct=f"{100.0 * areas.sum() / whole:.1f}", where="; ".join(boxes))]
    names = [n for n in tile_names_for(shapely.union_all(parts), tiles[0].name)
             if n.lower() not in {t.name.lower() for t in tiles}]
    if names:
        notes.append(Note(QT_TRANSLATE_NOOP("InputError", "Tiles to add for {what} (none exists where the gap is "
                                            "open sea): {names}."), what=what, names=", ".join(names)))
    return notes


def plan_grid(tiles: Sequence[TileInfo], cell_size: Optional[float] = None, target_crs: object = None,
              extent: Optional[Sequence[float]] = None, extent_crs: object = None) -> AnalysisGrid:
    """The analysis grid for land-cover tiles (see ``build_resistance``)."""
    if extent is not None:
        xmin, ymin, xmax, ymax = (float(v) for v in extent)
        if not (np.isfinite([xmin, ymin, xmax, ymax]).all() and xmax > xmin and ymax > ymin):
            raise InputError(QT_TRANSLATE_NOOP("InputError", "EXTENT must have xmax > xmin and ymax > ymin (got "
                                               "{extent})."), extent=", ".join(f"{v:g}" for v in extent))
        src = as_crs(extent_crs if extent_crs is not None else (target_crs if target_crs is not None else WGS84),
                     "EXTENT")
        extent_ll = polygon_lonlat((xmin, ymin, xmax, ymax), src)
    else:
        union = shapely.union_all([t.footprint_lonlat() for t in tiles])
        extent_ll = polygon_lonlat(shapely.bounds(union), WGS84)
    lon0, lat0, lon1, lat1 = shapely.bounds(extent_ll)
    if target_crs is not None and target_crs != "":
        crs = as_crs(target_crs, "TARGET_CRS")
        unit = crs.axis_info[0].unit_name if crs.axis_info else ""
        if crs.is_geographic or unit not in ("metre", "meter", "m"):
            raise InputError(QT_TRANSLATE_NOOP("InputError", "TARGET_CRS '{name}' is not a projected CRS in metres; "
                                               "leave it empty for the equal-area CRS centred on the extent."),
                             name=crs.name)
    else:
        crs = equal_area_crs((lon0 + lon1) / 2.0, (lat0 + lat1) / 2.0)
    if cell_size is None:
        projected = [t for t in tiles if not t.crs.is_geographic and t.crs == crs]
        cell = abs(projected[0].transform[1]) if projected and len(projected) == len(tiles) else 100.0
    else:
        cell = float(cell_size)
    if not np.isfinite(cell) or cell <= 0:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "CELL_SIZE must be a positive number of metres (got "
                                           "{cell})."), cell=str(cell_size))
    transform, shape = snapped_grid(bounds_in(extent_ll, crs), cell)
    if shape[0] * shape[1] > MAX_GRID_CELLS:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "The analysis grid would have {rows} × {cols} cells at "
                                           "{cell} m: too many. Use a larger CELL_SIZE or a smaller EXTENT."),
                         rows=shape[0], cols=shape[1], cell=f"{cell:g}")
    return AnalysisGrid(transform, shape, crs, extent_ll)


def _integer_tiles(tiles: Sequence[TileInfo]) -> None:
    for t in tiles:
        if t.data_type not in INTEGER_TYPES:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Land-cover tile '{name}' is stored as {type}: tiles "
                                               "must hold integer class codes (Byte, UInt16, Int16, Int32, like "
                                               "ESA WorldCover). Convert it with gdal_translate -ot Byte or Int32."),
                             name=t.name, type=gdal.GetDataTypeName(t.data_type))


def _lut(keys: np.ndarray, values: np.ndarray, fill: float) -> str:
    """A VRT ``<LUT>``: each class maps to its value, every other integer (and beyond) to ``fill``."""
    pts: list[str] = []
    for k, v in zip(keys.tolist(), values.tolist()):
        pts += [f"{k - 0.25!r}:{fill!r}", f"{float(k)!r}:{v!r}", f"{k + 0.25!r}:{fill!r}"]
    return ",".join(pts)


def cost_vrt(class_vrt: str, table: CostTable, path: Union[str, Path], unknown: str, src_nodata: Optional[float],
             blocked_band: bool) -> str:
    """A Float32 VRT over a class mosaic that looks each fine cell's class up in ``table`` (GDAL's LUT, so the
    lookup runs inside GDAL's reads, at the tiles' own resolution).

    Band 1: the class's cost; ``NODATA`` for nodata and impassable cells; a class missing from the table gives
    ``UNKNOWN_COST`` (``unknown="error"``, found after averaging) or ``NODATA`` (``"impassable"``).
    Band 2 (``blocked_band``): 1 for impassable (and, with ``"impassable"``, unknown) classes, 0 for the others.
    """
    tree = ET.parse(class_vrt)
    root = tree.getroot()
    band = root.find("VRTRasterBand")
    assert band is not None
    classes, costs = table.classes, table.costs
    if src_nodata is not None and float(src_nodata).is_integer():
        keep = classes != int(src_nodata)
        classes, costs = classes[keep], costs[keep]
    impassable = ~np.isfinite(costs)
    unknown_cost = UNKNOWN_COST if unknown == "error" else NODATA
    luts = [_lut(classes, np.where(impassable, NODATA, costs), unknown_cost)]
    if blocked_band:
        luts.append(_lut(classes, impassable.astype(float), 0.0 if unknown == "error" else 1.0))
    for child in list(band):
        if child.tag in ("NoDataValue", "ColorInterp", "ColorTable", "Histograms", "Metadata"):
            band.remove(child)
    band.set("dataType", "Float32")
    band.insert(0, ET.Element("NoDataValue"))
    band[0].text = repr(NODATA)
    for source in band:
        if source.tag in ("SimpleSource", "ComplexSource"):
            source.tag = "ComplexSource"
    root.remove(band)
    for i, lut in enumerate(luts):
        b = copy.deepcopy(band)
        b.set("band", str(i + 1))
        for source in b.iter("ComplexSource"):
            element = ET.SubElement(source, "LUT")
            element.text = lut
        root.append(b)
    tree.write(str(path))
    return str(path)


def _histogram(tiles: Sequence[TileInfo], grid: AnalysisGrid) -> dict[int, int]:
    """Exact class counts of the tiles' cells under the grid (for the list of classes missing from a table)."""
    counts: dict[int, int] = {}
    for t in tiles:
        ds = open_raster(t.path)
        try:
            band = ds.GetRasterBand(1)
            inv = gdal.InvGeoTransform(t.transform)
            x0, y0, x1, y1 = bounds_in(grid.extent_lonlat, t.crs) if not t.crs.is_geographic else \
                shapely.bounds(grid.extent_lonlat)
            cs = [gdal.ApplyGeoTransform(inv, x, y) for x in (x0, x1) for y in (y0, y1)]
            c0 = int(max(0, np.floor(min(c for c, _ in cs))))
            c1 = int(min(t.shape[1], np.ceil(max(c for c, _ in cs))))
            r0 = int(max(0, np.floor(min(r for _, r in cs))))
            r1 = int(min(t.shape[0], np.ceil(max(r for _, r in cs))))
            for row0, n in block_rows(max(0, r1 - r0), max(1, c1 - c0), BLOCK_CELLS):
                if c1 <= c0:
                    break
                arr = band.ReadAsArray(c0, r0 + row0, c1 - c0, n).ravel()
                if t.nodata is not None:
                    arr = arr[arr != t.nodata]
                vals, cnts = np.unique(arr, return_counts=True)
                for v, c in zip(vals.tolist(), cnts.tolist()):
                    counts[int(v)] = counts.get(int(v), 0) + int(c)
                band.FlushCache()
        finally:
            ds = None  # noqa: F841
    return counts


class _NativeCosts:
    """Land-cover costs read on the land-cover raster's own grid (one projected raster)."""

    def __init__(self, path: str, table: CostTable) -> None:
        self.ds = open_raster(path)
        self.name = Path(path).name
        wkt = self.ds.GetProjection()
        self.crs = check_projected_raster(pyproj.CRS.from_wkt(wkt) if wkt else None, self.name)
        self.transform = self.ds.GetGeoTransform()
        self.shape = (self.ds.RasterYSize, self.ds.RasterXSize)
        self.band = self.ds.GetRasterBand(1)
        self.nodata = self.band.GetNoDataValue()
        self.table = table
        self.class_counts: dict[int, int] = {}
        self.unknown_counts: dict[int, int] = {}
        self.messages: list[str] = []
        if self.ds.RasterCount > 1:
            self.messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "'{layer}' has {bands} bands; band 1 is used as land cover."),
                layer=self.name, bands=self.ds.RasterCount))

    def block(self, row0: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        cols = self.shape[1]
        arr = self.band.ReadAsArray(0, row0, cols, n)
        if arr is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "InputError", "Cannot read '{name}' at rows {first}–{last}: the file may be corrupt or truncated "
                              "({reason})."), name=self.name, first=row0, last=row0 + n, reason=gdal.GetLastErrorMsg())
        self.band.FlushCache()  # drop the input's cached blocks: memory bounded by the band of rows
        cost, unk, valid = classify(arr, self.table, self.nodata)
        _count(arr, valid, self.class_counts)
        if unk.any():
            _count(arr, unk, self.unknown_counts)
        return cost, valid

    def unknown_classes(self) -> dict[int, int]:
        return self.unknown_counts

    def close(self) -> None:
        self.band = self.ds = None


def _count(arr: np.ndarray, mask: np.ndarray, into: dict[int, int]) -> None:
    if arr.dtype.kind in "iu" and arr.dtype.itemsize <= 2 and arr.size and int(arr.min()) >= 0:
        counts = np.bincount(arr[mask].ravel())
        vals = np.flatnonzero(counts)
        cnts = counts[vals]
    else:
        vals, cnts = np.unique(arr[mask], return_counts=True)
    for v, c in zip(vals.tolist(), cnts.tolist()):
        into[int(v)] = into.get(int(v), 0) + int(c)


class _MosaicCosts:
    """Land-cover costs on the analysis grid from tiles: the tiles of each CRS are one VRT mosaic; every block of
    output rows is a ``gdal.Warp`` of the mosaics (only the source windows under the block are read).

    ``mean``: the mosaic of costs (a LUT VRT over the classes) warped with average resampling, i.e. the cost of
    the fine cells averaged over each analysis cell, nodata and impassable fine cells left out; a cell whose
    fine cells are mostly (> 50 %) impassable is impassable. ``mode``: the majority class (nodata left out),
    then its cost.
    """

    def __init__(self, tiles: list[TileInfo], table: CostTable, grid: AnalysisGrid, aggregate: str, unknown: str,
                 workdir: Path) -> None:
        _integer_tiles(tiles)
        self.tiles, self.table, self.grid, self.aggregate, self.unknown = tiles, table, grid, aggregate, unknown
        self.transform, self.shape, self.crs = grid.transform, grid.shape, grid.crs
        self.class_counts: dict[int, int] = {}
        self.unknown_counts: dict[int, int] = {}
        self.unknown_cells = self.blocked_cells = 0
        self.messages: list[str] = []
        groups = group_by_crs(tiles)
        nodata = tiles[0].nodata
        self.nodata = nodata
        finite = table.costs[np.isfinite(table.costs)]
        self.max_cost = float(finite.max()) if finite.size else 1.0
        impassable = table.classes[~np.isfinite(table.costs)]
        if nodata is not None:
            impassable = impassable[impassable != nodata]
        self.blocked = aggregate == "mean" and (impassable.size > 0 or unknown == "impassable")
        self.bands = 2 if self.blocked else 1
        paths = []
        for i, group in enumerate(groups):
            vrt = mosaic_vrt(group, workdir / f"classes_{i}.vrt", nodata)
            if aggregate == "mean":
                vrt = cost_vrt(vrt, table, workdir / f"costs_{i}.vrt", unknown, nodata, self.blocked)
            paths.append(vrt)
        self.datasets = [open_raster(p) for p in paths]
        lat_min = min(abs(v) for v in shapely.bounds(grid.extent_lonlat)[1::2])
        self.src_per_cell = max(cells_per_cell(t.transform, t.crs, grid.cell, lat_min) for t in tiles)
        if len(groups) > 1:
            others = [t.name for g in groups[1:] for t in g]
            self.messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{n} land-cover tile(s) in another CRS than the others reprojected on the fly: "
                "{names}."), n=len(others), names=", ".join(others)))
        self.class_dtype: np.dtype
        if all(t.data_type == gdal.GDT_Byte for t in tiles):
            self.class_dtype, self.class_nodata = np.dtype("uint16"), 65535.0
        else:
            self.class_dtype, self.class_nodata = np.dtype("int32"), float(np.iinfo(np.int32).min)

    def block(self, row0: int, n: int) -> tuple[np.ndarray, np.ndarray]:
        window = window_transform(self.transform, row0)
        shape = (n, self.shape[1])
        if self.aggregate == "mode":
            classes = warp_block(self.datasets, window, shape, self.crs, "mode", self.class_dtype,
                                 self.class_nodata, memory_mb=WARP_MEMORY_MB,
                                 src_cells_per_cell=self.src_per_cell)[0]
            cost, unk, valid = classify(classes, self.table, self.class_nodata)
            _count(classes, valid, self.class_counts)
            if unk.any():
                _count(classes, unk, self.unknown_counts)
            return cost, valid
        arr = warp_block(self.datasets, window, shape, self.crs, "average", "float32", NODATA, self.bands,
                         memory_mb=WARP_MEMORY_MB, src_cells_per_cell=self.src_per_cell * self.bands)
        cost = arr[0].astype(np.float64)
        valid = cost != NODATA
        cost[~valid] = np.nan
        if self.blocked:
            frac = arr[1]
            has = frac != NODATA
            blocked = has & (frac > 0.5)
            self.blocked_cells += int(blocked.sum())
            valid |= has
            cost[blocked] = np.nan
        if self.unknown == "error":
            unk = cost > self.max_cost * 1.000001
            if unk.any():
                self.unknown_cells += int(unk.sum())
                cost[unk] = np.nan
        return cost, valid

    def unknown_classes(self) -> dict[int, int]:
        if self.aggregate == "mode" or not self.unknown_cells:
            return self.unknown_counts
        counts = _histogram(self.tiles, self.grid)
        known = set(self.table.classes.tolist())
        return {k: v for k, v in counts.items() if k not in known}

    def close(self) -> None:
        self.datasets = []


class _MosaicDem:
    """DEM tiles (mosaicked per CRS) warped onto a band of rows of the analysis grid with a one-cell halo:
    averaged when the DEM is finer than the analysis cells, else bilinear."""

    def __init__(self, tiles: list[TileInfo], grid: AnalysisGrid, workdir: Path) -> None:
        self.tiles, self.transform, self.shape, self.crs = tiles, grid.transform, grid.shape, grid.crs
        groups = group_by_crs(tiles)
        self.datasets = [open_raster(mosaic_vrt(g, workdir / f"dem_{i}.vrt")) for i, g in enumerate(groups)]
        t = tiles[0]
        native = abs(t.transform[5]) * 111_320.0 if t.crs.is_geographic else abs(t.transform[1])
        self.resampling = "average" if native < grid.cell / 1.5 else "bilinear"
        lat_min = min(abs(v) for v in shapely.bounds(grid.extent_lonlat)[1::2])
        self.src_per_cell = max(cells_per_cell(x.transform, x.crs, grid.cell, lat_min) for x in tiles)
        self.name = ", ".join(x.name for x in tiles[:3]) + (" …" if len(tiles) > 3 else "")
        self.direct = False

    def halo(self, row0: int, nrows: int) -> np.ndarray:
        out = warp_block(self.datasets, window_transform(self.transform, row0 - 1, -1),
                         (nrows + 2, self.shape[1] + 2), self.crs, self.resampling, "float64", np.nan,
                         memory_mb=WARP_MEMORY_MB, src_cells_per_cell=self.src_per_cell)[0]
        return _fill_halo(out)


def crs_label(crs: pyproj.CRS) -> str:
    """A CRS's name, or its PROJ string when it has none (the equal-area CRS built for the extent)."""
    if crs.name and crs.name != "unknown":
        return crs.name
    op = crs.coordinate_operation
    if op is None:
        return crs.to_wkt()
    return f"{op.method_name} (" + ", ".join(f"{p.name} {p.value:g}" for p in op.params if p.value) + ")"



def memory_budget(rows: int, cols: int, block_cells: int, bands: int) -> Note:
    """The estimated peak memory of a run from tiles and its parts (MB); it does not depend on the tiles' size."""
    rows = min(rows, max(1, block_cells // max(1, cols)))
    block_mb = rows * cols * (8 * 8 + 4 * bands) / 2**20
    warp_mb = 2 * WARP_MEMORY_MB  # the warper's chunks, and as much again for the VRT's read of their source window
    total = GDAL_CACHE_MB + warp_mb + block_mb + BASE_MB
    return Note(QT_TRANSLATE_NOOP("InputError", "Memory budget: about {mb} MB (GDAL block cache {cache} MB, warp "
                                  "buffers {warp} MB, blocks of {rows} rows × {cols} columns {block} MB, the rest "
                                  "{base} MB); it does not grow with the size of the tiles."),
                mb=int(np.ceil(total)), cache=GDAL_CACHE_MB, warp=warp_mb, rows=rows, cols=cols,
                block=f"{block_mb:.0f}", base=BASE_MB)


# ------------------------------------------------------------------------------------------------ main


def resolve_table(profile: str, table_path: Optional[str | Path]) -> CostTable:
    """The cost table: ``table_path`` if given (it replaces the profile's land-cover costs), else the profile."""
    if profile not in ALL_PROFILES:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Unknown species profile '{profile}'; use one of {profiles}."),
                         profile=profile, profiles=", ".join(ALL_PROFILES))
    if table_path:
        return read_cost_table(table_path)
    if profile == "custom":
        raise InputError(QT_TRANSLATE_NOOP(
            "InputError", "The custom profile needs a TABLE: a CSV file with the columns class,cost (cost ≥ 1, or "
                          "'impassable'). Start from a copy of a bundled profile."))
    return profile_table(profile)


def build_resistance(landcover: Union[str, Path, Sequence[Union[str, Path]]], output: str | Path,
                     profile: str = "amur_tiger",
                     table: Optional[str | Path] = None,
                     barriers: Optional[object] = None, barrier_width: float = 100.0,
                     barrier_field: str = "cost", barrier_default: Optional[float] = None,
                     dem: Union[None, str, Path, Sequence[Union[str, Path]]] = None,
                     unknown: Literal["error", "impassable"] = "error",
                     tri_p90: Optional[float] = None,
                     progress: Optional[ProgressFn] = None,
                     block_cells: Optional[int] = None,
                     cell_size: Optional[float] = None, target_crs: object = None,
                     extent: Optional[Sequence[float]] = None, extent_crs: object = None,
                     aggregate: Literal["mean", "mode"] = "mean",
                     log: Optional[Callable[[str], None]] = None) -> ResistanceResult:
    """Write the resistance raster for ``landcover`` to ``output`` and return a summary.

    Parameters
    ----------
    landcover : class raster (band 1; ESA WorldCover or any integer classes): one file, a folder of tiles or a
        list of tiles, in any CRS (e.g. WorldCover's 3° tiles in EPSG:4326).
    profile : amur_tiger, amur_leopard, snow_leopard, crane or custom (then ``table`` is required).
    table : ``class,cost`` CSV replacing the profile's land-cover costs.
    barriers : a ``VectorData`` of lines (geometry, attributes, crs, name), or ``None``.
    barrier_width : burned width in metres (buffer of ``width / 2`` each side; ALL_TOUCHED).
    barrier_field, barrier_default : see ``barrier_costs``.
    dem : elevation (one raster, a folder or a list of tiles; any grid) for the profile's terrain term.
    unknown : classes present in the raster but missing from the table: ``"error"`` (list them) or
        ``"impassable"`` (nodata).
    tri_p90 : override the snow leopard's TRI 90th percentile (metres), else computed from the DEM.
    cell_size, target_crs, extent, extent_crs, aggregate : the analysis grid of a run from tiles.
        ``cell_size`` in metres (default: the land cover's when it is projected, else 100); ``target_crs``
        (default: the Lambert azimuthal equal-area CRS centred on the extent); ``extent`` ``(xmin, ymin, xmax,
        ymax)`` in ``extent_crs`` (default: ``target_crs``, else WGS84 lon/lat; default extent: the tiles');
        ``aggregate`` ``"mean"`` (cost of the fine cells averaged, nodata left out) or ``"mode"`` (majority
        class, then its cost). A single projected raster with none of these set keeps its own grid.
    log : called with messages as the run goes (the memory budget up front).
    """
    prog = Progress(progress)
    say = log or (lambda _m: None)
    if aggregate not in AGGREGATES:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "AGGREGATE must be one of {allowed} (got '{value}')."),
                         allowed=", ".join(AGGREGATES), value=str(aggregate))
    cost_table = resolve_table(profile, table)
    paths = expand_tiles(landcover, "LANDCOVER")
    tiles = [tile_info(p) for p in paths]
    native = (len(tiles) == 1 and not tiles[0].crs.is_geographic and cell_size is None and target_crs in (None, "")
              and extent is None)
    source: Union[_NativeCosts, _MosaicCosts, None] = None
    dem_reader: Union[_DemReader, _MosaicDem, None] = None
    workdir = Path(tempfile.mkdtemp(prefix="neaspec-tiles-"))
    old_cache = gdal.GetCacheMax()
    try:
        messages: list[str] = []
        grid: Optional[AnalysisGrid] = None
        if native:
            source = _NativeCosts(paths[0], cost_table)
        else:
            grid = plan_grid(tiles, cell_size, target_crs, extent, extent_crs)
            source = _MosaicCosts(tiles, cost_table, grid, aggregate, unknown, workdir)
            gaps = coverage_gaps(tiles, grid, "LANDCOVER")
            covered = shapely.intersects(grid.extent_lonlat,
                                         shapely.union_all([t.footprint_lonlat() for t in tiles]))
            if not covered:
                raise InputError(QT_TRANSLATE_NOOP("InputError", "The extent does not overlap any land-cover tile "
                                                   "({names})."), names=", ".join(t.name for t in tiles[:5]))
            messages += gaps
        messages = list(source.messages) + messages
        gt, (rows, cols), crs = source.transform, source.shape, source.crs
        if block_cells is None:
            block_cells = BLOCK_CELLS if native else MOSAIC_BLOCK_CELLS
        if grid is not None:
            budget = memory_budget(rows, cols, block_cells, source.bands)  # type: ignore[union-attr]
            if old_cache > GDAL_CACHE_MB * 2**20:
                gdal.SetCacheMax(GDAL_CACHE_MB * 2**20)
            say(Note(QT_TRANSLATE_NOOP("InputError", "Analysis grid: {rows} × {cols} cells of {cell} m in {crs}, "
                                       "from {n} land-cover tile(s), aggregate '{aggregate}'."),
                     rows=rows, cols=cols, cell=f"{grid.cell:g}", crs=crs_label(crs), n=len(tiles),
                     aggregate=aggregate))
            say(budget)
            for note in messages:
                say(note)

        polys, poly_costs = np.zeros(0, dtype=object), np.zeros(0)
        if barriers is not None and len(barriers):  # type: ignore[arg-type]
            name = getattr(barriers, "name", "barriers")
            costs, msgs = barrier_costs(barriers.attributes, profile, barrier_field, barrier_default, name)  # type: ignore[attr-defined]
            messages += msgs
            polys, kept, skipped = barrier_polygons(barriers.geometry, barriers.crs, crs, barrier_width, name)  # type: ignore[attr-defined]
            poly_costs = costs[kept]
            if skipped:
                messages.append(Note(QT_TRANSLATE_NOOP(
                    "InputError", "{skipped} barrier feature(s) with empty geometry skipped."), skipped=skipped))

        p90 = float("nan")
        terrain = profile == "snow_leopard" or profile in SLOPE_RULES
        if dem:
            if not terrain:
                messages.append(Note(QT_TRANSLATE_NOOP(
                    "InputError", "Profile '{profile}' has no terrain rule: the DEM is not used."), profile=profile))
            else:
                dem_paths = expand_tiles(dem, "DEM")
                if native and len(dem_paths) == 1:
                    dem_reader = _DemReader(dem_paths[0], gt, (rows, cols), crs)
                    if not dem_reader.direct:
                        messages.append(Note(QT_TRANSLATE_NOOP(
                            "InputError", "DEM '{layer}' is on another grid: resampled bilinearly onto the "
                                          "land-cover grid."), layer=dem_reader.name))
                else:
                    dem_tiles = [tile_info(p) for p in dem_paths]
                    dem_grid = grid or AnalysisGrid(tuple(gt), (rows, cols), crs,  # type: ignore[arg-type]
                                                    polygon_lonlat(grid_bounds(gt, (rows, cols)), crs))
                    dem_reader = _MosaicDem(dem_tiles, dem_grid, workdir)
                    dem_gaps = coverage_gaps(dem_tiles, dem_grid, "DEM")
                    messages += dem_gaps
                    for note in dem_gaps:
                        say(note)
                    messages.append(Note(QT_TRANSLATE_NOOP("InputError", "DEM: {n} tile(s) reprojected onto the "
                                                           "analysis grid ({method} resampling); slope and "
                                                           "ruggedness in metres at {cell} m."),
                                         n=len(dem_tiles), method=dem_reader.resampling, cell=f"{abs(gt[1]):g}"))
                if profile == "snow_leopard":
                    p90 = float(tri_p90) if tri_p90 is not None else _tri_p90(dem_reader, prog.phase(0.0, 0.3))
                    messages.append(Note(QT_TRANSLATE_NOOP(
                        "InputError", "Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m."), p90=p90))
        main = prog.phase(0.3 if dem_reader is not None and profile == "snow_leopard" else 0.0, 1.0)

        dx, dy = abs(gt[1]), abs(gt[5])
        nodata_cells = barrier_cells = dem_missing = 0
        lo, hi = np.inf, -np.inf
        blocks = list(block_rows(rows, cols, block_cells, align=AtomicRasterWriter.TILE))
        with AtomicRasterWriter(output, rows, cols, gt, crs, "float32", nodata=NODATA) as writer:
            for i, (row0, n) in enumerate(blocks):
                cost, valid = source.block(row0, n)
                if dem_reader is not None:
                    halo = dem_reader.halo(row0, n)
                    if profile == "snow_leopard":
                        factor = ruggedness_factor(terrain_ruggedness(halo), p90)
                        dem_missing += int((np.isnan(halo[1:-1, 1:-1]) & valid).sum())
                        cost = np.maximum(cost * factor, 1.0)
                    else:
                        slope = slope_degrees(halo, dx, dy)
                        dem_missing += int((np.isnan(slope) & valid).sum())
                        cost = cost * slope_multiplier(profile, slope)
                if polys.size:
                    burned = rasterize_on_grid(polys, window_transform(gt, row0), (n, cols), crs, True, poly_costs,
                                               fill=0.0, dtype="float64", merge="max")
                    hit = (burned > 0) & np.isfinite(cost)
                    barrier_cells += int(hit.sum())
                    cost = np.where(hit, np.maximum(cost, burned), cost)
                cost[~np.isfinite(cost)] = np.nan
                good = np.isfinite(cost)
                if good.any():
                    lo, hi = min(lo, float(cost[good].min())), max(hi, float(cost[good].max()))
                nodata_cells += int((~good).sum())
                writer.write(np.where(good, cost, NODATA).astype(np.float32), row0)
                main((i + 1) / len(blocks))
            unknown_counts = source.unknown_classes() if unknown == "error" or native or aggregate == "mode" else {}
            listing = ", ".join(f"{k} ({v} cells)" for k, v in sorted(unknown_counts.items()))
            if unknown_counts and unknown == "error":
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Land cover '{name}' has classes missing from the cost table '{table}': {listing}. "
                                  "Add a row 'class,cost' for each to a copy of the table and give it as TABLE, or "
                                  "choose to treat unknown classes as impassable."),
                    name=tiles[0].name, table=Path(cost_table.source).name, listing=listing)
            writer.commit()
        if unknown_counts:
            messages.append(Note(QT_TRANSLATE_NOOP("InputError", "Classes missing from the table treated as "
                                                   "impassable: {listing}."), listing=listing))
        if isinstance(source, _MosaicCosts) and source.blocked_cells:
            messages.append(Note(QT_TRANSLATE_NOOP("InputError", "{n} cell(s) impassable because most of their "
                                                   "fine cells are of impassable classes."), n=source.blocked_cells))
        if dem_missing:
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{count} cell(s) have no DEM value: no terrain term there."),
                count=dem_missing))
        if barrier_cells:
            messages.append(Note(QT_TRANSLATE_NOOP(
                "InputError", "{count} cell(s) carry a barrier (width {width:g} m)."),
                count=barrier_cells, width=barrier_width))
        return ResistanceResult(Path(output), (rows, cols), nodata_cells, barrier_cells,
                                float(lo) if np.isfinite(lo) else float("nan"),
                                float(hi) if np.isfinite(hi) else float("nan"), source.class_counts, messages)
    finally:
        # Release GDAL handles in order (a dataset kept alive by a traceback can crash the interpreter at exit).
        if source is not None:
            source.close()
        if isinstance(dem_reader, _DemReader):
            dem_reader.ds = None
        elif dem_reader is not None:
            dem_reader.datasets = []
        dem_reader = source = None
        gdal.SetCacheMax(old_cache)
        shutil.rmtree(workdir, ignore_errors=True)
