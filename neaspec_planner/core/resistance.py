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

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Optional

import numpy as np
import pandas as pd
import shapely
from osgeo import gdal

from neaspec_planner.core.crs import as_crs, check_projected_raster, reproject
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.raster_io import open_raster
from neaspec_planner.core.raster_tools import (
    AtomicRasterWriter,
    block_rows,
    rasterize_on_grid,
    same_grid,
    warp_to_grid,
    window_transform,
)
from neaspec_planner.paths import resource_path

NODATA = -9999.0
PROFILES = ("amur_tiger", "amur_leopard", "snow_leopard", "crane")
ALL_PROFILES = PROFILES + ("custom",)
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
class ResistanceResult:
    path: Path
    shape: tuple[int, int]
    nodata_cells: int
    barrier_cells: int
    min_cost: float
    max_cost: float
    class_counts: dict[int, int]
    messages: list[str]


# ------------------------------------------------------------------------------------------------ tables


def _read_csv_rows(path: str | Path, what: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and ``(line number, fields)`` rows of a CSV with ``#`` comment lines; comma or semicolon."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{what} '{path}' not found.")
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputError(f"{what} '{path.name}' is not a text CSV file (binary content); save it as CSV "
                         "(comma separated, UTF-8) with the columns class,cost.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:  # pragma: no cover - cp1252 decodes nearly anything
            raise InputError(f"{what} '{path.name}' cannot be read as text; save it as UTF-8 CSV.") from exc
    numbered = [(i + 1, line) for i, line in enumerate(text.splitlines())
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise InputError(f"{what} '{path.name}' has no rows; it needs the columns class,cost.")
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
        raise InputError(f"{what} '{path.name}', line {line}: cost '{text}' is not a number. Write a number "
                         "≥ 1, or 'impassable' for a class that cannot be crossed.") from None
    if not np.isfinite(value):
        return np.nan
    if value < 1:
        raise InputError(f"{what} '{path.name}', line {line}: cost {text} is below 1. Costs are resistances ≥ 1 "
                         "(1 = easiest to cross); rescale the table, e.g. R' = 1 + (R − Rmin)·999/(Rmax − Rmin).")
    return value


def read_cost_table(path: str | Path) -> CostTable:
    """Read a ``class,cost`` CSV (header row, ``#`` comments, extra columns ignored, ``;`` also accepted).

    ``cost`` is a number ≥ 1 or ``impassable``/``nodata``. Errors name the file and the line.
    """
    path = Path(path)
    what = "Cost table"
    header, rows = _read_csv_rows(path, what)
    if "class" in header and "cost" in header:
        ci, vi = header.index("class"), header.index("cost")
        rows = rows[1:]
    else:
        try:  # no header: the first two columns
            float(rows[0][1][0]), float(rows[0][1][1])
        except (ValueError, IndexError):
            raise InputError(f"{what} '{path.name}', line {rows[0][0]}: the header must name the columns "
                             f"'class' and 'cost' (found: {', '.join(rows[0][1])}).") from None
        ci, vi = 0, 1
    classes: list[int] = []
    costs: list[float] = []
    labels: dict[int, str] = {}
    seen: dict[int, int] = {}
    li = header.index("label") if "label" in header else None
    for line, fields in rows:
        if len(fields) <= max(ci, vi):
            raise InputError(f"{what} '{path.name}', line {line}: expected at least the columns class,cost; "
                             f"found '{','.join(fields)}'.")
        try:
            cls_f = float(fields[ci])
        except ValueError:
            raise InputError(f"{what} '{path.name}', line {line}: class '{fields[ci]}' is not an integer "
                             "class code.") from None
        if not cls_f.is_integer():
            raise InputError(f"{what} '{path.name}', line {line}: class '{fields[ci]}' is not an integer class code.")
        cls = int(cls_f)
        if cls in seen:
            raise InputError(f"{what} '{path.name}', line {line}: class {cls} is already given on line "
                             f"{seen[cls]}; keep one row per class.")
        seen[cls] = line
        classes.append(cls)
        costs.append(_parse_cost(fields[vi], line, path, what))
        if li is not None and len(fields) > li:
            labels[cls] = fields[li]
    if not classes:
        raise InputError(f"{what} '{path.name}' has a header but no rows.")
    order = np.argsort(classes)
    return CostTable(np.asarray(classes, dtype=np.int64)[order], np.asarray(costs, dtype=float)[order],
                     str(path), labels)


def profile_path(profile: str) -> Path:
    if profile not in PROFILES:
        raise InputError(f"Unknown species profile '{profile}'; use one of {', '.join(ALL_PROFILES)} "
                         "(custom needs a TABLE).")
    return resource_path("profiles", f"{profile}.csv")


def profile_table(profile: str) -> CostTable:
    """The bundled ESA WorldCover cost table of a species profile (all expert defaults)."""
    return read_cost_table(profile_path(profile))


def barrier_table(profile: str) -> dict[str, float]:
    """Barrier type → cost for a profile from ``resources/profiles/barriers.csv`` (inf = impassable)."""
    path = resource_path("profiles", "barriers.csv")
    header, rows = _read_csv_rows(path, "Barrier table")
    if profile not in header:
        return {}
    ti, pi = header.index("type"), header.index(profile)
    out = {}
    for line, fields in rows[1:]:
        value = _parse_cost(fields[pi], line, path, "Barrier table")
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
            raise InputError(f"The land-cover raster has non-integer values (e.g. {block[r, c]} at block row {r}, "
                             f"column {c}): it must hold integer class codes.")
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
            raise InputError(f"DEM '{self.name}' has no coordinate reference system. Set it and run again.")
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
                raise InputError(f"Cannot read DEM '{self.name}': it may be corrupt or truncated "
                                 f"({gdal.GetLastErrorMsg()}).")
            arr = arr.astype(float)
            if self.nodata is not None:
                arr[arr == self.nodata] = np.nan
            out = np.full((nrows + 2, cols + 2), np.nan)
            out[r0 - row0 + 1:r1 - row0 + 1, 1:-1] = arr
        else:
            out = warp_to_grid(self.path, window_transform(self.transform, row0 - 1, -1), (nrows + 2, cols + 2),
                               self.crs, "bilinear", "float64")
        return _fill_halo(out)


def _tri_p90(dem: _DemReader, progress: Progress) -> float:
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
            raise InputError(f"Layer '{layer_name}': field '{col}' has values that are not numbers in {idx.size} "
                             f"feature(s): {examples}. Write a cost ≥ 1, 'impassable', or leave it empty.")
        low = numeric < 1
        if low.any():
            idx = np.flatnonzero(low)
            examples = ", ".join(f"feature {i} ({numeric[i]:g})" for i in idx[:5])
            raise InputError(f"Layer '{layer_name}': field '{col}' has costs below 1 in {idx.size} feature(s): "
                             f"{examples}. Barrier costs are resistances ≥ 1.")
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
            messages.append(f"{int(use.sum())} barrier line(s) costed from their type with the {profile} "
                            "barrier table (expert defaults).")
    todo = np.isnan(costs)
    if todo.any():
        typed = todo & types.notna().to_numpy(dtype=bool)
        if default_cost is not None:
            costs[todo] = float(default_cost)
            messages.append(f"{int(todo.sum())} barrier line(s) without a cost or a known type got the default "
                            f"cost {default_cost:g}.")
        elif typed.any():
            counts = types[typed].value_counts()
            listing = ", ".join(f"'{t}' ({c})" for t, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            known = ", ".join(sorted(barrier_table(profile))) or "none for the custom profile"
            raise InputError(f"Layer '{layer_name}': {int(typed.sum())} line(s) have a type with no barrier cost "
                             f"for profile '{profile}': {listing}. Known types: {known}. Add a numeric "
                             f"'{cost_field}' field, remove those lines (e.g. minor roads), or set BARRIER_COST.")
        else:
            costs[todo] = DEFAULT_BARRIER_COST
            messages.append(f"{int(todo.sum())} barrier line(s) have no cost and no type: treated as barriers of "
                            f"{DEFAULT_BARRIER_COST:g} (expert default; set BARRIER_COST to change).")
    if default_cost is not None and float(default_cost) < 1:
        raise InputError(f"The default barrier cost must be ≥ 1 (got {default_cost:g}).")
    return costs, messages


def barrier_polygons(geometries: np.ndarray, geoms_crs: object, raster_crs: object, width_m: float,
                     layer_name: str = "barriers") -> tuple[np.ndarray, np.ndarray, int]:
    """Lines buffered by ``width_m / 2`` in the raster's CRS: ``(polygons, kept mask, skipped count)``."""
    if not np.isfinite(width_m) or width_m <= 0:
        raise InputError(f"Barrier width must be a positive number of metres (got {width_m}).")
    geoms = np.asarray(geometries, dtype=object)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) if geoms.size else np.zeros(0, bool)
    points = present & np.isin(shapely.get_type_id(geoms), [0, 4])
    if points.any():
        raise InputError(f"Layer '{layer_name}' holds points (e.g. feature {int(np.flatnonzero(points)[0])}); "
                         "barriers must be lines (roads, railways, fences).")
    src = as_crs(geoms_crs, layer_name)
    projected = reproject(geoms[present], src, raster_crs)
    return shapely.buffer(projected, width_m / 2.0), present, int((~present).sum())


# ------------------------------------------------------------------------------------------------ main


def resolve_table(profile: str, table_path: Optional[str | Path]) -> CostTable:
    """The cost table: ``table_path`` if given (it replaces the profile's land-cover costs), else the profile."""
    if profile not in ALL_PROFILES:
        raise InputError(f"Unknown species profile '{profile}'; use one of {', '.join(ALL_PROFILES)}.")
    if table_path:
        return read_cost_table(table_path)
    if profile == "custom":
        raise InputError("The custom profile needs a TABLE: a CSV file with the columns class,cost "
                         "(cost ≥ 1, or 'impassable'). Start from a copy of a bundled profile.")
    return profile_table(profile)


def build_resistance(landcover: str | Path, output: str | Path, profile: str = "amur_tiger",
                     table: Optional[str | Path] = None,
                     barriers: Optional[object] = None, barrier_width: float = 100.0,
                     barrier_field: str = "cost", barrier_default: Optional[float] = None,
                     dem: Optional[str | Path] = None,
                     unknown: Literal["error", "impassable"] = "error",
                     tri_p90: Optional[float] = None,
                     progress: Optional[ProgressFn] = None,
                     block_cells: int = BLOCK_CELLS) -> ResistanceResult:
    """Write the resistance raster for ``landcover`` to ``output`` and return a summary.

    Parameters
    ----------
    landcover : class raster (band 1; ESA WorldCover or any integer classes), projected in metres.
    profile : amur_tiger, amur_leopard, snow_leopard, crane or custom (then ``table`` is required).
    table : ``class,cost`` CSV replacing the profile's land-cover costs.
    barriers : a ``VectorData`` of lines (geometry, attributes, crs, name), or ``None``.
    barrier_width : burned width in metres (buffer of ``width / 2`` each side; ALL_TOUCHED).
    barrier_field, barrier_default : see ``barrier_costs``.
    dem : elevation raster (any grid; resampled bilinearly if it differs) for the profile's terrain term.
    unknown : classes present in the raster but missing from the table: ``"error"`` (list them) or
        ``"impassable"`` (nodata).
    tri_p90 : override the snow leopard's TRI 90th percentile (metres), else computed from the DEM.
    """
    prog = Progress(progress)
    cost_table = resolve_table(profile, table)
    ds = band = dem_reader = None
    try:
        ds = open_raster(str(landcover))
        lc_name = Path(landcover).name
        import pyproj

        wkt = ds.GetProjection()
        crs = check_projected_raster(pyproj.CRS.from_wkt(wkt) if wkt else None, lc_name)
        gt = ds.GetGeoTransform()
        rows, cols = ds.RasterYSize, ds.RasterXSize
        band = ds.GetRasterBand(1)
        lc_nodata = band.GetNoDataValue()
        messages: list[str] = []
        if ds.RasterCount > 1:
            messages.append(f"'{lc_name}' has {ds.RasterCount} bands; band 1 is used as land cover.")

        polys, poly_costs = np.zeros(0, dtype=object), np.zeros(0)
        if barriers is not None and len(barriers):  # type: ignore[arg-type]
            name = getattr(barriers, "name", "barriers")
            costs, msgs = barrier_costs(barriers.attributes, profile, barrier_field, barrier_default, name)  # type: ignore[attr-defined]
            messages += msgs
            polys, kept, skipped = barrier_polygons(barriers.geometry, barriers.crs, crs, barrier_width, name)  # type: ignore[attr-defined]
            poly_costs = costs[kept]
            if skipped:
                messages.append(f"{skipped} barrier feature(s) with empty geometry skipped.")

        dem_reader = None
        p90 = float("nan")
        terrain = profile == "snow_leopard" or profile in SLOPE_RULES
        if dem:
            if not terrain:
                messages.append(f"Profile '{profile}' has no terrain rule: the DEM is not used.")
            else:
                dem_reader = _DemReader(str(dem), gt, (rows, cols), crs)
                if not dem_reader.direct:
                    messages.append(f"DEM '{dem_reader.name}' is on another grid: resampled bilinearly onto the "
                                    "land-cover grid.")
                if profile == "snow_leopard":
                    p90 = float(tri_p90) if tri_p90 is not None else _tri_p90(dem_reader, prog.phase(0.0, 0.3))
                    messages.append(f"Snow leopard ruggedness: TRI 90th percentile = {p90:.1f} m.")
        main = prog.phase(0.3 if dem_reader is not None and profile == "snow_leopard" else 0.0, 1.0)

        dx, dy = abs(gt[1]), abs(gt[5])
        class_counts: dict[int, int] = {}
        unknown_counts: dict[int, int] = {}
        nodata_cells = barrier_cells = dem_missing = 0
        lo, hi = np.inf, -np.inf
        blocks = list(block_rows(rows, cols, block_cells, align=AtomicRasterWriter.TILE))
        with AtomicRasterWriter(output, rows, cols, gt, crs, "float32", nodata=NODATA) as writer:
            for i, (row0, n) in enumerate(blocks):
                arr = band.ReadAsArray(0, row0, cols, n)
                if arr is None:
                    raise InputError(f"Cannot read '{lc_name}' at rows {row0}–{row0 + n}: the file may be corrupt or "
                                     f"truncated ({gdal.GetLastErrorMsg()}).")
                band.FlushCache()  # drop the input's cached blocks: memory bounded by the band of rows
                cost, unk, valid = classify(arr, cost_table, lc_nodata)
                if arr.dtype.kind in "iu" and arr.dtype.itemsize <= 2 and int(arr.min()) >= 0:
                    counts = np.bincount(arr[valid].ravel())
                    vals = np.flatnonzero(counts)
                    cnts = counts[vals]
                else:
                    vals, cnts = np.unique(arr[valid], return_counts=True)
                for v, c in zip(vals.tolist(), cnts.tolist()):
                    class_counts[int(v)] = class_counts.get(int(v), 0) + int(c)
                if unk.any():
                    uv, uc = np.unique(arr[unk], return_counts=True)
                    for v, c in zip(uv.tolist(), uc.tolist()):
                        unknown_counts[int(v)] = unknown_counts.get(int(v), 0) + int(c)
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
            if unknown_counts and unknown == "error":
                listing = ", ".join(f"{k} ({v} cells)" for k, v in sorted(unknown_counts.items()))
                raise InputError(f"Land cover '{lc_name}' has classes missing from the cost table "
                                 f"'{Path(cost_table.source).name}': {listing}. Add a row 'class,cost' for each to a "
                                 "copy of the table and give it as TABLE, or choose to treat unknown classes as "
                                 "impassable.")
            writer.commit()
        if unknown_counts:
            messages.append("Classes missing from the table treated as impassable: "
                            + ", ".join(f"{k} ({v} cells)" for k, v in sorted(unknown_counts.items())) + ".")
        if dem_missing:
            messages.append(f"{dem_missing} cell(s) have no DEM value: no terrain term there.")
        if barrier_cells:
            messages.append(f"{barrier_cells} cell(s) carry a barrier (width {barrier_width:g} m).")
        return ResistanceResult(Path(output), (rows, cols), nodata_cells, barrier_cells,
                                float(lo) if np.isfinite(lo) else float("nan"),
                                float(hi) if np.isfinite(hi) else float("nan"), class_counts, messages)
    finally:
        # Release GDAL handles in order (a dataset kept alive by a traceback can crash the interpreter at exit).
        band = None
        if dem_reader is not None:
            dem_reader.ds = None
        dem_reader = ds = None
