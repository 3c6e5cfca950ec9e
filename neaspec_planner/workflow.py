"""The workshop workflow, shared by the dock (``gui/dock.py``) and the command line (``pipeline.py``,
``python -m neaspec_planner``): the steps, their parameters (keyed by the algorithms' own constants), the names
of their output files, and the one runner that executes a list of steps (in the foreground for the command line,
as background tasks for the dock).

A step is a ``Step``: an algorithm id, its parameters, and its outputs as paths *relative to the run folder*
(``{OUTPUT: "overlap/overlap_protected.gpkg"}``); the runner puts the outputs in the folder, drops empty
optional values, turns enum names into indices, runs the steps in order and collects their results.

How to add a step (e.g. for a new algorithm ``neaspec:<name>``)
----------------------------------------------------------------
1. Add a builder here, ``def <name>_step(<inputs>, ..., name: str = "") -> Step``, next to the others: take the
   algorithm class with ``_alg("<module>")``, key every parameter and output by its class constant
   (``alg.PATCHES``), give its outputs file names under a folder of its own (``"<name>/<file>.gpkg"``) and list
   in ``needs`` the titles of earlier steps whose outputs it reads; in ``shown`` / ``tabled`` the outputs a
   planning map of the run shows / a report lists (``shown=(alg.LINKS,)``).
2. Command line: call the builder from ``pipeline.plan`` for the workshop file's section (and add the section
   and its keys to ``pipeline.SECTIONS`` and ``docs/workshop_toml.md``).
3. Dock: call the builder in a ``run_<name>`` method and hand the steps to ``PlannerDock._start``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, TextIO

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from neaspec_planner.core.errors import QT_TRANSLATE_NOOP, InputError

NOT_AVAILABLE = "not available in this build"


def _alg(module: str) -> Any:
    """The algorithm class of ``neaspec_planner.processing.<module>`` (imported when a step is built)."""
    return importlib.import_module(f"neaspec_planner.processing.{module}").ALGORITHM


def _id(cls: Any) -> str:
    return f"neaspec:{cls.NAME}"


# ------------------------------------------------------------------------------------------------------ steps
@dataclass
class Step:
    """One algorithm run of a workflow."""

    title: str
    alg_id: str
    params: dict[str, Any]
    outputs: dict[str, str] = field(default_factory=dict)  # output key → path relative to the run folder
    needs: list[str] = field(default_factory=list)  # titles of steps whose outputs are inputs here
    optional_needs: bool = False  # True: runs with whichever of the needed outputs exist
    prepare: Optional[Callable[[dict[str, Any]], dict[str, Any]]] = None  # last-minute parameter resolution
    shown: tuple[str, ...] = ()  # output keys of layers a planning map of the run shows
    tabled: tuple[str, ...] = ()  # output keys of tables a report of the run lists
    input_lists: tuple[str, ...] = ()  # list parameters of earlier outputs: those not produced are left out
    status: str = "pending"
    message: str = ""
    results: dict[str, Any] = field(default_factory=dict)

    def output(self, folder: Path, key: str) -> Path:
        """Where the output ``key`` of this step is written in ``folder``."""
        return Path(folder) / self.outputs[key]


def _stem(name: str) -> str:
    return f"{name}_" if name else ""


def overlap_step(habitat: Any, protected: Any, *, habitat_field: Optional[str] = None, countries: Any = None,
                 country_field: Optional[str] = None, title: str = "overlap") -> Step:
    alg = _alg("overlap")
    return Step(title, _id(alg), {
        alg.HABITAT: habitat, alg.HABITAT_FIELD: habitat_field, alg.PROTECTED: protected,
        alg.COUNTRIES: countries, alg.COUNTRY_FIELD: country_field},
        {alg.OUTPUT: "overlap/overlap_protected.gpkg", alg.GAPS: "overlap/overlap_gaps.gpkg",
         alg.SUMMARY: "overlap/overlap_summary.csv"}, shown=(alg.GAPS,), tabled=(alg.SUMMARY,))


def resistance_step(landcover: Any, profile: str, *, table: Optional[str] = None, barriers: Any = None,
                    barrier_width: Optional[float] = None, name: str = "", dem: Any = None,
                    cell_size: Optional[float] = None, target_crs: Optional[str] = None,
                    extent: Optional[str] = None, aggregate: Optional[str] = None) -> Step:
    """``landcover`` and ``dem``: a layer, a file, a folder of tiles or a list of tiles."""
    alg = _alg("resistance")
    return Step(f"resistance {name}".strip(), _id(alg), {
        alg.LANDCOVER: landcover, alg.PROFILE: profile, alg.TABLE: table, alg.BARRIERS: barriers,
        alg.BARRIER_WIDTH: barrier_width, alg.DEM: dem, alg.CELL_SIZE: cell_size, alg.TARGET_CRS: target_crs,
        alg.EXTENT: extent, alg.AGGREGATE: aggregate},
        {alg.OUTPUT: f"resistance/resistance{'_' + name if name else ''}.tif"})


def corridors_step(cores: Any, resistance: Any, *, core_id: Optional[str] = None,
                   max_distance: Optional[float] = None, corridor_width: Optional[float] = None,
                   countries: Any = None, protected: Any = None, name: str = "",
                   needs: Optional[list[str]] = None, drop_through_cores: Optional[bool] = None) -> Step:
    alg = _alg("corridors")
    return Step(f"corridors {name}".strip(), _id(alg), {
        alg.CORES: cores, alg.CORE_ID: core_id, alg.RESISTANCE: resistance, alg.MAX_DISTANCE: max_distance,
        alg.CORRIDOR_WIDTH: corridor_width, alg.COUNTRIES: countries, alg.PROTECTED: protected,
        alg.DROP_THROUGH_CORES: drop_through_cores},
        {alg.LINKS: f"corridors/{_stem(name)}links.gpkg", alg.CORRIDORS: f"corridors/{_stem(name)}corridors.tif",
         alg.GAPS: f"corridors/{_stem(name)}gaps.gpkg"}, needs=list(needs or []), shown=(alg.GAPS, alg.LINKS),
        tabled=(alg.LINKS,))


def pinchpoints_step(resistance: Any, focal: Any, *, focal_id: Optional[str] = None, corridors: Any = None,
                     links: Any = None, countries: Any = None, connections: Optional[int] = None, name: str = "",
                     needs: Optional[list[str]] = None) -> Step:
    """Circuit theory between the cores; with ``corridors`` (and ``links``) of a corridor run, link by link
    inside the corridors (Pinchpoint Mapper)."""
    alg = _alg("pinchpoints")
    return Step(f"pinch points {name}".strip(), _id(alg), {
        alg.RESISTANCE: resistance, alg.FOCAL: focal, alg.FOCAL_ID: focal_id, alg.CORRIDORS: corridors,
        alg.LINKS: links, alg.COUNTRIES: countries, alg.CONNECTIONS: connections},
        {alg.RESISTANCES: f"pinchpoints/{_stem(name)}resistances.csv",
         alg.CURRENT: f"pinchpoints/{_stem(name)}current.tif", alg.PINCHES: f"pinchpoints/{_stem(name)}pinches.gpkg"},
        needs=list(needs or []))


def compare_options_step(cores: Any, baseline: Any, options: list[Any], *, core_id: Optional[str] = None,
                         max_distance: Optional[float] = None, corridor_width: Optional[float] = None,
                         countries: Any = None, protected: Any = None, name: str = "",
                         needs: Optional[list[str]] = None, drop_through_cores: Optional[bool] = None) -> Step:
    alg = _alg("compare_options")
    return Step(f"options {name}".strip(), _id(alg), {
        alg.CORES: cores, alg.CORE_ID: core_id, alg.BASELINE: baseline, alg.OPTIONS: list(options),
        alg.MAX_DISTANCE: max_distance, alg.CORRIDOR_WIDTH: corridor_width, alg.COUNTRIES: countries,
        alg.PROTECTED: protected, alg.DROP_THROUGH_CORES: drop_through_cores},
        {alg.TABLE: "options/options_comparison.csv", alg.CHANGES: "options/changes"}, needs=list(needs or []),
        tabled=(alg.TABLE,))


def ramsar_candidates_step(wetlands: Any, countries: Any, *, site_field: Optional[str] = None,
                           country_field: Optional[str] = None, ramsar: Any = None, counts: Any = None,
                           thresholds: Any = None, link_distance: Optional[float] = None) -> Step:
    alg = _alg("ramsar_candidates")
    return Step("ramsar candidates", _id(alg), {
        alg.WETLANDS: wetlands, alg.SITE_FIELD: site_field, alg.COUNTRIES: countries,
        alg.COUNTRY_FIELD: country_field, alg.RAMSAR: ramsar, alg.COUNTS: counts, alg.THRESHOLDS: thresholds,
        alg.LINK_DISTANCE: link_distance},
        {alg.OUTPUT: "ramsar/ramsar_candidates.gpkg", alg.SUMMARY: "ramsar/ramsar_candidates_summary.csv"},
        shown=(alg.OUTPUT,), tabled=(alg.SUMMARY,))


def ramsar_package_step(candidates: Any, candidate: str, *, countries: Any = None,
                        folder: str = "ramsar/package", needs: Optional[list[str]] = None,
                        prepare: Optional[Callable[[dict[str, Any]], dict[str, Any]]] = None) -> Step:
    """``folder``: relative to the run folder, or an absolute path (the dock's chosen folder)."""
    alg = _alg("ramsar_package")
    return Step("ramsar package", _id(alg), {
        alg.CANDIDATES: candidates, alg.CANDIDATE: candidate, alg.COUNTRIES: countries},
        {alg.OUTPUT_FOLDER: folder}, needs=list(needs or []), prepare=prepare)


def monitoring_step(countries: Any, stations: Any, *, detections: Any = None, habitat: Any = None,
                    cell_size: Optional[float] = None, country_field: Optional[str] = None,
                    habitat_classes: Optional[str] = None, title: str = "monitoring") -> Step:
    """The joint monitoring grid (``neaspec:monitoring_grid``): GRID, SUMMARY and SHARED under ``monitoring/``."""
    alg = _alg("monitoring_grid")
    return Step(title, _id(alg), {
        alg.COUNTRIES: countries, alg.COUNTRY_FIELD: country_field, alg.STATIONS: stations,
        alg.DETECTIONS: detections, alg.HABITAT: habitat, alg.HABITAT_CLASSES: habitat_classes,
        alg.CELL_SIZE: cell_size},
        {alg.GRID: "monitoring/monitoring_grid.gpkg", alg.SUMMARY: "monitoring/monitoring_summary.csv",
         alg.SHARED: "monitoring/shared_individuals.csv"}, shown=(alg.GRID,), tabled=(alg.SUMMARY, alg.SHARED))


def extent_of(path: Any, margin: float = 0.15) -> Optional[str]:
    """The extent of a layer file as a Processing extent string in EPSG:4326 (``xmin,xmax,ymin,ymax [EPSG:4326]``)
    with ``margin`` (a fraction of its size) on each side; None if the file cannot be read."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform

    layer = QgsVectorLayer(str(path), "extent", "ogr")
    if not layer.isValid() or layer.extent().isEmpty():
        return None
    to_wgs84 = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    rect = to_wgs84.transformBoundingBox(layer.extent())
    dx, dy = rect.width() * margin, rect.height() * margin
    return (f"{rect.xMinimum() - dx},{rect.xMaximum() + dx},{rect.yMinimum() - dy},{rect.yMaximum() + dy} "
            "[EPSG:4326]")


def connectivity_step(patches: Any, patch_id: str, *, attribute: Optional[str] = None,
                      distance: Optional[str] = None, median_distance: Optional[float] = None,
                      probability: Optional[float] = None, min_probability: Optional[float] = None,
                      iic_distance: Optional[float] = None, countries: Any = None,
                      country_field: Optional[str] = None, name: str = "") -> Step:
    """``neaspec:connectivity`` on a patch layer (habitat patches, protected areas, a flyway's wetlands)."""
    alg = _alg("connectivity")
    return Step(f"connectivity {name}".strip(), _id(alg), {
        alg.PATCHES: patches, alg.PATCH_ID: patch_id, alg.ATTRIBUTE: attribute, alg.DISTANCE: distance,
        alg.MEDIAN_DISTANCE: median_distance, alg.PROBABILITY: probability, alg.MIN_PROBABILITY: min_probability,
        alg.IIC_DISTANCE: iic_distance, alg.COUNTRIES: countries, alg.COUNTRY_FIELD: country_field},
        {alg.NODES: f"connectivity/{_stem(name)}nodes.gpkg", alg.LINKS: f"connectivity/{_stem(name)}links.gpkg",
         alg.SUMMARY: f"connectivity/{_stem(name)}summary.csv"}, shown=(alg.LINKS,), tabled=(alg.SUMMARY, alg.LINKS))


def protconn_step(protected: Any, countries: Any, *, country_field: Optional[str] = None,
                  country_codes: Optional[list[str]] = None, median_distance: Optional[float] = None,
                  probability: Optional[float] = None, transboundary_distance: Optional[float] = None,
                  min_area_ha: Optional[float] = None) -> Step:
    """``neaspec:protconn`` for ``country_codes`` (default: every country holding a protected area)."""
    alg = _alg("protconn")
    return Step("protconn", _id(alg), {
        alg.PROTECTED: protected, alg.COUNTRIES: countries, alg.COUNTRY_FIELD: country_field,
        alg.COUNTRY_CODES: ", ".join(country_codes or []), alg.MEDIAN_DISTANCE: median_distance,
        alg.PROBABILITY: probability, alg.TRANSBOUNDARY_DISTANCE: transboundary_distance,
        alg.MIN_AREA_HA: min_area_ha},
        {alg.SUMMARY: "protconn/protconn_summary.csv", alg.NODES: "protconn/protconn_nodes.gpkg"},
        tabled=(alg.SUMMARY,))


def planning_map_step(layers: list[Any], target: str, *, title: Optional[str] = None,
                      language: Optional[str] = None, needs: Optional[list[str]] = None,
                      extent_from: Any = None, name: str = "planning map", coverage: Any = None,
                      coverage_name: Optional[str] = None,
                      prepare: Optional[Callable[[dict[str, Any]], dict[str, Any]]] = None) -> Step:
    """``target``: the map file, relative to the run folder or absolute; ``language`` a code (``"zh"``);
    ``extent_from``: a layer file (an earlier step's output) whose extent the map shows, found when it runs;
    ``coverage``: areas of interest (an overview page, then one page per area, titled by ``coverage_name``);
    ``prepare``: a last-minute parameter resolution (e.g. writing the areas of interest)."""
    alg = _alg("planning_map")

    def resolved(params: dict[str, Any]) -> dict[str, Any]:
        if prepare is not None:
            params = prepare(params)
        if extent_from is not None:
            params = {**params, alg.EXTENT: extent_of(extent_from)}
        return params

    return Step(name, _id(alg), {alg.LAYERS: list(layers), alg.TITLE: title, alg.LANGUAGE: language,
                                 alg.COVERAGE: coverage, alg.COVERAGE_NAME: coverage_name},
                {alg.OUTPUT: target}, needs=list(needs or []), optional_needs=True,
                prepare=resolved if extent_from is not None or prepare is not None else None,
                input_lists=(alg.LAYERS,))


def report_step(tables: list[Any], target: str, *, language: Optional[str] = None,
                needs: Optional[list[str]] = None, name: str = "report") -> Step:
    """``target``: the report file (.xlsx .csv .html .pdf), relative to the run folder or absolute."""
    alg = _alg("report")
    return Step(f"{name} {Path(target).suffix[1:]}", _id(alg), {alg.INPUT: list(tables), alg.LANGUAGE: language},
                {alg.OUTPUT: target}, needs=list(needs or []), optional_needs=True, input_lists=(alg.INPUT,))


# ----------------------------------------------------------------------------------------------- running
def algorithm_available(alg_id: str) -> bool:
    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


def adapt_parameters(alg_id: str, params: dict[str, Any], say: Callable[[str], None] = print) -> dict[str, Any]:
    """Fit parameter values to the algorithm's definitions: enum names → indices (unless the enum uses static
    strings), ``None`` and empty values dropped, keys the algorithm does not declare dropped with a note."""
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


def _existing(value: Any) -> bool:
    return Path(str(value).split("|", 1)[0]).exists()


def _named_layers(params: dict[str, Any], names: dict[str, str], keep: list) -> dict[str, Any]:
    """Layer sources listed in ``names`` become map layers of those names (so messages, option names and reports
    use the workshop's names, not the file's); ``keep`` holds them alive for the run."""
    def layer(value: Any) -> Any:
        if not isinstance(value, str) or value not in names or Path(value.split("|", 1)[0]).is_dir():
            return value
        path = value.split("|", 1)[0].lower()
        if path.endswith((".tif", ".tiff", ".img", ".vrt", ".asc")):
            from neaspec_planner.core.raster_io import no_sidecar_files

            with no_sidecar_files():  # QGIS computes statistics on load: none kept beside the input
                obj = QgsRasterLayer(value, names[value], "gdal")
        else:
            obj = QgsVectorLayer(value, names[value], "ogr")
        if not obj.isValid():
            raise InputError(QT_TRANSLATE_NOOP("InputError", "Layer '{layer}': QGIS cannot open {source}"),
                             layer=names[value], source=value)
        keep.append(obj)
        return obj

    return {k: ([layer(v) for v in value] if isinstance(value, list) else layer(value)) for k, value in params.items()}


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the errors an algorithm reports (background tasks turn exceptions into ``reportError``)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
        self.errors.append(error)
        super().reportError(error, fatalError)


class TerminalFeedback(RecordingFeedback):
    """Progress every 10 % and the algorithm's messages on a terminal, indented under the step; ``shown``
    rewrites messages (the temporary run folder → the final output folder)."""

    def __init__(self, label: str, stream: TextIO, shown: Callable[[str], str] = str) -> None:
        super().__init__()
        self.label, self.stream, self.shown = label, stream, shown
        self.last = -1
        self.progressChanged.connect(self._on_progress)

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def _on_progress(self, value: float) -> None:
        tenth = int(value // 10)
        if tenth > self.last:
            self.last = tenth
            self._print(f"    {self.label}: {tenth * 10:3d} %")

    def setProgressText(self, text: str) -> None:  # noqa: N802
        self._print(f"    {self.shown(text)}")
        super().setProgressText(text)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        if not info.startswith("Results: {"):  # temporary paths: the manifest lists the real outputs
            self._print(f"    {self.shown(info)}")
        super().pushInfo(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self._print(f"    warning: {self.shown(warning)}")
        super().pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
        self._print(f"    error: {self.shown(error)}")
        super().reportError(error, fatalError)


class StepRunner(QObject):
    """Runs steps in order, in the foreground (``run()``, the command line) or as background tasks of the QGIS
    task manager (``start()``, the dock). Signals ``progress(percent)``, ``status(text)`` and ``finished(ok,
    results per step, message)``: ``message`` is empty on success, ``CANCELLED`` when cancelled, else the
    error text, and ``failed`` is the step that failed. Skipped steps (algorithm not in this build, a needed step
    did not run) are marked in their ``status`` and have empty results."""

    progress = pyqtSignal(float)
    status = pyqtSignal(str)
    finished = pyqtSignal(bool, list, str)

    CANCELLED = "cancelled"

    def __init__(self, name: str, steps: list[Step], folder: Path, *,
                 feedback: Optional[Callable[[Step], Any]] = None, names: Optional[dict[str, str]] = None,
                 say: Optional[Callable[[str], None]] = None, parent: Optional[QObject] = None) -> None:
        """``feedback(step)`` makes each step's feedback (default: one that records errors); ``names`` maps
        layer sources to layer names; ``say`` prints what the runner does (skips, notes)."""
        super().__init__(parent)
        self.name = name
        self.steps = steps
        self.folder = Path(folder)
        self.make_feedback = feedback or (lambda _step: RecordingFeedback())
        self.names = names or {}
        self.say = say or (lambda _text: None)
        self.results: list[dict] = []
        self.log: list[str] = []
        self.index = 0
        self.done: set[str] = set()
        self.keep: list = []
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback: Any = None
        self.algorithm: Any = None
        self.failed: Optional[Step] = None
        self.cancelled = False
        self.running = False
        self.background = True

    # -------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Run the steps as background tasks of the QGIS task manager (returns at once)."""
        self.background = True
        self.running = True
        self._next()

    def run(self) -> bool:
        """Run the steps here and now; True when none failed. ``InputError`` from a step's set-up (a layer
        QGIS cannot open, a ``prepare`` that rejects its value) propagates."""
        self.background = False
        self.running = True
        self._next()
        return self.failed is None and not self.cancelled

    def cancel(self) -> None:
        self.cancelled = True
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # the C++ task is already gone
                pass

    def wait(self, msecs: int = 10000) -> None:
        """Block until the running task has stopped (used when the plugin unloads)."""
        if self.task is not None:
            try:
                self.task.waitForFinished(msecs)
            except RuntimeError:
                pass

    # -------------------------------------------------------------------------------------------
    def _head(self, step: Step) -> str:
        return f"[{self.index + 1}/{len(self.steps)}] {step.title} ({step.alg_id})"

    def _skip(self, step: Step, status: str, message: str) -> None:
        step.status, step.message = status, message
        self.say(f"{self._head(step)}: {message if status == 'not available' else 'skipped, ' + message}")
        self.results.append({})
        self.index += 1

    def _params(self, step: Step) -> Optional[dict[str, Any]]:
        """The step's parameters ready for Processing, or None when the step is skipped."""
        if not algorithm_available(step.alg_id):
            self._skip(step, "not available", NOT_AVAILABLE)
            return None
        missing = [n for n in step.needs if n not in self.done]
        if missing and not step.optional_needs:
            self._skip(step, "skipped", f"needs {', '.join(sorted(set(missing)))}, which did not run")
            return None
        params = dict(step.params)
        for key in step.input_lists:
            if key in params and isinstance(params[key], list):
                params[key] = [p if not isinstance(p, (str, Path)) else str(p) for p in params[key]
                               if not isinstance(p, (str, Path)) or _existing(p) or not Path(str(p)).suffix]
                if not params[key]:
                    self._skip(step, "skipped", "no inputs were produced")
                    return None
        for key, rel in step.outputs.items():
            target = self.folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            params[key] = str(target)
        params = {k: (str(v) if isinstance(v, Path) else v) for k, v in params.items()}
        self.say(self._head(step))
        if step.prepare is not None:
            params = step.prepare(params)
        params = adapt_parameters(step.alg_id, params, say=self.say)
        return _named_layers(params, self.names, self.keep)

    def _next(self) -> None:
        while True:
            if self.cancelled:
                self._finish(False, self.CANCELLED)
                return
            if self.index == len(self.steps):
                self._finish(True, "")
                return
            step = self.steps[self.index]
            try:
                params = self._params(step)
            except InputError as exc:
                if not self.background:
                    self.running = False
                    raise
                self._fail(step, str(exc))
                return
            if params is not None:
                break
        self._launch(step, params)

    def _launch(self, step: Step, params: dict[str, Any]) -> None:
        registry = QgsApplication.processingRegistry()
        index, total = self.index, len(self.steps)
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = self.make_feedback(step)
        self.feedback.progressChanged.connect(
            lambda p: self.progress.emit((index + p / 100.0) * 100.0 / total))
        self.context.setFeedback(self.feedback)
        if not self.background:
            import processing

            try:
                results = processing.run(step.alg_id, params, context=self.context, feedback=self.feedback)
            except QgsProcessingException as exc:
                self.log.append(self.feedback.textLog())
                self._fail(step, " ".join(str(exc).split()))
                return
            self._executed(True, results)
            return
        self.algorithm = registry.createAlgorithmById(step.alg_id)
        ok, problem = self.algorithm.checkParameterValues(params, self.context)
        if not ok:
            self._fail(step, problem)
            return
        self.status.emit(QCoreApplication.translate("AlgorithmChain", "Running {} ({}/{})…").format(
            self.algorithm.displayName(), index + 1, total))
        self.task = QgsProcessingAlgRunnerTask(self.algorithm, params, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        QgsApplication.taskManager().addTask(self.task)

    def _executed(self, ok: bool, results: dict) -> None:
        step = self.steps[self.index]
        if self.background and self.feedback is not None:
            self.log.append(self.feedback.textLog())
        self.task = None
        if self.cancelled or (self.feedback is not None and self.feedback.isCanceled()):
            self._finish(False, self.CANCELLED)
            return
        if not ok:
            errors = [e.strip() for e in getattr(self.feedback, "errors", []) if e.strip()]
            self._fail(step, errors[0] if errors else QCoreApplication.translate(
                "AlgorithmChain", "The algorithm failed; see the log."))
            return
        step.status, step.results = "done", dict(results)
        self.done.add(step.title)
        self.results.append(dict(results))
        self.index += 1
        self._next()

    def _fail(self, step: Step, message: str) -> None:
        step.status, step.message = "failed", message
        self.failed = step
        self._finish(False, message)

    def _finish(self, ok: bool, message: str) -> None:
        self.running = False
        self.finished.emit(ok, self.results, message)

