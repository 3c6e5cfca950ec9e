"""The ``neaspec`` Processing provider. Every module of this package that defines ``ALGORITHM`` (a
``NeaspecAlgorithm`` subclass) is registered; algorithms that are not built yet simply do not exist."""
from __future__ import annotations

import importlib
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from neaspec_planner.__about__ import __version__
from neaspec_planner.logger import log
from neaspec_planner.paths import resource_path

NOT_ALGORITHMS = {"base", "provider"}


def algorithm_classes() -> list[type]:
    """The algorithm classes found in this package, sorted by id."""
    package = importlib.import_module("neaspec_planner.processing")
    classes = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in NOT_ALGORITHMS or info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"neaspec_planner.processing.{info.name}")
        except Exception as exc:  # noqa: BLE001 - a broken module must not take the provider down
            log(f"Algorithm module '{info.name}' could not be loaded: {exc}", "critical")
            continue
        cls = getattr(module, "ALGORITHM", None)
        if cls is not None:
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
