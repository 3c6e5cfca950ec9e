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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, TextIO

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.9/3.10 (QGIS 3.22-3.34 on Windows and macOS): the same parser, from the dependency folder
    import tomli as tomllib

from neaspec_planner.core.errors import InputError

MANIFEST = "manifest.json"
NOT_AVAILABLE = "not available in this build"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"

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
                  "protected": "protected_areas"},
    "options": {"corridor": REQUIRED, "layers": REQUIRED},
    "ramsar": {"wetlands": "wetlands", "site_field": "", "countries": "countries", "country_field": "",
               "ramsar": "", "counts": "", "thresholds": "", "link_distance": None, "package": ""},
    "outputs": {"planning_map": "planning_map.pdf", "map_title": "", "report": ["report.xlsx", "report.html"],
                "map_layers": []},
}
PROFILES = ("amur_tiger", "amur_leopard", "snow_leopard", "crane", "custom")
LAYER_KEYS = {"habitat", "protected", "countries", "cores", "landcover", "barriers", "wetlands", "ramsar",
              "counts", "thresholds", "cost_table"}


@dataclass
class Workshop:
    """A parsed workshop file: layer sources by name and the settings of every step."""

    path: Path
    layers: dict[str, str]
    workshop: dict[str, Any]
    overlap: Optional[dict[str, Any]]
    corridors: list[dict[str, Any]]
    options: Optional[dict[str, Any]]
    ramsar: Optional[dict[str, Any]]
    outputs: dict[str, Any]


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


def _check_layer(name: str, source: str) -> None:
    path = source.split("|", 1)[0]
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
    if not isinstance(raw_layers, dict) or not all(isinstance(v, str) for v in raw_layers.values()):
        raise InputError(f"{config.name}: [layers] must map names to file paths (strings)")
    layers = {name: _layer_path(src, base) for name, src in raw_layers.items()}
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
                  section("options"), section("ramsar"), section("outputs") or _fill("outputs", {}, ""))
    _check_references(ws)
    return ws


def _check_references(ws: Workshop) -> None:
    name = ws.path.name

    def need(ref: Any, where: str, optional: bool = True) -> None:
        if ref in ("", None) and optional:
            return
        if ref not in ws.layers:
            raise InputError(f"{name} {where}: layer '{ref}' is not defined in [layers]")

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
        for key in ("barriers", "countries", "protected", "cost_table"):
            need(c[key], f"{where} {key}")
        if c["profile"] not in PROFILES:
            raise InputError(f"{name} {where}: unknown profile '{c['profile']}'; use one of {', '.join(PROFILES)}")
        if c["profile"] == "custom" and not c["cost_table"]:
            raise InputError(f"{name} {where}: profile 'custom' needs cost_table (a CSV class,cost)")
        for key in ("max_distance", "corridor_width", "barrier_width"):
            value = c[key]
            if value is not None and (not isinstance(value, (int, float)) or value <= 0):
                raise InputError(f"{name} {where}: {key} must be a positive number (metres or cost units)")
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


# ----------------------------------------------------------------------------------------------- QGIS set-up
_APP = None


def ensure_qgis() -> None:
    """A headless QgsApplication (unless one runs already), Processing initialised, the ``neaspec`` provider."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # else Qt warns on stderr, spoiling the one-line error contract
        runtime = Path(tempfile.gettempdir()) / f"runtime-{os.getuid()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("neaspec") is None:
        from neaspec_planner.processing.provider import NeaspecProvider

        global _PROVIDER
        _PROVIDER = NeaspecProvider()
        registry.addProvider(_PROVIDER)


_PROVIDER = None


def available(alg_id: str) -> bool:
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


def adapt_parameters(alg_id: str, params: dict[str, Any], say: Callable[[str], None] = print) -> dict[str, Any]:
    """Fit our parameter values to the algorithm's definitions: enum names → indices (unless the enum uses
    static strings), ``None`` values dropped, keys the algorithm does not declare dropped with a note."""
    from qgis.core import QgsApplication, QgsProcessingParameterEnum

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    out: dict[str, Any] = {}
    for key, value in params.items():
        if value is None or value == "":
            continue
        definition = alg.parameterDefinition(key)
        if definition is None:
            say(f"    note: {alg_id} has no parameter {key} in this build; ignored")
            continue
        if isinstance(definition, QgsProcessingParameterEnum) and isinstance(value, str):
            static = hasattr(definition, "usesStaticStrings") and definition.usesStaticStrings()
            options = [o.lower() for o in definition.options()]
            if not static and value.lower() in options:
                value = options.index(value.lower())
            elif not static:  # a code in brackets, e.g. "en" for "English (en)"
                coded = [i for i, o in enumerate(options) if o.endswith(f"({value.lower()})")]
                value = coded[0] if len(coded) == 1 else value
        out[key] = value
    return out


# ---------------------------------------------------------------------------------------------- the run plan
@dataclass
class Step:
    """One algorithm run of the pipeline."""

    title: str
    alg_id: str
    params: dict[str, Any]
    outputs: dict[str, str] = field(default_factory=dict)  # output key → relative path in the run folder
    needs: list[str] = field(default_factory=list)  # titles of steps whose outputs are inputs here
    optional_needs: bool = False  # True: runs with whichever of the needed outputs exist
    prepare: Optional[Callable[[dict[str, Any]], dict[str, Any]]] = None  # last-minute parameter resolution
    status: str = "pending"
    message: str = ""
    results: dict[str, Any] = field(default_factory=dict)


def plan(ws: Workshop, folder: Path) -> list[Step]:
    """The ordered steps of a workshop, with output paths inside ``folder``."""
    lay = ws.layers
    steps: list[Step] = []

    def opt(ref: str) -> Optional[str]:
        return lay[ref] if ref else None

    if ws.overlap:
        o = ws.overlap
        steps.append(Step("overlap", "neaspec:overlap", {
            "HABITAT": lay[o["habitat"]], "HABITAT_FIELD": o["habitat_field"], "PROTECTED": lay[o["protected"]],
            "COUNTRIES": opt(o["countries"]), "COUNTRY_FIELD": o["country_field"]},
            {"OUTPUT": "overlap/overlap_protected.gpkg", "GAPS": "overlap/overlap_gaps.gpkg",
             "SUMMARY": "overlap/overlap_summary.csv"}))
    corridor_steps: dict[str, tuple[Step, Step]] = {}
    for c in ws.corridors:
        n = c["name"]
        res = Step(f"resistance {n}", "neaspec:resistance", {
            "LANDCOVER": lay[c["landcover"]], "PROFILE": c["profile"], "TABLE": opt(c["cost_table"]),
            "BARRIERS": opt(c["barriers"]), "BARRIER_WIDTH": c["barrier_width"]},
            {"OUTPUT": f"resistance/resistance_{n}.tif"})
        cor = Step(f"corridors {n}", "neaspec:corridors", {
            "CORES": lay[c["cores"]], "CORE_ID": c["core_id"], "RESISTANCE": folder / res.outputs["OUTPUT"],
            "MAX_DISTANCE": c["max_distance"], "CORRIDOR_WIDTH": c["corridor_width"],
            "COUNTRIES": opt(c["countries"]), "PROTECTED": opt(c["protected"])},
            {"LINKS": f"corridors/{n}_links.gpkg", "CORRIDORS": f"corridors/{n}_corridors.tif",
             "GAPS": f"corridors/{n}_gaps.gpkg"}, needs=[res.title])
        steps += [res, cor]
        corridor_steps[n] = (res, cor)
    if ws.options:
        c = next(c for c in ws.corridors if c["name"] == ws.options["corridor"])
        res, _ = corridor_steps[c["name"]]
        steps.append(Step(f"options {c['name']}", "neaspec:compare_options", {
            "CORES": lay[c["cores"]], "CORE_ID": c["core_id"], "BASELINE": folder / res.outputs["OUTPUT"],
            "OPTIONS": [lay[ref] for ref in ws.options["layers"]], "MAX_DISTANCE": c["max_distance"],
            "CORRIDOR_WIDTH": c["corridor_width"], "COUNTRIES": opt(c["countries"]),
            "PROTECTED": opt(c["protected"])},
            {"TABLE": "options/options_comparison.csv", "CHANGES": "options/changes"}, needs=[res.title]))
    if ws.ramsar:
        r = ws.ramsar
        cand = Step("ramsar candidates", "neaspec:ramsar_candidates", {
            "WETLANDS": lay[r["wetlands"]], "SITE_FIELD": r["site_field"], "COUNTRIES": lay[r["countries"]],
            "COUNTRY_FIELD": r["country_field"], "RAMSAR": opt(r["ramsar"]), "COUNTS": opt(r["counts"]),
            "THRESHOLDS": opt(r["thresholds"]), "LINK_DISTANCE": r["link_distance"]},
            {"OUTPUT": "ramsar/ramsar_candidates.gpkg", "SUMMARY": "ramsar/ramsar_candidates_summary.csv"})
        steps.append(cand)
        if r["package"]:
            steps.append(Step("ramsar package", "neaspec:ramsar_package", {
                "CANDIDATES": folder / cand.outputs["OUTPUT"], "CANDIDATE": r["package"],
                "COUNTRIES": lay[r["countries"]]},
                {"OUTPUT_FOLDER": "ramsar/package"}, needs=[cand.title],
                prepare=lambda p, summary=folder / cand.outputs["SUMMARY"]: {
                    **p, "CANDIDATE": resolve_candidate(summary, p["CANDIDATE"])}))
    out = ws.outputs
    if out["planning_map"]:
        layers = [lay[ref] for ref in out["map_layers"]]
        needs = []
        for step in steps:
            for key in ("GAPS", "LINKS"):
                if key in step.outputs and step.outputs[key].endswith(".gpkg"):
                    layers.append(folder / step.outputs[key])
                    needs.append(step.title)
            if step.alg_id == "neaspec:ramsar_candidates":
                layers.append(folder / step.outputs["OUTPUT"])
                needs.append(step.title)
        steps.append(Step("planning map", "neaspec:planning_map", {
            "LAYERS": layers, "TITLE": out["map_title"] or ws.workshop["title"], "LANGUAGE": ws.workshop["language"]},
            {"OUTPUT": out["planning_map"]}, needs=needs, optional_needs=True))
    tables = []
    table_needs = []
    for step in steps:
        for key in ("SUMMARY", "LINKS", "TABLE"):
            if key in step.outputs:
                tables.append(folder / step.outputs[key])
                table_needs.append(step.title)
    for target in out["report"]:
        steps.append(Step(f"report {Path(target).suffix[1:]}", "neaspec:report", {
            "INPUT": tables, "LANGUAGE": ws.workshop["language"]}, {"OUTPUT": target}, needs=table_needs,
            optional_needs=True))
    return steps


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
def _terminal_feedback(label: str, stream: TextIO, shown: Callable[[str], str] = str):
    """``shown`` rewrites messages for the terminal (temporary run folder → the final output folder)."""
    from qgis.core import QgsProcessingFeedback

    class TerminalFeedback(QgsProcessingFeedback):
        """Prints progress every 10 % and the algorithm's messages, indented under the step."""

        def __init__(self) -> None:
            super().__init__()
            self.last = -1
            self.progressChanged.connect(self._on_progress)

        def _on_progress(self, value: float) -> None:
            tenth = int(value // 10)
            if tenth > self.last:
                self.last = tenth
                print(f"    {label}: {tenth * 10:3d} %", file=stream, flush=True)

        def setProgressText(self, text: str) -> None:  # noqa: N802
            print(f"    {shown(text)}", file=stream, flush=True)
            super().setProgressText(text)

        def pushInfo(self, info: str) -> None:  # noqa: N802
            if not info.startswith("Results: {"):  # temporary paths: the manifest lists the real outputs
                print(f"    {shown(info)}", file=stream, flush=True)
            super().pushInfo(info)

        def pushWarning(self, warning: str) -> None:  # noqa: N802
            print(f"    warning: {shown(warning)}", file=stream, flush=True)
            super().pushWarning(warning)

        def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
            print(f"    error: {shown(error)}", file=stream, flush=True)
            super().reportError(error, fatalError)

    return TerminalFeedback()


def _existing(value: Any) -> bool:
    return Path(str(value).split("|", 1)[0]).exists()


def _named_layers(params: dict[str, Any], names: dict[str, str], keep: list) -> dict[str, Any]:
    """Workshop layers as map layers named as in ``[layers]`` (so messages, option names and reports use the
    workshop's names, not the file's); ``keep`` holds them alive for the run."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    def layer(value: Any) -> Any:
        if not isinstance(value, str) or value not in names:
            return value
        path = value.split("|", 1)[0].lower()
        if path.endswith((".tif", ".tiff", ".img", ".vrt", ".asc")):
            obj = QgsRasterLayer(value, names[value], "gdal")
        else:
            obj = QgsVectorLayer(value, names[value], "ogr")
        if not obj.isValid():
            raise InputError(f"layer '{names[value]}': QGIS cannot open {value}")
        keep.append(obj)
        return obj

    return {k: ([layer(v) for v in value] if isinstance(value, list) else layer(value)) for k, value in params.items()}


def run_steps(steps: list[Step], folder: Path, stream: TextIO = sys.stdout,
              names: Optional[dict[str, str]] = None, final: Optional[Path] = None) -> list[Step]:
    """Run ``steps`` in order, writing into ``folder``. Raises ``InputError`` when an algorithm rejects input.
    ``names`` maps layer sources to the names they get (the workshop's ``[layers]`` names)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProject

    keep: list = []
    done: set[str] = set()
    total = len(steps)
    for number, step in enumerate(steps, 1):
        head = f"[{number}/{total}] {step.title} ({step.alg_id})"
        if not available(step.alg_id):
            step.status, step.message = "not available", NOT_AVAILABLE
            print(f"{head}: {NOT_AVAILABLE}", file=stream, flush=True)
            continue
        missing = [n for n in step.needs if n not in done]
        if missing and not step.optional_needs:
            step.status = "skipped"
            step.message = f"needs {', '.join(sorted(set(missing)))}, which did not run"
            print(f"{head}: skipped, {step.message}", file=stream, flush=True)
            continue
        params = dict(step.params)
        for key in ("LAYERS", "INPUT"):
            if key in params and isinstance(params[key], list):
                params[key] = [str(p) for p in params[key] if _existing(p)]
                if not params[key]:
                    step.status, step.message = "skipped", "no inputs were produced"
                    print(f"{head}: skipped, {step.message}", file=stream, flush=True)
                    break
        if step.status == "skipped":
            continue
        for key, rel in step.outputs.items():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            params[key] = str(target)
        params = {k: (str(v) if isinstance(v, Path) else v) for k, v in params.items()}
        print(head, file=stream, flush=True)
        if step.prepare is not None:
            params = step.prepare(params)
        params = adapt_parameters(step.alg_id, params, say=lambda m: print(m, file=stream, flush=True))
        params = _named_layers(params, names or {}, keep)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        shown = (lambda text: str(text).replace(str(folder), str(final))) if final is not None else str
        feedback = _terminal_feedback(step.title, stream, shown)
        context.setFeedback(feedback)
        try:
            step.results = processing.run(step.alg_id, params, context=context, feedback=feedback)
        except QgsProcessingException as exc:
            message = shown(" ".join(str(exc).split()))
            raise InputError(f"{step.title}: {message}") from exc
        step.status = "done"
        done.add(step.title)
    return steps


def _replace_folder(tmp: Path, out: Path) -> None:
    """Move the finished ``tmp`` folder to ``out`` (replacing an earlier run) as atomically as possible."""
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        out.rename(old)
    try:
        tmp.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


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
        run_steps(steps, tmp, stream, {source: name for name, source in ws.layers.items()}, final=out)
        manifest = {
            "workshop": str(ws.path), "title": ws.workshop["title"],
            "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "steps": [{"step": s.title, "algorithm": s.alg_id, "status": s.status, "message": s.message,
                       "outputs": sorted(rel for rel in s.outputs.values() if (tmp / rel).exists())}
                      for s in steps],
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        _replace_folder(tmp, out)
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
