"""The ``neaspec`` Processing provider.

The provider registers exactly the algorithm modules listed in ``ALGORITHM_MODULES`` (module names of this
package; each defines ``ALGORITHM``, a ``NeaspecAlgorithm`` subclass). To add an algorithm: write
``processing/<name>.py`` with ``ALGORITHM = <YourAlgorithm>`` and add ``"<name>"`` to ``ALGORITHM_MODULES``.
A listed module that fails to import is an error, not a missing algorithm: ``algorithm_classes`` raises
``AlgorithmImportError`` naming the module and the cause (``test/qgis/test_plugin.py`` also checks that every
module defining ``ALGORITHM`` is listed).
"""
from __future__ import annotations

import importlib
from typing import Optional

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QThreadPool
from qgis.PyQt.QtGui import QIcon

from neaspec_planner.__about__ import __version__
from neaspec_planner.logger import log
from neaspec_planner.paths import resource_path

#: The algorithm modules of ``neaspec_planner.processing`` the provider registers (add yours here).
ALGORITHM_MODULES: tuple[str, ...] = (
    "overlap",
    "resistance",
    "corridors",
    "compare_options",
    "pinchpoints",
    "connectivity",
    "protconn",
    "ramsar_candidates",
    "monitoring_grid",
    "ramsar_package",
    "planning_map",
    "report",
)


class AlgorithmImportError(ImportError):
    """A listed algorithm module could not be imported or defines no ``ALGORITHM``."""


def algorithm_classes(modules: tuple[str, ...] = ALGORITHM_MODULES) -> list[type]:
    """The algorithm classes of ``modules``, sorted by id; ``AlgorithmImportError`` if one fails to load."""
    classes = []
    for name in modules:
        try:
            module = importlib.import_module(f"neaspec_planner.processing.{name}")
        except Exception as exc:
            message = f"Algorithm module '{name}' could not be loaded: {type(exc).__name__}: {exc}"
            log(message, "critical")
            raise AlgorithmImportError(message) from exc
        cls = getattr(module, "ALGORITHM", None)
        if cls is None:
            message = f"Algorithm module '{name}' defines no ALGORITHM"
            log(message, "critical")
            raise AlgorithmImportError(message)
        classes.append(cls)
    return sorted(classes, key=lambda c: c.NAME)


def keep_pool_threads() -> int:
    """Keep the idle threads of Qt's global thread pool (where QGIS runs background Processing tasks) alive;
    returns the previous expiry timeout (ms) for ``restore_pool_threads``.

    Why: QGIS 3.22 caches every CRS it builds from WKT or a PROJ string with the PROJ object of the thread that
    built it first. When that thread ends (an idle pool thread expires after 30 s), the cached CRS is left hollow:
    still "valid", but ``toWkt()`` is empty and transformations fail, in every thread that builds the same CRS
    afterwards. A Ramsar package or map made in a background task (the dock) and then, more than 30 s later, in
    the main thread (toolbox, command line, tests) failed with "Layer 'layer' has no coordinate reference
    system" (test_ramsar_alg.py::test_demo_tumen_estuary_package after the dock tests). Threads that never
    expire never destroy their PROJ context. (``QgsCoordinateReferenceSystem.invalidateCache()`` is no remedy:
    it crashes on such entries.)
    """
    pool = QThreadPool.globalInstance()
    previous = pool.expiryTimeout()
    pool.setExpiryTimeout(-1)
    return previous


def restore_pool_threads(previous: int) -> None:
    QThreadPool.globalInstance().setExpiryTimeout(previous)


class NeaspecProvider(QgsProcessingProvider):
    """Provider id ``neaspec``: the algorithms of ``modules`` (default ``ALGORITHM_MODULES``). While it is loaded
    the global thread pool keeps its threads (``keep_pool_threads``)."""

    _previous_expiry: Optional[int] = None

    def __init__(self, modules: tuple[str, ...] = ALGORITHM_MODULES) -> None:
        super().__init__()
        self.modules = tuple(modules)

    def load(self) -> bool:
        if self._previous_expiry is None:
            self._previous_expiry = keep_pool_threads()
        return super().load()

    def unload(self) -> None:
        if self._previous_expiry is not None:
            restore_pool_threads(self._previous_expiry)
            self._previous_expiry = None
        super().unload()

    def id(self) -> str:
        return "neaspec"

    def name(self) -> str:
        return "NEASPEC Planner"

    def longName(self) -> str:  # noqa: N802
        return f"NEASPEC Planner {__version__}"

    def icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "neaspec.svg")))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(resource_path("icons", "neaspec.svg"))

    def versionInfo(self) -> str:  # noqa: N802
        return __version__

    def loadAlgorithms(self) -> None:  # noqa: N802
        """Every listed algorithm, or ``AlgorithmImportError`` (already written to the QGIS message log, tab
        "NEASPEC Planner", as critical): a module that fails to import stops the provider, it is never dropped."""
        for cls in algorithm_classes(self.modules):
            self.addAlgorithm(cls())
