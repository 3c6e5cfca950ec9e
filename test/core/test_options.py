"""Workshop options against the independent 8-neighbour Dijkstra of test_corridors (scipy.sparse.csgraph)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from test_corridors import CELL, CRS, X0, Y0, cell_box, cores_layer, scipy_cwd

from neaspec_planner.core import options as opt
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.raster_io import write_raster
from neaspec_planner.core.vector_io import VectorData

GT = (X0, CELL, 0.0, Y0, 0.0, -CELL)


def _costs() -> np.ndarray:
    rng = np.random.default_rng(2)
    costs = rng.uniform(1, 5, (40, 60)).astype(np.float32)
    costs[:, 30] = 1000.0  # a road across the whole grid
    return costs


def _lcd(costs: np.ndarray) -> float:
    d = scipy_cwd(np.where(np.isfinite(costs), costs, np.inf).astype(float),
                  [(r, c) for r in range(18, 22) for c in range(3, 7)])
    return float(d[18:22, 53:57].min())


CORES = cores_layer([cell_box(18, 3, 4, 4), cell_box(18, 53, 4, 4)])


def _layer(geoms, **columns) -> VectorData:
    return VectorData(np.array(geoms, dtype=object), pd.DataFrame(columns), CRS, "option")


def test_crossing_lowers_lcd_as_independent_dijkstra(tmp_path):
    costs = _costs()
    base = tmp_path / "base.tif"
    write_raster(base, costs, GT, CRS)
    crossing = cell_box(20, 30).buffer(-10)  # inside one road cell (row 20, col 30)
    layer = _layer([crossing], name=["Kraskino crossing"], type=["crossing"])
    layer.name = "crossing_kraskino"
    result = opt.compare_options(CORES, "core", str(base), [opt.Option("crossing_kraskino", layer=layer)],
                                 1e6, 2000.0, keep_runs=True)
    table = result.table.set_index("option")
    lowered = costs.copy()
    lowered[20, 30] = costs[np.isfinite(costs)].min()  # crossing → the baseline's lowest cost
    base_lcd, new_lcd = _lcd(costs), _lcd(lowered)
    assert table.loc["baseline", "lcd"] == pytest.approx(base_lcd, rel=0.01)
    assert table.loc["baseline", "lcd_change_pct"] == 0
    assert table.loc["crossing_kraskino", "lcd"] == pytest.approx(new_lcd, rel=0.01)
    expected_pct = 100 * (new_lcd - base_lcd) / base_lcd
    assert expected_pct < -5
    assert table.loc["crossing_kraskino", "lcd_change_pct"] == pytest.approx(expected_pct, rel=0.02)
    assert list(result.table.columns) == opt.TABLE_FIELDS
    assert set(result.table["link"]) == {"1-2"}
    # change raster: +1 where only the option has corridor, −1 where only the baseline has it
    changes = result.changes["crossing_kraskino"]
    a = result.runs["baseline"].corridor_mask
    b = result.runs["crossing_kraskino"].corridor_mask
    assert np.array_equal(changes == 1, b & ~a) and np.array_equal(changes == -1, a & ~b)
    assert np.array_equal(changes == 0, a & b)
    assert changes[20, 30] in (0, 1)  # the crossing cell is corridor in the option
    # the baseline corridor spreads along the road (every crossing costs about the same); with the crossing it
    # narrows onto it: corridor lost elsewhere along the road
    assert (changes == -1)[:, 30].sum() > 0 and b[:, 30].sum() < a[:, 30].sum()


def test_barrier_and_cost_field_and_raster_option(tmp_path):
    costs = _costs()
    costs[:, 30] = 2.0  # no road in this baseline
    base = tmp_path / "base.tif"
    write_raster(base, costs, GT, CRS)
    # a fence along the cell centres of column 15 from the top edge down to the centre of row 30
    fence = shapely.LineString([(X0 + 15.5 * CELL, Y0), (X0 + 15.5 * CELL, Y0 - 30.5 * CELL)])
    barrier = _layer([fence], type=["barrier"])
    # a cost field: a restoration strip set to cost 1 along row 35
    strip = shapely.LineString([(X0 + 0.5 * CELL, Y0 - 35.5 * CELL), (X0 + 59.5 * CELL, Y0 - 35.5 * CELL)])
    restored = _layer([strip], cost=[1.0])
    other = tmp_path / "uniform.tif"
    write_raster(other, np.full_like(costs, 3.0), GT, CRS)
    result = opt.compare_options(CORES, "core", str(base), [
        opt.Option("fence", layer=barrier), opt.Option("strip", layer=restored),
        opt.Option("uniform", raster=str(other))], 1e6, 1000.0)
    table = result.table.set_index("option")
    fenced = costs.copy()
    fenced[0:31, 15] = np.inf
    strip_costs = costs.copy()
    strip_costs[35, :] = 1.0
    assert table.loc["fence", "lcd"] == pytest.approx(_lcd(fenced), rel=0.01)
    assert table.loc["fence", "lcd_change_pct"] > 0
    assert table.loc["strip", "lcd"] == pytest.approx(_lcd(strip_costs), rel=0.01)
    assert table.loc["uniform", "lcd"] == pytest.approx(_lcd(np.full_like(costs, 3.0)), rel=0.01)
    assert set(result.changes) == {"fence", "strip", "uniform"}


def test_bad_option_layers_are_named():
    base = np.ones((5, 5), np.float32)
    from neaspec_planner.core.raster_io import RasterData

    data = RasterData(base, GT, CRS, None, "b")
    no_fields = _layer([cell_box(1, 1)], name=["x"])
    no_fields.name = "my_options"
    with pytest.raises(InputError, match="'my_options'.*neither a 'cost' nor a 'type'"):
        opt.apply_layer(data, no_fields, 1.0)
    with pytest.raises(InputError, match="feature 2: unknown type 'bridge2'"):
        opt.apply_layer(data, _layer([cell_box(1, 1), cell_box(2, 2)], type=["crossing", "bridge2"]), 1.0)
    with pytest.raises(InputError, match="must be > 0"):
        opt.apply_layer(data, _layer([cell_box(1, 1)], cost=[0.0]), 1.0)
    by_name = _layer([cell_box(1, 1)], name=["Kraskino"])
    by_name.name = "crossings_tumen"
    lowered = opt.apply_layer(RasterData(np.full((5, 5), 7, np.float32), GT, CRS, None, "b"), by_name, 1.0)
    assert lowered[1, 1] == 1.0 and lowered[0, 0] == 7.0
    blocked = opt.apply_layer(data, _layer([cell_box(1, 1)], cost=["impassable"]), 1.0)
    assert np.isinf(blocked[1, 1]) and np.isfinite(blocked[0, 0])
    assert np.array_equal(base, np.ones((5, 5)))  # the input is not modified


def test_option_names_must_be_unique(tmp_path):
    base = tmp_path / "b.tif"
    write_raster(base, np.ones((10, 10), np.float32), GT, CRS)
    with pytest.raises(InputError, match="unique"):
        opt.compare_options(CORES, "core", str(base), [opt.Option("a", raster=str(base)),
                                                       opt.Option("a", raster=str(base))], 1e6, 0.0)


@pytest.mark.parametrize("word", ["impassable", "nodata", "no data", "inf", "barrier", " No Data "])
def test_option_costs_read_impassable_words_as_cost_tables_do(word):
    """An option layer's cost text means impassable exactly when a cost table's would (one word list)."""
    from pathlib import Path

    from neaspec_planner.core.resistance import _parse_cost

    values, _modes = opt._feature_rules(_layer([cell_box(1, 1)], cost=[word]), 1.0)
    assert np.isinf(values[0])
    assert np.isnan(_parse_cost(word, 2, Path("costs.csv"), "Cost table"))
