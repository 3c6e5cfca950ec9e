"""Thin base class shared by the ``neaspec:`` algorithms: translation, dependency check, the one way to read a
layer (``read_vector_parameter`` / ``read_layer``), feedback → core progress callback and log, a core result's
messages and warnings → the feedback (``report_result``), core errors → ``QgsProcessingException``, output paths
and the output set (``output_set``, see ``outputs.py``)."""
from __future__ import annotations

import contextlib
import functools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from neaspec_planner.paths import resource_path
from neaspec_planner.processing.outputs import OutputSet, OutputStyle, stretch_ramp

if TYPE_CHECKING:
    from neaspec_planner.core.results import Outcome

__all__ = ["CoreLog", "NeaspecAlgorithm", "OutputSet", "OutputStyle", "message_text", "stretch_ramp"]


def message_text(message: object) -> str:
    """A core message or warning (plain text, an ``errors.Note``, a monitoring note: ``core.results.text_of``)
    in the interface language."""
    from neaspec_planner.core.results import text_of

    return text_of(message, QCoreApplication.translate)


class CoreLog:
    """The ``log(message)`` callback a core function gets: each message shown at once in the Processing log
    (translated), and remembered so that ``NeaspecAlgorithm.report_result`` does not show it again. Messages
    holding one of ``warning_words`` (English, as the core writes them) are shown as warnings."""

    def __init__(self, feedback: Optional[QgsProcessingFeedback], warning_words: tuple[str, ...] = ()) -> None:
        self.feedback = feedback
        self.warning_words = warning_words
        self.shown: set[str] = set()

    def __call__(self, message: object) -> None:
        self.shown.add(str(message))
        if self.feedback is None:
            return
        if any(word in str(message) for word in self.warning_words):
            self.feedback.pushWarning(message_text(message))
        else:
            self.feedback.pushInfo(message_text(message))


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

    def core_log(self, feedback: Optional[QgsProcessingFeedback], warning_words: tuple[str, ...] = ()) -> CoreLog:
        """The ``log`` callback for a core function (see ``CoreLog``); pass it on to ``report_result``."""
        return CoreLog(feedback, warning_words)

    def report_result(self, result: Outcome, feedback: Optional[QgsProcessingFeedback],
                      log: Optional[CoreLog] = None) -> None:
        """Every result's messages (info) and warnings, the same way for every algorithm (the protocol of
        ``core.results.Outcome``): the messages that ``log`` has not shown already, then each warning
        (``pushWarning``, orange in the log panel). Export results (``PackageResult``) carry messages only."""
        if feedback is None:
            return
        shown = log.shown if log is not None else set()
        warning_words = log.warning_words if log is not None else ()
        for message in result.messages:
            if str(message) in shown:
                continue
            if any(word in str(message) for word in warning_words):
                feedback.pushWarning(message_text(message))
            else:
                feedback.pushInfo(message_text(message))
        for warning in getattr(result, "warnings", ()):
            feedback.pushWarning(message_text(warning))

    def check_cancelled(self, feedback: Optional[QgsProcessingFeedback]) -> None:
        """Stop with the usual message when the user has cancelled (nothing is written after this point)."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled: no output was written."))

    @contextlib.contextmanager
    def output_set(self, feedback: Optional[QgsProcessingFeedback] = None) -> Iterator[OutputSet]:
        """Write the run's outputs as one set: inside the block write each output to ``outputs.stage(target)``
        (or ``outputs.write(writer, target, …)``); when the block ends, and the run was not cancelled, every file
        is renamed into place; on an error or a cancel nothing appears and the temporary files are removed.
        Core errors inside become Processing errors as in ``core_errors``."""
        outputs = OutputSet()
        try:
            with self.core_errors():
                yield outputs
            self.check_cancelled(feedback)
            outputs.commit()
        except BaseException:
            outputs.rollback()
            raise

    # --- reading layers in bulk: the one way to read a source --------------------------------------
    def read_vector_parameter(self, parameters: dict, key: str, context: QgsProcessingContext,
                              feedback: Optional[QgsProcessingFeedback] = None, required: bool = True,
                              crs_required: bool = True):
        """A ``VectorData`` for a vector parameter (``read_layer``), honouring "selected features only".

        ``crs_required=False`` for tables (counts, thresholds, detections): a layer without a CRS is read too.
        """
        layer = self.parameterAsVectorLayer(parameters, key, context)
        if layer is None:
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                if required:
                    raise QgsProcessingException(self.invalidSourceError(parameters, key))
                return None
            return self._read_via_qgis(source, source.sourceName() if hasattr(source, "sourceName") else key)
        value = parameters.get(key)
        selected_only = value is not None and bool(getattr(value, "selectedFeaturesOnly", False))
        return self.read_layer(layer, crs_required=crs_required, selected_only=selected_only,
                               source=lambda: self.parameterAsSource(parameters, key, context))

    def read_layer(self, layer: QgsVectorLayer, crs_required: bool = True, selected_only: bool = False,
                   source: Optional[Callable[[], Any]] = None):
        """A ``VectorData`` of ``layer``, read column-wise from the file when possible.

        File-backed OGR layers without a filter (and not only their selected features) are read with the system
        GDAL in bulk; anything else (memory layers, filtered layers, selected features, other providers) through
        QGIS features, from ``source()`` (the parameter's feature source) or the layer itself. The layer's CRS
        is checked unless ``crs_required`` is False, and given to data whose file carries none.
        """
        from neaspec_planner.core.vector_io import read_vector

        if crs_required and not layer.crs().isValid():
            raise QgsProcessingException(self.tr("Layer '{}' has no coordinate reference system. Set it in "
                                                 "Layer Properties ▸ Source and run again.").format(layer.name()))
        if layer.providerType() == "ogr" and not layer.subsetString() and not selected_only:
            with self.core_errors():
                data = read_vector(layer.source(), name=layer.name())
            if data.crs is None and layer.crs().isValid():
                import pyproj

                data.crs = pyproj.CRS.from_wkt(layer.crs().toWkt())
            return data
        return self._read_via_qgis(source() if source is not None else layer, layer.name(), layer)

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
