"""The headless workshop pipeline shared by the command line, ``make demo`` and scripts.

``run_config(workshop.toml, out)`` reads a workshop file (format: ``docs/workshop_toml.md``), plans the steps
(overlap, resistance, corridors, options comparison, Ramsar candidates and package, planning map, report) and runs
each ``neaspec:`` algorithm through ``processing.run`` in a headless QGIS, printing progress on the terminal.
``run_demo(out)`` runs the bundled ``resources/demo/workshop_demo.toml``.

Outputs are complete or absent: everything is written into a temporary folder beside ``out`` that replaces
``out`` only when every step has finished. A step whose algorithm is not registered in this build is reported as
"not available in this build" (and listed as such in ``manifest.json``); it is never pretended.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import signal
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, TextIO

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.9/3.10 (QGIS 3.22-3.34 on Windows and macOS): the same parser, from the dependency folder
    import tomli as tomllib

from neaspec_planner import workflow
from neaspec_planner.core.errors import InputError
from neaspec_planner.core.resistance import ALL_PROFILES as PROFILES
from neaspec_planner.paths import replace_folder
from neaspec_planner.workflow import Step

MANIFEST = "manifest.json"

# ------------------------------------------------------------------------------------------------ workshop file
#: Allowed keys per section (the value is the default; ``REQUIRED`` marks keys without default).
REQUIRED = object()
SECTIONS: dict[str, dict[str, Any]] = {
    "workshop": {"title": "NEASPEC Planner workshop", "language": "en"},
    "overlap": {"habitat": "habitat", "habitat_field": "", "protected": "protected_areas",
                "countries": "countries", "country_field": ""},
    "corridors": {"name": REQUIRED, "cores": REQUIRED, "core_id": "core_id", "landcover": REQUIRED,
                  "profile": "amur_tiger", "cost_table": "", "barriers": "", "barrier_width": None,
                  "max_distance": 100000.0, "corridor_width": None, "countries": "countries",
                  "protected": "protected_areas", "dem": "", "cell_size": None, "target_crs": "", "extent": None,
                  "aggregate": "mean", "drop_through_cores": True, "pinchpoints": False},
    "options": {"corridor": REQUIRED, "layers": REQUIRED},
    "ramsar": {"wetlands": "wetlands", "site_field": "", "countries": "countries", "country_field": "",
               "ramsar": "", "counts": "", "thresholds": "", "link_distance": None, "package": ""},
    "monitoring": {"countries": "countries", "country_field": "", "stations": REQUIRED, "detections": "",
                   "habitat": "", "habitat_classes": "", "cell_size": 10000.0, "map": "monitoring/monitoring_map.pdf",
                   "map_title": "", "map_layers": [], "report": ["monitoring/monitoring_report.html"]},
    "protconn": {"protected": "protected_areas", "countries": "countries", "country_field": "",
                 "country_codes": [], "median_distance": 10000.0, "probability": 0.5,
                 "transboundary_distance": 50000.0, "min_area_ha": 0.0},
    "connectivity": {"name": "", "patches": REQUIRED, "patch_id": REQUIRED, "attribute": "", "distance": "edge",
                     "median_distance": REQUIRED, "probability": 0.5, "min_probability": 0.0,
                     "iic_distance": None, "countries": "countries", "country_field": ""},
    "outputs": {"planning_map": "planning_map.pdf", "map_title": "", "report": ["report.xlsx", "report.html"],
                "map_layers": [], "map_areas": ""},
}
LAYER_KEYS = {"habitat", "protected", "countries", "cores", "patches", "landcover", "barriers", "wetlands",
              "ramsar", "counts", "thresholds", "cost_table", "dem", "stations", "detections"}
#: keys whose layer may be several raster tiles: a folder, or a list of files in [layers]
TILE_KEYS = ("landcover", "dem")


@dataclass
class Workshop:
    """A parsed workshop file: layer sources by name and the settings of every step."""

    path: Path
    layers: dict[str, Any]  # a source string, or a list of them (raster tiles)
    workshop: dict[str, Any]
    overlap: Optional[dict[str, Any]]
    corridors: list[dict[str, Any]]
    options: Optional[dict[str, Any]]
    ramsar: Optional[dict[str, Any]]
    outputs: dict[str, Any]
    monitoring: Optional[dict[str, Any]] = None
    protconn: Optional[dict[str, Any]] = None
    connectivity: Optional[dict[str, Any]] = None


def _fill(section: str, given: dict[str, Any], where: str) -> dict[str, Any]:
    allowed = SECTIONS[section]
    unknown = sorted(set(given) - set(allowed))
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}")
    values = {}
    for key, default in allowed.items():
        if key in given:
            values[key] = given[key]
        elif default is REQUIRED:
            raise InputError(f"{where}: missing key '{key}'")
        else:
            values[key] = default
    return values


def _layer_path(source: str, base: Path) -> str:
    """Resolve ``file[|layername=x]`` relative to the workshop file."""
    path, sep, rest = str(source).partition("|")
    resolved = Path(path).expanduser()
    if not resolved.is_absolute():
        resolved = (base / resolved).resolve()
    return f"{resolved}{sep}{rest}"


def _check_layer(name: str, source: Any) -> None:
    if isinstance(source, list):
        for item in source:
            _check_layer(name, item)
        return
    path = source.split("|", 1)[0]
    if Path(path).is_dir():
        return  # a folder of raster tiles (its files are checked by the algorithm)
    if not Path(path).is_file():
        raise InputError(f"layer '{name}': file not found: {path}")
    if "|layername=" in source:
        from osgeo import gdal

        layer = source.split("|layername=", 1)[1].split("|", 1)[0]
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if ds is None:
            raise InputError(f"layer '{name}': cannot open {path} as a vector file (corrupt or truncated?)")
        if ds.GetLayerByName(layer) is None:
            raise InputError(f"layer '{name}': no layer '{layer}' in {path}")


def load_workshop(config: Path) -> Workshop:
    """Parse and check a workshop TOML file; every problem is an ``InputError`` naming the key or file."""
    config = Path(config)
    if not config.is_file():
        raise InputError(f"workshop file not found: {config}")
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{config.name}: not a valid TOML file ({exc})") from exc
    known = set(SECTIONS) | {"layers"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"{config.name}: unknown section(s) {', '.join(unknown)}; allowed: {', '.join(sorted(known))}")
    base = config.resolve().parent
    raw_layers = data.get("layers", {})
    def is_source(v: Any) -> bool:
        return isinstance(v, str) or (isinstance(v, list) and bool(v) and all(isinstance(i, str) for i in v))

    if not isinstance(raw_layers, dict) or not all(is_source(v) for v in raw_layers.values()):
        raise InputError(f"{config.name}: [layers] must map names to file paths (strings; a folder or a list of "
                         "paths for raster tiles)")
    layers = {name: ([_layer_path(i, base) for i in src] if isinstance(src, list) else _layer_path(src, base))
              for name, src in raw_layers.items()}
    for name, source in layers.items():
        _check_layer(name, source)

    def section(name: str) -> Optional[dict[str, Any]]:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise InputError(f"{config.name}: [{name}] must be a table")
        return _fill(name, value, f"{config.name} [{name}]")

    corridors_raw = data.get("corridors", [])
    if isinstance(corridors_raw, dict):
        corridors_raw = [corridors_raw]
    corridors = [_fill("corridors", c, f"{config.name} [[corridors]] #{i + 1}") for i, c in enumerate(corridors_raw)]
    ws = Workshop(config, layers, section("workshop") or _fill("workshop", {}, ""), section("overlap"), corridors,
                  section("options"), section("ramsar"), section("outputs") or _fill("outputs", {}, ""),
                  protconn=section("protconn"), connectivity=section("connectivity"),
                  monitoring=section("monitoring"))
    _check_references(ws)
    return ws


def _check_references(ws: Workshop) -> None:
    name = ws.path.name

    def need(ref: Any, where: str, optional: bool = True) -> None:
        if ref in ("", None) and optional:
            return
        if ref not in ws.layers:
            raise InputError(f"{name} {where}: layer '{ref}' is not defined in [layers]")

    used = {}
    for c in ws.corridors:
        used.update({c[k]: k for k in TILE_KEYS if c[k]})
    for lname, source in ws.layers.items():
        tiles = isinstance(source, list) or Path(str(source).split("|", 1)[0]).is_dir()
        if tiles and lname not in used:
            raise InputError(f"{name} [layers] {lname}: a folder or a list of files is only for raster tiles "
                             "(landcover or dem of a [[corridors]] section)")
    if ws.protconn:
        need(ws.protconn["protected"], "[protconn] protected", optional=False)
        need(ws.protconn["countries"], "[protconn] countries", optional=False)
        if not isinstance(ws.protconn["country_codes"], list):
            raise InputError(f"{name} [protconn] country_codes: a list of ISO3 codes, e.g. [\"CHN\", \"RUS\"]")
    if ws.connectivity:
        need(ws.connectivity["patches"], "[connectivity] patches", optional=False)
        need(ws.connectivity["countries"], "[connectivity] countries")
    if ws.overlap:
        need(ws.overlap["habitat"], "[overlap] habitat", optional=False)
        need(ws.overlap["protected"], "[overlap] protected", optional=False)
        need(ws.overlap["countries"], "[overlap] countries")
    seen = set()
    for c in ws.corridors:
        where = f"[[corridors]] '{c['name']}'"
        if c["name"] in seen:
            raise InputError(f"{name} {where}: the name is used twice")
        seen.add(c["name"])
        for key in ("cores", "landcover"):
            need(c[key], f"{where} {key}", optional=False)
        for key in ("barriers", "countries", "protected", "cost_table", "dem"):
            need(c[key], f"{where} {key}")
        if c["aggregate"] not in ("mean", "mode"):
            raise InputError(f"{name} {where}: aggregate must be 'mean' or 'mode' (got '{c['aggregate']}')")
        value = c["cell_size"]
        if value is not None and (not isinstance(value, (int, float)) or value <= 0):
            raise InputError(f"{name} {where}: cell_size must be a positive number of metres")
        ext = c["extent"]
        if ext is not None and (not isinstance(ext, list) or len(ext) != 4
                                or not all(isinstance(v, (int, float)) for v in ext)):
            raise InputError(f"{name} {where}: extent must be [lon_min, lat_min, lon_max, lat_max] in degrees")
        if c["profile"] not in PROFILES:
            raise InputError(f"{name} {where}: unknown profile '{c['profile']}'; use one of {', '.join(PROFILES)}")
        if c["profile"] == "custom" and not c["cost_table"]:
            raise InputError(f"{name} {where}: profile 'custom' needs cost_table (a CSV class,cost)")
        if not isinstance(c["drop_through_cores"], bool):
            raise InputError(f"{name} {where}: drop_through_cores must be true or false")
        for key in ("max_distance", "corridor_width", "barrier_width"):
            value = c[key]
            if value is not None and (not isinstance(value, (int, float)) or value <= 0):
                raise InputError(f"{name} {where}: {key} must be a positive number (metres or cost units)")
        if not isinstance(c["pinchpoints"], bool):
            raise InputError(f"{name} {where}: pinchpoints must be true or false")
    if ws.options:
        if ws.options["corridor"] not in seen:
            raise InputError(f"{name} [options] corridor: no [[corridors]] named '{ws.options['corridor']}'")
        layers = ws.options["layers"]
        if isinstance(layers, str) or not isinstance(layers, list) or not layers:
            raise InputError(f"{name} [options] layers: give a list of option layer names, e.g. [\"crossings\"]")
        for ref in layers:
            need(ref, "[options] layers", optional=False)
    if ws.ramsar:
        need(ws.ramsar["wetlands"], "[ramsar] wetlands", optional=False)
        need(ws.ramsar["countries"], "[ramsar] countries", optional=False)
        for key in ("ramsar", "counts", "thresholds"):
            need(ws.ramsar[key], f"[ramsar] {key}")
    if ws.monitoring:
        m = ws.monitoring
        need(m["countries"], "[monitoring] countries", optional=False)
        need(m["stations"], "[monitoring] stations", optional=False)
        for key in ("detections", "habitat"):
            need(m[key], f"[monitoring] {key}")
        for ref in m["map_layers"]:
            need(ref, "[monitoring] map_layers", optional=False)
        size = m["cell_size"]
        if not isinstance(size, (int, float)) or isinstance(size, bool) or size < 100:
            raise InputError(f"{name} [monitoring] cell_size must be a number of metres (at least 100)")
        if isinstance(m["report"], str):
            m["report"] = [m["report"]] if m["report"] else []
        for target in m["report"]:
            if Path(target).suffix.lower() not in (".xlsx", ".csv", ".html", ".pdf"):
                raise InputError(f"{name} [monitoring] report: '{target}' must end in .xlsx, .csv, .html or .pdf")
    report = ws.outputs["report"]
    if isinstance(report, str):
        ws.outputs["report"] = [report] if report else []
    for target in ws.outputs["report"]:
        if Path(target).suffix.lower() not in (".xlsx", ".csv", ".html", ".pdf"):
            raise InputError(f"{name} [outputs] report: '{target}' must end in .xlsx, .csv, .html or .pdf")
    planning_map = ws.outputs["planning_map"]
    if planning_map and Path(planning_map).suffix.lower() not in (".pdf", ".png", ".svg"):
        raise InputError(f"{name} [outputs] planning_map: '{planning_map}' must end in .pdf, .png or .svg")
    for ref in ws.outputs["map_layers"]:
        need(ref, "[outputs] map_layers", optional=False)
    need(ws.outputs["map_areas"], "[outputs] map_areas")


# ----------------------------------------------------------------------------------------------- QGIS set-up
_APP = None


def qgis_prefix() -> str:
    """The QGIS install prefix: ``$QGIS_PREFIX_PATH``, else the folder holding ``python/qgis`` (OSGeo4W,
    QGIS.app), else the system Python's prefix (Linux packages: ``/usr``)."""
    env = os.environ.get("QGIS_PREFIX_PATH")
    if env:
        return env
    import qgis

    package = Path(qgis.__file__).resolve().parent
    if package.parent.name == "python":
        return str(package.parent.parent)
    return sys.base_prefix


def ensure_qgis() -> None:
    """A headless QgsApplication (unless one runs already), Processing initialised, the ``neaspec`` provider."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux") and "XDG_RUNTIME_DIR" not in os.environ:
        # else Qt warns on stderr, spoiling the one-line error contract
        runtime = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath(qgis_prefix(), True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    plugins = str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins")  # QGIS's own Processing plugin
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("neaspec") is None:
        from neaspec_planner.processing.provider import NeaspecProvider

        global _PROVIDER
        _PROVIDER = NeaspecProvider()
        registry.addProvider(_PROVIDER)


_PROVIDER = None


# ---------------------------------------------------------------------------------------------- the run plan
def plan(ws: Workshop, folder: Path) -> list[Step]:
    """The ordered steps of a workshop (built by ``workflow``), with output paths inside ``folder``."""
    lay = ws.layers
    steps: list[Step] = []

    def opt(ref: str) -> Optional[str]:
        return lay[ref] if ref else None

    if ws.overlap:
        o = ws.overlap
        steps.append(workflow.overlap_step(lay[o["habitat"]], lay[o["protected"]], habitat_field=o["habitat_field"],
                                           countries=opt(o["countries"]), country_field=o["country_field"]))
    resistance_steps: dict[str, Step] = {}
    for c in ws.corridors:
        n = c["name"]
        ext = c["extent"]
        res = workflow.resistance_step(lay[c["landcover"]], c["profile"], table=opt(c["cost_table"]),
                                       barriers=opt(c["barriers"]), barrier_width=c["barrier_width"], name=n,
                                       dem=opt(c["dem"]), cell_size=c["cell_size"], target_crs=c["target_crs"],
                                       extent=f"{ext[0]},{ext[2]},{ext[1]},{ext[3]} [EPSG:4326]" if ext else None,
                                       aggregate=c["aggregate"])
        cor = workflow.corridors_step(lay[c["cores"]], res.output(folder, "OUTPUT"), core_id=c["core_id"],
                                      max_distance=c["max_distance"], corridor_width=c["corridor_width"],
                                      countries=opt(c["countries"]), protected=opt(c["protected"]), name=n,
                                      needs=[res.title], drop_through_cores=c["drop_through_cores"])
        steps += [res, cor]
        if c["pinchpoints"]:
            steps.append(workflow.pinchpoints_step(
                res.output(folder, "OUTPUT"), lay[c["cores"]], focal_id=c["core_id"],
                corridors=cor.output(folder, "CORRIDORS"), links=cor.output(folder, "LINKS"),
                countries=opt(c["countries"]), name=n, needs=[res.title, cor.title]))
        resistance_steps[n] = res
    if ws.options:
        c = next(c for c in ws.corridors if c["name"] == ws.options["corridor"])
        res = resistance_steps[c["name"]]
        steps.append(workflow.compare_options_step(
            lay[c["cores"]], res.output(folder, "OUTPUT"), [lay[ref] for ref in ws.options["layers"]],
            core_id=c["core_id"], max_distance=c["max_distance"], corridor_width=c["corridor_width"],
            countries=opt(c["countries"]), protected=opt(c["protected"]), name=c["name"], needs=[res.title],
            drop_through_cores=c["drop_through_cores"]))
    if ws.ramsar:
        r = ws.ramsar
        cand = workflow.ramsar_candidates_step(
            lay[r["wetlands"]], lay[r["countries"]], site_field=r["site_field"], country_field=r["country_field"],
            ramsar=opt(r["ramsar"]), counts=opt(r["counts"]), thresholds=opt(r["thresholds"]),
            link_distance=r["link_distance"])
        steps.append(cand)
        if r["package"]:
            summary = cand.output(folder, "SUMMARY")
            steps.append(workflow.ramsar_package_step(
                cand.output(folder, "OUTPUT"), r["package"], countries=lay[r["countries"]], needs=[cand.title],
                prepare=lambda p, summary=summary: {**p, "CANDIDATE": resolve_candidate(summary, p["CANDIDATE"])}))
    if ws.monitoring:
        m = ws.monitoring
        mon = workflow.monitoring_step(lay[m["countries"]], lay[m["stations"]], detections=opt(m["detections"]),
                                       habitat=opt(m["habitat"]), cell_size=float(m["cell_size"]),
                                       country_field=m["country_field"], habitat_classes=m["habitat_classes"])
        steps.append(mon)
        grid = mon.output(folder, "GRID")
        if m["map"]:  # the monitoring map: the planning-map template zoomed on the grid
            layers = [lay[ref] for ref in m["map_layers"]] + [grid]
            steps.append(workflow.planning_map_step(
                layers, m["map"], title=m["map_title"] or f"{ws.workshop['title']}: joint monitoring",
                language=ws.workshop["language"], needs=[mon.title], extent_from=grid, name="monitoring map"))
        for target in m["report"]:
            steps.append(workflow.report_step([mon.output(folder, "SUMMARY"), mon.output(folder, "SHARED")],
                                              target, language=ws.workshop["language"], needs=[mon.title],
                                              name="monitoring report"))
    if ws.protconn:
        pc = ws.protconn
        steps.append(workflow.protconn_step(
            lay[pc["protected"]], lay[pc["countries"]], country_field=pc["country_field"],
            country_codes=list(pc["country_codes"]), median_distance=pc["median_distance"],
            probability=pc["probability"], transboundary_distance=pc["transboundary_distance"],
            min_area_ha=pc["min_area_ha"]))
    if ws.connectivity:
        cn = ws.connectivity
        steps.append(workflow.connectivity_step(
            lay[cn["patches"]], cn["patch_id"], attribute=cn["attribute"], distance=cn["distance"],
            median_distance=cn["median_distance"], probability=cn["probability"],
            min_probability=cn["min_probability"], iic_distance=cn["iic_distance"], countries=opt(cn["countries"]),
            country_field=cn["country_field"], name=cn["name"]))
    out = ws.outputs
    if out["planning_map"]:
        layers: list[Any] = [lay[ref] for ref in out["map_layers"]]
        needs = []
        for step in steps:
            for key in step.shown:
                layers.append(step.output(folder, key))
                needs.append(step.title)
        areas = lay[out["map_areas"]] if out["map_areas"] else None
        prepare = None
        if areas is None and ws.corridors:  # one page per corridor study area (its land-cover extent)
            areas = folder / STUDY_AREAS
            studies = [(c["name"], lay[c["landcover"]]) for c in ws.corridors]
            prepare = lambda p, studies=studies, target=areas: {**p, "COVERAGE": write_study_areas(studies, target)}  # noqa: E731
        steps.append(workflow.planning_map_step(layers, out["planning_map"],
                                                title=out["map_title"] or ws.workshop["title"],
                                                language=ws.workshop["language"], needs=needs, coverage=areas,
                                                coverage_name="name" if prepare is not None else None,
                                                prepare=prepare))
    tables = []
    table_needs = []
    for step in steps:
        for key in step.tabled:
            tables.append(step.output(folder, key))
            table_needs.append(step.title)
    for target in out["report"]:
        steps.append(workflow.report_step(tables, target, language=ws.workshop["language"], needs=table_needs))
    return steps


STUDY_AREAS = "maps/study_areas.gpkg"


def _raster_files(source: Any) -> list[str]:
    """The raster files of a land-cover source: one file, a list of tiles, or a folder of tiles."""
    if isinstance(source, (list, tuple)):
        return [str(p).split("|", 1)[0] for p in source]
    path = Path(str(source).split("|", 1)[0])
    if path.is_dir():
        return sorted(str(p) for p in path.iterdir() if p.suffix.lower() in (".tif", ".tiff", ".vrt", ".img"))
    return [str(path)]


def write_study_areas(studies: list[tuple[str, Any]], target: Path) -> str:
    """A polygon layer ``study_areas`` (EPSG:4326) with one feature per corridor study: the extent of its land
    cover (the union of its tiles), named after the study (``tumen`` → "Tumen"). Returns its source string."""
    from osgeo import gdal, ogr, osr

    from neaspec_planner.core.raster_io import no_sidecar_files

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    layer = ds.CreateLayer("study_areas", wgs84, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, source in studies:
        area = None
        for raster in _raster_files(source):
            with no_sidecar_files():  # reading the georeferencing only, nothing written beside the input
                src = gdal.OpenEx(raster, gdal.OF_RASTER | gdal.OF_READONLY)
            if src is None:
                raise InputError(f"[[corridors]] '{name}': cannot open the land cover {raster}")
            x0, dx, _, y0, _, dy = src.GetGeoTransform()
            x1, y1 = x0 + dx * src.RasterXSize, y0 + dy * src.RasterYSize
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
                ring.AddPoint_2D(x, y)
            geom = ogr.Geometry(ogr.wkbPolygon)
            geom.AddGeometry(ring)
            geom.Segmentize(max(abs(x1 - x0), abs(y1 - y0)) / 32)  # edges stay true after reprojection
            srs = osr.SpatialReference()
            srs.ImportFromWkt(src.GetProjection() or wgs84.ExportToWkt())
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            geom.Transform(osr.CoordinateTransformation(srs, wgs84))
            area = geom if area is None else area.Union(geom)
            src = None
        if area is None:
            continue
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name.replace("_", " ").title())
        feature.SetGeometry(ogr.ForceToMultiPolygon(area))
        layer.CreateFeature(feature)
    ds = None
    return f"{target}|layername=study_areas"


def resolve_candidate(summary: Path, wanted: str) -> str:
    """The candidate id for ``wanted``: an id itself (``C1``), else the one candidate whose name contains it."""
    from osgeo import gdal

    ds = gdal.OpenEx(str(summary), gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None:
        raise InputError(f"ramsar package: the candidate summary {summary.name} could not be read")
    layer = ds.GetLayer(0)
    rows = [(str(f.GetField("candidate")), str(f.GetField("name") or "") if layer.GetLayerDefn().GetFieldIndex(
        "name") >= 0 else "") for f in layer]
    ids = [cid for cid, _ in rows]
    if wanted in ids:
        return wanted
    hits = [cid for cid, name in rows if wanted.lower() in name.lower()]
    if len(hits) == 1:
        return hits[0]
    listing = ", ".join(f"{cid} ({name})" for cid, name in rows) or "none"
    how = "several candidates match" if hits else "no candidate matches"
    raise InputError(f"[ramsar] package = '{wanted}': {how}; candidates: {listing}")


# ------------------------------------------------------------------------------------------------- running
def run_steps(steps: list[Step], folder: Path, stream: TextIO = sys.stdout,
              names: Optional[dict[str, str]] = None, final: Optional[Path] = None) -> list[Step]:
    """Run ``steps`` in order with the workflow's runner, writing into ``folder`` and printing on ``stream``.
    Raises ``InputError`` when an algorithm rejects input. ``names`` maps layer sources to the names they get
    (the workshop's ``[layers]`` names); messages show ``final`` for the temporary ``folder``."""
    shown = (lambda text: str(text).replace(str(folder), str(final))) if final is not None else str
    runner = workflow.StepRunner("workshop", steps, folder, names=names,
                                 feedback=lambda step: workflow.TerminalFeedback(step.title, stream, shown),
                                 say=lambda text: print(text, file=stream, flush=True))
    if not runner.run() and runner.failed is not None:
        raise InputError(f"{runner.failed.title}: {shown(runner.failed.message)}")
    return steps


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"output {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).exists():
        raise InputError(f"output folder {out} is not empty and was not written by NEASPEC Planner; "
                         "choose an empty or new folder")
    parent = out.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write in {parent}")


def _terminate_as_exit():
    """While a run lasts, SIGTERM exits through Python (so the temporary folder is removed); returns the old
    handler, or None when not in the main thread."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def stop(signum, _frame):
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, stop)


def run_workshop(ws: Workshop, out: Path, stream: TextIO = sys.stdout) -> list[Step]:
    """Run a parsed workshop into ``out``: complete outputs or none."""
    out = Path(out)
    _check_out(out)
    ensure_qgis()
    print(f"NEASPEC Planner: {ws.workshop['title']} → {out}", file=stream, flush=True)
    parent = out.resolve().parent
    for stale in parent.glob(f".{out.name}.tmp-*"):  # left by a run that was killed
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=parent))
    previous = _terminate_as_exit()
    try:
        steps = plan(ws, tmp)
        names = {source: name for name, source in ws.layers.items() if isinstance(source, str)}
        run_steps(steps, tmp, stream, names, final=out)
        manifest = {
            "workshop": str(ws.path), "title": ws.workshop["title"],
            "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "steps": [{"step": s.title, "algorithm": s.alg_id, "status": s.status, "message": s.message,
                       "outputs": sorted(rel for rel in s.outputs.values() if (tmp / rel).exists())}
                      for s in steps],
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    ran = sum(s.status == "done" for s in steps)
    missing = [s.title for s in steps if s.status == "not available"]
    print(f"Done: {ran} of {len(steps)} steps ran; outputs in {out}", file=stream, flush=True)
    if missing:
        print(f"Not available in this build: {', '.join(missing)}", file=stream, flush=True)
    return steps


def run_config(config: Path, out: Path) -> list[Step]:
    """Run the pipeline described by a workshop TOML file into ``out``."""
    return run_workshop(load_workshop(Path(config)), Path(out))


def demo_config() -> Path:
    from neaspec_planner.paths import resource_path

    return resource_path("demo", "workshop_demo.toml")


def run_demo(out: Path) -> list[Step]:
    """Run the whole workshop pipeline on the bundled demo region into ``out``."""
    config = demo_config()
    if not config.exists():
        raise InputError(f"the demo workshop file is missing: {config}")
    return run_config(config, Path(out))
