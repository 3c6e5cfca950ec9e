"""Tests in a real headless QGIS: the plugin loaded through classFactory with pytest-qgis's iface,
Processing initialised."""
from __future__ import annotations

import pytest
from qgis.core import Qgis

from neaspec_planner.__about__ import __qgis_minimum_version__


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:3])


def pytest_configure(config):  # noqa: ARG001
    running = Qgis.QGIS_VERSION_INT
    major, minor, *_ = _version_tuple(__qgis_minimum_version__) + (0,)
    if running < major * 10000 + minor * 100:
        raise pytest.UsageError(f"QGIS {Qgis.QGIS_VERSION} is older than qgisMinimumVersion {__qgis_minimum_version__}")


@pytest.fixture(scope="session")
def plugin(qgis_iface, qgis_processing):  # noqa: ARG001
    """The real plugin, loaded once per session like QGIS does (classFactory → initGui)."""
    import neaspec_planner

    instance = neaspec_planner.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture
def run_alg(plugin):  # noqa: ARG001
    """``processing.run`` for a ``neaspec:`` algorithm with a fresh context and feedback."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(alg_id: str, params: dict, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, params, context=context, feedback=feedback or QgsProcessingFeedback())

    return run
