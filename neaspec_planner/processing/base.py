"""Thin base class shared by the ``neaspec:`` algorithms: translation, dependency check, bulk layer reads,
feedback → core progress callback, core errors → ``QgsProcessingException``, output paths."""
from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import (
    QgsColorRampShader,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from neaspec_planner.paths import resource_path


class OutputStyle(QgsProcessingLayerPostProcessorInterface):
    """Applies a ``resources/styles/<name>`` style when Processing loads an output into the project; for a
    pseudocolour ramp the colour stops can be stretched from 0 to ``stretch_to``."""

    keep: list[OutputStyle] = []  # QGIS does not own Python post-processors: referenced until they have run
    label_format = "{:,.0f}"  # the stretched ramp's labels

    def __init__(self, qml: str, stretch_to: Optional[float] = None) -> None:
        super().__init__()
        self.qml = qml
        self.stretch_to = stretch_to
        OutputStyle.keep.append(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802, ARG002
        try:
            if layer is None or not layer.isValid():
                return
            qml = Path(self.qml) if Path(self.qml).is_absolute() else resource_path("styles", self.qml)
            layer.loadNamedStyle(str(qml))
            if self.stretch_to:
                stretch_ramp(layer, self.stretch_to, self.label_format)
            layer.triggerRepaint()
        finally:  # QGIS runs a post-processor once per loaded layer: no need to keep it any longer
            if self in OutputStyle.keep:
                OutputStyle.keep.remove(self)

    @classmethod
    def attach(cls, context: QgsProcessingContext, path: str, qml: str, stretch_to: Optional[float] = None) -> None:
        """Style ``path`` with ``qml`` if the run will load it into the project (GUI runs)."""
        if path and context.willLoadLayerOnCompletion(path):
            context.layerToLoadOnCompletionDetails(path).setPostProcessor(cls(qml, stretch_to))


def stretch_ramp(layer, maximum: float, label_format: str = "{:,.0f}") -> None:
    """Rescale a single-band pseudocolour style so its last colour stop sits at ``maximum`` (labels written
    with ``label_format``)."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer) or renderer.shader() is None:
        return
    function = renderer.shader().rasterShaderFunction()
    items = function.colorRampItemList()
    if not items or items[-1].value <= 0:
        return
    scale = maximum / items[-1].value
    function.setColorRampItemList([QgsColorRampShader.ColorRampItem(i.value * scale, i.color,
                                                                    label_format.format(i.value * scale))
                                     for i in items])
    function.setMinimumValue(0.0)
    function.setMaximumValue(maximum)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)


class NeaspecAlgorithm(QgsProcessingAlgorithm):
    """Base for all algorithms: subclasses set ``NAME``, ``GROUP_ID`` and implement the usual methods."""

    NAME = ""
    GROUP_ID = "analysis"
    _deps_ok = False  # set once the dependency check has passed in this session
    GROUPS = {  # QT_TRANSLATE_NOOP: pylupdate5 extracts them; group() translates them
        "inputs": QT_TRANSLATE_NOOP("NeaspecAlgorithm", "Input layers"),
        "analysis": QT_TRANSLATE_NOOP("NeaspecAlgorithm", "Analysis"),
        "corridors": QT_TRANSLATE_NOOP("NeaspecAlgorithm", "Corridors"),
        "ramsar": QT_TRANSLATE_NOOP("NeaspecAlgorithm", "Ramsar"),
        "export": QT_TRANSLATE_NOOP("NeaspecAlgorithm", "Maps and reports"),
    }

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every algorithm reads its inputs without writing beside them: ``processAlgorithm`` runs with GDAL's
        auxiliary files off in its thread (QGIS computes raster statistics when it loads a raster parameter, and
        GDAL would keep them in ``<input>.aux.xml`` in the officer's data folder)."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "_no_sidecar", False):
            return

        @functools.wraps(process)
        def without_sidecar_files(self, parameters, context, feedback):  # noqa: ANN001
            from neaspec_planner.core.raster_io import no_sidecar_files

            with no_sidecar_files():
                return process(self, parameters, context, feedback)

        without_sidecar_files._no_sidecar = True  # type: ignore[attr-defined]
        cls.processAlgorithm = without_sidecar_files  # type: ignore[method-assign]

    # --- identity -------------------------------------------------------------------------------------
    def tr(self, text: str) -> str:
        """Translate ``text`` in the context pylupdate5 files it under: the class whose source holds the
        ``self.tr()`` call, i.e. this algorithm's class or a base/mixin class of it (first one that has it)."""
        for cls in type(self).__mro__:
            if cls is QgsProcessingAlgorithm:
                break
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def group(self) -> str:
        return QCoreApplication.translate("NeaspecAlgorithm", self.GROUPS[self.GROUP_ID])

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "neaspec.svg")))

    def helpUrl(self) -> str:  # noqa: N802
        from neaspec_planner.__about__ import __repository__

        return f"{__repository__}/blob/main/docs/algorithms/{self.NAME}.md"

    def canExecute(self) -> tuple[bool, str]:  # noqa: N802
        """Algorithms stay listed when a dependency is missing and say why they cannot run."""
        from neaspec_planner.deps import ensure_on_path, install_hint, missing_modules

        if NeaspecAlgorithm._deps_ok:  # found once, they stay: the check reads every package's metadata (~0.15 s)
            return True, ""
        ensure_on_path()
        missing = missing_modules()
        if missing:
            return False, self.tr("Missing Python packages: {}. Install them from the plugin's menu "
                                  "(NEASPEC Planner ▸ Install dependencies) or by hand:\n{}").format(
                ", ".join(missing), install_hint())
        NeaspecAlgorithm._deps_ok = True
        return True, ""

    def checkParameterValues(self, parameters: dict, context: QgsProcessingContext):  # noqa: N802
        """``processing.run`` and ``qgis_process`` do not ask ``canExecute``: refuse here with its message.

        Checking a raster parameter given as a path loads the layer (and QGIS computes its statistics), so this
        runs with GDAL's auxiliary files off too, like ``processAlgorithm``."""
        from neaspec_planner.core.raster_io import no_sidecar_files

        ok, message = self.canExecute()
        if not ok:
            return False, message
        with no_sidecar_files():
            return super().checkParameterValues(parameters, context)

    def prepareAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> bool:
        """Same guard for subclasses whose ``checkParameterValues`` does not reach the one above."""
        from neaspec_planner.core.raster_io import no_sidecar_files

        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        with no_sidecar_files():
            return super().prepareAlgorithm(parameters, context, feedback)

    # --- running core code ----------------------------------------------------------------------------
    @staticmethod
    def progress_callback(feedback: Optional[QgsProcessingFeedback]) -> Callable[[float], bool]:
        """A core ``progress(fraction) -> bool`` bound to the Processing feedback (False = cancel)."""

        def progress(fraction: float) -> bool:
            if feedback is None:
                return True
            feedback.setProgress(100.0 * fraction)
            return not feedback.isCanceled()

        return progress

    @contextlib.contextmanager
    def core_errors(self) -> Iterator[None]:
        """Turn core exceptions into clear Processing errors (never a traceback for a user mistake)."""
        from neaspec_planner.core.errors import Cancelled, InputError

        try:
            yield
        except InputError as exc:
            raise QgsProcessingException(exc.translated(QCoreApplication.translate)) from exc
        except Cancelled as exc:
            raise QgsProcessingException(self.tr("Cancelled: no output was written.")) from exc
        except MemoryError as exc:
            raise QgsProcessingException(self.tr("Not enough memory for this run. Use a smaller extent or a "
                                                 "coarser raster.")) from exc

    @contextlib.contextmanager
    def all_outputs_or_none(self) -> Iterator[list[str]]:
        """Collect the paths written inside the block (``written.append(str(path))``); if anything fails, the
        ones already written are removed, so a run never leaves a partial set of outputs. Core errors inside
        become Processing errors as in ``core_errors``."""
        written: list[str] = []
        try:
            with self.core_errors():
                yield written
        except BaseException:
            for path in written:
                if os.path.exists(path):
                    os.remove(path)
            raise

    # --- reading layers in bulk -----------------------------------------------------------------------
    def read_vector_parameter(self, parameters: dict, key: str, context: QgsProcessingContext,
                              feedback: Optional[QgsProcessingFeedback] = None, required: bool = True):
        """A ``VectorData`` for a vector parameter, read column-wise from the file when possible.

        File-backed OGR layers without a filter are read with the system GDAL in bulk; anything else (memory
        layers, filtered layers, selected features, other providers) through QGIS features.
        """
        from neaspec_planner.core.vector_io import read_vector

        layer = self.parameterAsVectorLayer(parameters, key, context)
        if layer is None:
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                if required:
                    raise QgsProcessingException(self.invalidSourceError(parameters, key))
                return None
            return self._read_via_qgis(source, source.sourceName() if hasattr(source, "sourceName") else key)
        if not layer.crs().isValid():
            raise QgsProcessingException(self.tr("Layer '{}' has no coordinate reference system. Set it in "
                                                 "Layer Properties ▸ Source and run again.").format(layer.name()))
        selected_only = False
        value = parameters.get(key)
        if value is not None and hasattr(value, "selectedFeaturesOnly"):
            selected_only = bool(value.selectedFeaturesOnly)
        if layer.providerType() == "ogr" and not layer.subsetString() and not selected_only:
            from neaspec_planner.core.errors import InputError

            uri = layer.source()
            try:
                data = read_vector(uri, name=layer.name())
            except InputError as exc:
                raise QgsProcessingException(exc.translated(QCoreApplication.translate)) from exc
            if data.crs is None:
                import pyproj

                data.crs = pyproj.CRS.from_wkt(layer.crs().toWkt())
            return data
        source = self.parameterAsSource(parameters, key, context)
        return self._read_via_qgis(source, layer.name(), layer)

    @staticmethod
    def _read_via_qgis(source, name: str, layer: Optional[QgsVectorLayer] = None):
        import numpy as np
        import pandas as pd
        import pyproj
        import shapely

        from neaspec_planner.core.vector_io import VectorData

        fields = [f.name() for f in source.fields()]
        wkbs, rows = [], {f: [] for f in fields}
        for feat in source.getFeatures(QgsFeatureRequest()):
            geom = feat.geometry()
            if geom is None or geom.isNull():
                wkbs.append(None)
            else:
                if QgsWkbTypes.isCurvedType(geom.wkbType()):
                    geom = geom.__class__(geom.constGet().segmentize())
                wkbs.append(bytes(geom.asWkb()))
            for f, value in zip(fields, feat.attributes()):
                rows[f].append(None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
        values = np.empty(len(wkbs), dtype=object)
        values[:] = wkbs
        geoms = shapely.force_2d(shapely.from_wkb(values, on_invalid="warn"))
        crs = source.sourceCrs()
        return VectorData(geoms, pd.DataFrame(rows, columns=fields),
                          pyproj.CRS.from_wkt(crs.toWkt()) if crs.isValid() else None, name,
                          QgsWkbTypes.displayString(source.wkbType()))

    def drop_proposed(self, data, include_proposed: bool, feedback: Optional[QgsProcessingFeedback]):
        """WDPA/WDPCA layers: drop STATUS 'Proposed' sites unless asked (they are not protected yet)."""
        from neaspec_planner.core.layers import without_proposed

        if data is None:
            return data
        data, dropped = without_proposed(data, include_proposed)
        if dropped and feedback is not None:
            feedback.pushWarning(self.tr("{}: {} site(s) with STATUS 'Proposed' left out (not protected yet); "
                                         "tick 'Include proposed protected areas' to count them.").format(
                data.name, dropped))
        return data

    def points_as_circles(self, data, feedback: Optional[QgsProcessingFeedback]):
        """WDPA point sites → circles of their REP_AREA (km²), drawn by the layer tools' equal-area buffer (the
        point rule of every algorithm that reads protected areas; ``core.layers.points_as_circles``)."""
        from neaspec_planner.core.layers import points_as_circles

        with self.core_errors():
            data, drawn, points = points_as_circles(data)
        if points and feedback is not None:
            feedback.pushWarning(self.tr("{}: {} point sites drawn as circles of their reported area (approximate "
                                         "shapes); {} without a positive REP_AREA skipped.").format(
                data.name, drawn, points - drawn))
        return data

    def filter_range(self, data, apply: bool, feedback: Optional[QgsProcessingFeedback]):
        """IUCN / BirdLife range layers: keep PRESENCE 1–2, ORIGIN 1–2, SEASONAL 1–3 (the IUCN codes)."""
        from neaspec_planner.core.layers import is_iucn_range, iucn_range_mask
        from neaspec_planner.core.vector_io import VectorData

        if data is None or not apply or not is_iucn_range(data.attributes.columns):
            return data
        with self.core_errors():
            keep = iucn_range_mask(data.attributes, layer_name=data.name)
        if feedback is not None:
            feedback.pushInfo(self.tr("{}: IUCN range layer; kept {} of {} polygons (presence extant/probably "
                                      "extant, origin native/reintroduced, seasonal resident/breeding/"
                                      "non-breeding).").format(data.name, int(keep.sum()), len(keep)))
        return VectorData(data.geometry[keep], data.attributes[keep].reset_index(drop=True), data.crs, data.name,
                          data.geometry_type)

    def raster_path(self, parameters: dict, key: str, context: QgsProcessingContext) -> tuple[str, QgsRasterLayer]:
        """File path of a raster parameter (GDAL-readable) and its layer."""
        layer = self.parameterAsRasterLayer(parameters, key, context)
        if layer is None:
            raise QgsProcessingException(self.invalidRasterError(parameters, key))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr("Raster '{}' is not a file GDAL can read; save it as a GeoTIFF "
                                                 "first.").format(layer.name()))
        return layer.source(), layer

    # --- output paths ---------------------------------------------------------------------------------
    def output_path(self, parameters: dict, key: str, context: QgsProcessingContext, default_ext: str = ".gpkg") -> str:
        """A local file path for a destination parameter (temporary outputs become a file in the temp folder)."""
        value = self.parameterAsOutputLayer(parameters, key, context)
        if not value or value.startswith("memory:") or value == "TEMPORARY_OUTPUT":
            folder = QgsProcessingUtils.tempFolder()
            value = os.path.join(folder, f"{key.lower()}_{uuid.uuid4().hex[:12]}{default_ext}")
        if value.startswith("ogr:"):
            raise QgsProcessingException(self.tr("Output {} must be a file (GeoPackage, shapefile, GeoTIFF…), "
                                                 "not a database table.").format(key))
        if "|" in value:
            value = value.split("|", 1)[0]
        Path(value).parent.mkdir(parents=True, exist_ok=True)
        return value
