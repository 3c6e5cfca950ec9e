"""Threads for the GEOS-heavy steps: shapely 2 releases the GIL inside GEOS, so contiguous slices of an
element-wise call, or whole chunks of an analysis, run on several cores.

Rules that keep a threaded run identical to a single-threaded one (``NEASPEC_THREADS=1``):

* GEOS 3.11 geometries are not safe to use from two threads at once (lazily cached envelopes): a geometry
  object that may sit in two slices is copied (``clone``, exact through WKB) before any thread starts;
* a call made inside a worker starts no threads of its own (``worker_threads`` is 1 there);
* results are put back in their order; the first error of a worker is re-raised in the caller's thread.

No QGIS import here.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any, Callable, Optional

import numpy as np
import shapely

#: Set in chunk workers (``run_in_order``): calls made there do not start threads of their own.
IN_WORKER = threading.local()

#: Below this many elements a call is not split (thread start-up and the copies would cost more than they save).
MIN_PARALLEL = 2_000


def worker_threads() -> int:
    """Threads for the big GEOS calls: the CPUs this process may use, at most 4 (``NEASPEC_THREADS`` overrides;
    1 turns threading off; 1 inside a chunk worker)."""
    if getattr(IN_WORKER, "active", False):
        return 1
    env = os.environ.get("NEASPEC_THREADS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


def clone(geoms: np.ndarray) -> np.ndarray:
    """Independent copies (exact: WKB keeps every double) so that no GEOS object is shared between threads."""
    return shapely.from_wkb(shapely.to_wkb(geoms))


def distinct(geoms: np.ndarray) -> bool:
    """True when no geometry object appears in two rows (then rows can go to different threads uncopied)."""
    present = [id(g) for g in geoms.tolist() if g is not None]
    return len(set(present)) == len(present)


def parallel(func: Callable[..., np.ndarray], *arrays: np.ndarray, shared: Sequence[bool] = (),
             threads: Optional[int] = None, min_size: int = MIN_PARALLEL, **kwargs: object) -> np.ndarray:
    """``func(*arrays, **kwargs)`` (an element-wise shapely function) split over threads.

    shapely 2 releases the GIL inside GEOS, so contiguous slices run on several cores. GEOS 3.11 geometries are
    not safe to use from two threads at once (lazily cached envelopes), so the first slice runs on the
    caller's objects and every other slice on its own copies of the arrays flagged in ``shared`` (those in which
    one geometry object may appear in several slices, e.g. a protected area paired with many habitat units).
    Slices have at least ``min_size`` elements. The result is identical to the single call's.
    """
    n = len(arrays[0])
    k = worker_threads() if threads is None else threads
    k = min(k, n // max(min_size, 1))
    if k <= 1:
        return func(*arrays, **kwargs)
    flags = list(shared) + [True] * (len(arrays) - len(shared))
    out = np.empty(n, dtype=object)
    cuts = slice_bounds(n, k)  # copies are made here, before any thread starts
    args = [[a[cuts[i]:cuts[i + 1]] if (i == 0 or not flag) else clone(a[cuts[i]:cuts[i + 1]])
             for a, flag in zip(arrays, flags)] for i in range(k)]

    def job(i: int, sl: slice) -> None:
        out[sl] = func(*args[i], **kwargs)

    run_slices(n, k, job)
    return out


def slice_bounds(n: int, k: int) -> np.ndarray:
    """The ``k + 1`` bounds of ``k`` contiguous slices of ``range(n)`` of (nearly) equal length."""
    return np.linspace(0, n, k + 1).astype(int)


def run_slices(n: int, k: int, job: Callable[[int, slice], None]) -> None:
    """``job(i, slice_i)`` for ``k`` contiguous slices of ``range(n)``: slice 0 in the calling thread, the others
    in worker threads; the first error is re-raised here."""
    cuts = slice_bounds(n, k)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            job(i, slice(int(cuts[i]), int(cuts[i + 1])))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    workers = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(1, k)]
    for w in workers:
        w.start()
    run(0)
    for w in workers:
        w.join()
    if errors:
        raise errors[0]


def run_in_order(items: Sequence[Any], make_job: Callable[[Any], Callable[[], Any]],
                 collect: Callable[[Any, Any], None], n_threads: int, progress: Callable[[int], None],
                 thread_name: str = "neaspec-worker") -> None:
    """Jobs run on ``n_threads`` worker threads and collected in order in the calling thread.

    ``make_job(item)`` is called in the calling thread (it takes the job's inputs, copies for the worker) and
    returns the callable the worker runs; ``collect(item, result)`` gets the results in the order of ``items``
    (the calling thread writes them while the workers go on), then ``progress(k)``. At most ``n_threads + 1``
    jobs are in flight (memory bound). A cancel (``progress`` or ``collect`` raising) or an error waits for the
    running jobs and drops the queued ones.
    """
    from concurrent.futures import ThreadPoolExecutor

    def in_worker(job: Callable[[], Any]) -> Any:
        IN_WORKER.active = True  # no nested threads
        return job()

    pool = ThreadPoolExecutor(max_workers=n_threads, thread_name_prefix=thread_name)
    pending: list = []
    try:
        next_k = 0
        for k, item in enumerate(items):
            while next_k < len(items) and next_k <= k + n_threads:
                pending.append(pool.submit(in_worker, make_job(items[next_k])))
                next_k += 1
            collect(item, pending.pop(0).result())
            progress(k)
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)
