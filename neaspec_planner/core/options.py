"""Workshop options: the corridors of a baseline resistance against named alternatives (no qgis import).

An option is either another resistance raster (resampled onto the baseline grid, nearest neighbour, when it
does not match it) or a vector layer applied to a copy of the baseline:

* a numeric ``cost`` field sets the cost of the cells the features touch (``impassable`` / ``nodata`` in a text
  ``cost`` field makes them impassable);
* otherwise a ``type`` field: ``crossing`` (wildlife over/underpass) and ``restoration`` lower the cost of the
  touched cells to the baseline's lowest cost (normally 1), never raising it; ``barrier`` (a new road, fence or
  dam) makes them impassable. A feature with both uses its ``cost`` with the ``type``'s direction;
* a layer with neither field whose name says what it is (``crossings_tumen``, ``fence_2027``, ``restoration``)
  is taken as that type for all its features.

Features are burned with GDAL's ALL_TOUCHED rule, so a line of any angle blocks (or opens) 8-neighbour moves.
For every link the table gives the option's LCD, its change against the baseline in %, CWD:Euclidean and the
link's corridor gap area (ha, outside protected areas when given). The change raster of an option holds +1
where the option gains corridor, −1 where it loses corridor, 0 where both have it, nodata elsewhere.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal, Optional, Union

import numpy as np
import pandas as pd
import pyproj

from neaspec_planner.core.corridors import CorridorResult, run_corridors
from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError, Note
from neaspec_planner.core.progress import Progress, ProgressFn
from neaspec_planner.core.raster_io import RasterData, raster_info, read_raster
from neaspec_planner.core.resistance import IMPASSABLE_WORDS
from neaspec_planner.core.results import Outcome
from neaspec_planner.core.vector_io import VectorData

TABLE_FIELDS = ["link", "option", "lcd", "lcd_change_pct", "cwd_to_euclid", "gap_ha"]
CHANGES_NODATA = -9999
BASELINE = "baseline"
LOWER_TYPES = {"crossing", "wildlife_crossing", "overpass", "underpass", "bridge", "restoration", "restore",
               "restored", "reforestation"}
RAISE_TYPES = {"barrier", "new_barrier", "fence", "road", "new_road", "wall", "dam", "railway"}


@dataclass
class Option:
    """A named option: ``raster`` (path of another resistance raster) or ``layer`` (features to apply)."""

    name: str
    raster: Optional[str] = None
    layer: Optional[VectorData] = None


@dataclass
class OptionsResult(Outcome):
    table: pd.DataFrame
    changes: dict[str, np.ndarray]          # int16 per option (+1 gained, −1 lost, 0 kept, CHANGES_NODATA)
    transform: tuple
    crs: pyproj.CRS
    runs: dict[str, CorridorResult] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _field(columns: Sequence[str], name: str) -> Optional[str]:
    lower = {str(c).lower(): str(c) for c in columns}
    return lower.get(name)


def type_from_name(name: str) -> Optional[str]:
    """``crossing`` / ``restoration`` / ``barrier`` when a layer's name says so (e.g. ``crossings_tumen``)."""
    text = name.lower()
    for word, kind in (("crossing", "crossing"), ("overpass", "crossing"), ("underpass", "crossing"),
                       ("restor", "restoration"), ("barrier", "barrier"), ("fence", "barrier")):
        if word in text:
            return kind
    return None


def _feature_rules(layer: VectorData, min_cost: float) -> tuple[np.ndarray, np.ndarray]:
    """Per feature: the value to burn (inf = impassable, nan = skip) and the mode (-1 lower, 0 set, +1 raise)."""
    cost_col, type_col = _field(layer.attributes.columns, "cost"), _field(layer.attributes.columns, "type")
    if cost_col is None and type_col is None:
        kind = type_from_name(layer.name)
        if kind is not None:  # e.g. a layer 'crossings_tumen' with only a name field
            lower = kind in LOWER_TYPES
            return (np.full(len(layer), min_cost if lower else np.inf),
                    np.full(len(layer), -1 if lower else 1, dtype=np.int8))
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Option layer '{layer}' has neither a 'cost' nor a 'type' "
                                               "field. Add a numeric 'cost' (the new cost of the cells it covers) or a "
                                               "'type' (crossing, restoration or barrier)."), layer=layer.name)
    n = len(layer)
    values = np.full(n, np.nan)
    modes = np.zeros(n, dtype=np.int8)
    costs = layer.attributes[cost_col].to_numpy(dtype=object) if cost_col else np.full(n, None, dtype=object)
    kinds = layer.attributes[type_col].to_numpy(dtype=object) if type_col else np.full(n, None, dtype=object)
    for i in range(n):  # per feature of a small option layer: parse its attributes
        kind = None if kinds[i] is None else str(kinds[i]).strip().lower().replace(" ", "_").replace("-", "_")
        if kind in ("", "none", "nan"):
            kind = None
        if kind is not None and kind not in LOWER_TYPES | RAISE_TYPES:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Option layer '{layer}', feature {feature}: unknown type "
                                               "'{kind}'. Use crossing, restoration or barrier (or give a numeric "
                                               "'cost')."), layer=layer.name, feature=i + 1, kind=kinds[i])
        modes[i] = -1 if kind in LOWER_TYPES else (1 if kind in RAISE_TYPES else 0)
        raw = costs[i]
        if raw is not None and not (isinstance(raw, float) and math.isnan(raw)) and str(raw).strip() != "":
            text = str(raw).strip().lower()
            if text in IMPASSABLE_WORDS:
                values[i] = np.inf
                continue
            try:
                value = float(text)
            except ValueError:
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Option layer '{layer}', feature {feature}: cost '{cost}' is not a number (or "
                    "'impassable')."),
                                 layer=layer.name, feature=i + 1, cost=raw) from None
            if not value > 0:
                raise InputError(QT_TRANSLATE_NOOP(
                    "InputError", "Option layer '{layer}', feature {feature}: cost {cost:g} must be > 0; use "
                    "'impassable' for a barrier."),
                                 layer=layer.name, feature=i + 1, cost=value)
            values[i] = value
        elif kind is None:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Option layer '{layer}', feature {feature} has neither a "
                                               "cost nor a type."), layer=layer.name, feature=i + 1)
        else:
            values[i] = min_cost if modes[i] < 0 else np.inf
    return values, modes


def apply_layer(baseline: RasterData, layer: VectorData, min_cost: float) -> np.ndarray:
    """A float32 copy of the baseline costs with the option's features burned in (inf = impassable)."""
    from neaspec_planner.core.raster_tools import rasterize_on_grid

    values, modes = _feature_rules(layer, min_cost)
    out = np.array(baseline.array, dtype=np.float32, copy=True)
    if baseline.nodata is not None and np.isfinite(baseline.nodata):
        out[out == np.float32(baseline.nodata)] = np.nan
    geoms = np.asarray(layer.geometry, dtype=object)
    merges: tuple[tuple[int, Literal["last", "min", "max"]], ...] = ((0, "last"), (-1, "min"), (1, "max"))
    for mode, merge in merges:
        pick = modes == mode
        if not pick.any():
            continue
        burnt = rasterize_on_grid(geoms[pick], baseline.transform, baseline.shape, baseline.crs, all_touched=True,
                                  burn_values=values[pick], fill=np.nan, dtype="float32", merge=merge,
                                  geoms_crs=layer.crs)
        hit = ~np.isnan(burnt)
        if mode == 0:
            out[hit] = burnt[hit]
        elif mode < 0:  # lower only (nodata cells under a crossing become passable at the new cost)
            out[hit] = np.where(np.isnan(out[hit]), burnt[hit], np.fmin(out[hit], burnt[hit]))
        else:
            out[hit] = np.fmax(out[hit], burnt[hit])
    return out


def _option_raster(baseline: RasterData, option: Option, min_cost: float, log: Callable[[str], None]
                   ) -> RasterData:
    from neaspec_planner.core.raster_tools import same_grid, warp_to_grid

    if option.layer is not None:
        cols = option.layer.attributes.columns
        kind = type_from_name(option.layer.name)
        if _field(cols, "cost") is None and _field(cols, "type") is None and kind is not None:
            log(Note(QT_TRANSLATE_NOOP(
                "InputError", "Option '{layer}': no 'cost' or 'type' field; every feature is taken as a {kind} (from "
                              "the layer's name)."), layer=option.name, kind=kind))
        arr = apply_layer(baseline, option.layer, min_cost)
        return RasterData(arr, baseline.transform, baseline.crs, None, option.name)
    if option.raster is None:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Option '{option}' has neither a raster nor a layer."),
                         option=option.name)
    rows, cols, gt, crs, nodata, _ = raster_info(option.raster)
    if same_grid(gt, (rows, cols), crs, baseline.transform, baseline.shape, baseline.crs):
        data = read_raster(option.raster)
        return RasterData(data.array.astype(np.float32, copy=False), baseline.transform, baseline.crs, nodata,
                          option.name)
    log(Note(QT_TRANSLATE_NOOP(
        "InputError", "Option '{layer}': raster resampled onto the baseline grid (nearest neighbour)."),
        layer=option.name))
    arr = warp_to_grid(option.raster, baseline.transform, baseline.shape, baseline.crs, resampling="nearest",
                       dtype="float32", dst_nodata=np.nan)
    return RasterData(arr, baseline.transform, baseline.crs, None, option.name)


def _link_labels(result: CorridorResult) -> list[str]:
    return [f"{a}-{b}" for a, b in zip(result.links["from_id"], result.links["to_id"])]


def _rows(result: CorridorResult, name: str, base_lcd: Optional[np.ndarray]) -> pd.DataFrame:
    labels = _link_labels(result)
    lcd = result.links["lcd"].to_numpy(dtype=float)
    gap = result.gaps.groupby("link")["area_ha"].sum() if len(result.gaps) else pd.Series(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.zeros(len(lcd)) if base_lcd is None else 100.0 * (lcd - base_lcd) / base_lcd
    return pd.DataFrame({"link": pd.Series(labels, dtype=object), "option": name, "lcd": lcd,
                         "lcd_change_pct": change,
                         "cwd_to_euclid": result.links["cwd_to_euclid"].to_numpy(dtype=float),
                         "gap_ha": [float(gap.get(label, 0.0)) for label in labels]}, columns=TABLE_FIELDS)


def changes_raster(base: CorridorResult, other: CorridorResult) -> np.ndarray:
    """+1 corridor gained, −1 lost, 0 in both, CHANGES_NODATA in neither (int16)."""
    a, b = base.corridor_mask, other.corridor_mask
    out = np.full(a.shape, CHANGES_NODATA, dtype=np.int16)
    out[a & b] = 0
    out[b & ~a] = 1
    out[a & ~b] = -1
    return out


def _sub(prog: Progress, start: float, end: float) -> ProgressFn:
    """A ``ProgressFn`` for a part of ``prog`` (its ``Cancelled`` propagates)."""
    part = prog.phase(start, end)

    def callback(fraction: float) -> bool:
        part(fraction)
        return True

    return callback


def compare_options(cores: VectorData, core_id: str, baseline: Union[str, Path], options: Sequence[Option],
                    max_distance: float, corridor_width: float, *, countries: Optional[VectorData] = None,
                    protected: Optional[VectorData] = None, progress: Optional[ProgressFn] = None,
                    log: Optional[Callable[[str], None]] = None, keep_runs: bool = False,
                    drop_through_cores: bool = True) -> OptionsResult:
    """Corridors of the baseline and of each option; a link × option table and a change raster per option.

    The baseline decides the links (``drop_through_cores`` as in ``run_corridors``); every option is solved for
    the same links, so each row compares like with like.
    """
    prog = Progress(progress)
    messages: list[str] = []

    def say(text: str) -> None:
        messages.append(text)
        if log is not None:
            log(text)

    names = [o.name for o in options]
    if not options:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Give at least one option (a resistance raster or a layer of "
                                               "crossings, restorations or barriers)."))
    duplicated = sorted({n for n in names if names.count(n) > 1 or n == BASELINE})
    if duplicated:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Option names must be unique and not '{baseline}': {names}. "
                                               "Rename the layers."), baseline=BASELINE, names=", ".join(duplicated))
    base_data = read_raster(str(baseline))
    base_name = Path(str(baseline)).stem
    steps = len(options) + 1
    say(Note(QT_TRANSLATE_NOOP("InputError", "Baseline '{layer}'."), layer=base_name))
    base = run_corridors(cores, core_id, base_data, max_distance, corridor_width, countries=countries,
                         protected=protected, progress=_sub(prog, 0.0, 1.0 / steps), log=say,
                         resistance_name=base_name, drop_through_cores=drop_through_cores)
    kept = list(zip(base.links["from_id"], base.links["to_id"]))
    valid = np.isfinite(base_data.array)
    if base_data.nodata is not None:
        valid &= base_data.array != base_data.nodata
    min_cost = float(base_data.array[valid].min()) if valid.any() else 1.0
    base_lcd = base.links["lcd"].to_numpy(dtype=float)
    frames = [_rows(base, BASELINE, None)]
    changes: dict[str, np.ndarray] = {}
    runs = {BASELINE: base} if keep_runs else {}
    for k, option in enumerate(options, start=1):
        say(Note(QT_TRANSLATE_NOOP("InputError", "Option '{layer}'."), layer=option.name))
        data = _option_raster(base_data, option, min_cost, say)
        result = run_corridors(cores, core_id, data, max_distance, corridor_width, countries=countries,
                               protected=protected, progress=_sub(prog, k / steps, (k + 1) / steps), log=say,
                               resistance_name=option.name, only_links=kept)
        del data
        if _link_labels(result) != _link_labels(base):  # same cores and distance: cannot differ
            raise RuntimeError("links differ between baseline and option")
        frames.append(_rows(result, option.name, base_lcd))
        changes[option.name] = changes_raster(base, result)
        if keep_runs:
            runs[option.name] = result
    table = pd.concat(frames, ignore_index=True)
    return OptionsResult(table, changes, base.transform, base.crs, runs, messages)
