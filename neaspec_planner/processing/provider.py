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

from qgis.core import QgsProcessingProvider
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


class NeaspecProvider(QgsProcessingProvider):
    """Provider id ``neaspec``."""

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
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
