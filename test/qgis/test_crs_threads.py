"""QGIS 3.22 and CRSs built in threads that end (the cause of the flaky test_demo_tumen_estuary_package, issue 14).

QGIS caches each CRS with the PROJ object of the thread that built it. If another thread used that CRS and the
building thread then ends, the cache keeps the CRS hollow: still valid, but without WKT, and transformations to it
do nothing. A Ramsar map made in a background task (the dock) left the equal-area CRS of its candidate so; the
same map made later in the main thread failed with "Layer 'layer' has no coordinate reference system". Two
defences, each tested here on its own: the provider keeps Qt's pool threads (where QGIS runs tasks) from ending,
and ``export.layout.laea`` rebuilds a hollow CRS.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QRunnable, QThread, QThreadPool

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _x_of(point_lonlat: tuple[float, float], crs: QgsCoordinateReferenceSystem) -> float:
    tr = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    return tr.transform(QgsPointXY(*point_lonlat)).x()


def _wait_until_gone(native_id: int) -> None:
    """Until the OS thread ``native_id`` has exited. ``QThread.wait`` returns when ``run`` is over, but QGIS
    drops the thread's PROJ objects from its CRS cache in the thread's own exit (after ``wait`` has returned).
    Checking the CRS before that found it still whole, about once in sixty tries."""
    task = Path(f"/proc/self/task/{native_id}")
    deadline = time.monotonic() + 30
    while task.exists():
        assert time.monotonic() < deadline, f"thread {native_id} did not exit"
        time.sleep(0.001)


def _built_in_a_thread_that_ends(build) -> QgsCoordinateReferenceSystem:
    """``build()`` runs in a QThread; the main thread uses its CRS while the thread lives; then the thread ends.
    Returns the CRS built again in the main thread afterwards."""
    built, release = threading.Event(), threading.Event()
    made = []
    native: list[int] = []  # the OS thread id of the builder

    class Builder(QThread):
        def run(self) -> None:
            native.append(threading.get_native_id())
            made.append(build())
            assert made[0].toWkt()
            built.set()
            release.wait(30)

    thread = Builder()
    thread.start()
    assert built.wait(30)
    assert build().toWkt()  # the main thread uses the CRS while its building thread lives
    release.set()
    assert thread.wait(30000)
    del thread
    _wait_until_gone(native[0])
    return build()


def test_a_crs_whose_thread_ended_is_hollow_in_qgis():
    """The QGIS behaviour itself (a unique CRS, so no other test's cache entry interferes): valid, no WKT, and a
    transformation to it leaves the coordinates as they are. If QGIS fixes this, this test tells us."""
    proj = "+proj=laea +lat_0=41.3 +lon_0=127.9 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    crs = _built_in_a_thread_that_ends(lambda: QgsCoordinateReferenceSystem.fromProj(proj))
    assert crs.isValid() and crs.toWkt() == ""
    assert _x_of((128.9, 41.3), crs) == 128.9  # identity: nothing is projected


def test_layout_laea_rebuilds_a_hollow_crs():
    """``export.layout.laea`` built in an ended thread still gives the equal-area CRS in the main thread: the
    point 1° east of the centre on its parallel is ~83.6 km east (pyproj's figure for the same projection)."""
    import pyproj

    from neaspec_planner.export import layout

    crs = _built_in_a_thread_that_ends(lambda: layout.laea(126.1, 39.6, rounding=0.1))
    assert crs.toWkt()
    expected = pyproj.Transformer.from_crs(
        "EPSG:4326", "+proj=laea +lat_0=39.6 +lon_0=126.1 +datum=WGS84 +units=m", always_xy=True
    ).transform(127.1, 39.6)[0]
    assert 80_000 < expected < 90_000
    assert abs(_x_of((127.1, 39.6), crs) - expected) < 0.01


def test_pool_threads_kept_so_a_crs_built_in_a_task_stays_whole(plugin):  # noqa: ARG001
    """With the provider loaded, a pool thread (QGIS runs tasks there) that built a CRS the main thread used does
    not end after Qt's 30 s idle expiry, so the CRS keeps its WKT and projects. Without the provider's
    ``keep_pool_threads`` this fails."""
    proj = "+proj=laea +lat_0=44.7 +lon_0=133.3 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    built, release, ended, made = threading.Event(), threading.Event(), threading.Event(), []

    class Task(QRunnable):
        def run(self) -> None:
            made.append(QgsCoordinateReferenceSystem.fromProj(proj).toWkt())
            built.set()
            release.wait(30)
            ended.set()

    pool = QThreadPool.globalInstance()
    pool.start(Task())
    assert built.wait(30) and made[0]
    assert QgsCoordinateReferenceSystem.fromProj(proj).toWkt()  # used by the main thread meanwhile
    release.set()
    assert ended.wait(30)  # (not pool.waitForDone(): that ends the pool's threads, whatever their expiry)
    time.sleep(31.0)  # an idle pool thread ends after 30 s unless the provider keeps it
    crs = QgsCoordinateReferenceSystem.fromProj(proj)
    assert crs.toWkt()
    assert _x_of((134.3, 44.7), crs) > 70_000
